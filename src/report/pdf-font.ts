/**
 * DejaVu Sans for the PDF, laid out glyph by glyph. pdfkit hands every word
 * to fontkit's OpenType shaper, which runs the font's whole feature
 * machinery (substitutions, mark positioning, contextual lookups) and is
 * most of the time a report takes to make. Latin text, composed to NFC
 * first, needs none of it: each character is one glyph with its advance.
 * Only kerning is lost, which a printed checklist can spare.
 *
 * pdfkit accepts any fontkit font object; the one given here is the font
 * itself with a plainer `layout`. It is fontkit as pdfkit loads it, reached
 * by name; should it not be found where pdfkit has it, the fonts are
 * registered by path and pdfkit shapes them as usual.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

interface Glyph {
  advanceWidth: number;
}

interface Font {
  glyphForCodePoint(codePoint: number): Glyph;
}

interface Fontkit {
  openSync(path: string): Font;
}

export interface PdfFonts {
  regular: string | object;
  bold: string | object;
}

/** Held in a variable so that the bundler leaves it to Node, which finds pdfkit's own copy. */
const FONTKIT = 'fontkit';

export function fontPaths(): { regular: string; bold: string } {
  const require = createRequire(import.meta.url);
  const dir = join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');

  return { regular: join(dir, 'DejaVuSans.ttf'), bold: join(dir, 'DejaVuSans-Bold.ttf') };
}

function plain(font: Font): object {
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

  return new Proxy(font, {
    get: (target, key) => (key === 'layout' ? layout : Reflect.get(target, key)),
  });
}

let loaded: Promise<PdfFonts> | null = null;

/** The two faces, loaded once per process: a second report reuses them. */
export function pdfFonts(): Promise<PdfFonts> {
  loaded ??= (async () => {
    const paths = fontPaths();
    try {
      const fontkit = (await import(FONTKIT)) as Fontkit;

      return {
        regular: plain(fontkit.openSync(paths.regular)),
        bold: plain(fontkit.openSync(paths.bold)),
      };
    } catch {
      return paths;
    }
  })();

  return loaded;
}
