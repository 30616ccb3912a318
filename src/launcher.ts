/**
 * `dist/oxo-harden.js`: starts the program bundled beside it as a script
 * (see program-cache.ts), from the code kept by an earlier run when there
 * is some. The file name of the kept code carries the program's digest,
 * Node's version and the processor: a new build or another Node never
 * reads code compiled for something else.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { loadYoga } from 'yoga-layout/load';
import { compileProgram } from './program-cache.js';

declare const __PROGRAM_DIGEST__: string;

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
const file = fileURLToPath(new URL('./program.cjs', import.meta.url));
const kept = join(
  dirname(file),
  'compiled-code',
  `${__PROGRAM_DIGEST__}-${process.version}-${process.arch}.bin`,
);
const program = compileProgram(readFileSync(file, 'utf8'), file, kept);
const module = { exports: {} };

program.run({
  exports: module.exports,
  require: createRequire(file),
  module,
  __filename: file,
  __dirname: dirname(file),
  __importMetaUrl: pathToFileURL(file).href,
  __loadedYoga: await yoga,
  // Once the first frames are out, not in their way.
  __keepCompiledCode: () => setTimeout(program.keep, 100).unref(),
});
