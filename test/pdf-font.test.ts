import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { fontPaths, pdfFonts, postHeader } from '../src/report/pdf-font.js';
import { seeded } from './helpers/random.js';

interface FontkitFont {
  post: Record<string, number>;
  getGlyph(id: number): { name: string };
}

const fontkit = createRequire(import.meta.url)('fontkit') as {
  create(bytes: Buffer): FontkitFont;
};
const FACES = Object.entries(fontPaths());
// Every face DejaVu ships: oblique ones have an italic angle, mono ones a fixed pitch.
const FONT_DIR = dirname(fontPaths().regular);
const EVERY_FACE = readdirSync(FONT_DIR).filter((name) => name.endsWith('.ttf'));

/** The font descriptors of a one-line PDF written with `font`, without their subset tags. */
async function descriptors(font: PDFKit.Mixins.PDFFontSource): Promise<string[]> {
  const doc = new PDFDocument({ compress: false });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise((resolve) => doc.on('end', resolve));
  doc.registerFont('face', font);
  doc.font('face').text('Sécurité « réseau » ✓ ✗ ⚠ ○');
  doc.end();
  await ended;
  const pdf = Buffer.concat(chunks).toString('latin1');

  return [...pdf.matchAll(/<<\n\/Type \/FontDescriptor[\s\S]*?>>/g)].map(([found]) =>
    found.replace(/\/FontName \/[A-Z]{6}\+/, '/FontName /'),
  );
}

describe('the PDF faces', () => {
  it.each(EVERY_FACE)('reads the post header of %s as fontkit decodes it', (name) => {
    const bytes = readFileSync(join(FONT_DIR, name));
    const { italicAngle, underlinePosition, underlineThickness, isFixedPitch } =
      fontkit.create(bytes).post;

    expect(postHeader(bytes)).toEqual({
      italicAngle,
      underlinePosition,
      underlineThickness,
      isFixedPitch,
    });
  });

  it('finds no header in a file cut short or without the table', () => {
    const bytes = readFileSync(fontPaths().regular);
    expect(postHeader(bytes.subarray(0, 11))).toBeNull();
    expect(postHeader(bytes.subarray(0, 200))).toBeNull();
    const renamed = Buffer.from(bytes);
    renamed.write('xxxx', renamed.indexOf('post', 12, 'latin1'), 'latin1');
    expect(postHeader(renamed)).toBeNull();
  });

  it('never throws on damaged bytes', () => {
    const bytes = readFileSync(fontPaths().bold).subarray(0, 4096);
    const random = seeded(1143);
    for (let round = 0; round < 500; round++) {
      const damaged = Buffer.from(bytes.subarray(0, random.int(0, bytes.length)));
      for (let hit = 0; hit < 8 && damaged.length > 0; hit++) {
        damaged[random.int(0, damaged.length - 1)] = random.int(0, 255);
      }
      expect(() => postHeader(damaged), `round ${round}`).not.toThrow();
    }
  });

  it('describes the faces in the PDF as pdfkit does from the files, without decoding the glyph names', async () => {
    const fonts = await pdfFonts();
    for (const [name, path] of FACES) {
      const face = fonts[name as keyof typeof fonts] as PDFKit.Mixins.PDFFontSource;
      const drawn = await descriptors(face);
      expect(drawn).toHaveLength(1);
      expect(drawn).toEqual(await descriptors(path));
      // fontkit keeps each table it has decoded; `post` holds the glyph names.
      expect(Object.keys((face as unknown as { _tables: object })._tables)).not.toContain(
        'post',
      );
    }
  });

  // Last: it decodes the rest of the table, which the test above checks is not.
  it('still gives each glyph its name from the rest of the table', async () => {
    const fonts = await pdfFonts();
    const face = fonts.regular as unknown as FontkitFont;
    const real = fontkit.create(readFileSync(fontPaths().regular));
    for (const id of [0, 3, 36, 101, 1200]) {
      expect(face.getGlyph(id).name, `glyph ${id}`).toBe(real.getGlyph(id).name);
    }
    // Only the font's own names are answered for it, not those every object has.
    expect(face.constructor).toBe(Reflect.getPrototypeOf(face)!.constructor);
    expect(face.constructor).not.toBe(Object);
  });
});
