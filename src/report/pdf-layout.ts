/**
 * The PDF's page layout over pdfkit's text cursor: colours, margins, text
 * with an optional bold lead, headings, and room checks so that a block is
 * never cut across two pages.
 */
import type { Status } from '../answers.js';
import { QUIET_ZONE, type QrMatrix } from './qr.js';

export type Doc = PDFKit.PDFDocument;

export const COLOURS: Record<Status, string> = {
  compliant: '#1e7b34',
  'not-compliant': '#b3261e',
  'risk-accepted': '#b26a00',
  'not-checked': '#6b6b6b',
  'not-applicable': '#b8b8b8',
};
export const INK = '#1a1a1a';
export const MUTED = '#555555';
export const ACCENT = '#1f3b63';
export const MARGIN = { top: 48, bottom: 56, left: 50, right: 50 };

/** Page layout helpers over pdfkit's cursor. */
export class Layout {
  constructor(readonly doc: Doc) {}

  get left() {
    return MARGIN.left;
  }
  get width() {
    return this.doc.page.width - MARGIN.left - MARGIN.right;
  }
  get bottom() {
    return this.doc.page.height - MARGIN.bottom;
  }

  /** A new page unless `height` more points fit on this one. */
  room(height: number) {
    if (this.doc.y + height > this.bottom) this.doc.addPage();
  }

  text(
    text: string,
    options: {
      size?: number;
      bold?: boolean;
      color?: string;
      gap?: number;
      x?: number;
      width?: number;
      /** Bold words before the text on the same line: a label, a status. */
      lead?: { text: string; color?: string };
    } = {},
  ) {
    const {
      size = 9.5,
      bold = false,
      color = INK,
      gap = 2,
      x = this.left,
      width = this.width,
      lead,
    } = options;
    this.doc.fontSize(size);
    if (lead) {
      this.doc.font('bold').fillColor(lead.color ?? color);
      this.doc.text(lead.text, x, this.doc.y, { width, continued: true });
      this.doc.font(bold ? 'bold' : 'regular').fillColor(color);
      this.doc.text(text);
    } else {
      this.doc.font(bold ? 'bold' : 'regular').fillColor(color);
      this.doc.text(text, x, this.doc.y, { width });
    }
    this.doc.y += gap;
  }

  height(text: string, size: number, width: number, bold = false) {
    this.doc.font(bold ? 'bold' : 'regular').fontSize(size);

    return this.doc.heightOfString(text, { width });
  }

  heading(text: string) {
    this.room(60);
    this.doc.y += 8;
    this.text(text, { size: 13, bold: true, color: ACCENT, gap: 1 });
    const y = this.doc.y;
    this.doc
      .moveTo(this.left, y)
      .lineTo(this.left + this.width, y)
      .lineWidth(0.8)
      .strokeColor(ACCENT)
      .stroke();
    this.doc.y += 5;
  }
}

export function drawQr(doc: Doc, matrix: QrMatrix, x: number, y: number, side: number) {
  const cell = side / (matrix.size + 2 * QUIET_ZONE);
  doc.rect(x, y, side, side).fill('#ffffff');
  for (let row = 0; row < matrix.size; row++) {
    for (let col = 0; col < matrix.size; col++) {
      if (matrix.dark(col, row)) {
        doc.rect(
          x + (col + QUIET_ZONE) * cell,
          y + (row + QUIET_ZONE) * cell,
          cell,
          cell,
        );
      }
    }
  }
  doc.fill('#000000');
}
