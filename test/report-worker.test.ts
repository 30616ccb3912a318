import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { readAnswers } from '../src/answers-file.js';
import { reportWriter } from '../src/report/background.js';
import { REPORT_FORMATS, signVisit } from '../src/report/files.js';
import type { SignedReport } from '../src/signature.js';
import { verifyFile } from '../src/verify.js';
import { ITEMS } from '../steps/index.js';
import { ensureBuilt, REPORT_WORKER, ROOT } from './helpers/program.js';

function signedSample(home: string): SignedReport {
  const text = readFileSync(join(ROOT, 'examples', 'answers.sample.json'), 'utf8');
  const loaded = readAnswers(text, ITEMS);
  if (!loaded.ok) throw new Error('the sample answers do not load');

  return signVisit(loaded.visit, { home, now: new Date('2026-12-03T10:00:00Z') }).report;
}

async function expectReports(paths: string[], dir: string) {
  expect(paths).toHaveLength(REPORT_FORMATS.length);
  for (const path of paths) {
    expect(path.startsWith(dir), path).toBe(true);
    const outcome = await verifyFile(readFileSync(path));
    expect(outcome.kind, path).toBe('checked');
    if (outcome.kind === 'checked') expect(outcome.problems, path).toEqual([]);
  }
}

describe('the report worker', () => {
  beforeAll(ensureBuilt);
  const home = mkdtempSync(join(tmpdir(), 'oxo-harden-worker-'));
  const report = signedSample(home);
  const options = (dir: string) => ({
    dir,
    formats: REPORT_FORMATS,
    lang: 'fr' as const,
  });

  it('writes the four formats in its own thread, each verifying', async () => {
    const writer = reportWriter(pathToFileURL(REPORT_WORKER));
    writer.prepare(() => Promise.resolve());
    const dir = join(home, 'in-worker');
    await expectReports(await writer.write(report, options(dir)), dir);
    expect(writer.threaded).toBe(true);
  }, 60_000);

  it('rehearses the visit in memory: no key made, no file written', async () => {
    const untouched = mkdtempSync(join(tmpdir(), 'oxo-harden-rehearsal-'));
    const text = readFileSync(join(ROOT, 'examples', 'answers.sample.json'), 'utf8');
    const loaded = readAnswers(text, ITEMS);
    if (!loaded.ok) throw new Error('the sample answers do not load');
    const writer = reportWriter(pathToFileURL(REPORT_WORKER));
    writer.prepare(() => Promise.resolve(), {
      visit: loaded.visit,
      lang: 'fr',
      options: {},
    });
    // Long enough for pdfkit to load and the four formats to be rendered.
    await new Promise((resolve) => setTimeout(resolve, 4_000));
    expect(writer.threaded).toBe(true);
    expect(readdirSync(untouched)).toEqual([]);
    const dir = join(untouched, 'reports');
    await expectReports(await writer.write(report, options(dir)), dir);
    expect(readdirSync(untouched)).toEqual(['reports']);
  }, 60_000);

  it('writes them in this thread when no worker was built', async () => {
    const writer = reportWriter(pathToFileURL(join(home, 'no-such-worker.js')));
    const dir = join(home, 'no-worker');
    await expectReports(await writer.write(report, options(dir)), dir);
    expect(writer.threaded).toBe(false);
  }, 60_000);

  it('writes them in this thread when the worker dies on the job', async () => {
    const dying = join(home, 'dying-worker.mjs');
    writeFileSync(
      dying,
      "import { parentPort } from 'node:worker_threads';\n" +
        "parentPort.on('message', (m) => { if (m.kind === 'write') process.exit(3); });\n",
    );
    const writer = reportWriter(pathToFileURL(dying));
    const dir = join(home, 'dead-worker');
    await expectReports(await writer.write(report, options(dir)), dir);
    expect(writer.threaded).toBe(false);
  }, 60_000);

  it('passes a refusal of the disk on to the installer, with its code', async () => {
    const file = join(home, 'a-file');
    writeFileSync(file, '');
    const writer = reportWriter(pathToFileURL(REPORT_WORKER));
    await expect(
      writer.write(report, options(join(file, 'reports'))),
    ).rejects.toMatchObject({
      code: 'ENOTDIR',
    });
  }, 60_000);
});
