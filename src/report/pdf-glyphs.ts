/**
 * A line of the PDF written into the page as one string of glyphs. pdfkit's
 * `text` lays a line out three times (to measure it, to set it, to move the
 * cursor past it), word by word, and computes offsets for kerning and
 * marks. The faces of pdf-font.ts have neither: a line is its characters'
 * glyphs one after the other, which the face gives at once.
 *
 * This reaches into pdfkit's document for the current font, its subset and
 * the page's font resources, which its types do not show. Where they are
 * not as expected (another pdfkit), pdfkit encodes the line, or sets it
 * through `text`.
 */
import type { Glyph } from './pdf-font.js';
import type { Doc } from './pdf-layout.js';

/** pdfkit's embedded font. */
interface SettingFont {
  id: string;
  /** In thousandths of the font size. */
  ascender: number;
  ref(): unknown;
  /** The glyph ids as hexadecimal, and their positions. */
  encode(text: string): [string[], unknown[]];
  /** The face it embeds; one of pdf-font.ts has `glyphsOf`. */
  font?: { glyphsOf?: (text: string) => Glyph[] };
  subset?: { includeGlyph(id: number): number };
  /** By glyph id in the subset: its advance in thousandths, its characters. */
  widths?: number[];
  unicode?: number[][];
  /** Thousandths per font unit. */
  scale?: number;
}

/**
 * The line's glyphs as ids in the font's subset, written in hexadecimal,
 * with what the PDF needs of each (width, characters) noted as pdfkit's
 * own encoding does.
 */
function encoded(font: SettingFont, text: string): string {
  const { subset, widths, unicode, scale } = font;
  const glyphsOf = font.font?.glyphsOf;
  if (!glyphsOf || !subset || !widths || !unicode || scale === undefined) {
    return font.encode(text)[0].join('');
  }
  let hex = '';
  for (const glyph of glyphsOf(text)) {
    const id = subset.includeGlyph(glyph.id);
    hex += id.toString(16).padStart(4, '0');
    widths[id] ??= glyph.advanceWidth * scale;
    unicode[id] ??= glyph.codePoints;
  }

  return hex;
}

interface Internals {
  _font?: SettingFont;
  page?: { fonts?: Record<string, unknown>; height: number };
  addContent?(data: string): unknown;
}

const number = (value: number) => String(Math.round(value * 1000) / 1000);

/**
 * Writes `text` at (x, y), its top at y as pdfkit's `text` places it, in
 * the font, size and colour already set on `doc`.
 */
export function setLine(
  doc: Doc,
  text: string,
  x: number,
  y: number,
  size: number,
): void {
  if (text === '') return;
  const inner = doc as unknown as Internals;
  const font = inner._font;
  const fonts = inner.page?.fonts;
  if (
    !font ||
    !fonts ||
    typeof font.encode !== 'function' ||
    typeof inner.addContent !== 'function'
  ) {
    doc.text(text, x, y, { lineBreak: false });
    return;
  }
  fonts[font.id] ??= font.ref();
  const glyphs = encoded(font, text);
  const height = inner.page!.height;
  // pdfkit draws with the y axis turned downwards; text is set the right
  // way up, so the axis is turned back for it.
  const baseline = height - y - (font.ascender / 1000) * size;
  inner.addContent(
    `q 1 0 0 -1 0 ${number(height)} cm BT 1 0 0 1 ${number(x)} ${number(baseline)} Tm ` +
      `/${font.id} ${number(size)} Tf [<${glyphs}> 0] TJ ET Q`,
  );
}
