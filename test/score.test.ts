import { describe, expect, it } from 'vitest';
import type { Status } from '../src/answers.js';
import {
  percent,
  ratio,
  scoreSections,
  scoreTotal,
  type ScoredEntry,
} from '../src/score.js';

let next = 0;
const entry = (section: string, status: Status, source: string | null = 'installer') =>
  ({ id: `item-${next++}`, section, status, source }) satisfies ScoredEntry;

const entries: ScoredEntry[] = [
  entry('user-passwords', 'compliant'),
  entry('user-passwords', 'compliant'),
  entry('user-passwords', 'not-compliant'),
  entry('user-passwords', 'not-checked', null),
  entry('user-passwords', 'not-applicable', 'release'),
  entry('remote-access', 'risk-accepted'),
  entry('remote-access', 'not-applicable', 'installer'),
  entry('remote-access', 'not-applicable', 'release'),
  entry('remote-access', 'not-applicable', 'previous'),
  entry('certificates', 'not-applicable', 'release'),
];

describe('scores', () => {
  it('count per section, in the order the sections come', () => {
    expect(scoreSections(entries)).toEqual([
      {
        section: 'user-passwords',
        compliant: 2,
        notCompliant: 1,
        riskAccepted: 0,
        notChecked: 1,
        counted: 4,
        leftOut: { release: 1, installer: 0 },
      },
      {
        section: 'remote-access',
        compliant: 0,
        notCompliant: 0,
        riskAccepted: 1,
        notChecked: 0,
        counted: 1,
        leftOut: { release: 1, installer: 2 },
      },
      {
        section: 'certificates',
        compliant: 0,
        notCompliant: 0,
        riskAccepted: 0,
        notChecked: 0,
        counted: 0,
        leftOut: { release: 1, installer: 0 },
      },
    ]);
  });

  it('add up to a total over every section', () => {
    expect(scoreTotal(entries)).toEqual({
      compliant: 2,
      notCompliant: 1,
      riskAccepted: 1,
      notChecked: 1,
      counted: 5,
      leftOut: { release: 3, installer: 2 },
    });
  });

  it('count not checked items against the score, as not shown compliant', () => {
    const [passwords] = scoreSections(entries);
    expect(ratio(passwords!)).toBe(0.5);
    expect(percent(passwords!)).toBe(50);
  });

  it('have no ratio when nothing was counted, rather than 0 %', () => {
    const certificates = scoreSections(entries)[2]!;
    expect(ratio(certificates)).toBeNull();
    expect(percent(certificates)).toBeNull();
  });

  it('round percentages down, exactly', () => {
    const score = (compliant: number, counted: number) => ({
      compliant,
      notCompliant: counted - compliant,
      riskAccepted: 0,
      notChecked: 0,
      counted,
      leftOut: { release: 0, installer: 0 },
    });
    expect(percent(score(29, 100))).toBe(29);
    expect(percent(score(199, 200))).toBe(99);
    expect(percent(score(2, 3))).toBe(66);
    expect(percent(score(3, 3))).toBe(100);
  });

  it('are empty for no entries', () => {
    expect(scoreSections([])).toEqual([]);
    expect(scoreTotal([]).counted).toBe(0);
  });
});
