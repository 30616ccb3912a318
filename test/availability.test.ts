import { describe, expect, it } from 'vitest';
import { evaluate } from '../src/availability.js';
import type { Evaluation } from '../src/catalogue.js';
import { parseRelease, type NoteLine, type Release } from '../src/release.js';
import { itemById } from '../steps/index.js';

/*
 * The tables of TC1143-tables.md, cell for cell, written here by hand in the
 * page's own notation. Each cell becomes the cases it implies: a version is
 * checked just before it, exactly at it, and with the line alone.
 */

// prettier-ignore
const LINES: NoteLine[] = [
  'R3.1', 'R4.1', 'R5.1', 'R6.1', 'R7.0', 'R7.1', 'R8.0',
  'R8.1', 'R8.2', 'R9.0', 'R9.1', 'R9.2', 'R10.0',
];

function release(input: string): Release {
  const result = parseRelease(input);
  if (!result.ok) throw new Error(`refused ${input}`);

  return result.release;
}

const num = (text: string) => text.split(/[/.]/).slice(1).map(Number) as [number, number];
const pad = (n: number) => String(n).padStart(3, '0');
const later = (a: string, b: string) => {
  const [x, y] = [num(a), num(b)];

  return x[0] > y[0] || (x[0] === y[0] && x[1] >= y[1]) ? a : b;
};
/** "610/052.001" → the release one step before it: "R610/052.000". */
const justBefore = (v: string) => {
  const [a, b] = num(v);

  return `R${v.split('/')[0]}/${pad(b > 0 ? a : a - 1)}.${pad(b > 0 ? b - 1 : 999)}`;
};
const exactly = (v: string) => `R${v}`;
/** Some version of the line, for cells that hold for every version. */
const anyVersion = (line: NoteLine) =>
  line === 'R10.0' ? 'R10.0/010.001' : `R${line.slice(1).replace('.', '')}0/001.001`;

function check(id: string, input: string) {
  const item = itemById(id);
  if (!item) throw new Error(`no item ${id}`);

  return evaluate(item, release(input));
}

interface Case {
  name: string;
  id: string;
  input: string;
  expected: Partial<Evaluation>;
}

/** A cell of a column saying when the setting exists. */
function existsCases(
  id: string,
  line: NoteLine,
  cell: string,
  secure: boolean | null = null,
): Case[] {
  const base = (name: string, input: string, expected: Partial<Evaluation>): Case => ({
    name: `${id} ${line} «${cell}»: ${name}`,
    id,
    input,
    expected,
  });
  const conflict = /^(\S+) \/ (\S+)$/.exec(cell);
  if (conflict) {
    const [, table = '', text = ''] = conflict;
    const taken = later(table, text);
    const earlier = taken === table ? text : table;
    const found = { conflict: { table, text, taken } };

    return [
      base('at the earlier', exactly(earlier), {
        availability: 'upgrade',
        since: taken,
        ...found,
      }),
      base('at the later', exactly(taken), { availability: 'available', since: taken }),
      base('line only', line, { availability: 'check-version', since: taken, ...found }),
    ];
  }
  if (/^\d{3}\/\d{3}\.\d{3}$/.test(cell)) {
    return [
      base('just before', justBefore(cell), {
        availability: 'upgrade',
        since: cell,
        defaultSecure: null,
      }),
      base('exactly at', exactly(cell), {
        availability: 'available',
        since: cell,
        defaultSecure: secure,
      }),
      base('line only', line, { availability: 'check-version', since: cell }),
    ];
  }
  if (cell === 'all' || cell === 'yes' || cell === '') {
    const expected = {
      availability: 'available',
      since: null,
      defaultSecure: secure,
    } as const;

    return [
      base('line only', line, expected),
      base('any version', anyVersion(line), expected),
    ];
  }
  const missing = /^(n\/a|no fn) → (\S+)$/.exec(cell);
  if (missing) {
    const state = missing[1] === 'n/a' ? 'unavailable' : 'not-applicable';
    const since = missing[2] === '-' ? null : missing[2]!;

    return [
      base('line only', line, { availability: state, since, defaultSecure: null }),
      base('any version', anyVersion(line), { availability: state, since }),
    ];
  }
  const moved = /^in R(\d)(\d)0$/.exec(cell);
  if (moved) {
    const since = `R${moved[1]}.${moved[2]}`;

    return [base('line only', line, { availability: 'unavailable', since })];
  }
  throw new Error(`unreadable cell ${cell}`);
}

