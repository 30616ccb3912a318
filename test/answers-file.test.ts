import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ITEMS } from '../steps/index.js';
import { readAnswers, type AnswersProblem } from '../src/answers-file.js';
import { describeProblem } from '../src/commands/report.js';
import { messages } from '../src/i18n.js';

const SAMPLE = readFileSync('examples/answers.sample.json', 'utf8');

const minimal = () => ({
  site: { customer: 'Clinique des Tilleuls', name: 'Lyon 7e', address: '' },
  people: { installer: { name: 'Julien Marchand', company: 'Télécom Rhône' } },
  date: '2025-03-14',
  release: 'R910/021.001',
  remoteAccess: false,
  answers: {} as Record<string, unknown>,
});

function problems(file: unknown): AnswersProblem[] {
  const result = readAnswers(
    typeof file === 'string' ? file : JSON.stringify(file),
    ITEMS,
  );
  if (result.ok) throw new Error('expected problems');

  return result.problems;
}

describe('answers file', () => {
  it('reads the shipped sample, answering every item of the catalogue', () => {
    const result = readAnswers(SAMPLE, ITEMS);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));

    expect(Object.keys(result.visit.answers).sort()).toEqual(
      ITEMS.map((item) => item.id).sort(),
    );
    expect(result.visit.release).toBe('R910/021.001');
    expect(result.visit.signOff?.customer.name).toBe('Claire Dubois');
    const accepted = Object.values(result.visit.answers).filter(
      (a) => a.status === 'risk-accepted',
    );
    expect(accepted).toHaveLength(1);
    expect(result.previousDigest).toBeNull();
  });

  it('fills in the defaults: source installer, answered on the visit day, no forwarding', () => {
    const file = minimal();
    file.answers.VMUMaxTry = { status: 'compliant', value: '0a' };
    const result = readAnswers(JSON.stringify(file), ITEMS);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));

    expect(result.visit.answers.VMUMaxTry).toEqual({
      status: 'compliant',
      value: '0A',
      source: 'installer',
      answeredAt: '2025-03-14',
    });
    expect(result.visit.forwarding).toEqual([]);
    expect(result.visit.product).toBe('oxo');
  });

  it('lists every problem at once, each with its path and what was expected', () => {
    const file = {
      ...minimal(),
      date: '2025-02-30',
      remoteAccess: 'yes',
      forwarding: [{ publicPort: 70000, oxoPort: 50443 }],
      answers: {
        VMUMaxTry: { status: 'ok', value: '3' },
        ExtHttpsPo: { status: 'compliant', value: '82A' },
        'remote-access-50443': { status: 'compliant', value: 0 },
        'wan-api-access': { status: 'compliant', value: ['Dr Martin', ''] },
        'latest-version': {
          status: 'risk-accepted',
          reason: 'Later.',
          acceptance: { by: 'Claire Dubois', until: '31/08/2025' },
        },
      },
      nextReview: '2026-13-01',
      previousDigest: 'sha256:xyz',
    };

    expect(problems(file)).toEqual([
      { path: 'date', expected: 'date', found: '"2025-02-30"' },
      { path: 'remoteAccess', expected: 'boolean', found: '"yes"' },
      { path: 'forwarding[0].publicPort', expected: 'port', found: '70000' },
      {
        path: 'answers.VMUMaxTry.status',
        expected: 'one-of',
        found: '"ok"',
        options: [
          'compliant',
          'not-compliant',
          'not-applicable',
          'not-checked',
          'risk-accepted',
        ],
      },
      { path: 'answers.VMUMaxTry.value', expected: 'hex-byte', found: '"3"' },
      { path: 'answers.ExtHttpsPo.value', expected: 'hex-port', found: '"82A"' },
      { path: 'answers.remote-access-50443.value', expected: 'port', found: '0' },
      {
        path: 'answers.wan-api-access.value',
        expected: 'users',
        found: '["Dr Martin",""]',
      },
      {
        path: 'answers.latest-version.acceptance.until',
        expected: 'date',
        found: '"31/08/2025"',
      },
      { path: 'nextReview', expected: 'date', found: '"2026-13-01"' },
      { path: 'previousDigest', expected: 'digest', found: '"sha256:xyz"' },
    ]);
  });

  it('refuses unknown item ids and unknown fields', () => {
    const file = {
      ...minimal(),
      colour: 'blue',
      answers: { VMUMaxTri: { status: 'compliant' } },
    };
    file.site = { ...file.site, phone: '04 00 00 00 00' } as typeof file.site;

    expect(problems(file).map((p) => [p.path, p.expected])).toEqual([
      ['colour', 'known-field'],
      ['site.phone', 'known-field'],
      ['answers.VMUMaxTri', 'known-item'],
    ]);
  });

  it('names the missing fields', () => {
    expect(
      problems({ answers: {}, site: { name: 'x' } }).map((p) => [p.path, p.expected]),
    ).toEqual([
      ['people', 'object'],
      ['date', 'date'],
      ['release', 'text'],
      ['remoteAccess', 'boolean'],
      ['site.customer', 'text'],
      ['site.address', 'text'],
    ]);
  });

  it('never takes a password, only the verdict of its check', () => {
    const file = minimal();
    file.answers['no-trivial-user-passwords'] = { status: 'compliant', value: '1234' };
    const [problem] = problems(file);

    expect(problem).toEqual({
      path: 'answers.no-trivial-user-passwords.value',
      expected: 'no-password-value',
    });
    expect(describeProblem(messages('en').answersFile, problem!)).not.toContain('1234');
  });

  it('asks for a reason and an acceptance where the report needs them', () => {
    const file = minimal();
    file.answers['customer-informed'] = { status: 'not-applicable' };
    file.answers['latest-version'] = { status: 'risk-accepted', reason: 'Later.' };
    file.answers.VMUMaxTry = {
      status: 'compliant',
      acceptance: { by: 'Claire Dubois', until: '2025-08-31' },
    };

    expect(problems(file).map((p) => [p.path, p.expected])).toEqual([
      ['answers.customer-informed.reason', 'reason'],
      ['answers.latest-version.acceptance', 'acceptance'],
      ['answers.VMUMaxTry.acceptance', 'no-acceptance'],
    ]);
  });

  it('refuses a release the parser cannot read', () => {
    const [problem] = problems({ ...minimal(), release: 'R9.7' });
    expect(problem).toMatchObject({
      path: 'release',
      expected: 'release',
      found: '"R9.7"',
    });
  });

  it('says what is wrong with a file that is not json', () => {
    const [problem] = problems('{ "site": ');
    expect(problem?.path).toBe('');
    expect(problem?.expected).toBe('json');
  });

  it('words each problem in both languages, naming the field', () => {
    const problem: AnswersProblem = {
      path: 'answers.VMUMaxTry.status',
      expected: 'one-of',
      found: '"ok"',
      options: ['compliant', 'not-compliant'],
    };

    expect(describeProblem(messages('en').answersFile, problem)).toBe(
      'answers.VMUMaxTry.status: expected one of compliant, not-compliant (found "ok").',
    );
    expect(describeProblem(messages('fr').answersFile, problem)).toBe(
      'answers.VMUMaxTry.status : attendu l’une des valeurs compliant, not-compliant (trouvé "ok").',
    );
    expect(
      describeProblem(messages('en').answersFile, { path: 'date', expected: 'date' }),
    ).toBe('date: expected a date YYYY-MM-DD (missing).');
  });
});
