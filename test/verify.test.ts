import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { beforeAll, describe, expect, it } from 'vitest';
import { ITEMS } from '../steps/index.js';
import type { Visit } from '../src/answers.js';
import { readAnswers } from '../src/answers-file.js';
import { run } from '../src/commands/verify.js';
import type { CommandContext } from '../src/context.js';
import { Failure, UsageError } from '../src/errors.js';
import { messages, type Lang } from '../src/i18n.js';
import { fingerprintOf, groupFingerprint, installerKey, spkiDer } from '../src/keys.js';
import { createOutput } from '../src/output.js';
import { buildRecord } from '../src/record.js';
import { renderHtml } from '../src/report/html.js';
import { renderMarkdown } from '../src/report/markdown.js';
import { renderPdf } from '../src/report/pdf.js';
import { envelopeText, signRecord, type SignedReport } from '../src/signature.js';
import { verifyFile, type VerifyProblem } from '../src/verify.js';

const NOW = new Date('2025-03-14T16:50:00Z');
const home = () => mkdtempSync(join(tmpdir(), 'oxo-harden-verify-'));

let visit: Visit;
let report: SignedReport;
let json: string;

beforeAll(() => {
  const answers = readAnswers(
    readFileSync('examples/answers.sample.json', 'utf8'),
    ITEMS,
  );
  if (!answers.ok) throw new Error('the sample should load');
  visit = answers.visit;
  const record = buildRecord(visit, { now: NOW, timeZone: 'Europe/Paris' });
  report = signRecord(record, installerKey(home()));
  json = envelopeText(report);
});

/** The envelope as a reader's editor would leave it after changing it. */
function edited(change: (envelope: Record<string, any>) => void): Buffer {
  const envelope = JSON.parse(json) as Record<string, any>;
  change(envelope);

  return Buffer.from(`${JSON.stringify(envelope, null, 2)}\n`);
}

async function problems(file: Buffer | string): Promise<VerifyProblem[]> {
  const outcome = await verifyFile(Buffer.isBuffer(file) ? file : Buffer.from(file));
  if (outcome.kind !== 'checked') throw new Error('expected a report');

  return outcome.problems;
}

const codes = async (file: Buffer | string) => (await problems(file)).map((p) => p.code);

/** Every leaf of a JSON value with its path, as `differences` names paths. */
function leaves(value: unknown, path = ''): string[] {
  if (Array.isArray(value))
    return value.flatMap((entry, index) => leaves(entry, `${path}[${index}]`));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, entry]) =>
      leaves(entry, path ? `${path}.${key}` : key),
    );
  }

  return [path];
}

function setAt(root: any, path: string, change: (value: unknown) => unknown) {
  const steps = path.match(/[^.[\]]+/g)!;
  let node = root;
  for (const step of steps.slice(0, -1)) node = node[step];
  const last = steps[steps.length - 1]!;
  node[last] = change(node[last]);
}

function changed(value: unknown): unknown {
  if (typeof value === 'string') return `${value}x`;
  if (typeof value === 'number') return value + 1;
  if (typeof value === 'boolean') return !value;

  return 'x';
}

function flipByte(base64: string, index: number): string {
  const bytes = Buffer.from(base64, 'base64');
  bytes[index] = bytes[index]! ^ 0x01;

  return bytes.toString('base64');
}