/**
 * A cell of a column saying from when the factory default is the recommended
 * value. `existsFrom` is the running text's version for the setting itself
 * on that line ('first' for the line's first version).
 */
function secureCases(
  id: string,
  line: NoteLine,
  cell: string,
  existsFrom: string,
): Case[] {
  const base = (name: string, input: string, expected: Partial<Evaluation>): Case => ({
    name: `${id} ${line} default «${cell}»: ${name}`,
    id,
    input,
    expected,
  });
  const conflict = /^(\S+) \/ (\S+)$/.exec(cell);
  const version = conflict ? later(conflict[1]!, conflict[2]!) : cell;
  if (/^\d{3}\/\d{3}\.\d{3}$/.test(version)) {
    const cases = [base('exactly at', exactly(version), { defaultSecure: true })];
    const before = justBefore(version);
    const existsBefore = existsFrom === 'first' || later(existsFrom, version) === version;
    const withSetting = existsFrom === version;
    cases.push(
      existsBefore && !withSetting
        ? base('just before', before, { availability: 'available', defaultSecure: false })
        : base('just before', before, { availability: 'upgrade', defaultSecure: null }),
      base('line only', line, { defaultSecure: withSetting ? true : null }),
    );
    if (conflict) {
      const earlier = version === conflict[1] ? conflict[2]! : conflict[1]!;
      cases.push(
        base('at the earlier', exactly(earlier), {
          defaultSecure: false,
          conflict: { table: conflict[1]!, text: conflict[2]!, taken: version },
        }),
      );
    }

    return cases;
  }
  if (cell === 'all') return [base('line only', line, { defaultSecure: true })];
  if (cell === 'n/a') {
    return [
      base('line only', line, { defaultSecure: false }),
      base('with the setting', exactly(existsFrom), { defaultSecure: false }),
    ];
  }

  return existsCases(id, line, cell);
}

/** A cell of an old-default column: the setting exists, with the insecure default. */
function oldDefaultCases(id: string, line: NoteLine, cell: string): Case[] {
  const base = (name: string, input: string, expected: Partial<Evaluation>): Case => ({
    name: `${id} ${line} old default «${cell}»: ${name}`,
    id,
    input,
    expected,
  });
  const conflict = /^(\S+) \/ (\S+)$/.exec(cell);
  if (conflict) return existsCases(id, line, cell);
  if (/^\d{3}\/\d{3}\.\d{3}$/.test(cell)) {
    return [
      base('just before', justBefore(cell), { availability: 'upgrade', since: cell }),
      base('exactly at', exactly(cell), {
        availability: 'available',
        defaultSecure: false,
      }),
    ];
  }
  // Not used: the setting came with the recommended default.
  if (cell === 'n/a') return [base('line only', line, { defaultSecure: true })];

  // Empty: the text has the setting from the line's first version.
  return [base('line only', line, { availability: 'available', since: null })];
}

type Row = [NoteLine, ...string[]];

function column(rows: Row[], index: number): [NoteLine, string][] {
  return rows.map((row) => [row[0], row[index + 1] ?? '']);
}

