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
import { compileLibraries, compileProgram } from './program-cache.js';

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

let libraries: object | undefined;

/**
 * pdfkit, fontkit and qrcode, the first time a report is made here. Their
 * code is kept as the process ends, after the first report has run all of
 * it: every report runs the same code, so once kept it is not kept again.
 */
function reportLibraries(): object {
  if (libraries) return libraries;
  const file = join(here, 'report-libraries.cjs');
  const script = compileLibraries(
    readFileSync(file, 'utf8'),
    file,
    keptFile(`report-libraries-${__LIBRARIES_DIGEST__}`),
  );
  const scope = moduleScope(file);
  script.run(scope);
  if (!script.fromKeptCode) process.once('exit', script.keep);

  return (libraries = (scope.module.exports as { libraries: object }).libraries);
}

const file = join(here, 'program.cjs');
const program = compileProgram(
  readFileSync(file, 'utf8'),
  file,
  keptFile(__PROGRAM_DIGEST__),
);

program.run({
  ...moduleScope(file),
  __loadedYoga: await yoga,
  __keepCompiledCode: (moment) => {
    // Once the first frames are out, not in their way.
    if (moment === 'soon') setTimeout(program.keep, 100).unref();
    else if (!program.fromKeptCode) process.once('exit', program.keep);
  },
  __reportLibraries: reportLibraries,
});
