import { describe, expect, it } from 'vitest';
import type { PasswordKind } from '../src/answers.js';
import {
  checkPassword,
  sixDigitsOf,
  type CheckOptions,
  type PasswordCheck,
  type PasswordRuleId,
} from '../src/password/index.js';
import {
  containsWord,
  isDoubled,
  isKeypadRun,
  isRepeated,
  isRepeatedBlock,
  isRun,
  nameParts,
} from '../src/password/patterns.js';
import { parseRelease, type Release } from '../src/release.js';

function release(input: string): Release {
  const parsed = parseRelease(input);
  if (!parsed.ok) throw new Error(`refused ${input}`);

  return parsed.release;
}

const broken = (result: PasswordCheck, advice: boolean): PasswordRuleId[] =>
  result.findings
    .filter((finding) => finding.broken && finding.advice === advice)
    .map((finding) => finding.rule);

function check(
  password: string,
  kind: PasswordKind,
  options: Partial<CheckOptions> = {},
) {
  const result = checkPassword(password, { kind, ...options });

  return { result, system: broken(result, false), advice: broken(result, true) };
}

function finding(password: string, options: CheckOptions, rule: PasswordRuleId) {
  const found = checkPassword(password, options).findings.find((f) => f.rule === rule);
  if (!found) throw new Error(`no finding ${rule}`);

  return found;
}

describe('operator password (R10.0 rules)', () => {
  it.each([
    ['Hello123', []],
    ['HelloYou', ['digit']],
    ['11111111', ['two-different']],
    ['aaaaaaaa', ['digit', 'two-different']],
    ['12345678', ['not-run']],
    ['abcdefgh', ['digit', 'not-run']],
    ['87654321', ['not-run']],
    ['Hello12', ['length-8']],
    ['Hello1234', ['length-8']],
    ['Héllo123', ['letters-digits-only']],
    ['Hello-12', ['letters-digits-only']],
  ])('%s breaks %j', (password, rules) => {
    const { result, system } = check(password, 'operator');
    expect(system).toEqual(rules);
    expect(result.compliant).toBe(rules.length === 0);
  });

  it('accepts the note’s own example without any advice', () => {
    const { result, advice } = check('Hello123', 'operator');
    expect(result).toMatchObject({
      kind: 'operator',
      compliant: true,
      adviceBroken: false,
    });
    expect(advice).toEqual([]);
  });

  it('needs no upper- or lower-case letter, unlike the other management passwords', () => {
    expect(check('hello123', 'operator').system).toEqual([]);
    expect(check('HELLO123', 'operator').system).toEqual([]);
  });

  it('does not repeat as advice what a system rule already refuses', () => {
    expect(check('12345678', 'operator').advice).toEqual([]);
    expect(check('11111111', 'operator').advice).toEqual([]);
  });

  it('warns about a run the system lets through because the case changes', () => {
    expect(check('aBcDeFgH', 'operator')).toMatchObject({
      system: ['digit'],
      advice: ['trivial'],
    });
  });
});

describe('management password (R9.1 rules)', () => {
  it.each([
    ['Hello123', []],
    ['12345678', ['upper', 'lower']],
    ['11111111', ['upper', 'lower']],
    ['00000000', ['upper', 'lower']],
    ['hello123', ['upper']],
    ['HELLO123', ['lower']],
    ['HelloYou', ['digit']],
    ['Hello12', ['length-8']],
    ['Hello1234', ['length-8']],
    ['Héllo123', ['letters-digits-only']],
    ['Hello 12', ['letters-digits-only']],
    ['Hello!12', ['letters-digits-only']],
  ])('%s breaks %j', (password, rules) => {
    expect(check(password, 'management').system).toEqual(rules);
  });

  it.each(['12345678', '11111111', '00000000', '87654321', 'aaaaaaaa'])(
    'reports %s as a trivial sequence, the note’s advice',
    (password) => {
      expect(check(password, 'management').advice).toEqual(['trivial']);
    },
  );

  it.each(['Admin123', 'Passw0rd', 'Alcatel1', 'Azerty12', 'Welcome9', 'Instal1er'])(
    'reports %s as built on a common word, without failing the verdict',
    (password) => {
      const { result, advice } = check(password, 'management');
      expect(advice).toContain('common-word');
      expect(result.adviceBroken).toBe(true);
      if (password.length === 8) expect(result.compliant).toBe(true);
    },
  );

  it.each(['Ab12Ab12', 'Xy1Xy1Xy', 'AAbb1122'])(
    'reports %s as a repeated pattern',
    (password) => {
      expect(check(password, 'management')).toMatchObject({
        system: [],
        advice: ['pattern'],
      });
    },
  );

  it('checks the customer’s own names only when they are given', () => {
    const related = ['Dupont & Fils', 'Site de Lyon'];
    expect(check('Dupont12', 'management', { related }).advice).toEqual(['related-word']);
    expect(check('Lyon2024', 'management', { related }).advice).toEqual(['related-word']);
    expect(check('Hello123', 'management', { related }).advice).toEqual([]);
    const rules = checkPassword('Dupont12', { kind: 'management' }).findings.map(
      (f) => f.rule,
    );
    expect(rules).not.toContain('related-word');
  });
});