// 5.1.1: VMUMaxTry 20, VMUMaxTry 03, PerAssAlwd 01, PerAssAlwd 00, DivRemCust 00, CallCorres.
// prettier-ignore
const GLOBAL_OPTIONS: Row[] = [
  ['R3.1', 'n/a', '310/060.001', '310/055.001', 'n/a', 'no fn → R7.1', 'n/a → R5.1'],
  ['R4.1', 'n/a', '410/064.001', '410/056.001', '410/064.001', 'no fn → R7.1', 'n/a → R5.1'],
  ['R5.1', 'n/a', '510/058.001', '510/035.001', '510/058.001', 'no fn → R7.1', '510/064.001'],
  ['R6.1', '610/015.003 / 610/015.001', '610/033.001', '610/012.001', '610/031.001 / 610/033.001', 'no fn → R7.1', '610/052.001'],
  ['R7.0', '700/012.005', '700/026.001', '700/012.005', '700/026.001', 'in R710', 'in R710'],
  ['R7.1', '', '710/022.001', '', '710/022.001', '710/028.001', '710/097.001'],
  ['R8.0', '', '800/030.002', '', '800/030.002', '800/030.002', 'in R820'],
  ['R8.1', '', '810/045.003', '', '810/045.003', '810/045.003', 'in R820'],
  ['R8.2', '', '820/026.007', '', '820/026.007', '820/026.007', '820/045.001'],
  ['R9.0', '', '900/033.002', '', '900/033.002', '900/033.002', '900/037.001'],
  ['R9.1', '', '910/021.001', '', '910/021.001', '910/021.001', '910/021.001'],
  ['R9.2', '', 'all', '', 'all', 'all', 'all'],
  ['R10.0', '', 'all', '', 'all', 'all', 'all'],
];

// The running text's versions for the settings themselves (4.4 to 4.6).
// prettier-ignore
const VMU_FROM: Partial<Record<NoteLine, string>> = {
  'R3.1': '310/060.001', 'R4.1': '410/064.001', 'R5.1': '510/058.001',
  'R6.1': '610/015.003', 'R7.0': '700/012.005',
};
// prettier-ignore
const PERASS_FROM: Partial<Record<NoteLine, string>> = {
  'R3.1': '310/055.001', 'R4.1': '410/056.001', 'R5.1': '510/035.001',
  'R6.1': '610/012.001', 'R7.0': '700/012.005',
};
const DIVREM_FROM: Partial<Record<NoteLine, string>> = { 'R7.1': '710/028.001' };

// 5.1.1, second table: ExtLnkClsd, external CSTA applications.
const LINKS_AND_CSTA: Row[] = [
  ...(['R3.1', 'R4.1', 'R5.1', 'R6.1', 'R7.0', 'R7.1'] as const).map((line): Row => [
    line,
    'n/a → R8.2',
    'n/a → R8.2',
  ]),
  ['R8.0', 'in R820', 'n/a → R8.2'],
  ['R8.1', 'in R820', 'n/a → R8.2'],
  ['R8.2', 'all', 'all'],
  ['R9.0', 'all', 'all'],
  ['R9.1', 'all', 'all'],
  ['R9.2', 'all', 'all'],
  ['R10.0', 'all', 'all'],
];

// 5.1.2: remote configuration, WAN API access; both disabled by default.
const USER_OPTIONS: Row[] = [
  ['R3.1', '310/060.001', 'n/a → R8.2'],
  ['R4.1', '410/065.001', 'n/a → R8.2'],
  ['R5.1', '510/059.001', 'n/a → R8.2'],
  ['R6.1', '610/047.001', 'n/a → R8.2'],
  ['R7.0', 'in R710', 'n/a → R8.2'],
  ['R7.1', '710/069.001', 'n/a → R8.2'],
  ['R8.0', '800/030.002 / 800/030.00', 'n/a → R8.2'],
  ['R8.1', '810/045.003', 'n/a → R8.2'],
  ['R8.2', '820/026.007', '820/019.001'],
  ['R9.0', '900/033.002', 'all'],
  ['R9.1', '910/021.001', 'all'],
  ['R9.2', 'all', 'all'],
  ['R10.0', 'all', 'all'],
];

