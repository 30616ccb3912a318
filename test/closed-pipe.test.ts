/**
 * Output read by `head -1`, or by nobody at all: the reader's choice, so
 * the program ends quietly, nothing on its standard error, with the exit
 * code the command would have had anyway.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { messages } from '../src/i18n.js';
import {
  ensureBuilt,
  environment,
  inBatches,
  ROOT,
  runIntoClosedPipe,
  runProgram,
  runThroughHead,
  tempHome,
} from './helpers/program.js';

const home = tempHome();
const env = environment(home);
const reports = join(home, 'reports');
const en = messages('en');

beforeAll(async () => {
  ensureBuilt();
  const made = await runProgram(
    [
      ...['report', '--answers', join(ROOT, 'examples', 'answers.sample.json')],
      ...['--out', reports, '--format', 'json,html,md', '--lang', 'en'],
    ],
    { env },
  );
  expect(made.status, made.stderr).toBe(0);
}, 120_000);

function report(extension: string): string {
  const name = readdirSync(reports).find((file) => file.endsWith(extension));
  if (!name) throw new Error(`no ${extension} report in ${reports}`);

  return join(reports, name);
}

/** Each command, and the exit code it has whoever reads its output. */
const COMMANDS: { args: () => string[]; code: number; first?: string }[] = [
  { args: () => ['--help'], code: 0, first: en.cli.usage.split('\n')[0] },
  { args: () => ['--version'], code: 0 },
  { args: () => ['plan', '--release', 'R9.1'], code: 0 },
  { args: () => ['plan', '--release', 'R9.1', '--json'], code: 0, first: '{' },
  { args: () => ['plan', '--help'], code: 0, first: en.plan.usage.split('\n')[0] },
  { args: () => ['ports', '--public', '33443'], code: 0, first: en.ports.planHeading },
  // A check that fails stays failed when its reader stops at the first line.
  { args: () => ['ports', '--forward', '80:443', '--release', 'R9.1'], code: 1 },
  { args: () => ['verify', report('.json')], code: 0 },
  { args: () => ['verify', report('.html')], code: 0 },
  { args: () => ['verify', report('.md')], code: 0 },
  { args: () => ['check-password', '--help'], code: 0 },
  { args: () => ['report', '--help'], code: 0 },
  { args: () => ['review', '--help'], code: 0 },
];

const named = (args: string[]) => args.join(' ').replace(reports, '<reports>');

describe('output into a closed pipe', () => {
  it('ends quietly through head -1, with the command’s own exit code', async () => {
    const runs = await inBatches(COMMANDS, 3, async ({ args, code, first }) => {
      const given = [...args(), '--lang', 'en'];
      const ran = await runThroughHead(given, env);
      return { name: named(given), code, first, ran };
    });
    for (const { name, code, first, ran } of runs) {
      expect({ name, status: ran.status, stderr: ran.stderr }).toEqual({
        name,
        status: code,
        stderr: '',
      });
      expect(ran.line, name).not.toBe('');
      if (first !== undefined) expect(ran.line, name).toBe(first);
    }
  }, 60_000);

  it('ends quietly when nobody reads even the first line', async () => {
    const runs = await inBatches(COMMANDS, 3, async ({ args, code }) => {
      const given = [...args(), '--lang', 'en'];
      return { name: named(given), code, ran: await runIntoClosedPipe(given, { env }) };
    });
    for (const { name, code, ran } of runs)
      expect({ name, status: ran.status, stderr: ran.stderr }).toEqual({
        name,
        status: code,
        stderr: '',
      });
  }, 60_000);

  it('keeps the exit code of a refusal whose message meets a closed pipe too', async () => {
    const refusals: [string[], number][] = [
      [['verify', join(ROOT, 'package.json')], 2],
      [['plan', '--release', 'R9.9'], 2],
      [['plan', '--bogus'], 2],
      [['nothing-of-the-sort'], 2],
      [['verify', join(home, 'missing.json')], 2],
    ];
    const runs = await inBatches(refusals, 3, async ([args, code]) => ({
      name: named(args),
      code,
      ran: await runIntoClosedPipe([...args, '--lang', 'en'], { env, errors: true }),
    }));
    for (const { name, code, ran } of runs)
      expect({ name, status: ran.status }).toEqual({ name, status: code });
  }, 60_000);
});
