/**
 * A line of the PDF written into the page as one string of glyphs. pdfkit's
 * `text` lays a line out three times (to measure it, to set it, to move the
 * cursor past it) and computes offsets for kerning and marks. The faces of
 * pdf-font.ts have neither: a line is its characters' glyphs one after the
 * other, so it is laid out once, here.
 *
 * This reaches into pdfkit's document for the current font and the page's
 * font resources, which its types do not show. Where they are not as
 * expected (another pdfkit), the line goes through `text` instead.
 */
import type { Doc } from './pdf-layout.js';

interface SettingFont {
  id: string;
  /** In thousandths of the font size. */
  ascender: number;
  ref(): unknown;
  /** The glyph ids as hexadecimal, and their positions. */
  encode(text: string): [string[], unknown[]];
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
  const [glyphs] = font.encode(text);
  const height = inner.page!.height;
  // pdfkit draws with the y axis turned downwards; text is set the right
  // way up, so the axis is turned back for it.
  const baseline = height - y - (font.ascender / 1000) * size;
  inner.addContent(
    `q 1 0 0 -1 0 ${number(height)} cm BT 1 0 0 1 ${number(x)} ${number(baseline)} Tm ` +
      `/${font.id} ${number(size)} Tf [<${glyphs.join('')}> 0] TJ ET Q`,
  );
}