// 5.2: user password control, management password control, AutoPwdChk, OMC check.
// prettier-ignore
const PASSWORD_CONTROLS: Row[] = [
  ['R3.1', 'n/a → R4.1', 'n/a → R9.1', 'n/a → R9.1', 'yes'],
  ['R4.1', '410/064.001 / 410/065.001', 'n/a → R9.1', 'n/a → R9.1', 'yes'],
  ['R5.1', '510/058.001 / 510/059.001', 'n/a → R9.1', 'n/a → R9.1', 'yes'],
  ['R6.1', '610/047.001', 'n/a → R9.1', 'n/a → R9.1', 'yes'],
  ['R7.0', 'n/a → R7.1', 'n/a → R9.1', 'n/a → R9.1', 'yes'],
  ['R7.1', '710/057.007 / 710/052.007', 'n/a → R9.1', 'n/a → R9.1', 'yes'],
  ['R8.0', '800/030.002', 'n/a → R9.1', 'n/a → R9.1', 'yes'],
  ['R8.1', '810/045.003', 'n/a → R9.1', 'n/a → R9.1', 'yes'],
  ['R8.2', '820/026.007', 'n/a → R9.1', 'n/a → R9.1', 'yes'],
  ['R9.0', '900/033.002', 'n/a → R9.1', 'n/a → R9.1', 'yes'],
  ['R9.1', '910/021.001', '910/021.001', '910/021.001', 'yes'],
  ['R9.2', 'all', 'all', 'all', 'yes'],
  ['R10.0', 'all', 'all', 'all', 'yes'],
];

const CASES: Case[] = [
  ...column(GLOBAL_OPTIONS, 0).flatMap(([line, cell]) =>
    oldDefaultCases('VMUMaxTry', line, cell),
  ),
  ...column(GLOBAL_OPTIONS, 1).flatMap(([line, cell]) =>
    secureCases('VMUMaxTry', line, cell, VMU_FROM[line] ?? 'first'),
  ),
  ...column(GLOBAL_OPTIONS, 2).flatMap(([line, cell]) =>
    oldDefaultCases('PerAssAlwd', line, cell),
  ),
  ...column(GLOBAL_OPTIONS, 3).flatMap(([line, cell]) =>
    secureCases('PerAssAlwd', line, cell, PERASS_FROM[line] ?? 'first'),
  ),
  ...column(GLOBAL_OPTIONS, 4).flatMap(([line, cell]) =>
    secureCases('DivRemCust', line, cell, DIVREM_FROM[line] ?? 'first'),
  ),
  ...column(GLOBAL_OPTIONS, 5).flatMap(([line, cell]) =>
    existsCases('CallCorres', line, cell, null),
  ),
  ...column(LINKS_AND_CSTA, 0).flatMap(([line, cell]) =>
    existsCases('ExtLnkClsd', line, cell, false),
  ),
  ...column(LINKS_AND_CSTA, 1).flatMap(([line, cell]) =>
    existsCases('csta-external-apps', line, cell, line === 'R10.0' ? true : null),
  ),
  ...column(USER_OPTIONS, 0).flatMap(([line, cell]) =>
    existsCases('remote-customization', line, cell, true),
  ),
  ...column(USER_OPTIONS, 1).flatMap(([line, cell]) =>
    existsCases('wan-api-access', line, cell, true),
  ),
  ...column(PASSWORD_CONTROLS, 0).flatMap(([line, cell]) =>
    existsCases('user-password-control', line, cell),
  ),
  ...column(PASSWORD_CONTROLS, 1).flatMap(([line, cell]) =>
    existsCases('management-password-control', line, cell),
  ),
  ...column(PASSWORD_CONTROLS, 2).flatMap(([line, cell]) =>
    existsCases('AutoPwdChk', line, cell),
  ),
  ...column(PASSWORD_CONTROLS, 3).flatMap(([line, cell]) =>
    existsCases('omc-password-check', line, cell),
  ),
];

describe('availability from the tables', () => {
  it('covers every line of every table', () => {
    for (const rows of [
      GLOBAL_OPTIONS,
      LINKS_AND_CSTA,
      USER_OPTIONS,
      PASSWORD_CONTROLS,
    ]) {
      expect(rows.map((row) => row[0])).toEqual(LINES);
    }
  });

  it.each(CASES.map((c) => [c.name, c] as const))('%s', (_, c) => {
    expect(check(c.id, c.input)).toMatchObject(c.expected);
  });
});

