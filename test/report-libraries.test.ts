/**
 * The built command makes its reports with pdfkit, fontkit and qrcode from
 * its own script, `report-libraries.cjs`, not from node_modules; the code
 * V8 compiled for them is kept as the first report ends and taken by the
 * next. Seen from outside, on a build of its own.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { environment, privateProgram, ROOT, tempHome } from './helpers/program.js';

const program = privateProgram('report-libraries');
const keptDir = join(dirname(program.cli), 'compiled-code');
const home = tempHome('oxo-harden-libraries-');
const keptFiles = () => (existsSync(keptDir) ? readdirSync(keptDir).sort() : []);
const node = process.version.replaceAll('.', '\\.');
const LIBRARIES_KEPT = new RegExp(
  `^report-libraries-[0-9a-f]{16}-${node}-${process.arch}\\.bin$`,
);

beforeAll(program.build, 60_000);
afterAll(program.remove);

/**
 * Loaded before the command: records, as it ends, the files it loaded from
 * node_modules and, for each script it compiled, whether it handed V8 kept
 * code and whether V8 took it.
 */
const probe = join(home, 'probe.cjs');
writeFileSync(
  probe,
  `const vm = require('node:vm');
   const { syncBuiltinESMExports } = require('node:module');
   const compiled = [];
   const Script = vm.Script;
   vm.Script = class extends Script {
     constructor(source, options = {}) {
       super(source, options);
       compiled.push({ file: options.filename, handed: Boolean(options.cachedData), taken: options.cachedData ? !this.cachedDataRejected : false });
     }
   };
   syncBuiltinESMExports();
   process.on('exit', () => {
     const loaded = Object.keys(require.cache).filter((file) => /node_modules/.test(file));
     require('node:fs').writeFileSync(process.env.PROBE_OUT, JSON.stringify({ loaded, compiled }));
   });`,
);

interface Probed {
  loaded: string[];
  compiled: Array<{ file: string; handed: boolean; taken: boolean }>;
}

/** `report --answers` of the sample, probed; then `verify` of each file it wrote. */
function report(): {
  probed: Probed;
  verified: Array<number | null>;
  written: string[];
} {
  const out = mkdtempSync(join(tmpdir(), 'oxo-harden-libraries-out-'));
  const probeOut = join(out, 'probe.json');
  const made = spawnSync(
    process.execPath,
    [
      '--require',
      probe,
      program.cli,
      ...['report', '--answers', join(ROOT, 'examples', 'answers.sample.json')],
      ...['--out', out, '--lang', 'en'],
    ],
    { encoding: 'utf8', env: environment(home, { PROBE_OUT: probeOut }) },
  );
  expect(made.status, made.stderr).toBe(0);
  const written = made.stdout
    .split('\n')
    .filter((line) => line.startsWith('Wrote '))
    .map((line) => line.slice('Wrote '.length));
  expect(written).toHaveLength(4);
  const verified = written.map(
    (file) =>
      spawnSync(process.execPath, [program.cli, 'verify', file], {
        env: environment(home),
      }).status,
  );

  return {
    probed: JSON.parse(readFileSync(probeOut, 'utf8')) as Probed,
    verified,
    written,
  };
}

const librariesScript = (probed: Probed) =>
  probed.compiled.find(({ file }) => file.endsWith('report-libraries.cjs'));

describe('the report’s libraries', () => {
  it('are not kept by a report that could not be written', () => {
    const notAFolder = join(home, 'not-a-folder');
    writeFileSync(notAFolder, '');
    const made = spawnSync(
      process.execPath,
      [
        program.cli,
        ...['report', '--answers', join(ROOT, 'examples', 'answers.sample.json')],
        ...['--out', notAFolder, '--lang', 'en'],
      ],
      { encoding: 'utf8', env: environment(home) },
    );

    expect(made.status, made.stderr).toBe(1);
    expect(keptFiles()).toEqual([]);
  });

  it('come from the command’s own script, and the report verifies', () => {
    const { probed, verified } = report();

    expect(verified).toEqual([0, 0, 0, 0]);
    expect(librariesScript(probed)).toEqual(expect.objectContaining({ handed: false }));
    // Nothing from node_modules, not even pdfkit's standard-font metrics:
    // the report sets no Helvetica.
    const installed = probed.loaded.filter(
      (file) => !file.startsWith(dirname(program.cli)),
    );
    expect(installed).toEqual([]);
  });

  it('give the attached record its MD5 checksum, which the script takes from Node', () => {
    const { written } = report();
    const pdf = readFileSync(
      written.find((file) => file.endsWith('.pdf'))!,
      'latin1',
    );
    const json = readFileSync(written.find((file) => file.endsWith('.json'))!);
    const sums = [...pdf.matchAll(/\/CheckSum \(([0-9a-f]{32})\)/g)].map(
      ([, sum]) => sum,
    );

    expect(sums).toEqual([createHash('md5').update(json).digest('hex')]);
    const script = readFileSync(
      join(dirname(program.cli), 'report-libraries.cjs'),
      'utf8',
    );
    expect(script).toContain('createHash("md5")');
  });

  it('leave out the WOFF2 decoder, which a report of TrueType faces never calls', () => {
    const script = readFileSync(
      join(dirname(program.cli), 'report-libraries.cjs'),
      'utf8',
    );

    expect(script).toContain('WOFF2 fonts are not bundled');
    expect(script).not.toContain('BrotliDecompressBuffer');
  });

  it('are kept as the first report ends, with the program, and taken by the next', () => {
    const kept = keptFiles();
    expect(kept).toEqual([
      expect.stringMatching(new RegExp(`^[0-9a-f]{16}-${node}-${process.arch}\\.bin$`)),
      expect.stringMatching(LIBRARIES_KEPT),
    ]);
    const times = kept.map((name) => statSync(join(keptDir, name)).mtimeMs);

    const { probed, verified } = report();
    expect(verified).toEqual([0, 0, 0, 0]);
    expect(probed.compiled.map(({ handed, taken }) => ({ handed, taken }))).toEqual([
      { handed: true, taken: true },
      { handed: true, taken: true },
    ]);
    expect(keptFiles().map((name) => statSync(join(keptDir, name)).mtimeMs)).toEqual(
      times,
    );
  });

  it('are compiled afresh when their kept code is damaged, which is then replaced', () => {
    const file = join(
      keptDir,
      keptFiles().find((name) => LIBRARIES_KEPT.test(name))!,
    );
    const damaged = readFileSync(file);
    const middle = damaged.length >> 1;
    damaged[middle] = damaged[middle]! ^ 0xff;
    writeFileSync(file, damaged);

    const { probed, verified } = report();
    expect(verified).toEqual([0, 0, 0, 0]);
    expect(librariesScript(probed)).toEqual(expect.objectContaining({ taken: false }));
    expect(readFileSync(file).equals(damaged)).toBe(false);
    expect(report().probed.compiled.every(({ taken }) => taken)).toBe(true);
  });
});
