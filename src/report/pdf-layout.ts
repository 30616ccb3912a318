/**
 * The PDF's page layout over pdfkit's text cursor: colours, margins, text
 * with an optional bold lead, headings, and room checks so that a block is
 * never cut across two pages.
 */
import type { Status } from '../answers.js';
import { setLine } from './pdf-glyphs.js';
import { breakLines, type Face, type Line, type Run, type WidthOf } from './pdf-lines.js';
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

export interface TextOptions {
  size?: number;
  bold?: boolean;
  color?: string;
  /** Points added below the text. */
  gap?: number;
  x?: number;
  width?: number;
  align?: 'left' | 'right';
  /** Bold words before the text on the same line: a label, a status. */
  lead?: { text: string; color?: string };
}

/**
 * Page layout helpers over pdfkit's cursor. Text is broken into lines here
 * (see pdf-lines.ts) and each line handed to pdfkit whole, so that pdfkit
 * only sets glyphs.
 */
export class Layout {
  constructor(
    readonly doc: Doc,
    /** From the fonts; without it, pdfkit measures. */
    private readonly emWidth?: Record<Face, (text: string) => number>,
  ) {}

  /**
   * A block is measured, to keep it on one page, and then drawn with the
   * same options: its lines are broken once and kept for the drawing.
   */
  private readonly broken = new Map<string, Line[]>();

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

  private widthOf(size: number): WidthOf {
    const emWidth = this.emWidth;

    return emWidth
      ? (text, face) => emWidth[face](text) * size
      : (text, face) => this.doc.font(face).fontSize(size).widthOfString(text);
  }

  private lines(text: string, options: TextOptions) {
    const { size = 9.5, bold = false, color = INK, width = this.width, lead } = options;
    const face: Face = bold ? 'bold' : 'regular';
    const key = JSON.stringify([text, size, bold, color, width, lead?.text, lead?.color]);
    let lines = this.broken.get(key);
    if (!lines) {
      const runs: Run[] = [{ text: text.normalize('NFC'), face, color }];
      if (lead) {
        runs.unshift({
          text: lead.text.normalize('NFC'),
          face: 'bold',
          color: lead.color ?? color,
        });
      }
      lines = breakLines(runs, width, this.widthOf(size));
      this.broken.set(key, lines);
    }
    this.doc.font(face).fontSize(size);

    return { lines, lineHeight: this.doc.currentLineHeight(true), size };
  }

  /** The height `text` takes when drawn with these options, gap left out. */
  height(text: string, options: TextOptions = {}) {
    const { lines, lineHeight } = this.lines(text, options);

    return lines.length * lineHeight;
  }

  /**
   * Draws `text` from the cursor down, on a new page for any line that no
   * longer fits on this one.
   */
  text(text: string, options: TextOptions = {}) {
    const { gap = 2, x = this.left, width = this.width, align = 'left' } = options;
    const { lines, lineHeight, size } = this.lines(text, options);
    const doc = this.doc;
    // The fill colour is set when it changes, not for every piece: a
    // paragraph is mostly one colour. A new page starts from black.
    let colour: string | null = null;
    for (const line of lines) {
      if (doc.y + lineHeight > this.bottom) {
        doc.addPage();
        colour = null;
      }
      const y = doc.y;
      const start = align === 'right' ? x + width - line.width : x;
      for (const piece of line.pieces) {
        if (piece.color !== colour) doc.fillColor((colour = piece.color));
        this.set(piece.text, piece.face, start + piece.x, y, size);
      }
      doc.y = y + lineHeight;
    }
    doc.y += gap;
  }

  /**
   * `text` on one line within `width`, its line breaks and tabs as spaces,
   * cut short with "…" where it is wider; and its width.
   */
  fitted(text: string, options: TextOptions = {}): { shown: string; width: number } {
    const { size = 9.5, bold = false, width = this.width } = options;
    const face: Face = bold ? 'bold' : 'regular';
    const widthOf = this.widthOf(size);
    let shown = text.normalize('NFC').replace(/[\t-\r\u0085\u2028\u2029]+/g, ' ');
    if (widthOf(shown, face) > width) {
      const chars = [...shown];
      while (chars.length > 0 && widthOf(`${chars.join('').trimEnd()}…`, face) > width) {
        chars.pop();
      }
      shown = `${chars.join('').trimEnd()}…`;
    }

    return { shown, width: widthOf(shown, face) };
  }

  /**
   * One line of `text` at height y, as `fitted` gives it, never on a new
   * page: for the footer, below the margin.
   */
  line(text: string, y: number, options: TextOptions = {}) {
    const { bold = false, color = INK, x = this.left, width = this.width } = options;
    const { shown, width: drawn } = this.fitted(text, options);
    const start = options.align === 'right' ? x + width - drawn : x;
    this.doc.fillColor(color);
    this.set(shown, bold ? 'bold' : 'regular', start, y, options.size ?? 9.5);
  }

  /** Draws in the fill colour already set. */
  private set(text: string, face: Face, x: number, y: number, size: number) {
    const doc = this.doc.font(face).fontSize(size);
    // Faces that pdfkit shapes need its own setting, offsets and all.
    if (this.emWidth) setLine(doc, text, x, y, size);
    else doc.text(text, x, y, { lineBreak: false });
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
