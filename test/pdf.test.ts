import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { ITEMS } from '../steps/index.js';
import { readAnswers } from '../src/answers-file.js';
import { installerKey } from '../src/keys.js';
import { buildRecord } from '../src/record.js';
import { PDF_ATTACHMENT_NAME } from '../src/report/carrier.js';
import { renderPdf } from '../src/report/pdf.js';
import { envelopeText, signRecord, type SignedReport } from '../src/signature.js';

let report: SignedReport;

beforeAll(() => {
  const answers = readAnswers(
    readFileSync('examples/answers.sample.json', 'utf8'),
    ITEMS,
  );
  if (!answers.ok) throw new Error('the sample should load');
  const record = buildRecord(answers.visit, {
    now: new Date('2025-03-14T16:50:00Z'),
    timeZone: 'Europe/Paris',
  });
  report = signRecord(record, installerKey(process.env.OXO_HARDEN_HOME!));
});

async function open(pdf: Buffer) {
  return getDocument({
    data: new Uint8Array(pdf),
    useSystemFonts: false,
    disableFontFace: true,
    isEvalSupported: false,
    verbosity: 0,
  }).promise;
}

/** The text of every page, one string per page, as a PDF reader would copy it. */
async function pagesText(pdf: Buffer): Promise<string[]> {
  const document = await open(pdf);
  const pages: string[] = [];
  for (let number = 1; number <= document.numPages; number++) {
    const content = await (await document.getPage(number)).getTextContent();
    pages.push(
      content.items
        .map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : ''))
        .join(''),
    );
  }

  return pages;
}

describe('pdf report', () => {
  let french: string[];
  let english: string[];

  beforeAll(async () => {
    french = await pagesText(await renderPdf(report, 'fr'));
    english = await pagesText(await renderPdf(report, 'en'));
  });

  it('keeps french accents intact in the extracted text', () => {
    const text = french.join('\n');
    expect(text).toContain('Sécurité de l’OmniPCX Office RCE');
    expect(text).toContain('Les réponses, section par section');
    expect(text).toContain('Rapport de sécurité à la remise');
    expect(text).toContain('Clinique vétérinaire des Tilleuls');
    expect(text).toContain('12 rue Sainte-Geneviève, 69007 Lyon');
    expect(text.replace(/\s+/g, ' ')).toContain(
      'jusqu’à la fin du 31 août 2025 (fuseau Europe/Paris)',
    );
  });

  it('draws every status mark', () => {
    const text = french.join('\n');
    for (const mark of [
      '✓ Conforme',
      '✗ Non conforme',
      '⚠ Risque accepté',
      '○ Non vérifié',
      '– Sans objet',
    ]) {
      expect(text, mark).toContain(mark);
    }
  });

  it('numbers its pages and ends with the digest and the fingerprint', () => {
    expect(french[0]).toContain(`Page 1 sur ${french.length}`);
    const last = english[english.length - 1]!.replace(/\s+/g, ' ');
    expect(last).toContain(report.digest);
    expect(last).toContain('Signer’s key fingerprint');
    expect(last.replace(/ /g, '')).toContain(report.fingerprint.replace(/ /g, ''));
  });

  it('lists every item', () => {
    const text = english.join('\n');
    for (const entry of report.record.items) expect(text, entry.id).toContain(entry.id);
  });

  it('puts both languages one after the other', async () => {
    const both = (await pagesText(await renderPdf(report, 'both'))).join('\n');
    expect(both.indexOf('Rapport de sécurité à la remise')).toBeGreaterThanOrEqual(0);
    expect(both.indexOf('Security handover report')).toBeGreaterThan(
      both.indexOf('Rapport de sécurité à la remise'),
    );
  });

  it('attaches the signed report, byte for byte', async () => {
    const document = await open(await renderPdf(report, 'en'));
    const attachments = (await document.getAttachments()) as Record<
      string,
      { filename: string; content: Uint8Array }
    >;
    const attached = Object.values(attachments);

    expect(attached.map((file) => file.filename)).toEqual([PDF_ATTACHMENT_NAME]);
    expect(Buffer.from(attached[0]!.content).toString('utf8')).toBe(envelopeText(report));
  });

  it('records title, author and the digest in its properties', async () => {
    const document = await open(await renderPdf(report, 'fr'));
    const { info } = (await document.getMetadata()) as unknown as {
      info: Record<string, string>;
    };

    expect(info.Title).toBe(
      'Rapport de sécurité à la remise — Cabinet principal — Lyon 7e — 2025-03-14',
    );
    expect(info.Author).toBe('Julien Marchand, Télécom Rhône Services');
    expect(info.Keywords).toBe(`${report.digest} ${report.fingerprint}`);
  });
});