describe('availability from the running text', () => {
  it.each([
    ['trivial-list-extended', 'R800/043.000', 'upgrade', '800/043.001'],
    ['trivial-list-extended', 'R800/043.001', 'available', '800/043.001'],
    ['trivial-list-extended', 'R810/047.000', 'upgrade', '810/047.001'],
    ['trivial-list-extended', 'R810/047.001', 'available', '810/047.001'],
    ['trivial-list-extended', 'R820/026.007', 'available', '820/026.007'],
    ['trivial-list-extended', 'R7.1', 'unavailable', 'R8.0'],
    ['trivial-list-extended', 'R9.2', 'available', null],
    ['six-digit-user-passwords', 'R820/026.006', 'upgrade', '820/026.007'],
    ['six-digit-user-passwords', 'R820/026.007', 'available', '820/026.007'],
    ['six-digit-user-passwords', 'R900/033.001', 'upgrade', '900/033.002'],
    ['six-digit-user-passwords', 'R910/021.000', 'upgrade', '910/021.001'],
    ['six-digit-user-passwords', 'R910/021.001', 'available', '910/021.001'],
    ['six-digit-user-passwords', 'R8.1', 'unavailable', 'R8.2'],
    ['six-digit-user-passwords', 'R10.0', 'available', null],
    ['trivial-password-reset', 'R9.0', 'unavailable', 'R9.1'],
    ['trivial-password-reset', 'R9.1', 'available', null],
    ['operator-password-rules', 'R9.2', 'unavailable', 'R10.0'],
    ['operator-password-rules', 'R10.0', 'available', null],
    ['installer-reset-identity', 'R8.2', 'unavailable', 'R9.0'],
    ['installer-reset-identity', 'R9.0', 'available', null],
    ['remote-access-vpn', 'R8.1', 'available', null],
    ['remote-access-vpn', 'R8.2', 'not-applicable', null],
    ['remote-access-vpn', 'R10.0', 'not-applicable', null],
    ['remote-access-50443', 'R8.1', 'unavailable', 'R8.2'],
    ['remote-access-50443', 'R8.2', 'available', null],
    ['pimphony-remote-vpn', 'R8.1', 'not-applicable', 'R8.2'],
    ['ExtHttpsPo', 'R8.1', 'not-applicable', 'R8.2'],
    ['ExtHttpsPo', 'R9.0', 'available', null],
    ['certificate-management', 'R9.2', 'unavailable', 'R10.0'],
    ['certificate-management', 'R10.0', 'available', null],
    ['omc-certificate-check', 'R9.2', 'unavailable', 'R10.0'],
    ['account-code-table-guest', 'R3.1', 'available', null],
    ['ext-ext-transfer-on-hang-up', 'R7.0', 'available', null],
    ['customer-informed', 'R10.0', 'available', null],
  ])('%s on %s is %s (since %s)', (id, input, availability, since) => {
    expect(check(id, input)).toMatchObject({ availability, since });
  });
});