describe('verify', () => {
  it('finds an untouched report intact, with no problem', async () => {
    const outcome = await verifyFile(Buffer.from(json));

    expect(outcome).toMatchObject({
      kind: 'checked',
      carrier: 'json',
      problems: [],
      fingerprint: report.fingerprint,
      digest: report.digest,
    });
  });

  it('sees a change of any field of the readable record, and names it', async () => {
    const paths = leaves(report.record);
    expect(paths.length).toBeGreaterThan(600);
    for (const path of paths) {
      const found = await problems(
        edited((envelope) => setAt(envelope.record, path, changed)),
      );
      expect(found, path).toEqual([{ code: 'record-changed', paths: [path] }]);
    }
  });

  it('sees a field added to or removed from the record', async () => {
    expect(await problems(edited((e) => (e.record.comment = 'added')))).toEqual([
      { code: 'record-changed', paths: ['comment'] },
    ]);
    expect(await problems(edited((e) => delete e.record.signOff))).toEqual([
      { code: 'record-changed', paths: ['signOff'] },
    ]);
  });

  it('sees items put in another order', async () => {
    const found = await problems(edited((e) => e.record.items.reverse()));
    expect(found[0]?.code).toBe('record-changed');
  });

  it('sees the readable record’s keys moved, though the values are the signed ones', async () => {
    const moved = edited((e) => {
      const { format, ...rest } = e.record;
      e.record = { ...rest, format };
    });
    expect(await codes(moved)).toEqual(['record-layout']);
  });

  it('sees a single changed byte anywhere in the signed content', async () => {
    const length = Buffer.from(report.signed, 'base64').length;
    for (const index of [0, 1, 100, Math.floor(length / 2), length - 2, length - 1]) {
      const found = await codes(edited((e) => (e.signed = flipByte(e.signed, index))));
      expect(found, String(index)).toContain('signature');
      expect(found, String(index)).toContain('digest');
      expect(found, String(index)).toContain('record-changed');
    }
  });

  it('sees signed content that is not base64 any more', async () => {
    expect(await codes(edited((e) => (e.signed = `${e.signed.slice(1)}`)))).toEqual([
      'signed-encoding',
    ]);
  });

  it('sees a changed byte of the signature', async () => {
    for (const index of [0, 31, 63]) {
      expect(
        await codes(edited((e) => (e.signature = flipByte(e.signature, index)))),
      ).toEqual(['signature']);
    }
  });

  it('sees another key put in, even with its own fingerprint beside it', async () => {
    const { publicKey } = generateKeyPairSync('ed25519');
    const der = spkiDer(publicKey);
    const swapped = edited((e) => {
      e.publicKey = der.toString('base64');
      e.fingerprint = fingerprintOf(der);
    });
    expect(await codes(swapped)).toEqual(['signature']);
  });

  it('sees a fingerprint that is not the key’s', async () => {
    const { publicKey } = generateKeyPairSync('ed25519');
    const other = fingerprintOf(spkiDer(publicKey));
    expect(await codes(edited((e) => (e.fingerprint = other)))).toEqual(['fingerprint']);
  });

  it('sees a digest that is not the content’s', async () => {
    expect(await codes(edited((e) => (e.digest = `sha256:${'0'.repeat(64)}`)))).toEqual([
      'digest',
    ]);
  });

  it('refuses a public key that is not ed25519', async () => {
    const { publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const der = spkiDer(publicKey);
    const found = await codes(
      edited((e) => {
        e.publicKey = der.toString('base64');
        e.fingerprint = fingerprintOf(der);
      }),
    );
    expect(found).toEqual(['public-key']);
  });

  it('names a missing field of the envelope', async () => {
    expect(await problems(edited((e) => delete e.signature))).toEqual([
      { code: 'malformed', field: 'signature' },
    ]);
  });

  it('calls broken json that names the format a damaged report', async () => {
    const found = await problems(json.replace('"digest": "', '"digest": '));
    expect(found.map((p) => p.code)).toEqual(['unparsable']);
  });

  it('accepts a report signed by another key, unless told whose key to expect', async () => {
    const key = installerKey(home());
    const other = envelopeText(signRecord(report.record, key));
    expect(await codes(other)).toEqual([]);

    const expectMine = await verifyFile(Buffer.from(other), {
      signer: groupFingerprint(report.fingerprint),
    });
    expect(expectMine.kind === 'checked' && expectMine.problems).toEqual([
      { code: 'signer', expected: groupFingerprint(report.fingerprint) },
    ]);
    const expectTheirs = await verifyFile(Buffer.from(other), {
      signer: groupFingerprint(key.fingerprint).toLowerCase(),
    });
    expect(expectTheirs.kind === 'checked' && expectTheirs.problems).toEqual([]);
  });

  it('tells a file that is not a report', async () => {
    for (const file of [
      '{"format":"something-else"}',
      '[1, 2]',
      'plain text',
      '%PDF-1.7\n%%EOF',
      '',
    ]) {
      expect((await verifyFile(Buffer.from(file))).kind, file).toBe('not-a-report');
    }
  });
});

describe('verify on the html page and the markdown file', () => {
  let html: string;
  let markdown: string;

  beforeAll(async () => {
    html = await renderHtml(report, 'fr');
    markdown = renderMarkdown(report, 'both');
  });

  it('finds them intact', async () => {
    for (const [file, carrier] of [
      [html, 'html'],
      [markdown, 'markdown'],
    ] as const) {
      const outcome = await verifyFile(Buffer.from(file));
      expect(outcome).toMatchObject({ kind: 'checked', carrier, problems: [] });
    }
  });

  it('still finds them intact with windows line ends', async () => {
    expect(await codes(html.replace(/\n/g, '\r\n'))).toEqual([]);
    expect(await codes(markdown.replace(/\n/g, '\r\n'))).toEqual([]);
  });

  it('see a change of the carried record', async () => {
    const customer = JSON.stringify(report.record.site.customer);
    for (const file of [html, markdown]) {
      const original = `"customer": ${customer}`;
      const at = file.lastIndexOf(original);
      const tampered = `${file.slice(0, at)}"customer": "Someone else"${file.slice(at + original.length)}`;
      expect(await problems(tampered)).toEqual([
        { code: 'record-changed', paths: ['site.customer'] },
      ]);
    }
  });

  it('see a change of the carried signed content', async () => {
    for (const file of [html, markdown]) {
      const tampered = file.replace(report.signed, flipByte(report.signed, 500));
      expect(await codes(tampered)).toEqual(['digest', 'signature', 'record-changed']);
    }
  });

  it('see a change of the visible text, though the carried record is intact', async () => {
    const visible = html.replace(
      '</span> Non conforme</span>',
      '</span> Conforme</span>',
    );
    expect(visible).not.toBe(html);
    expect(await codes(visible)).toEqual(['visible-text']);

    const line = markdown.replace('Mme Dubois', 'M. Durand');
    expect(line).not.toBe(markdown);
    expect(await codes(line)).toEqual(['visible-text']);
  });

  it('see the language of the page changed', async () => {
    const other = html.replace('content="fr"', 'content="en"');
    expect(await codes(other)).toEqual(['visible-text']);
  });

  it('say the visible text was not compared when another version made the page', async () => {
    const older = signRecord(
      buildRecord(visit, { now: NOW, timeZone: 'Europe/Paris', toolVersion: '0.0.1' }),
      installerKey(home()),
    );
    const page = (await renderHtml(older, 'en')).replace('Not compliant', 'Compliant');
    const outcome = await verifyFile(Buffer.from(page));

    expect(outcome).toMatchObject({
      kind: 'checked',
      problems: [],
      notComparedVersion: '0.0.1',
    });
  });
});

describe('verify on the pdf', () => {
  let pdf: Buffer;

  beforeAll(async () => {
    pdf = await renderPdf(report, 'en');
  });

  it('reads the attached report and finds it intact', async () => {
    const outcome = await verifyFile(pdf);
    expect(outcome).toMatchObject({ kind: 'checked', carrier: 'pdf', problems: [] });
  });

  it('sees a change inside the attached report', async () => {
    const text = pdf.toString('latin1');
    const at = text.lastIndexOf('"name": "Cabinet');
    const tampered = Buffer.from(pdf);
    tampered[at + 9] = tampered[at + 9] === 0x58 ? 0x59 : 0x58;

    expect(await problems(tampered)).toEqual([
      { code: 'record-changed', paths: ['site.name'] },
    ]);
  });
});

function sink() {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      chunks.push(String(chunk));
      done();
    },
  });

  return { stream, text: () => chunks.join('') };
}

