import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { fontPaths, pdfFonts, postHeader } from '../src/report/pdf-font.js';

const fontkit = createRequire(import.meta.url)('fontkit') as {
  create(bytes: Buffer): { post: Record<string, number> };
};
const FACES = Object.entries(fontPaths());

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
  it.each(FACES)('reads the %s face’s post header as fontkit decodes it', (_, path) => {
    const bytes = readFileSync(path);
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
    for (let round = 0; round < 500; round++) {
      const damaged = Buffer.from(
        bytes.subarray(0, 12 + Math.floor(Math.random() * 4084)),
      );
      for (let hit = 0; hit < 8; hit++) {
        damaged[Math.floor(Math.random() * damaged.length)] = Math.floor(
          Math.random() * 256,
        );
      }
      expect(() => postHeader(damaged)).not.toThrow();
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
});
