import { readFileSync } from 'node:fs';
import { inflateSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { ITEMS } from '../steps/index.js';
import { readAnswers } from '../src/answers-file.js';
import { installerKey } from '../src/keys.js';
import { buildRecord } from '../src/record.js';
import { PDF_ATTACHMENT_NAME } from '../src/report/carrier.js';
import { MARGIN } from '../src/report/pdf-layout.js';
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

interface Placed {
  text: string;
  page: number;
  /** From the page's left edge, in points. */
  left: number;
  right: number;
  /** The baseline, from the page's bottom edge. */
  baseline: number;
}

/** Every piece of text with where a reader places it. */
async function placedText(pdf: Buffer): Promise<Placed[]> {
  const document = await open(pdf);
  const placed: Placed[] = [];
  for (let number = 1; number <= document.numPages; number++) {
    const content = await (await document.getPage(number)).getTextContent();
    for (const item of content.items) {
      if (!('str' in item) || item.str.trim() === '') continue;
      const [, , , , x, y] = item.transform as number[];
      placed.push({
        text: item.str,
        page: number,
        left: x!,
        right: x! + item.width,
        baseline: y!,
      });
    }
  }

  return placed;
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
    // The footer copies out left to right: the site, then the page.
    const footer = french[0]!.indexOf(`· ${report.digest.slice(0, 23)}…`);
    expect(footer).toBeGreaterThan(0);
    expect(french[0]!.indexOf(`Page 1 sur`)).toBeGreaterThan(footer);
    const last = english[english.length - 1]!.replace(/\s+/g, ' ');
    expect(last).toContain(report.digest);
    expect(last).toContain('Signer’s key fingerprint');
    expect(last.replace(/ /g, '')).toContain(report.fingerprint.replace(/ /g, ''));
  });

  it('lists every item', () => {
    const text = english.join('\n');
    for (const entry of report.record.items) expect(text, entry.id).toContain(entry.id);
  });

  it('puts both languages one after the other, each page’s footer in its own', async () => {
    const pages = await pagesText(await renderPdf(report, 'both'));
    const both = pages.join('\n');
    expect(both.indexOf('Rapport de sécurité à la remise')).toBeGreaterThanOrEqual(0);
    expect(both.indexOf('Security handover report')).toBeGreaterThan(
      both.indexOf('Rapport de sécurité à la remise'),
    );
    const english = pages.findIndex((page) => page.includes('Security handover report'));
    expect(english).toBeGreaterThan(0);
    pages.forEach((page, index) => {
      const number = `${index + 1} ${index < english ? 'sur' : 'of'} ${pages.length}`;
      expect(page, `page ${index + 1}`).toContain(`Page ${number}`);
    });
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

  it('keeps long words, long names and every line within the margins, above the footer', async () => {
    const record = structuredClone(report.record);
    const token = `https://oxo.example/${'a1b2c3d4'.repeat(20)}`;
    // Typed on two lines, as an address is.
    record.site.name = `Site très\nlong ${'très long '.repeat(12)}`;
    const item = record.items.find(
      (entry) => entry.reason !== null && entry.reasonCode === null,
    )!;
    item.reason = `Voir ${token} puis ${'Lecture/Écriture '.repeat(8)}`;
    const signed = signRecord(record, installerKey(process.env.OXO_HARDEN_HOME!));
    const placed = await placedText(await renderPdf(signed, 'fr'));
    const A4 = { width: 595.28, height: 841.89 };
    const footerLine = A4.height - MARGIN.bottom;

    for (const piece of placed) {
      expect(piece.left, piece.text).toBeGreaterThanOrEqual(MARGIN.left - 0.01);
      expect(piece.right, piece.text).toBeLessThanOrEqual(A4.width - MARGIN.right + 0.01);
    }
    // Below the bottom margin there is the footer and nothing else.
    const low = placed.filter((piece) => piece.baseline < A4.height - footerLine);
    const pages = new Set(placed.map((piece) => piece.page));
    expect(low.length).toBeGreaterThanOrEqual(pages.size * 2);
    for (const piece of low) expect(piece.baseline, piece.text).toBeLessThan(40);
    // The long site name is cut before the page number, not written over it.
    for (const page of pages) {
      const footer = low
        .filter((piece) => piece.page === page)
        .sort((a, b) => a.left - b.left);
      const number = footer.pop()!;
      expect(number.text).toBe(`Page ${page} sur ${pages.size}`);
      // The name is cut, not the date and digest after it.
      expect(footer.map((piece) => piece.text).join(' ')).toMatch(
        /^Site très long .*… ?· 2025-03-14 · sha256:[0-9a-f]{16}…$/,
      );
      expect(Math.max(...footer.map((piece) => piece.right))).toBeLessThan(number.left);
    }
    // The link and the paths are all there, cut across lines.
    const text = placed.map((piece) => piece.text).join('');
    expect(text).toContain(token);
  });

  it('frames an item longer than a page part by part, never over the footer', async () => {
    const record = structuredClone(report.record);
    const item = record.items.find(
      (entry) => entry.reason !== null && entry.reasonCode === null,
    )!;
    item.reason =
      'Une phrase du motif, assez longue pour tenir une ligne entière. '.repeat(400);
    const signed = signRecord(record, installerKey(process.env.OXO_HARDEN_HOME!));
    const pdf = await renderPdf(signed, 'fr');
    const A4 = { width: 595.28, height: 841.89 };
    // pdfkit draws top down: a rectangle is "x y width height re".
    const rectangles = [...pdf.toString('latin1').matchAll(/stream\r?\n/g)].flatMap(
      (match) => {
        const start = match.index! + match[0].length;
        const end = pdf.indexOf('endstream', start, 'latin1');
        let content: string;
        try {
          content = inflateSync(pdf.subarray(start, end)).toString('latin1');
        } catch {
          return [];
        }
        return [...content.matchAll(/([-\d.]+) ([-\d.]+) ([-\d.]+) ([-\d.]+) re/g)].map(
          ([, , y, , h]) => ({ top: Number(y), bottom: Number(y) + Number(h) }),
        );
      },
    );
    // The frame and the bar of the pages the item fills from top to bottom.
    const whole = rectangles.filter(({ top, bottom }) => bottom - top > 700);

    expect(whole.length).toBeGreaterThanOrEqual(4);
    for (const { top, bottom } of rectangles) {
      expect(top).toBeGreaterThanOrEqual(MARGIN.top - 4);
      expect(bottom).toBeLessThanOrEqual(A4.height - MARGIN.bottom + 0.01);
    }
  });
});
