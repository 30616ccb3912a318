/**
 * Measures what the installer waits for, each figure against the reference
 * the target is stated in, in one run so that the machine's mood affects
 * both sides alike.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ITEMS } from '../../steps/index.js';
import { readAnswers } from '../../src/answers-file.js';
import { installerKey } from '../../src/keys.js';
import { REPORT_FORMATS, renderFormat, signVisit } from '../../src/report/files.js';
import { newSession } from '../../src/session/index.js';
import { openStore } from '../../src/store.js';
import { verifyFile } from '../../src/verify.js';
import { keyToFrame } from './keys.js';
import { spawnTerminal } from './pty.js';
import { formatFigure, median, type Figure } from './stats.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const CLI = 'dist/oxo-harden.js';
const SAMPLE = 'examples/answers.sample.json';
const HELLO = 'dist/bench-hello.js';
/** Where the command keeps the code V8 compiled for it (src/launcher.ts). */
const KEPT_CODE = 'dist/compiled-code';

function terminalEnv(home: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    OXO_HARDEN_HOME: home,
    TERM: 'xterm-256color',
    LANG: 'en_US.UTF-8',
  };
  delete env.CI;

  return env;
}

/** `linger`: how long to leave the program running after its first frame. */
async function firstFrame(file: string, home: string, linger = 0): Promise<number> {
  const terminal = spawnTerminal([file], terminalEnv(home));
  try {
    const ms = await terminal.waitFor(/\S/);
    await new Promise((done) => setTimeout(done, linger));
    return ms;
  } finally {
    terminal.kill();
  }
}

function tempHome(name: string): string {
  return mkdtempSync(join(tmpdir(), `oxo-harden-bench-${name}-`));
}

function fillStore(home: string, count: number): void {
  const store = openStore(home);
  for (let i = 0; i < count; i++) {
    const session = newSession(`bench-${i}`, 'en', '2026-12-03');
    session.visit.site = { customer: `Customer ${i}`, name: `Site ${i}`, address: '' };
    session.visit.release = 'R910/021.001';
    store.save(session);
  }
}

async function startUp(): Promise<Figure[]> {
  const empty = tempHome('empty');
  const full = tempHome('full');
  fillStore(full, 1000);
  const hello: number[] = [];
  const wizard: number[] = [];
  const crowded: number[] = [];
  const compiling: number[] = [];
  // Interleaved, so that a slow moment of the machine hits every series.
  for (let i = 0; i < RUNS; i++) {
    hello.push(await firstFrame(HELLO, empty));
    wizard.push(await firstFrame(CLI, empty));
    crowded.push(await firstFrame(CLI, full));
    // As on the first start after a build: no compiled code kept yet.
    rmSync(KEPT_CODE, { recursive: true, force: true });
    // Long enough for it to keep its compiled code for the next run.
    compiling.push(await firstFrame(CLI, empty, 500));
  }
  rmSync(empty, { recursive: true, force: true });
  rmSync(full, { recursive: true, force: true });
  const [h, w, c] = [median(hello), median(wizard), median(crowded)];
  const cold = median(compiling);

  return [
    {
      name: 'first frame: bare ink hello (reference)',
      value: h,
      unit: 'ms',
      reference: 'bundled the same way',
      runs: RUNS,
    },
    {
      name: 'first frame: wizard, no stored session',
      value: w,
      unit: 'ms',
      reference: 'absolute',
      runs: RUNS,
    },
    {
      name: 'first frame: wizard / ink hello',
      value: w / h,
      unit: 'x',
      reference: `${w.toFixed(0)} ms / ${h.toFixed(0)} ms`,
      target: 1.15,
      runs: RUNS,
    },
    {
      name: 'first frame: wizard, first start after a build',
      value: cold,
      unit: 'ms',
      reference: `${(cold / h).toFixed(2)} x ink hello; compiles all it runs`,
      runs: RUNS,
    },
    {
      name: 'start with 1,000 stored sessions, extra',
      value: c - w,
      unit: 'ms',
      reference: `${c.toFixed(0)} ms - ${w.toFixed(0)} ms`,
      target: 50,
      runs: RUNS,
    },
  ];
}

