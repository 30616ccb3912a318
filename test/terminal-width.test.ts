import { describe, expect, it } from 'vitest';
import realStringWidth from '../node_modules/string-width/index.js';
import stringWidth from '../src/terminal-width.js';

const RANGES: Array<[number, number]> = [
  [0x0000, 0x02ff],
  [0x2000, 0x206f],
  [0x20a0, 0x20cf],
  [0x2190, 0x21ff],
  [0x2500, 0x25ff],
  [0x2700, 0x27bf],
];

describe('terminal width', () => {
  it('agrees with string-width on every character of the ranges the tool prints', () => {
    let checked = 0;
    for (const [from, to] of RANGES) {
      for (let code = from; code <= to; code++) {
        const char = String.fromCodePoint(code);
        expect(stringWidth(char), `U+${code.toString(16)}`).toBe(realStringWidth(char));
        checked++;
      }
    }
    expect(checked).toBe(1488);
  });

  it('agrees on mixed text, escape codes, emoji and wide characters', () => {
    for (const text of [
      'Sécurité « réseau » — 50443 → ✓',
      '\u001b[1mgras\u001b[22m',
      'e\u0301te\u0301',
      '日本語',
      '✔ 🚀',
      '',
    ]) {
      expect(stringWidth(text), text).toBe(realStringWidth(text));
    }
  });

  it('leaves wide ambiguous characters to string-width', () => {
    const options = { ambiguousIsNarrow: false };
    expect(stringWidth('±—…', options)).toBe(realStringWidth('±—…', options));
    expect(stringWidth('±—…', options)).toBe(6);
  });
});
