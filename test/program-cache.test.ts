/**
 * The launcher's kept code: taken when V8 accepts it, written once when it
 * was missing, and never a reason for the program not to start.
 */
import {
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Script } from 'node:vm';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { compileProgram, type ProgramScope } from '../src/program-cache.js';

// Which function the run uses is chosen by what the launcher hands in.
const SOURCE = `
  function double(n) { return n * 2; }
  function triple(n) { const by = 3; return [n, n, n].reduce((sum, x) => sum + x * by / 3, 0); }
  module.exports.answer = [1, 2, 3].map(__loadedYoga === 'triple' ? triple : double).join('+');
  module.exports.handed = [__filename, __importMetaUrl, __loadedYoga];
`;

function scope(
  path = 'double',
): ProgramScope & { module: { exports: Record<string, unknown> } } {
  const module = { exports: {} as Record<string, unknown> };

  return {
    exports: module.exports,
    require: (() => undefined) as unknown as NodeRequire,
    module,
    __filename: '/opt/oxo-harden/program.cjs',
    __dirname: '/opt/oxo-harden',
    __importMetaUrl: 'file:///opt/oxo-harden/program.cjs',
    __loadedYoga: path,
    __keepCompiledCode: () => undefined,
    __reportLibraries: () => ({}),
  };
}

let dir: string;
let kept: string;
// V8 also remembers, per process, what it compiled from a given file name:
// each compilation below has a name of its own, so that only the kept code
// on disk can spare it the work.
let serial = 0;
const compile = (source = SOURCE) =>
  compileProgram(source, join(dir, `program-${++serial}.cjs`), kept);

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'oxo-harden-kept-'));
  kept = join(dir, 'compiled-code', 'digest-node-arch.bin');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('the launcher’s kept code', () => {
  it('runs the program with what the launcher hands it', () => {
    const handed = scope();
    compile().run(handed);

    expect(handed.module.exports.answer).toBe('2+4+6');
    expect(handed.module.exports.handed).toEqual([
      '/opt/oxo-harden/program.cjs',
      'file:///opt/oxo-harden/program.cjs',
      'double',
    ]);
  });

  it('is written once, on request, and the next start takes it', () => {
    const first = compile();
    first.run(scope());
    expect(first.fromKeptCode).toBe(false);
    expect(existsSync(kept)).toBe(false);

    first.keep();
    expect(readFileSync(kept).length).toBeGreaterThan(0);
    rmSync(kept);
    first.keep();
    expect(existsSync(kept), 'a second keep() in one run writes again').toBe(false);

    compile().run(scope());
    compile().keep();
    const next = compile();
    expect(next.fromKeptCode).toBe(true);
    const handed = scope();
    next.run(handed);
    expect(handed.module.exports.answer).toBe('2+4+6');
  });

  it('is written again only when a run compiled more than it holds', () => {
    const first = compile();
    first.run(scope('double'));
    first.keep();
    const written = statSync(kept).mtimeMs;

    // The same run again: nothing new to keep.
    const same = compile();
    same.run(scope('double'));
    same.keep();
    expect(same.fromKeptCode).toBe(true);
    expect(statSync(kept).mtimeMs).toBe(written);

    // Another path through the program: its code is added.
    const other = compile();
    other.run(scope('triple'));
    const before = readFileSync(kept).length;
    other.keep();
    expect(readFileSync(kept).length).toBeGreaterThan(before);

    const both = compile();
    expect(both.fromKeptCode).toBe(true);
    const handed = scope('triple');
    both.run(handed);
    expect(handed.module.exports.answer).toBe('3+6+9');
  });

  it('refuses damaged kept code, runs anyway, and replaces it', () => {
    compile().keep();
    const good = readFileSync(kept);
    const flip = (at: number) =>
      Buffer.from(good.map((byte, index) => (index === at ? byte ^ 0xff : byte)));
    // A damaged byte in V8's code, unchecked, ends the process in V8's
    // fatal error rather than in a refusal.
    const damaged: Record<string, Buffer> = {
      empty: Buffer.alloc(0),
      truncated: good.subarray(0, good.length >> 1),
      'its digest flipped': flip(5),
      'code flipped early': flip(40),
      'code flipped midway': flip(good.length >> 1),
      'code flipped last': flip(good.length - 1),
      random: Buffer.from(
        Array.from({ length: 4096 }, (_, index) => (index * 37) & 0xff),
      ),
    };

    for (const [kind, bytes] of Object.entries(damaged)) {
      writeFileSync(kept, bytes);
      const program = compile();
      expect(program.fromKeptCode, kind).toBe(false);
      const handed = scope();
      program.run(handed);
      expect(handed.module.exports.answer, kind).toBe('2+4+6');

      program.keep();
      expect(compile().fromKeptCode, `${kind}, once replaced`).toBe(true);
    }
  });

  it('refuses code kept for another program', () => {
    compile().keep();
    const other = compile(`${SOURCE}\nmodule.exports.more = true;`);

    expect(other.fromKeptCode).toBe(false);
    const handed = scope();
    other.run(handed);
    expect(handed.module.exports.more).toBe(true);
  });

  it('starts the same when the kept code cannot be written, and works none out', () => {
    writeFileSync(join(dir, 'compiled-code'), 'a file where the folder would go');
    const program = compile();
    const workedOut = vi.spyOn(Script.prototype, 'createCachedData');

    expect(() => program.keep()).not.toThrow();
    expect(workedOut).not.toHaveBeenCalled();
    workedOut.mockRestore();
    const handed = scope();
    program.run(handed);
    expect(handed.module.exports.answer).toBe('2+4+6');
    expect(readdirSync(dir)).toEqual(['compiled-code']);
  });

  it('removes what runs that ended mid-write left, once it is old', () => {
    const first = compile();
    first.run(scope());
    first.keep();
    rmSync(kept);
    const abandoned = `${kept}.4242.tmp`;
    const writing = `${kept}.4343.tmp`;
    const another = join(dir, 'compiled-code', 'other-build.bin.4242.tmp');
    for (const file of [abandoned, writing, another]) writeFileSync(file, 'half');
    const hourAgo = new Date(Date.now() - 3_600_000);
    utimesSync(abandoned, hourAgo, hourAgo);
    utimesSync(another, hourAgo, hourAgo);

    compile().keep();

    expect(existsSync(kept)).toBe(true);
    expect(existsSync(abandoned)).toBe(false);
    // Still being written, perhaps: left to its writer.
    expect(existsSync(writing)).toBe(true);
    // Another kept file's: left to the next build.
    expect(existsSync(another)).toBe(true);
  });
});