describe('release model', () => {
  it('asks for the version when only the line is given and it matters', () => {
    expect(check('CallCorres', 'R6.1')).toEqual({
      availability: 'check-version',
      since: '610/052.001',
      defaultSecure: null,
      conflict: null,
    });
  });

  it('cannot tell the default from the line when it changed mid-line', () => {
    expect(check('VMUMaxTry', 'R6.1')).toEqual({
      availability: 'check-version',
      since: '610/015.003',
      defaultSecure: null,
      conflict: { table: '610/015.003', text: '610/015.001', taken: '610/015.003' },
    });
    expect(check('PerAssAlwd', 'R3.1')).toMatchObject({ defaultSecure: false });
    expect(check('PerAssAlwd', 'R310/090.001')).toMatchObject({
      availability: 'available',
      defaultSecure: false,
    });
  });

  it('reports nothing but the setting for a line older than R3.1', () => {
    expect(check('VMUMaxTry', 'R2.1')).toEqual({
      availability: 'unavailable',
      since: 'R3.1',
      defaultSecure: null,
      conflict: null,
    });
    expect(check('CallCorres', 'R1.1')).toMatchObject({
      availability: 'unavailable',
      since: 'R5.1',
    });
    expect(check('user-password-control', 'R2.1/010.001')).toMatchObject({
      availability: 'unavailable',
      since: 'R4.1',
    });
    expect(check('wan-api-access', 'R2.1')).toMatchObject({
      availability: 'unavailable',
      since: 'R8.2',
    });
    expect(check('remote-access-50443', 'R2.1')).toMatchObject({
      availability: 'unavailable',
      since: 'R8.2',
    });
  });

  it('keeps a missing function not applicable before R3.1 too', () => {
    expect(check('DivRemCust', 'R2.1')).toMatchObject({
      availability: 'not-applicable',
      since: 'R7.1',
    });
  });

  it('keeps the advice of every release for a line older than R3.1', () => {
    for (const id of [
      'customer-informed',
      'password-responsibility',
      'management-default-passwords',
      'account-code-table-guest',
      'joining-incoming-outgoing',
      'ext-ext-transfer',
      'barring-per-user',
      'remote-access-vpn',
      'omc-password-check',
      'latest-version',
    ]) {
      expect(check(id, 'R2.1'), id).toEqual({
        availability: 'available',
        since: null,
        defaultSecure: null,
        conflict: null,
      });
    }
  });

  it.each(['R11.0', 'R11.0/005.001', 'OXO Connect R5.1', 'OXO Connect R2.0/020.001'])(
    'evaluates %s as R10.0',
    (input) => {
      expect(check('VMUMaxTry', input)).toEqual({
        availability: 'available',
        since: null,
        defaultSecure: true,
        conflict: null,
      });
      expect(check('csta-external-apps', input)).toMatchObject({
        availability: 'available',
        defaultSecure: true,
      });
      expect(check('certificate-management', input)).toMatchObject({
        availability: 'available',
      });
      expect(check('remote-access-vpn', input)).toMatchObject({
        availability: 'not-applicable',
        since: null,
      });
      expect(check('ExtLnkClsd', input)).toMatchObject({ defaultSecure: false });
    },
  );
});

describe('conflicts between the table and the text', () => {
  // prettier-ignore
  it.each([
    ['VMUMaxTry', 'R610/015.002', 'upgrade', '610/015.003', '610/015.001', '610/015.003'],
    ['PerAssAlwd', 'R610/032.001', 'available', '610/031.001', '610/033.001', '610/033.001'],
    ['user-password-control', 'R410/064.001', 'upgrade', '410/064.001', '410/065.001', '410/065.001'],
    ['user-password-control', 'R510/058.001', 'upgrade', '510/058.001', '510/059.001', '510/059.001'],
    ['user-password-control', 'R710/052.007', 'upgrade', '710/057.007', '710/052.007', '710/057.007'],
    ['trivial-after-swap', 'R710/060.001', 'available', '710/057.007', '710/052.007', '710/057.007'],
    ['remote-customization', 'R800/030.001', 'upgrade', '800/030.002', '800/030.00', '800/030.002'],
    ['DivRemCust', 'R910/021.000', 'available', '910/021.001', '910/021.00', '910/021.001'],
  ])('%s at %s: %s, %s (table) / %s (text), %s taken', (id, input, availability, table, text, taken) => {
    expect(check(id, input)).toMatchObject({ availability, conflict: { table, text, taken } });
  });

  it('takes the full version over the misprint of DivRemCust in R9.1', () => {
    expect(check('DivRemCust', 'R910/021.000')).toMatchObject({ defaultSecure: false });
    expect(check('DivRemCust', 'R910/021.001')).toMatchObject({ defaultSecure: true });
  });

  it('names no conflict where the two agree', () => {
    expect(check('VMUMaxTry', 'R7.0').conflict).toBeNull();
    expect(check('user-password-control', 'R6.1').conflict).toBeNull();
  });
});
