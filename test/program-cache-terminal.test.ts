/**
 * The built command keeps the code V8 compiled for its first frame, and a
 * later start takes it; damaged, it is replaced, and the wizard starts the
 * same. Seen from outside, in a terminal, on a build of its own.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { environment, privateProgram, tempHome } from './helpers/program.js';
import { spawnCli } from './helpers/pty.js';
import { en } from './helpers/screens.js';
import { seedSession } from './helpers/seed.js';
import { KEYS } from './helpers/visit-script.js';

const program = privateProgram('kept-code');
const keptDir = join(dirname(program.cli), 'compiled-code');
const home = tempHome('oxo-harden-kept-');
const keptFiles = () => (existsSync(keptDir) ? readdirSync(keptDir) : []);

beforeAll(program.build, 60_000);
afterAll(program.remove);

async function untilTrue(done: () => boolean, what: string): Promise<void> {
  const end = Date.now() + 10_000;
  while (!done()) {
    if (Date.now() > end) throw new Error(`${what} never happened`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** The wizard to its first screen, then left with Ctrl+C. */
async function startWizard(
  afterFirstFrame: () => Promise<void> = async () => {},
  { on = home, first = en.wizard.language.heading } = {},
) {
  const term = spawnCli(program.cli, [], environment(on, { LANG: 'en_GB.UTF-8' }));
  await term.waitFor(first);
  await afterFirstFrame();
  term.write(KEYS.ctrlC);

  return (await term.exited).exitCode;
}

describe('the command’s kept compiled code', () => {
  it('is not written by a command that only prints', () => {
    const ran = spawnSync(process.execPath, [program.cli, '--version'], {
      encoding: 'utf8',
      env: environment(home),
    });

    expect(ran.status).toBe(0);
    expect(ran.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    expect(keptFiles()).toEqual([]);
  });

  it('loads the layout engine without fetch, and puts fetch back', () => {
    // Counts calls of fetch from the first line of the process to its exit.
    const probe = join(home, 'probe.cjs');
    writeFileSync(
      probe,
      `const real = globalThis.fetch;
       let calls = 0;
       const counted = (...args) => { calls++; return real(...args); };
       globalThis.fetch = counted;
       process.on('exit', () => process.stderr.write(JSON.stringify({ calls, back: globalThis.fetch === counted })));`,
    );
    const ran = spawnSync(
      process.execPath,
      ['--require', probe, program.cli, '--version'],
      {
        encoding: 'utf8',
        env: environment(home),
      },
    );

    expect(ran.status).toBe(0);
    expect(JSON.parse(ran.stderr)).toEqual({ calls: 0, back: true });
  });

  it('is written at the wizard’s first frame, named for this build and this Node', async () => {
    const code = await startWizard(() =>
      untilTrue(() => keptFiles().length === 1, 'writing the kept code'),
    );

    expect(code).toBe(130);
    const node = process.version.replaceAll('.', '\\.');
    expect(keptFiles()).toEqual([
      expect.stringMatching(new RegExp(`^[0-9a-f]{16}-${node}-${process.arch}\\.bin$`)),
    ]);
  });

  it('is taken by the next start, not written again', async () => {
    const file = join(keptDir, keptFiles()[0]!);
    const before = { bytes: readFileSync(file), time: statSync(file).mtimeMs };
    const code = await startWizard(
      () => new Promise((resolve) => setTimeout(resolve, 300)),
    );

    expect(code).toBe(130);
    expect(statSync(file).mtimeMs).toBe(before.time);
    expect(readFileSync(file).equals(before.bytes)).toBe(true);
  });

  it('grows when a start draws another first screen, then holds', async () => {
    const file = join(keptDir, keptFiles()[0]!);
    const before = readFileSync(file).length;
    const resuming = tempHome('oxo-harden-kept-resume-');
    seedSession(resuming, { screen: 'item', item: 'VMUMaxTry' });
    const start = { on: resuming, first: 'Dupont SA' };

    const wait = () => untilTrue(() => readFileSync(file).length > before, 'adding code');
    expect(await startWizard(wait, start)).toBe(130);
    const grown = statSync(file).mtimeMs;

    const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 300));
    expect(await startWizard(pause, start)).toBe(130);
    expect(await startWizard(pause)).toBe(130);
    expect(statSync(file).mtimeMs).toBe(grown);
  });

  it('is replaced when damaged, and the wizard starts the same', async () => {
    const file = join(keptDir, keptFiles()[0]!);
    const good = readFileSync(file);
    const damaged = Buffer.from(good);
    const middle = damaged.length >> 1;
    damaged[middle] = damaged[middle]! ^ 0xff;
    writeFileSync(file, damaged);

    const code = await startWizard(() =>
      untilTrue(() => !readFileSync(file).equals(damaged), 'replacing the kept code'),
    );

    expect(code).toBe(130);
    expect(readFileSync(file).length).toBeGreaterThan(good.length / 2);
    expect(keptFiles(), 'no temporary file is left').toHaveLength(1);
  });
});