describe('user password', () => {
  it.each(['1234', '0000', '1111', '4321', '0123', '9876', '123456', '987654', '000000'])(
    'refuses %s as trivial',
    (password) => {
      const { result, system, advice } = check(password, 'user');
      expect(system).toEqual(['user-trivial']);
      expect(advice).not.toContain('user-pattern');
      expect(result.compliant).toBe(false);
    },
  );

  it.each(['1212', '123123', '121212', '1122', '112233', '7890', '0987', '567890'])(
    'accepts %s but warns about its pattern',
    (password) => {
      const { result, advice } = check(password, 'user');
      expect(result.compliant).toBe(true);
      expect(advice).toContain('user-pattern');
    },
  );

  it.each([
    ['5831', []],
    ['583190', []],
    ['58a1', ['user-digits']],
    ['58 1', ['user-digits']],
    ['583', ['user-length']],
    ['58319', ['user-length']],
    ['58319072', ['user-length']],
  ])('%s breaks %j', (password, rules) => {
    expect(check(password, 'user').system).toEqual(rules);
  });

  it('accepts 4 or 6 digits unless told which, and only 4 where six do not exist', () => {
    const lengths = (options: Partial<CheckOptions>) =>
      finding('5831', { kind: 'user', ...options }, 'user-length').lengths;
    expect(lengths({})).toEqual([4, 6]);
    expect(lengths({ release: release('R9.1') })).toEqual([4, 6]);
    expect(lengths({ release: release('R8.1/045.003') })).toEqual([4]);
    expect(lengths({ digits: 6 })).toEqual([6]);
    expect(check('583190', 'user', { release: release('R8.1') }).system).toEqual([
      'user-length',
    ]);
    expect(check('5831', 'user', { digits: 6 }).system).toEqual(['user-length']);
    expect(check('583190', 'user', { digits: 4 }).system).toEqual(['user-length']);
  });

  it('advises six digits where the release has them, and only there', () => {
    const rules = (password: string, input: string) =>
      checkPassword(password, { kind: 'user', release: release(input) }).findings;
    expect(check('5831', 'user', { release: release('R9.1/021.001') }).advice).toEqual([
      'user-six-digits',
    ]);
    expect(check('583190', 'user', { release: release('R10.0') }).advice).toEqual([]);
    expect(rules('5831', 'R8.1').map((f) => f.rule)).not.toContain('user-six-digits');
    expect(rules('5831', 'R8.2/020.001').map((f) => f.rule)).not.toContain(
      'user-six-digits',
    );
    // Without the version, R8.2 may or may not have them: the advice stands.
    expect(rules('5831', 'R8.2').map((f) => f.rule)).toContain('user-six-digits');
  });

  it('knows where six-digit passwords exist', () => {
    expect(sixDigitsOf(release('R8.2/026.007'))).toBe('yes');
    expect(sixDigitsOf(release('R8.2/026.006'))).toBe('no');
    expect(sixDigitsOf(release('R9.0'))).toBe('unknown');
    expect(sixDigitsOf(release('R8.1'))).toBe('no');
    expect(sixDigitsOf(release('R9.2'))).toBe('yes');
    expect(sixDigitsOf(undefined)).toBe('unknown');
  });
});

