/**
 * Answers files mutated from the shipped sample: edited as JSON, damaged
 * as bytes, or with odd free texts (escape sequences, markup, a line
 * break, 5000 characters). Each is read into a visit or into problems
 * worded one to a line; each visit is signed into reports that verify.
 * In-process for volume, then a batch through the built program.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readAnswers } from '../src/answers-file.js';
import { describeProblem, run as report } from '../src/commands/report.js';
import { run as verify } from '../src/commands/verify.js';
import { messages } from '../src/i18n.js';
import { ITEMS } from '../steps/index.js';
import { CONTROL, runCommand } from './helpers/command.js';
import { mutateBytes, mutateJson, pathsOf } from './helpers/mutate.js';
import {
  ensureBuilt,
  environment,
  ROOT,
  runEach,
  STACK_FRAME,
  tempHome,
} from './helpers/program.js';
import { seeded, type Random } from './helpers/random.js';

const SAMPLE = readFileSync(join(ROOT, 'examples', 'answers.sample.json'), 'utf8');
const SAMPLE_JSON = JSON.parse(SAMPLE) as Record<string, unknown>;
const BULLET = '  • ';

/** Free texts of the sample: names, roles, addresses, reasons. */
const TEXT_PATHS = pathsOf(SAMPLE_JSON).filter((path) =>
  ['customer', 'name', 'address', 'company', 'role', 'reason', 'by'].includes(
    String(path[path.length - 1]),
  ),
);
const ODD_TEXTS = [
  'x'.repeat(5000),
  '\u001b[2J\u001b[31mrouge\u0007',
  'line one\nline two\r\n',
  '<script>alert(1)</script> & </script>',
  '**bold** _under_ `code` | pipe | # heading',
  '```\nfence\n```',
  '\u202e reversed \u202c «guillemets» ’',
  '"quoted" \\ backslash',
  '😀 emoji 𝔘𝔫𝔦𝔠𝔬𝔡𝔢',
];

/**
 * A mutated copy of the sample: its JSON edited, or its bytes damaged; with
 * `texts`, only its free texts made odd, which a reader of answers accepts.
 */
function answersLike(random: Random, texts = false): string {
  if (texts) {
    const copy = structuredClone(SAMPLE_JSON);
    for (let n = random.int(1, 4); n > 0; n--) {
      const path = random.pick(TEXT_PATHS);
      let parent: any = copy;
      for (const key of path.slice(0, -1)) parent = parent[key];
      parent[path[path.length - 1]!] = random.pick(ODD_TEXTS);
    }
    return JSON.stringify(copy, null, 2);
  }
  if (random.chance(0.7))
    return JSON.stringify(mutateJson(random, SAMPLE_JSON, random.int(1, 4)), null, 2);

  return mutateBytes(random, Buffer.from(SAMPLE)).toString('utf8');
}

describe('answers files under mutation', () => {
  it('reads 3000 mutated samples into a visit, or problems worded in one line each', () => {
    const random = seeded(3304);
    let refused = 0;
    for (let n = 0; n < 3000; n++) {
      const text = answersLike(random);
      const result = readAnswers(text, ITEMS);
      if (result.ok) continue;
      refused++;
      expect(result.problems.length, text).toBeGreaterThan(0);
      for (const lang of ['en', 'fr'] as const) {
        for (const problem of result.problems) {
          const line = describeProblem(messages(lang).answersFile, problem);
          expect(line, JSON.stringify(problem)).toMatch(/\S/);
          expect(line, JSON.stringify(problem)).not.toContain('undefined');
          expect(CONTROL.test(line) || line.includes('\n'), JSON.stringify(line)).toBe(
            false,
          );
        }
      }
    }
    expect(refused).toBeGreaterThan(1000);
    expect(refused).toBeLessThan(2950);
  });

  it('signs and writes, or refuses, 100 mutated samples through report --answers', async () => {
    const random = seeded(3305);
    const home = tempHome();
    const codes = { 0: 0, 2: 0 } as Record<number, number>;
    for (let n = 0; n < 100; n++) {
      const file = join(home, `answers-${n}.json`);
      writeFileSync(file, answersLike(random, n % 2 === 0));
      const out = join(home, `out-${n}`);
      const args = ['--answers', file, '--out', out, '--format', 'json,md,html'];
      const outcome = await runCommand(report, args, { home });
      const name = readFileSync(file, 'utf8').slice(0, 2000);
      expect(outcome.bug, name).toBeNull();
      expect([0, 2], name).toContain(outcome.code);
      codes[outcome.code]!++;
      expect(CONTROL.test(outcome.stderr), outcome.stderr).toBe(false);
      if (outcome.code === 2) {
        const [headline, ...rest] = outcome.stderr.trimEnd().split('\n');
        expect(headline, outcome.stderr).not.toMatch(/^\s/);
        for (const line of rest)
          expect(line.startsWith(BULLET), outcome.stderr).toBe(true);
        continue;
      }
      // Whatever the texts hold, every file written verifies.
      for (const written of readdirSync(out)) {
        const checked = await runCommand(verify, [join(out, written)], { home });
        expect({ written, code: checked.code, stderr: checked.stderr }).toEqual({
          written,
          code: 0,
          stderr: '',
        });
      }
    }
    expect(Math.min(codes[0]!, codes[2]!)).toBeGreaterThan(10);
  }, 60_000);
});

describe('report --answers in the built program', () => {
  beforeAll(ensureBuilt, 120_000);

  it('exits 0 or 2, problems one to a line, no stack trace: 16 mutated samples', async () => {
    const random = seeded(3307);
    const home = tempHome();
    const env = environment(home, { NO_COLOR: '1' });
    mkdirSync(join(home, 'in'));
    const runs = Array.from({ length: 16 }, (_, n) => {
      const file = join(home, 'in', `answers-${n}.json`);
      writeFileSync(file, answersLike(random, n % 4 === 0));
      return [
        'report',
        '--answers',
        file,
        '--out',
        join(home, `out-${n}`),
        '--format',
        'json',
      ];
    });
    const codes = new Set<number | null>();
    for (const { ran, name } of await runEach(runs, env)) {
      codes.add(ran.status);
      expect([0, 2], name).toContain(ran.status);
      expect(ran.stderr, name).not.toMatch(STACK_FRAME);
      if (ran.status !== 2) continue;
      const [, ...rest] = ran.stderr.trimEnd().split('\n');
      for (const line of rest) expect(line.startsWith(BULLET), name).toBe(true);
    }
    expect([...codes].sort()).toEqual([0, 2]);
  }, 60_000);
});
