import { describe, expect, it, vi } from 'vitest';
import realStringWidth from '../node_modules/string-width/index.js';
import stringWidth from '../src/terminal-width.js';

import { segmentedWidth } from '../src/terminal-width-segmented.js';

// Wraps the real package so a test can tell which strings reach it.
vi.mock('../src/terminal-width-segmented.js', async (original) => {
  const real = await original<{ segmentedWidth: typeof segmentedWidth }>();
  return { segmentedWidth: vi.fn(real.segmentedWidth) };
});
const segmented = vi.mocked(segmentedWidth);

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
      '› \u001b[1m\u001b[36mFrançais\u001b[39m\u001b[22m',
      '\u001b[38;2;10;20;30m✓ conforme\u001b[0m',
      '\u001b]8;;https://example.org\u0007lien\u001b]8;;\u0007',
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

  it('counts styled text itself, the way ink measures it, without segmenting it', () => {
    const styled = [
      '\u001b[1mLangue de la visite\u001b[22m',
      '› \u001b[1m\u001b[36mSécurité\u001b[39m\u001b[22m',
      '\u001b[32m✓\u001b[39m \u001b[2m50443 → 82 A3\u001b[22m',
    ];
    segmented.mockClear();
    expect(styled.map((text) => stringWidth(text))).toEqual([19, 10, 15]);
    expect(segmented).not.toHaveBeenCalled();
  });

  it('hands what it cannot count to the real package', () => {
    segmented.mockClear();
    expect(stringWidth('Café 日本')).toBe(9);
    expect(segmented).toHaveBeenCalledTimes(1);
  });
});
