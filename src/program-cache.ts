/**
 * The command starts from code V8 compiled on an earlier run. Compiling the
 * bundle's functions again on every start costs about a fifth of the time
 * to the wizard's first frame, and Node 20 keeps no such code for ES
 * modules; it does for a script, so the program is bundled as one
 * (`program.cjs`) and run from here, and so are the libraries that make
 * the PDF and the QR code (`report-libraries.cjs`).
 *
 * The kept code is only ever a shortcut: when it is missing, damaged,
 * made by another Node, or cannot be written, the program is compiled as
 * usual and runs the same.
 */
import { createHash } from 'node:crypto';
import {
  accessSync,
  constants,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { Script } from 'node:vm';

/**
 * When the program's compiled code is kept. `soon`: just after the wizard's
 * first frame, and written again whenever a start compiled more. `at-exit`:
 * as a command that runs once ends, and only if none was kept: finding out
 * whether it compiled more costs about what a kept start saves such a run.
 */
export type KeepMoment = 'soon' | 'at-exit';

/** What a script bundled as CommonJS reads as its module's own names. */
export interface ModuleScope {
  exports: object;
  require: NodeRequire;
  module: { exports: object };
  __filename: string;
  __dirname: string;
  /** The script's own file URL, where its sources read `import.meta.url`. */
  __importMetaUrl: string;
}

/** What the launcher hands the program, as the names its code uses. */
export interface ProgramScope extends ModuleScope {
  /** ink's layout engine, which loads asynchronously and so cannot load inside a script. */
  __loadedYoga: unknown;
  /** Called by the program once what it has compiled is worth keeping. */
  __keepCompiledCode: (moment: KeepMoment) => void;
  /** pdfkit, fontkit and qrcode, compiled and run from their own script on first use. */
  __reportLibraries: () => object;
}

const MODULE_SCOPE: ReadonlyArray<keyof ModuleScope> = [
  'exports',
  'require',
  'module',
  '__filename',
  '__dirname',
  '__importMetaUrl',
];

const PROGRAM_SCOPE: ReadonlyArray<keyof ProgramScope> = [
  ...MODULE_SCOPE,
  '__loadedYoga',
  '__keepCompiledCode',
  '__reportLibraries',
];

export interface CompiledScript<Scope> {
  /** Whether V8 took the kept code instead of compiling afresh. */
  fromKeptCode: boolean;
  run(scope: Scope): void;
  /**
   * Writes the code compiled so far for the next start, at most once per
   * run: when there was none, or when this run compiled more than the kept
   * code holds. Starts that draw other screens first (a list of visits to
   * resume, a damaged file to tell of) so add theirs to what is kept.
   */
  keep(): void;
}

const DIGEST_BYTES = 32;
/** Less new code than this share is not worth writing the file again for. */
const GROWTH = 1.002;

const digestOf = (code: Buffer) => createHash('sha256').update(code).digest();

/**
 * The kept code, when it is whole. V8 checks its version and the source's
 * length, but a release build of Node does not check the code itself: a
 * single damaged byte ends the process in V8's own fatal error. So the file
 * starts with the code's SHA-256, and V8 only ever sees code that matches.
 */
function readKept(file: string): Buffer | undefined {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    return undefined;
  }
  const code = bytes.subarray(DIGEST_BYTES);
  const whole =
    bytes.length > DIGEST_BYTES && digestOf(code).equals(bytes.subarray(0, DIGEST_BYTES));

  return whole ? code : undefined;
}

/**
 * `source` compiled as the script at `file`, from the code kept in
 * `keptFile` when V8 accepts it. The kept file's name must change whenever
 * the source does: V8 recognises its own code by the source's length.
 */
function compileScript<Scope extends ModuleScope>(
  source: string,
  file: string,
  keptFile: string,
  names: ReadonlyArray<keyof Scope>,
): CompiledScript<Scope> {
  const cachedData = readKept(keptFile);
  const script = new Script(`(function (${names.join(', ')}) {${source}\n})`, {
    filename: file,
    cachedData,
  });
  const keptLength = cachedData && !script.cachedDataRejected ? cachedData.length : 0;
  let kept = false;

  return {
    fromKeptCode: keptLength > 0,
    run(scope) {
      const start = script.runInThisContext() as (...values: unknown[]) => void;
      start(...names.map((name) => scope[name]));
    },
    keep() {
      if (kept) return;
      kept = true;
      // Where nothing can be written (a system-wide install), the code is
      // not worked out only to be thrown away.
      if (!writable(dirname(keptFile))) return;
      const code = script.createCachedData();
      if (code.length <= keptLength * GROWTH) return;
      // Written whole beside its name, then renamed: two programs starting
      // at once never read half a file.
      const temporary = `${keptFile}.${process.pid}.tmp`;
      try {
        writeFileSync(temporary, Buffer.concat([digestOf(code), code]));
        renameSync(temporary, keptFile);
        removeAbandoned(keptFile);
      } catch {
        try {
          rmSync(temporary, { force: true });
        } catch {
          // A leftover temporary file is harmless: the next start ignores it.
        }
      }
    },
  };
}

function writable(dir: string): boolean {
  try {
    mkdirSync(dir, { recursive: true });
    accessSync(dir, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/** Older than any write in progress can be. */
const ABANDONED_MS = 10 * 60_000;

/**
 * Temporary files of this kept file left by runs that ended while writing
 * it (killed, or the machine switched off). Never read, they would only
 * pile up until the next build.
 */
function removeAbandoned(keptFile: string): void {
  const dir = dirname(keptFile);
  const prefix = `${basename(keptFile)}.`;
  for (const name of readdirSync(dir)) {
    if (!name.startsWith(prefix) || !name.endsWith('.tmp')) continue;
    const path = join(dir, name);
    try {
      if (Date.now() - statSync(path).mtimeMs > ABANDONED_MS)
        rmSync(path, { force: true });
    } catch {
      // Gone already, or another run's to remove.
    }
  }
}

/** The program, `program.cjs`. */
export const compileProgram = (source: string, file: string, keptFile: string) =>
  compileScript<ProgramScope>(source, file, keptFile, PROGRAM_SCOPE);

/** The report's libraries, `report-libraries.cjs`, as a module. */
export const compileLibraries = (source: string, file: string, keptFile: string) =>
  compileScript<ModuleScope>(source, file, keptFile, MODULE_SCOPE);

declare const __keepCompiledCode: ((moment: KeepMoment) => void) | undefined;

/**
 * For the program: what it has compiled so far is what its next start
 * needs. Run from its sources, there is no launcher and nothing to keep.
 */
export function keepCompiledCode(moment: KeepMoment): void {
  if (typeof __keepCompiledCode === 'function') __keepCompiledCode(moment);
}