/** `oxo-harden report` of the sample session, from its start to its exit. */
function reportCommand(): Figure[] {
  const home = tempHome('command');
  const out = tempHome('command-out');
  const timed = (args: string[]) => {
    const start = performance.now();
    const ran = spawnSync(process.execPath, args, {
      env: { ...process.env, OXO_HARDEN_HOME: home },
    });
    if (ran.status !== 0) throw new Error(`${args.join(' ')}: ${ran.stderr.toString()}`);
    return performance.now() - start;
  };
  const report = [CLI, 'report', '--answers', SAMPLE, '--out', out];
  // The installer's key is made once, on the first report ever; and what
  // the wizard kept earlier in this run is not what a report keeps.
  rmSync(KEPT_CODE, { recursive: true, force: true });
  timed(report);
  const bare: number[] = [];
  const kept: number[] = [];
  const first: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    bare.push(timed(['-e', '']));
    kept.push(timed(report));
    // As on the first report after a build: nothing kept yet.
    rmSync(KEPT_CODE, { recursive: true, force: true });
    first.push(timed(report));
  }
  rmSync(home, { recursive: true, force: true });
  rmSync(out, { recursive: true, force: true });
  const node = median(bare);
  const command = median(kept);

  return [
    {
      name: 'report command: node -e "" (reference)',
      value: node,
      unit: 'ms',
      reference: 'Node starting and ending',
      runs: RUNS,
    },
    {
      name: 'report command: start to exit',
      value: command,
      unit: 'ms',
      reference: '4 formats, full sample session',
      runs: RUNS,
    },
    {
      name: 'report command: beyond Node’s own start',
      value: command - node,
      unit: 'ms',
      reference: `${command.toFixed(0)} ms - ${node.toFixed(0)} ms`,
      target: 300,
      runs: RUNS,
    },
    {
      name: 'report command: same, first after a build',
      value: median(first) - node,
      unit: 'ms',
      reference: 'compiles all it runs, then keeps it',
      runs: RUNS,
    },
  ];
}

async function reports(): Promise<Figure[]> {
  const home = tempHome('report');
  const loaded = readAnswers(readFileSync(SAMPLE, 'utf8'), ITEMS);
  if (!loaded.ok) throw new Error('examples/answers.sample.json does not load');
  installerKey(home);

  const timed = async () => {
    const start = performance.now();
    const { report } = signVisit(loaded.visit, { home, now: new Date() });
    const files = await Promise.all(
      REPORT_FORMATS.map((f) => renderFormat(report, f, 'fr')),
    );
    return { ms: performance.now() - start, files };
  };
  const first = await timed();
  const warm: number[] = [];
  for (let i = 0; i < RUNS; i++) warm.push((await timed()).ms);

  const verifyTimes: number[] = [];
  const pdf = first.files[REPORT_FORMATS.indexOf('pdf')]!;
  const json = first.files[REPORT_FORMATS.indexOf('json')]!;
  for (let i = 0; i < RUNS; i++) {
    for (const file of [json, pdf]) {
      const start = performance.now();
      const outcome = await verifyFile(file);
      verifyTimes.push(performance.now() - start);
      if (outcome.kind !== 'checked' || outcome.problems.length > 0) {
        throw new Error('the benchmark report does not verify');
      }
    }
  }
  rmSync(home, { recursive: true, force: true });

  return [
    {
      name: 'sign + render 4 formats, warm, in process',
      value: median(warm),
      unit: 'ms',
      reference: 'full sample session',
      target: 300,
      runs: RUNS,
    },
    {
      name: 'verify (JSON and PDF), median',
      value: median(verifyTimes),
      unit: 'ms',
      reference: 'in process',
      target: 100,
      runs: verifyTimes.length,
    },
  ];
}

const figures = [
  ...(await startUp()),
  ...(await keyToFrame(RUNS)),
  ...reportCommand(),
  ...(await reports()),
];
for (const figure of figures) process.stdout.write(`${formatFigure(figure)}\n`);
