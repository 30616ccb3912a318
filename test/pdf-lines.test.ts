import { describe, expect, it } from 'vitest';
import { breakLines, type Line, type Run } from '../src/report/pdf-lines.js';
import { seeded } from './helpers/random.js';

// One point per character, two for a bold one: widths that can be counted by eye.
const widthOf = (text: string, face: Run['face']) =>
  [...text].length * (face === 'bold' ? 2 : 1);
const plain = (text: string): Run[] => [{ text, face: 'regular', color: '#000' }];
const texts = (lines: Line[]) =>
  lines.map((line) => line.pieces.map((p) => p.text).join(''));

describe('breaking a paragraph into lines', () => {
  it('fills each line with as many words as fit, breaking at spaces', () => {
    const lines = breakLines(plain('aa bb cc dd'), 5, widthOf);

    expect(texts(lines)).toEqual(['aa bb', 'cc dd']);
    expect(lines.map((line) => line.width)).toEqual([5, 5]);
  });

  it('does not count or draw the spaces where a line is broken', () => {
    expect(texts(breakLines(plain('aa   bb'), 4, widthOf))).toEqual(['aa', 'bb']);
    expect(texts(breakLines(plain('aa   '), 4, widthOf))).toEqual(['aa']);
  });

  it('keeps the spaces a paragraph starts with and between words on a line', () => {
    expect(texts(breakLines(plain('  aa  bb'), 10, widthOf))).toEqual(['  aa  bb']);
    // Unless the first word would not fit after them.
    expect(texts(breakLines(plain('    abcdefgh'), 10, widthOf))).toEqual(['abcdefgh']);
    const lines = breakLines(plain(`${' '.repeat(200)}abc`), 10, widthOf);
    expect(texts(lines)).toEqual(['abc']);
    expect(lines[0]!.width).toBe(3);
  });

  it('breaks after a hyphen or slash between letters, not inside a number', () => {
    expect(texts(breakLines(plain('Lecture/Écriture'), 10, widthOf))).toEqual([
      'Lecture/',
      'Écriture',
    ]);
    expect(texts(breakLines(plain('non-conforme'), 8, widthOf))).toEqual([
      'non-',
      'conforme',
    ]);
    // No place to break: the date is cut where the line is full.
    expect(texts(breakLines(plain('le 2026-03-14'), 8, widthOf))).toEqual([
      'le 2026-',
      '03-14',
    ]);
    expect(texts(breakLines(plain('https://oxo/admin'), 12, widthOf))).toEqual([
      'https://oxo/',
      'admin',
    ]);
    expect(texts(breakLines(plain('naïve—conforme–à—revoir'), 10, widthOf))).toEqual([
      'naïve—',
      'conforme–',
      'à—revoir',
    ]);
    expect(texts(breakLines(plain('pages 10–20'), 8, widthOf))).toEqual([
      'pages',
      '10–20',
    ]);
  });

  it('breaks at a soft hyphen, which shows only where the line ends', () => {
    const word = 'mot\u00adcom\u00adposé';
    expect(texts(breakLines(plain(word), 20, widthOf))).toEqual(['motcomposé']);
    expect(texts(breakLines(plain(word), 8, widthOf))).toEqual(['motcom-', 'posé']);
    expect(texts(breakLines(plain(word), 4, widthOf))).toEqual(['mot-', 'com-', 'posé']);
  });

  it('breaks at other spaces too, never at a no-break one', () => {
    // A thin space, a zero-width space (not drawn), an ideographic space.
    expect(texts(breakLines(plain('aa\u2009bb\u200bcc\u3000dd'), 3, widthOf))).toEqual([
      'aa',
      'bb',
      'cc',
      'dd',
    ]);
    expect(texts(breakLines(plain('aa\u200bbb'), 10, widthOf))).toEqual(['aabb']);
    // Drawn as the spaces the font has.
    expect(texts(breakLines(plain('aa\tbb\u3000cc'), 10, widthOf))).toEqual(['aa bb cc']);
    expect(texts(breakLines(plain('50\u00a0443 Mo\u202f: oui'), 6, widthOf))).toEqual([
      '50\u00a0443',
      'Mo\u202f:',
      'oui',
    ]);
  });

  it('cuts a word wider than any line where the line is full, after a label too', () => {
    const digest = 'sha256:0123456789abcdef';
    const lines = breakLines(plain(`digest ${digest}`), 10, widthOf);

    expect(texts(lines)).toEqual(['digest sha', '256:012345', '6789abcdef']);
    const runs: Run[] = [
      { text: 'Motif : ', face: 'bold', color: '#111' },
      { text: 'C:\\Users\\jmarchand\\Documents', face: 'regular', color: '#222' },
    ];
    expect(texts(breakLines(runs, 24, widthOf))).toEqual([
      'Motif : C:\\Users',
      '\\jmarchand\\Documents',
    ]);
    // A word that fits on a line of its own still goes to the next one.
    expect(texts(breakLines(plain('digest sha256:0'), 10, widthOf))).toEqual([
      'digest',
      'sha256:0',
    ]);
  });

  it('keeps French spaces inside « » and before : ; ! ? from ending a line', () => {
    expect(texts(breakLines(plain('option « Port » : oui'), 10, widthOf))).toEqual([
      'option',
      '« Port » :',
      'oui',
    ]);
  });

  it('keeps every line of the text, an empty one too, but none for a newline at the end', () => {
    expect(texts(breakLines(plain('a\n\nb'), 10, widthOf))).toEqual(['a', '', 'b']);
    expect(texts(breakLines(plain('a\n'), 10, widthOf))).toEqual(['a']);
    expect(texts(breakLines(plain('\n'), 10, widthOf))).toEqual(['']);
    // As written on Windows, on old Macs, and as Unicode's line separator.
    expect(texts(breakLines(plain('a\r\nb\rc\u2028d'), 10, widthOf))).toEqual([
      'a',
      'b',
      'c',
      'd',
    ]);
    expect(breakLines(plain(''), 10, widthOf)).toEqual([]);
  });

  it('wraps a bold lead and its text as one paragraph, each piece in its own face', () => {
    const runs: Run[] = [
      { text: 'Motif : ', face: 'bold', color: '#111' },
      { text: 'deux postes', face: 'regular', color: '#222' },
    ];
    const [first, second] = breakLines(runs, 19, widthOf);

    // "Motif :" is 14 points in bold; with its space and "deux", 20.
    expect(first!.pieces).toEqual([
      { text: 'Motif :', face: 'bold', color: '#111', x: 0, width: 14 },
    ]);
    expect(second!.pieces).toEqual([
      { text: 'deux postes', face: 'regular', color: '#222', x: 0, width: 11 },
    ]);
    const [one] = breakLines(runs, 40, widthOf);
    expect(one!.pieces.map(({ text, x }) => [text, x])).toEqual([
      ['Motif : ', 0],
      ['deux postes', 16],
    ]);
  });

  it('takes a word that runs on from the lead as one word', () => {
    const runs: Run[] = [
      { text: 'ab', face: 'bold', color: '#111' },
      { text: 'cd ef', face: 'regular', color: '#222' },
    ];

    expect(texts(breakLines(runs, 6, widthOf))).toEqual(['abcd', 'ef']);
    expect(texts(breakLines(runs, 5, widthOf))).toEqual(['abc', 'd ef']);
  });

  it('on random paragraphs: keeps every word in order, within the width, each line as full as it can be', () => {
    const random = seeded(1143);
    const pool = [
      'a',
      'de',
      'mot',
      'passe',
      'ExtLnkClsd',
      'Lecture/Écriture',
      'x'.repeat(30),
    ];
    for (let round = 0; round < 300; round++) {
      const width = random.int(4, 40);
      const words = Array.from({ length: random.int(1, 30) }, () => random.pick(pool));
      let text = '';
      words.forEach((word, index) => {
        if (index > 0) text += random.chance(0.1) ? '\n' : ' ';
        text += word;
      });
      const lines = breakLines(plain(text), width, widthOf);
      const shown = texts(lines);
      const context = JSON.stringify({ text, width, shown });

      expect(shown.join('').replace(/\s/g, ''), context).toBe(text.replace(/\s/g, ''));
      for (const line of lines) {
        expect(line.width, context).toBeLessThanOrEqual(width);
        expect(line.pieces.reduce((sum, piece) => sum + piece.width, 0)).toBe(line.width);
      }
      // Greedy: a line ended by the width, not by the text, had no room for
      // the next line's first word (or first part of a word).
      const paragraphs = text.split('\n').map((p) => p.replace(/\s/g, ''));
      let paragraph = 0;
      let consumed = '';
      shown.forEach((line, index) => {
        consumed += line.replace(/\s/g, '');
        if (consumed === paragraphs[paragraph]) {
          paragraph++;
          consumed = '';
          return;
        }
        const next = shown[index + 1]!;
        const firstWord = next.split(/(?<=[/-])(?=[^\d/-])| /)[0]!;
        expect(line.length + 1 + firstWord.length, context).toBeGreaterThan(width);
      });
    }
  });

  it('shows a soft hyphen only where the line breaks at it, within the width', () => {
    // Broken at the space after it: no hyphen.
    expect(texts(breakLines(plain('abc\u00ad def'), 5, widthOf))).toEqual(['abc', 'def']);
    // Too wide with its hyphen for any line: cut by character, no hyphen.
    const cut = breakLines(plain('abcdef\u00adgh'), 6, widthOf);
    expect(texts(cut)).toEqual(['abcdef', 'gh']);
    // Broken at it because the next part is too wide to start there.
    const wideM = (text: string, face: Run['face']) =>
      [...text].reduce((sum, char) => sum + (char === 'M' ? 3 : 1), 0) *
      (face === 'bold' ? 2 : 1);
    expect(texts(breakLines(plain('ab cdefg\u00adMhijklmnopq'), 9, wideM))).toEqual([
      'ab cdefg-',
      'Mhijklm',
      'nopq',
    ]);
  });

  it('lets French spaces go where holding them would not fit on any line', () => {
    expect(texts(breakLines(plain('xxxxxxxx : suivant'), 9, widthOf))).toEqual([
      'xxxxxxxx',
      ': suivant',
    ]);
    expect(texts(breakLines(plain('aa abcdefgh :'), 9, widthOf))).toEqual([
      'aa',
      'abcdefgh',
      ':',
    ]);
    // The closing mark stays with its word, and no line starts with a space.
    const quoted = breakLines(plain('« abc »'), 5, widthOf);
    expect(texts(quoted)).toEqual(['«', 'abc »']);
    expect(quoted.map((line) => line.width)).toEqual([1, 5]);
  });

  it('on random French paragraphs: keeps every character, in order, within the width', () => {
    const random = seeded(2025);
    const pool = ['«', '»', ':', '!', 'mot', 'Relevé', 'x'.repeat(12), 'a\u00adb', 'c—d'];
    for (let round = 0; round < 2000; round++) {
      const width = random.int(3, 16);
      const words = Array.from({ length: random.int(1, 12) }, () => random.pick(pool));
      const text = words.join(' ');
      const lines = breakLines(plain(text), width, widthOf);
      const context = JSON.stringify({ text, width, shown: texts(lines) });
      const kept = texts(lines).join('').replace(/[\s-]/g, '');

      expect(kept, context).toBe(text.replace(/[\s\u00ad-]/g, ''));
      for (const line of lines) expect(line.width, context).toBeLessThanOrEqual(width);
    }
  });

  it('takes linear time, even on words of no width', () => {
    const started = performance.now();
    const lines = breakLines(plain('\u0301\u200b'.repeat(50_000)), 100, widthOf);
    const zeroWidth = (text: string, face: Run['face']) =>
      text.includes('\u0301') ? 0 : widthOf(text, face);
    breakLines(plain('\u0301\u200b'.repeat(50_000)), 100, zeroWidth);

    expect(lines.length).toBeGreaterThan(0);
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});
