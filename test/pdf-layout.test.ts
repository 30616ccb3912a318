import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { pdfFonts } from '../src/report/pdf-font.js';
import { Layout, MARGIN, MUTED, type Doc } from '../src/report/pdf-layout.js';

/** The content streams of the pages `draw` writes with a Layout, uncompressed, in page order. */
async function pageContents(draw: (layout: Layout) => void): Promise<string[]> {
  const fonts = await pdfFonts();
  const doc: Doc = new PDFDocument({
    size: 'A4',
    margins: MARGIN,
    compress: false,
    font: '',
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise((resolve) => doc.on('end', resolve));
  doc.registerFont('regular', fonts.regular as PDFKit.Mixins.PDFFontSource);
  doc.registerFont('bold', fonts.bold as PDFKit.Mixins.PDFFontSource);
  draw(new Layout(doc, fonts.emWidth));
  doc.end();
  await ended;
  const pdf = Buffer.concat(chunks).toString('latin1');

  return [...pdf.matchAll(/stream\n([\s\S]*?)\nendstream/g)]
    .map(([, content]) => content!)
    .filter((content) => content.includes(' TJ'));
}

describe('the PDF layout', () => {
  it('sets the paragraph’s colour again on the page it continues on', async () => {
    const sentence =
      'Une phrase assez longue pour remplir la ligne et passer à la suivante. ';
    const pages = await pageContents((layout) =>
      layout.text(sentence.repeat(120), { color: MUTED }),
    );
    // #555555, as pdfkit writes it.
    const muted = `${Array(3)
      .fill(0x55 / 255)
      .join(' ')} scn`;

    expect(pages.length).toBeGreaterThan(1);
    for (const content of pages) {
      const colour = content.indexOf(muted);
      expect(colour).toBeGreaterThanOrEqual(0);
      expect(colour).toBeLessThan(content.indexOf(' TJ'));
    }
  });

  it('measures a block as it draws it: the cursor ends where the height said', async () => {
    const lead = { text: '✗ Non conforme  —  ' };
    const text =
      'Les deux postes de l’accueil restent déverrouillés le week-end. '.repeat(4);
    let measured = 0;
    let drawn = 0;
    await pageContents((layout) => {
      const options = { size: 8.5, width: 300, gap: 0, lead };
      measured = layout.height(text, options);
      const top = layout.doc.y;
      layout.text(text, options);
      drawn = layout.doc.y - top;
    });

    expect(measured).toBeGreaterThan(0);
    expect(drawn).toBeCloseTo(measured, 6);
  });
});
