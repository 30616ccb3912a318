/**
 * `verify` on whatever it is handed: random bytes, reports of every format
 * mutated, cut short or grown huge, and records signed with a valid key
 * but shaped like no record. A non-report exits 2 in one line, a changed
 * report 1 with what failed; intact is only ever said of the signed bytes.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Visit } from '../src/answers.js';
import { readAnswers } from '../src/answers-file.js';
import { run as verify } from '../src/commands/verify.js';
import { installerKey } from '../src/keys.js';
import {
  buildRecord,
  RECORD_FORMAT,
  toolVersion,
  type ReportRecord,
} from '../src/record.js';
import { renderFormat, type ReportFormat } from '../src/report/files.js';
import { envelopeText, signRecord, type SignedReport } from '../src/signature.js';
import { ITEMS } from '../steps/index.js';
import { CONTROL, runCommand, type Outcome } from './helpers/command.js';
import { mutateBytes, mutateJson } from './helpers/mutate.js';
import {
  ensureBuilt,
  environment,
  inBatches,
  ROOT,
  runProgram,
  STACK_FRAME,
  tempHome,
} from './helpers/program.js';
import { seeded } from './helpers/random.js';

const home = tempHome();
const FORMATS: ReportFormat[] = ['json', 'html', 'md', 'pdf'];
let visit: Visit;
let report: SignedReport;
const files = {} as Record<ReportFormat, Buffer>;

beforeAll(async () => {
  const read = readAnswers(
    readFileSync(join(ROOT, 'examples', 'answers.sample.json'), 'utf8'),
    ITEMS,
  );
  if (!read.ok) throw new Error('the sample should load');
  visit = read.visit;
  const record = buildRecord(visit, {
    now: new Date('2025-03-14T16:50:00Z'),
    timeZone: 'Europe/Paris',
  });
  report = signRecord(record, installerKey(home));
  for (const format of FORMATS) files[format] = await renderFormat(report, format, 'en');
}, 60_000);

let serial = 0;
async function verifyBytes(bytes: Buffer | string): Promise<Outcome> {
  const path = join(home, `file-${serial++}`);
  writeFileSync(path, bytes);

  return runCommand(verify, [path], { home });
}

/** What every answer of `verify` must look like, whatever it was given. */
function expectWorded(outcome: Outcome, name: string) {
  expect(outcome.bug, name).toBeNull();
  expect([0, 1, 2], name).toContain(outcome.code);
  expect(CONTROL.test(outcome.stdout) || CONTROL.test(outcome.stderr), name).toBe(false);
  if (outcome.code === 2) {
    expect(outcome.stdout, name).toBe('');
    expect(outcome.stderr.split('\n'), name).toHaveLength(2);
  }
  if (outcome.code === 1) {
    const [headline, ...problems] = outcome.stderr.trimEnd().split('\n');
    expect(headline, name).toMatch(/^✗ /);
    expect(problems.length, name).toBeGreaterThan(0);
    for (const line of problems) expect(line, name).toMatch(/^ {2}• \S/);
  }
}

const digestLine = (outcome: Outcome) =>
  /digest: (sha256:[0-9a-f]{64})/i.exec(outcome.stdout)?.[1];

