/**
 * `dist/oxo-harden.js`: starts the program bundled beside it as a script
 * (see program-cache.ts), from the code kept by an earlier run when there
 * is some, and does the same for the report's libraries when the program
 * first asks for them. The file name of kept code carries the script's
 * digest, Node's version and the processor: a new build or another Node
 * never reads code compiled for something else.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { loadYoga } from 'yoga-layout/load';
import {
  compileLibraries,
  compileProgram,
  type CompiledScript,
  type ModuleScope,
} from './program-cache.js';

declare const __PROGRAM_DIGEST__: string;
declare const __LIBRARIES_DIGEST__: string;

/**
 * ink's layout engine, loaded without `fetch`. Its loader reads its
 * WebAssembly through `fetch` on a data: URL whenever `fetch` exists, and
 * that first loads Node's whole HTTP client (about 30 ms); without `fetch`
 * it decodes the same bytes itself. Nothing else runs meanwhile, and
 * `fetch` is put back as it was.
 */
async function loadLayoutEngine(): Promise<unknown> {
  const fetch = Object.getOwnPropertyDescriptor(globalThis, 'fetch');
  if (!fetch?.configurable) return loadYoga();
  Object.defineProperty(globalThis, 'fetch', {
    value: undefined,
    writable: true,
    enumerable: fetch.enumerable,
    configurable: true,
  });
  try {
    return await loadYoga();
  } finally {
    Object.defineProperty(globalThis, 'fetch', fetch);
  }
}

/** Started first: the layout engine's WebAssembly compiles while the program does. */
const yoga = loadLayoutEngine();
const here = dirname(fileURLToPath(import.meta.url));
const keptFile = (name: string) =>
  join(here, 'compiled-code', `${name}-${process.version}-${process.arch}.bin`);

function moduleScope(file: string) {
  const module = { exports: {} };

  return {
    exports: module.exports,
    require: createRequire(file),
    module,
    __filename: file,
    __dirname: dirname(file),
    __importMetaUrl: pathToFileURL(file).href,
  };
}

let libraries: { exports: object; script: CompiledScript<ModuleScope> } | undefined;

/** pdfkit, fontkit and qrcode, the first time a report is made here. */
function reportLibraries(): object {
  if (libraries) return libraries.exports;
  const file = join(here, 'report-libraries.cjs');
  const script = compileLibraries(
    readFileSync(file, 'utf8'),
    file,
    keptFile(`report-libraries-${__LIBRARIES_DIGEST__}`),
  );
  const scope = moduleScope(file);
  script.run(scope);
  const exports = (scope.module.exports as { libraries: object }).libraries;
  libraries = { exports, script };

  return exports;
}

const file = join(here, 'program.cjs');
const program = compileProgram(
  readFileSync(file, 'utf8'),
  file,
  keptFile(__PROGRAM_DIGEST__),
);

/**
 * For a command that made what it was asked for: what it ran is what the
 * next such run needs. Every report runs the same code, so what one kept
 * is not kept again.
 */
function keepAtExit(): void {
  if (!program.fromKeptCode) program.keep();
  if (libraries && !libraries.script.fromKeptCode) libraries.script.keep();
}

program.run({
  ...moduleScope(file),
  __loadedYoga: await yoga,
  __keepCompiledCode: (moment) => {
    // Once the first frames are out, not in their way.
    if (moment === 'soon') setTimeout(program.keep, 100).unref();
    else process.once('exit', keepAtExit);
  },
  __reportLibraries: reportLibraries,
});
