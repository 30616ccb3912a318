/**
 * DejaVu Sans for the PDF, laid out glyph by glyph. pdfkit hands every word
 * to fontkit's OpenType shaper, which runs the font's whole feature
 * machinery (substitutions, mark positioning, contextual lookups) and is
 * most of the time a report takes to make. Latin text, composed to NFC
 * first, needs none of it: each character is one glyph with its advance.
 * Only kerning is lost, which a printed checklist can spare.
 *
 * pdfkit accepts any object with fontkit's font methods; the one given here
 * is the font itself with a plainer `layout`, opened with the fontkit that
 * pdfkit loads so that a report never loads two. Should fontkit not be
 * found, the fonts are registered by path and pdfkit shapes them as usual.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Face } from './pdf-lines.js';

export interface Glyph {
  id: number;
  codePoints: number[];
  advanceWidth: number;
}

interface Font {
  readonly unitsPerEm: number;
  glyphForCodePoint(codePoint: number): Glyph;
  /** The whole `post` table, decoded on first use. */
  readonly post: object;
}

interface Fontkit {
  create(bytes: Buffer): Font;
}

export interface PdfFonts {
  regular: string | object;
  bold: string | object;
  /**
   * The width of a text composed to NFC in each face, in ems, as the PDF
   * sets it: the sum of its characters' advances. None when pdfkit shapes
   * the text itself.
   */
  emWidth?: Record<Face, (text: string) => number>;
}

export function fontPaths(): { regular: string; bold: string } {
  const require = createRequire(import.meta.url);
  const dir = join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');

  return { regular: join(dir, 'DejaVuSans.ttf'), bold: join(dir, 'DejaVuSans-Bold.ttf') };
}

/** The fields of a font's `post` table header; pdfkit reads the first and the last. */
export interface PostHeader {
  italicAngle: number;
  underlinePosition: number;
  underlineThickness: number;
  isFixedPitch: number;
}

/**
 * Read from the font file's bytes. fontkit decodes the whole `post` table
 * when any field of it is asked for, the names of all 6,000 glyphs of
 * DejaVu with it: 25 ms per face, for two numbers the PDF needs.
 * Null when the table is not where the file's directory says.
 */
export function postHeader(bytes: Buffer): PostHeader | null {
  if (bytes.length < 12) return null;
  const tables = bytes.readUInt16BE(4);
  for (let index = 0; index < tables; index++) {
    const entry = 12 + index * 16;
    if (entry + 16 > bytes.length) return null;
    if (bytes.toString('latin1', entry, entry + 4) !== 'post') continue;
    const start = bytes.readUInt32BE(entry + 8);
    if (bytes.readUInt32BE(entry + 12) < 16 || start + 16 > bytes.length) return null;

    return {
      italicAngle: bytes.readInt32BE(start + 4) / 65536,
      underlinePosition: bytes.readInt16BE(start + 8),
      underlineThickness: bytes.readInt16BE(start + 10),
      isFixedPitch: bytes.readUInt32BE(start + 12),
    };
  }

  return null;
}

function plain(
  font: Font,
  post: PostHeader | null,
): { face: object; emWidth: (text: string) => number } {
  const glyphs = new Map<number, Glyph>();
  const glyphFor = (codePoint: number) => {
    let glyph = glyphs.get(codePoint);
    if (!glyph) {
      glyph = font.glyphForCodePoint(codePoint);
      glyphs.set(codePoint, glyph);
    }
    return glyph;
  };
  const layout = (text: string) => {
    const run: Glyph[] = [];
    const positions: Array<Record<string, number>> = [];
    for (const char of text.normalize('NFC')) {
      const glyph = glyphFor(char.codePointAt(0)!);
      run.push(glyph);
      positions.push({
        xAdvance: glyph.advanceWidth,
        yAdvance: 0,
        xOffset: 0,
        yOffset: 0,
      });
    }

    // pdfkit scales the positions in place, then reads the run's width.
    return {
      glyphs: run,
      positions,
      get advanceWidth() {
        return positions.reduce((sum, position) => sum + position.xAdvance!, 0);
      },
    };
  };

  // fontkit decodes the table behind unitsPerEm on every read.
  const unitsPerEm = font.unitsPerEm;
  const widths = new Map<string, number>();
  const emWidth = (text: string) => {
    let width = widths.get(text);
    if (width === undefined) {
      let sum = 0;
      for (let index = 0; index < text.length; index++) {
        const codePoint = text.codePointAt(index)!;
        if (codePoint > 0xffff) index++;
        sum += glyphFor(codePoint).advanceWidth;
      }
      width = sum / unitsPerEm;
      widths.set(text, width);
    }
    return width;
  };

  /** The glyphs of a text composed to NFC, for pdf-glyphs.ts. */
  const glyphsOf = (text: string) => {
    const run: Glyph[] = [];
    for (let index = 0; index < text.length; index++) {
      const codePoint = text.codePointAt(index)!;
      if (codePoint > 0xffff) index++;
      run.push(glyphFor(codePoint));
    }
    return run;
  };

  const own = new Map<PropertyKey, unknown>([
    ['layout', layout],
    ['glyphsOf', glyphsOf],
  ]);
  if (post) {
    // The header's fields come from the bytes; anything else of the table
    // (a glyph's name) is still fontkit's, decoded when first asked for.
    const table = new Proxy(post, {
      get: (header, key) =>
        Object.hasOwn(header, key)
          ? header[key as keyof PostHeader]
          : Reflect.get(font.post, key),
    });
    // fontkit's own getters for these read the whole table.
    own.set('post', table);
    own.set('italicAngle', post.italicAngle);
    own.set('underlinePosition', post.underlinePosition);
    own.set('underlineThickness', post.underlineThickness);
  }

  const face = new Proxy(font, {
    get: (target, key) => (own.has(key) ? own.get(key) : Reflect.get(target, key)),
  });

  return { face, emWidth };
}

let loaded: Promise<PdfFonts> | null = null;

/** The two faces, loaded once per process: a second report reuses them. */
export function pdfFonts(): Promise<PdfFonts> {
  loaded ??= (async () => {
    const paths = fontPaths();
    try {
      const fontkit = (await import('fontkit')) as Fontkit;
      const open = (path: string) => {
        const bytes = readFileSync(path);
        return plain(fontkit.create(bytes), postHeader(bytes));
      };
      const regular = open(paths.regular);
      const bold = open(paths.bold);

      return {
        regular: regular.face,
        bold: bold.face,
        emWidth: { regular: regular.emWidth, bold: bold.emWidth },
      };
    } catch {
      return paths;
    }
  })();

  return loaded;
}