async function verifyCommand(args: string[], lang: Lang = 'en') {
  const stdout = sink();
  const stderr = sink();
  const ctx: CommandContext = {
    args,
    env: {},
    stdin: process.stdin,
    out: createOutput({ env: {}, stdout: stdout.stream, stderr: stderr.stream }),
    lang,
    m: messages(lang),
    home: home(),
    now: () => NOW,
  };
  const code = await run(ctx);

  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

describe('oxo-harden verify', () => {
  let dir: string;

  beforeAll(() => {
    dir = home();
    writeFileSync(join(dir, 'report.json'), json);
    writeFileSync(
      join(dir, 'changed.json'),
      edited((e) => (e.record.site.customer = 'Autre')),
    );
    writeFileSync(join(dir, 'notes.txt'), 'not a report');
  });

  it('prints a summary and exits 0 for an intact report', async () => {
    const path = join(dir, 'report.json');
    const result = await verifyCommand([path]);

    expect(result.code).toBe(0);
    expect(result.stdout.split('\n')).toEqual([
      `✓ ${path} (signed JSON) is intact: the signature matches and nothing was changed.`,
      '  Site: Clinique vétérinaire des Tilleuls, Cabinet principal — Lyon 7e',
      '  Visit: 2025-03-14',
      '  Installer: Julien Marchand, Télécom Rhône Services',
      `  Signed with key: ${groupFingerprint(report.fingerprint)}`,
      '  Customer: signed off by Claire Dubois (Directrice)',
      `  Digest: ${report.digest}`,
      'Compare the key fingerprint with the one the installer gave you (or use --signer): anyone can sign a report with a key of their own.',
      '',
    ]);
  });

  it('fails with exit 1 and every failed check for a changed report', async () => {
    const path = join(dir, 'changed.json');
    const error = await verifyCommand([path], 'fr').catch((e: unknown) => e);

    expect(error).toBeInstanceOf(Failure);
    expect((error as Failure).message).toBe(
      [
        `✗ ${path} n’est pas digne de confiance : 1 contrôle(s) en échec.`,
        '  • L’enregistrement lisible diffère de l’enregistrement signé en : site.customer.',
      ].join('\n'),
    );
  });

  it('fails with exit 1 when the signer is not the one expected', async () => {
    const error = await verifyCommand([
      join(dir, 'report.json'),
      '--signer',
      'SHA256:00',
    ]).catch((e: unknown) => e);
    expect((error as Failure).exitCode).toBe(1);
    expect((error as Failure).message).toContain(
      'The report was not signed with the key SHA256:00.',
    );
  });

  it('exits 2 for a file that is not a report, or that does not exist', async () => {
    const notReport = await verifyCommand([join(dir, 'notes.txt')]).catch(
      (e: unknown) => e,
    );
    expect(notReport).toBeInstanceOf(UsageError);
    expect((notReport as UsageError).message).toContain('is not an oxo-harden report');

    const missing = await verifyCommand([join(dir, 'nowhere.json')]).catch(
      (e: unknown) => e,
    );
    expect(missing).toBeInstanceOf(UsageError);
    expect((missing as UsageError).message).toBe(
      `The file ${join(dir, 'nowhere.json')} does not exist. Check the path and the name.`,
    );

    const none = await verifyCommand([]).catch((e: unknown) => e);
    expect((none as UsageError).exitCode).toBe(2);
  });

  it('checks quickly: well under 100 ms for a full report', async () => {
    const file = Buffer.from(await renderHtml(report, 'fr'));
    await verifyFile(file);
    // Processor time, not wall time: other test files share the machine.
    const start = process.cpuUsage();
    await verifyFile(file);
    const used = process.cpuUsage(start);

    expect((used.user + used.system) / 1000).toBeLessThan(100);
  });
});

describe('the installer and the customer as reports name them', () => {
  /** The sample visit with an installer who gave no company, and no risk accepted. */
  function plainVisit(): Visit {
    const answers = Object.fromEntries(
      Object.entries(visit.answers).map(([id, answer]) => [
        id,
        answer.status === 'risk-accepted'
          ? {
              status: 'compliant' as const,
              source: answer.source,
              answeredAt: answer.answeredAt,
            }
          : answer,
      ]),
    );

    return {
      ...visit,
      people: { installer: { ...visit.people.installer, company: '' } },
      answers,
    };
  }

  it('leaves out an empty company, in the reports and in verify', async () => {
    const plain = signRecord(
      buildRecord(plainVisit(), { now: NOW, timeZone: 'Europe/Paris' }),
      installerKey(home()),
    );
    for (const lang of ['en', 'fr'] as const) {
      const text = renderMarkdown(plain, lang) + renderHtml(plain, lang);
      expect(text).not.toContain('()');
      expect(text).not.toMatch(/Julien Marchand, *[|<\n]/);
      expect(text).toContain(
        lang === 'en'
          ? 'Julien Marchand, installer, confirmed'
          : 'Julien Marchand, installateur, a confirmé',
      );
    }
    const path = join(home(), 'plain.json');
    writeFileSync(path, envelopeText(plain));
    const result = await verifyCommand([path]);
    expect(result.stdout).toContain('  Installer: Julien Marchand\n');
  });

  it('says the customer accepts the listed risks only when some were accepted', () => {
    const plain = signRecord(
      buildRecord(plainVisit(), { now: NOW, timeZone: 'Europe/Paris' }),
      installerKey(home()),
    );
    expect(renderMarkdown(report, 'en')).toContain('and accepts the risks listed above.');
    expect(renderMarkdown(report, 'fr')).toContain(
      'et accepte les risques listés ci-dessus.',
    );
    expect(renderMarkdown(plain, 'en')).not.toContain('accepts the risks');
    expect(renderMarkdown(plain, 'en')).toContain('remaining risks were explained.');
    expect(renderMarkdown(plain, 'fr')).not.toContain('accepte les risques');
    expect(renderMarkdown(plain, 'fr')).toContain('lui ont été expliqués.');
  });

  it('puts French spacing before the colons of the summary', async () => {
    const path = join(home(), 'report.json');
    writeFileSync(path, json);
    const lines = (await verifyCommand([path], 'fr')).stdout.split('\n').slice(1, 7);
    expect(lines).toHaveLength(6);
    for (const line of lines) expect(line).toMatch(/^ {2}[^:]*\S : \S/);
  });
});
