import PDFDocument from 'pdfkit';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it, vi } from 'vitest';
import { pdfFonts } from '../src/report/pdf-font.js';
import { setLine } from '../src/report/pdf-glyphs.js';
import type { Doc } from '../src/report/pdf-layout.js';

const LINE = 'Sécurité « réseau » : 50443 ✓ ✗ ⚠ ○ — Lecture/Écriture';

/** A one-page PDF with `draw` run on it in DejaVu at 9.5 points, and its text as a reader places it. */
async function drawn(draw: (doc: Doc) => void) {
  const fonts = await pdfFonts();
  const doc: Doc = new PDFDocument({ size: 'A4' });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise((resolve) => doc.on('end', resolve));
  doc.registerFont('regular', fonts.regular as PDFKit.Mixins.PDFFontSource);
  doc.font('regular').fontSize(9.5).fillColor('#1a1a1a');
  draw(doc);
  doc.end();
  await ended;
  const pdf = await getDocument({
    data: new Uint8Array(Buffer.concat(chunks)),
    useSystemFonts: false,
    disableFontFace: true,
    isEvalSupported: false,
    verbosity: 0,
  }).promise;
  const content = await (await pdf.getPage(1)).getTextContent();

  return content.items.flatMap((item) =>
    'str' in item
      ? [{ text: item.str, transform: item.transform as number[], width: item.width }]
      : [],
  );
}

describe('a line set as one string of glyphs', () => {
  it('lands where pdfkit’s own text puts it, with the same glyphs and width', async () => {
    const own = await drawn((doc) => setLine(doc, LINE, 72.5, 300.25, 9.5));
    const pdfkit = await drawn((doc) =>
      doc.text(LINE, 72.5, 300.25, { lineBreak: false }),
    );
    const round = (items: typeof own) =>
      items.map(({ text, transform, width }) => ({
        text,
        transform: transform.map((value) => Math.round(value * 100) / 100),
        width: Math.round(width * 100) / 100,
      }));

    expect(
      round(own)
        .map((item) => item.text)
        .join(''),
    ).toBe(LINE);
    expect(round(own)).toEqual(round(pdfkit));
  });

  it('goes through pdfkit’s text where the document is not as it expects', () => {
    const text = vi.fn();
    const doc = { text } as unknown as Doc;
    setLine(doc, LINE, 10, 20, 9.5);

    expect(text).toHaveBeenCalledWith(LINE, 10, 20, { lineBreak: false });
  });
});