describe('what the system enforces', () => {
  const user = (input?: string) =>
    finding(
      '1234',
      { kind: 'user', release: input ? release(input) : undefined },
      'user-trivial',
    );

  it.each([
    ['R3.1', 'not-in-line', '410/065.001'],
    ['R2.1', 'not-in-line', '410/065.001'],
    ['R4.1/065.001', 'enforced', '410/065.001'],
    ['R6.1/047.000', 'not-yet', '610/047.001'],
    ['R6.1/047.001', 'enforced', '610/047.001'],
    ['R7.0/026.001', 'not-in-line', '710/057.007'],
    ['R7.1/060.001', 'enforced', '710/057.007'],
    ['R8.0/035.001', 'partly', '800/043.001'],
    ['R8.0/043.001', 'enforced', '800/030.002'],
    ['R8.1/046.001', 'partly', '810/047.001'],
    ['R9.0', 'version-unknown', '900/033.002'],
    ['R9.2', 'enforced', null],
    ['R11.0', 'enforced', null],
    ['OXO Connect R5.1', 'enforced', null],
  ])('user trivial codes on %s: %s (%s)', (input, enforcement, since) => {
    const found = user(input);
    expect(found).toMatchObject({ enforcement, enforcedSince: since });
    expect(found.enforcedBySystem).toBe(
      enforcement === 'enforced' || enforcement === 'partly',
    );
  });

  it('takes the later version where the note’s table and text disagree, and says so', () => {
    expect(user('R7.1/055.001')).toMatchObject({
      enforcement: 'not-yet',
      enforcedSince: '710/057.007',
      conflict: { table: '710/057.007', text: '710/052.007' },
    });
    expect(user('R4.1')).toMatchObject({
      enforcement: 'version-unknown',
      enforcedSince: '410/065.001',
      conflict: { table: '410/064.001', text: '410/065.001' },
    });
    expect(user('R4.1/066.001').conflict).toBeUndefined();
  });

  it('claims nothing without a release', () => {
    expect(user()).toMatchObject({
      enforcement: 'no-release',
      enforcedBySystem: false,
      enforcedSince: null,
    });
    const digits = finding('1234', { kind: 'user' }, 'user-digits');
    expect(digits).toMatchObject({ enforcement: 'no-release', enforcedBySystem: false });
  });

  it.each([
    ['R9.0/033.002', 'not-in-line', '910/021.001'],
    ['R9.1', 'version-unknown', '910/021.001'],
    ['R9.1/021.001', 'enforced', '910/021.001'],
    ['R10.0', 'enforced', null],
  ])('management rules on %s: %s (%s)', (input, enforcement, since) => {
    const options: CheckOptions = { kind: 'management', release: release(input) };
    for (const rule of [
      'length-8',
      'upper',
      'lower',
      'digit',
      'letters-digits-only',
    ] as const) {
      expect(finding('12345678', options, rule)).toMatchObject({
        enforcement,
        enforcedSince: since,
      });
    }
  });

  it('states where the management and Operator rules start when no release is given', () => {
    expect(finding('x', { kind: 'management' }, 'upper')).toMatchObject({
      enforcement: 'no-release',
      enforcedSince: 'R9.1',
      enforcedBySystem: false,
    });
    expect(finding('x', { kind: 'operator' }, 'digit').enforcedSince).toBe('R10.0');
  });

  it.each([
    ['R9.2', 'not-in-line', 'R10.0'],
    ['R10.0/010.001', 'enforced', null],
    ['OXO Connect R2.1', 'enforced', null],
  ])('Operator rules on %s: %s (%s)', (input, enforcement, since) => {
    const found = finding(
      'Hello123',
      { kind: 'operator', release: release(input) },
      'not-run',
    );
    expect(found).toMatchObject({ enforcement, enforcedSince: since });
  });

  it('marks advice as never enforced by any release', () => {
    const found = finding(
      '12345678',
      { kind: 'management', release: release('R10.0') },
      'trivial',
    );
    expect(found).toMatchObject({
      advice: true,
      enforcedBySystem: false,
      enforcement: 'never',
      enforcedSince: null,
    });
  });

  it('gives the verdict on the rules, whether or not this release enforces them', () => {
    const old = checkPassword('12345678', {
      kind: 'management',
      release: release('R8.2'),
    });
    expect(old.compliant).toBe(false);
  });
});

describe('the result', () => {
  it.each([
    ['Zq7Lm3Xw', 'management'],
    ['8261', 'user'],
    ['Tr0mb0ne', 'operator'],
  ] as const)('never holds the password %s', (password, kind) => {
    const result = checkPassword(password, { kind, release: release('R10.0') });
    expect(JSON.stringify(result)).not.toContain(password);
  });
});

describe('password patterns', () => {
  it('tells runs, in both directions, from near misses', () => {
    expect(['1234', '4321', 'abcdefgh', 'HGFEDCBA', '89'].map(isRun)).toEqual([
      true,
      true,
      true,
      true,
      true,
    ]);
    expect(['1235', 'aBcD', '1', '', '9012', '1243'].map(isRun)).toEqual([
      false,
      false,
      false,
      false,
      false,
      false,
    ]);
  });

  it('reads 0 after 9 only for keypad runs that go through it', () => {
    expect(['7890', '0987', '567890', '098765'].map(isKeypadRun)).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect(['1234', '9012', '78a0'].map(isKeypadRun)).toEqual([false, false, false]);
  });

  it('finds repetitions, doubled characters and repeated blocks', () => {
    expect([isRepeated('0000'), isRepeated('0001'), isRepeated('a')]).toEqual([
      true,
      false,
      false,
    ]);
    expect(['1212', '123123', 'abcabcab', '1231'].map(isRepeatedBlock)).toEqual([
      true,
      true,
      true,
      false,
    ]);
    expect(['1122', '111222', 'aabbcc', '1123', '1111'].map(isDoubled)).toEqual([
      true,
      true,
      true,
      false,
      false,
    ]);
  });

  it('finds words through case, accents and look-alike digits', () => {
    expect(containsWord('PASSW0RD', ['password'])).toBe(true);
    expect(containsWord('A1cate1x', ['alcatel'])).toBe(true);
    expect(containsWord('Opérateur', ['operateur'])).toBe(true);
    expect(containsWord('Hello123', ['password', 'admin'])).toBe(false);
    // Words shorter than four letters would match almost anything.
    expect(containsWord('Boxo1234', ['oxo'])).toBe(false);
  });

  it('splits the customer’s names into parts worth looking for', () => {
    expect(nameParts(['Dupont & Fils SARL', 'Hôtel Le Lac'])).toEqual([
      'dupont',
      'fils',
      'sarl',
      'hotel',
    ]);
  });
});
