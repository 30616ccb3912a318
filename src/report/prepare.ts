/**
 * What making a report needs, loaded before the report is made: pdfkit and
 * its font engine, the two DejaVu faces, the QR encoder and the machine's
 * time zone. Loaded cold they take longer than signing and rendering the
 * four files, so the report worker does this (or, run from the sources,
 * the wizard itself) while the installer reads the review and the customer
 * the acknowledgement.
 */
import { localTimeZone } from '../dates.js';
import { pdfFonts, type PdfFonts } from './pdf-font.js';
import { ACCENT, INK, Layout, type Doc } from './pdf-layout.js';
import { qrMatrix } from './qr.js';

const between = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * A page thrown away, written the way a report is: the first text laid out
 * and the first font subset made in a process take three times as long as
 * the next ones, and the font tables read on the way stay read.
 */
async function samplePdf(fonts: PdfFonts): Promise<void> {
  const { default: PDFDocument } = await import('pdfkit');
  const doc: Doc = new PDFDocument({ size: 'A4', font: '' });
  doc.on('data', () => undefined);
  const ended = new Promise((resolve) => doc.on('end', resolve));
  doc.registerFont('regular', fonts.regular as PDFKit.Mixins.PDFFontSource);
  doc.registerFont('bold', fonts.bold as PDFKit.Mixins.PDFFontSource);
  const layout = new Layout(doc, fonts.emWidth);
  const sample =
    'Sécurité « réseau » : 50443 → 82 A3 ✓ ✗ — conforme, à revoir avec le client avant la fin du mois';
  layout.heading(sample);
  layout.height(sample, { bold: true, width: layout.width - 14 });
  await between();
  layout.text(sample, { lead: { text: 'Risque accepté — ', color: ACCENT } });
  layout.text(sample, { color: INK, size: 8 });
  await between();
  doc.end();
  await ended;
}

let prepared: Promise<void> | null = null;

/**
 * Loads it all once per process. `ready` is awaited before each step: the
 * wizard passes one that waits for a pause in the typing, so that a block
 * of loading never lands between a key and its frame.
 */
export function prepareReports(
  ready: () => Promise<void> = async () => {},
): Promise<void> {
  prepared ??= (async () => {
    const steps: Array<() => unknown> = [
      () => import('./pdf.js'),
      () => import('pdfkit'),
      async () => samplePdf(await pdfFonts()),
      // The encoder's first code is slow; this one is thrown away.
      () => qrMatrix('oxo-harden'),
      () => localTimeZone(),
    ];
    for (const step of steps) {
      await ready();
      await step();
      await between();
    }
  })().catch(() => {
    // Whatever fails here fails again when the report is made, where it
    // is told to the installer with what to do.
  });

  return prepared;
}
