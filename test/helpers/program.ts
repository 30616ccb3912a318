/**
 * The built program, as an installer runs it: `dist/oxo-harden.js`, rebuilt
 * first when a source is newer, run with its own home folder and the
 * environment of a plain terminal.
 */
import { execSync, spawn } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const PROGRAM = join(ROOT, 'dist', 'oxo-harden.js');
/** The thread the wizard writes its reports in, built with it. */
export const REPORT_WORKER = join(ROOT, 'dist', 'report-worker.js');
/** The program itself, which `oxo-harden.js` launches (src/launcher.ts). */
export const PROGRAM_SCRIPT = join(ROOT, 'dist', 'program.cjs');
/** pdfkit, fontkit and qrcode, which the program runs from a script of their own. */
export const REPORT_LIBRARIES = join(ROOT, 'dist', 'report-libraries.cjs');

function newestSource(dir: string): number {
  return readdirSync(dir, { withFileTypes: true }).reduce((newest, entry) => {
    const path = join(dir, entry.name);
    const time = entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs;
    return Math.max(newest, time);
  }, 0);
}

/** For a `beforeAll`: the bundle, rebuilt when any source is newer than it. */
export function ensureBuilt(): void {
  const sources = Math.max(
    ...['src', 'steps', 'locales'].map((dir) => newestSource(join(ROOT, dir))),
  );
  const built = [PROGRAM, PROGRAM_SCRIPT, REPORT_LIBRARIES, REPORT_WORKER];
  if (built.some((file) => !existsSync(file) || statSync(file).mtimeMs < sources)) {
    execSync('npm run build --silent', { cwd: ROOT, stdio: 'inherit' });
  }
}

/**
 * The program as `npm run build` makes it, but in a folder of its own, so
 * that a build running elsewhere at the same time cannot change it
 * underfoot: `build` before the tests, `remove` after.
 */
export function privateProgram(name: string): {
  cli: string;
  build: () => Promise<void>;
  remove: () => void;
} {
  const dir = join(ROOT, 'node_modules', '.cache', `oxo-harden-${name}-${process.pid}`);

  return {
    cli: join(dir, 'oxo-harden.js'),
    build: async () => {
      mkdirSync(dir, { recursive: true });
      const script = pathToFileURL(join(ROOT, 'scripts', 'bundle.mjs')).href;
      const { buildProgram } = (await import(script)) as {
        buildProgram: (dir: string) => Promise<void>;
      };
      await buildProgram(dir);
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

export function tempHome(prefix = 'oxo-harden-robust-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** A terminal's environment with the tool's home set, and nothing that changes how it draws. */
export function environment(
  home: string,
  extra: NodeJS.ProcessEnv = {},
): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, OXO_HARDEN_HOME: home };
  for (const name of ['CI', 'NO_COLOR', 'FORCE_COLOR', 'OXO_HARDEN_DEBUG', 'LANG'])
    delete env[name];

  return { ...env, TERM: 'xterm-256color', ...extra };
}

export interface Ran {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: Buffer;
  stderr: string;
}

/** The program run to its end without a terminal, `input` on its standard input. */
export function runProgram(
  args: string[],
  options: { env: NodeJS.ProcessEnv; input?: string | Buffer },
): Promise<Ran> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [PROGRAM, ...args], {
      env: options.env,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    child.on('error', reject);
    child.on('close', (status, signal) =>
      resolve({
        status,
        signal,
        stdout: Buffer.concat(stdout),
        stderr: Buffer.concat(stderr).toString('utf8'),
      }),
    );
    child.stdin.on('error', () => {});
    child.stdin.end(options.input ?? '');
  });
}

/** Runs `work` on every value, at most `width` at a time, results in the values' order. */
export async function inBatches<T, R>(
  values: readonly T[],
  width: number,
  work: (value: T, index: number) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array(values.length);
  let nextIndex = 0;
  const lane = async () => {
    while (nextIndex < values.length) {
      const index = nextIndex++;
      results[index] = await work(values[index]!, index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(width, values.length) }, lane));

  return results;
}

/**
 * Each command line through the built program in English, four at a time;
 * `name` (the arguments and what the program said) is what a failed
 * expectation should show.
 */
export function runEach(
  lines: readonly string[][],
  env: NodeJS.ProcessEnv,
): Promise<Array<{ ran: Awaited<ReturnType<typeof runProgram>>; name: string }>> {
  return inBatches(lines, 4, async (args) => {
    const ran = await runProgram([...args, '--lang', 'en'], { env });
    return { ran, name: `${JSON.stringify(args)}\n${ran.stderr}` };
  });
}

/** A line of a V8 stack trace: what a user must never see. */
export const STACK_FRAME = /^\s+at .+/m;

/**
 * The program writing into a pipe nobody reads any more: the read end is
 * closed before its first line, so its very first write meets EPIPE. With
 * `errors`, standard error goes the same way (`2>&1 | head`).
 */
export function runIntoClosedPipe(
  args: string[],
  options: { env: NodeJS.ProcessEnv; errors?: boolean },
): Promise<{ status: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [PROGRAM, ...args], {
      env: options.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.destroy();
    if (options.errors) child.stderr.destroy();
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stderr }));
  });
}

/** `oxo-harden … | head -1` in a POSIX shell: the program's own exit status and errors, and the line head kept. */
export async function runThroughHead(
  args: string[],
  env: NodeJS.ProcessEnv,
): Promise<{ status: number; stderr: string; line: string }> {
  const dir = tempHome('oxo-harden-head-');
  const status = join(dir, 'status');
  const errors = join(dir, 'stderr');
  const script = `{ "$@" 2>"${errors}"; echo $? >"${status}"; } | head -1`;
  const child = spawn('sh', ['-c', script, 'sh', process.execPath, PROGRAM, ...args], {
    env,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let line = '';
  child.stdout.on('data', (chunk: Buffer) => (line += chunk.toString('utf8')));
  await new Promise((resolve) => child.on('close', resolve));

  return {
    status: Number(readFileSync(status, 'utf8').trim()),
    stderr: readFileSync(errors, 'utf8'),
    line: line.replace(/\n$/, ''),
  };
}