describe('verify under random and damaged files', () => {
  it('calls 1000 files of random bytes no report, in one line', async () => {
    const random = seeded(4401);
    for (let n = 0; n < 1000; n++) {
      const bytes = random.bytes(random.int(0, 2048));
      const start = random.pick([
        '',
        '{',
        '%PDF-',
        '<!doctype html>',
        '```json\n{\n  "format": "oxo-harden/signed-report",',
      ]);
      const outcome = await verifyBytes(Buffer.concat([Buffer.from(start), bytes]));
      expectWorded(outcome, `case ${n}`);
      expect(outcome.code, `case ${n}`).not.toBe(0);
    }
  });

  for (const format of FORMATS) {
    const cases = format === 'pdf' ? 150 : 250;
    it(`finds every change to ${cases} damaged ${format} reports, and says intact only of the signed bytes`, async () => {
      const random = seeded(4402 + FORMATS.indexOf(format));
      const codes = { 0: 0, 1: 0, 2: 0 } as Record<number, number>;
      for (let n = 0; n < cases; n++) {
        const outcome = await verifyBytes(mutateBytes(random, files[format]));
        expectWorded(outcome, `${format} case ${n}`);
        codes[outcome.code]!++;
        if (outcome.code === 0) expect(digestLine(outcome)).toBe(report.digest);
      }
      // A PDF is mostly pages: most damage misses the attached report, or makes it unreadable.
      expect(codes[1]!, JSON.stringify(codes)).toBeGreaterThan(
        cases / (format === 'pdf' ? 6 : 4),
      );
    });
  }

  it('finds every change to 400 envelopes edited as JSON', async () => {
    const random = seeded(4410);
    const envelope = JSON.parse(envelopeText(report)) as Record<string, unknown>;
    const codes = { 0: 0, 1: 0, 2: 0 } as Record<number, number>;
    for (let n = 0; n < 400; n++) {
      const changed = mutateJson(random, envelope, random.int(1, 3));
      const outcome = await verifyBytes(`${JSON.stringify(changed, null, 2)}\n`);
      expectWorded(outcome, JSON.stringify(changed).slice(0, 300));
      codes[outcome.code]!++;
      if (outcome.code === 0) expect(changed).toEqual(envelope);
    }
    expect(codes[1]!, JSON.stringify(codes)).toBeGreaterThan(250);
  });

  it('refuses a report cut short at any point', async () => {
    const random = seeded(4411);
    for (const format of FORMATS) {
      const bytes = files[format];
      const cuts = [
        0,
        1,
        bytes.length - 1,
        ...Array.from({ length: 60 }, () => random.int(0, bytes.length)),
      ];
      for (const cut of cuts) {
        const outcome = await verifyBytes(bytes.subarray(0, cut));
        expectWorded(outcome, `${format} cut at ${cut} of ${bytes.length}`);
        if (outcome.code === 0) expect(digestLine(outcome)).toBe(report.digest);
      }
    }
  });

  it('answers huge files in seconds: 30 MB of one byte, of PDF markers, of a record', async () => {
    const marker = '/Type /EmbeddedFile /Length 99999999 stream\n';
    const huge = [
      Buffer.alloc(30 * 2 ** 20, 'a'),
      Buffer.concat([
        Buffer.from('%PDF-1.7\n'),
        Buffer.from(marker.repeat((30 * 2 ** 20) / marker.length)),
      ]),
      Buffer.concat([
        Buffer.from('%PDF-1.7\n'),
        Buffer.from('/Type /EmbeddedFile '.repeat(2 ** 20)),
      ]),
      Buffer.from(
        `{\n  "format": "oxo-harden/signed-report",\n  "record": "${'x'.repeat(30 * 2 ** 20)}"\n}\n`,
      ),
      Buffer.concat([
        Buffer.from('<!doctype html><html>'),
        Buffer.alloc(30 * 2 ** 20, '<'),
      ]),
    ];
    for (const [index, bytes] of huge.entries()) {
      const started = performance.now();
      const outcome = await verifyBytes(bytes);
      const took = performance.now() - started;
      expectWorded(outcome, `huge file ${index}`);
      expect(outcome.code, `huge file ${index}`).not.toBe(0);
      expect(took, `huge file ${index}`).toBeLessThan(5000);
    }
  }, 60_000);
});

