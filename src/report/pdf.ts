/**
 * The report as a PDF the customer can open, print and file. DejaVu Sans is
 * embedded (accents, ✓ ✗ ⚠ ○ all have glyphs in it) and the signed JSON is
 * attached to the document, uncompressed, so that `verify` reads it back
 * and a PDF reader lists it among the attachments. pdfkit is loaded only
 * here, when a PDF is asked for: it costs more to load than the wizard.
 */
import { installerLine } from '../record.js';
import { envelopeText, type SignedReport } from '../signature.js';
import { PDF_ATTACHMENT_NAME } from './carrier.js';
import { langsOf, type ReportLang } from './html.js';
import { reportView, type ReportView } from './model.js';
import { closing, facts, itemBlock, reviewBlock, scores } from './pdf-blocks.js';
import { pdfFonts } from './pdf-font.js';
import { ACCENT, Layout, MARGIN, MUTED } from './pdf-layout.js';
import { qrMatrix, qrPayload, type QrMatrix } from './qr.js';

function part(layout: Layout, view: ReportView, matrix: QrMatrix) {
  const m = view.m.report;
  layout.text(m.title, { size: 19, bold: true, gap: 1 });
  layout.text(m.subtitle, { size: 9.5, color: MUTED, gap: 8 });
  facts(layout, view);
  layout.heading(m.releaseHeading);
  for (const text of view.warnings)
    layout.text(`! ${text}`, { bold: true, color: '#8a5300' });
  for (const text of view.advice) layout.text(`• ${text}`);
  reviewBlock(layout, view);
  scores(layout, view);
  layout.heading(m.itemsHeading);
  for (const section of view.sections) {
    layout.room(90);
    layout.text(section.title, { size: 11.5, bold: true, color: ACCENT, gap: 1 });
    layout.text(section.intro, { size: 8, color: MUTED, gap: 4 });
    for (const item of section.items) itemBlock(layout, view, item);
  }
  closing(layout, view, matrix);
}

/**
 * Each page's footer, in the language of the part the page belongs to
 * (`starts`: the index of each part's first page). The site's name is cut
 * short, if need be, to leave room for the date, the digest and the page.
 */
function footers(
  layout: Layout,
  views: ReportView[],
  starts: number[],
  report: SignedReport,
) {
  const doc = layout.doc;
  const range = doc.bufferedPageRange();
  const footer = { size: 7, color: MUTED };
  const tail = ` · ${report.record.visitDate} · ${report.digest.slice(0, 23)}…`;
  for (let index = 0; index < range.count; index++) {
    doc.switchToPage(range.start + index);
    const part = starts.filter((start) => start <= index).length - 1;
    const m = views[Math.max(part, 0)]!.m.report;
    const y = doc.page.height - 36;
    const page = m.page({ page: String(index + 1), pages: String(range.count) });
    const room = layout.width - layout.fitted(page, footer).width - 12;
    const site = layout.fitted(report.record.site.name, {
      ...footer,
      width: room - layout.fitted(tail, footer).width,
    });
    // Drawn left to right, as a reader copies them out.
    layout.line(`${site.shown}${tail}`, y, { ...footer, width: room });
    layout.line(page, y, { ...footer, align: 'right' });
  }
}

export async function renderPdf(report: SignedReport, lang: ReportLang): Promise<Buffer> {
  const { default: PDFDocument } = await import('pdfkit');
  const views = langsOf(lang).map((one) => reportView(report, one));
  const record = report.record;
  const first = views[0]!.m.report;
  const doc = new PDFDocument({
    size: 'A4',
    margins: MARGIN,
    bufferPages: true,
    lang: views[0]!.lang,
    displayTitle: true,
    // No default font (an empty name): pdfkit would otherwise read the
    // metrics of Helvetica, which the report never uses.
    font: '',
    info: {
      Title: `${first.title} — ${record.site.name} — ${record.visitDate}`,
      Author: installerLine(record.people.installer),
      Subject: first.subtitle,
      Keywords: `${report.digest} ${report.fingerprint}`,
      Creator: `oxo-harden ${record.tool.version}`,
      CreationDate: new Date(record.createdAt),
    },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  const fonts = await pdfFonts();
  // pdfkit takes a fontkit font object too, which its types do not say.
  doc.registerFont('regular', fonts.regular as PDFKit.Mixins.PDFFontSource);
  doc.registerFont('bold', fonts.bold as PDFKit.Mixins.PDFFontSource);
  const matrix = await qrMatrix(qrPayload(report.digest, report.fingerprint));
  const layout = new Layout(doc, fonts.emWidth);
  const starts: number[] = [];
  views.forEach((view, index) => {
    if (index > 0) doc.addPage();
    starts.push(doc.bufferedPageRange().count - 1);
    part(layout, view, matrix);
  });
  footers(layout, views, starts, report);

  // Uncompressed, so that the envelope's lines are in the file as they are
  // in the .json: verify finds them, and so do grep and openssl.
  const compress = doc.compress;
  doc.compress = false;
  doc.file(Buffer.from(envelopeText(report), 'utf8'), {
    name: PDF_ATTACHMENT_NAME,
    type: 'application/json',
    description: first.qrTitle,
    creationDate: new Date(record.createdAt),
  });
  doc.compress = compress;
  doc.end();

  return done;
}