describe('verify of records signed with a valid key but shaped like no record', () => {
  const signed = (record: unknown) =>
    envelopeText(signRecord(record as ReportRecord, installerKey(home)));

  it('refuses each one in words, with no crash', async () => {
    const base = JSON.parse(JSON.stringify(report.record)) as Record<string, unknown>;
    const shapes: unknown[] = [
      { format: RECORD_FORMAT },
      { format: RECORD_FORMAT, tool: { name: 'oxo-harden', version: toolVersion() } },
      { ...base, site: null },
      { ...base, people: { installer: null } },
      { ...base, items: 'none' },
      { ...base, items: [null, 5] },
      { ...base, signOff: { customer: 5 } },
      { ...base, scores: null },
      { ...base, release: 'R9.1' },
      { ...base, tool: { name: 'oxo-harden', version: 5 } },
      { ...base, tool: null },
    ];
    const random = seeded(4420);
    for (let n = 0; n < 80; n++) shapes.push(mutateJson(random, base, random.int(1, 3)));
    for (const [index, shape] of shapes.entries()) {
      for (const format of ['json', 'html', 'md'] as const) {
        const text = format === 'json' ? signed(shape) : await carried(format, shape);
        const outcome = await verifyBytes(text);
        expectWorded(
          outcome,
          `shape ${index} in ${format}: ${JSON.stringify(shape).slice(0, 300)}`,
        );
      }
    }
  }, 60_000);

  it('shows the names of a signed record as text, never as terminal commands', async () => {
    const record = {
      ...JSON.parse(JSON.stringify(report.record)),
      site: {
        customer: 'Dupont\u001b[2J\u001b[H✓ intact',
        name: 'Lyon\u0007\r',
        address: '',
      },
    };
    const outcome = await verifyBytes(signed(record));
    expect(outcome.code).toBe(0);
    expect(CONTROL.test(outcome.stdout), outcome.stdout).toBe(false);
    expect(outcome.stdout).toContain(
      'Dupont\\u001b[2J\\u001b[H✓ intact, Lyon\\u0007\\u000d',
    );
  });
});

/** A record signed and carried by a page or a Markdown file, however it is shaped. */
async function carried(format: 'html' | 'md', record: unknown): Promise<Buffer> {
  const { htmlCarrier, markdownCarrier } = await import('../src/report/carrier.js');
  const envelope = envelopeText(signRecord(record as ReportRecord, installerKey(home)));
  if (format === 'html')
    return Buffer.from(
      `<!doctype html>\n<html lang="en"><body>\n${htmlCarrier(envelope)}\n</body></html>\n`,
    );

  return Buffer.from(`# Report\n\n${markdownCarrier(envelope)}\n`);
}

describe('verify in the built program', () => {
  beforeAll(ensureBuilt, 120_000);

  it('exits 2 for a non-report and 1 for a changed one, in words, no stack trace', async () => {
    const random = seeded(4430);
    const env = environment(home, { NO_COLOR: '1' });
    const cases: { bytes: Buffer; codes: number[] }[] = [
      ...Array.from({ length: 6 }, () => ({
        bytes: random.bytes(random.int(0, 4096)),
        codes: [2],
      })),
      ...FORMATS.flatMap((format) =>
        Array.from({ length: 2 }, () => ({
          bytes: mutateBytes(random, files[format]),
          codes: [0, 1, 2],
        })),
      ),
      { bytes: files.json, codes: [0] },
      { bytes: files.html, codes: [0] },
      {
        bytes: Buffer.from(
          files.json.toString('utf8').replace('"Cabinet principal', '"Cabinet annexe'),
        ),
        codes: [1],
      },
      { bytes: Buffer.from(signed({ format: RECORD_FORMAT })), codes: [1, 2] },
      { bytes: files.json.subarray(0, files.json.length / 2), codes: [1, 2] },
      { bytes: files.pdf.subarray(0, files.pdf.length / 3), codes: [1, 2] },
    ];
    const results = await inBatches(cases, 4, async ({ bytes, codes }, index) => {
      const path = join(home, `built-${index}`);
      writeFileSync(path, bytes);
      return { codes, ran: await runProgram(['verify', path, '--lang', 'en'], { env }) };
    });
    for (const [index, { codes, ran }] of results.entries()) {
      const name = `case ${index}: ${ran.stderr}`;
      expect(codes, name).toContain(ran.status);
      expect(ran.stderr, name).not.toMatch(STACK_FRAME);
      if (ran.status === 2) expect(ran.stderr.split('\n'), name).toHaveLength(2);
    }
  }, 60_000);

  function signed(record: unknown): string {
    return envelopeText(signRecord(record as ReportRecord, installerKey(home)));
  }
});
