/**
 * The grapheme segmenter ink's text cutters get in the bundle: the same
 * graphemes as ICU's on any text, and ICU's segmenter built only for text
 * outside the blocks split one character at a time.
 */
import { describe, expect, it, vi } from 'vitest';
import { messages } from '../src/i18n.js';
import { createOutput } from '../src/output.js';
import { ALONE, graphemeSegmenter } from '../src/ui/graphemes.js';
import { seeded } from './helpers/random.js';

const icu = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const parts = (segments: Iterable<{ segment: string; index: number }>) =>
  [...segments].map(({ segment, index }) => [segment, index]);

describe('graphemes', () => {
  it('leaves no character of the blocks it splits alone joined to a neighbour by ICU', () => {
    let checked = 0;
    for (const [from, to] of ALONE) {
      for (let code = from; code <= to; code++) {
        if (code === 0x0a || code === 0x0d) continue;
        const char = String.fromCharCode(code);
        // Any of Unicode's joining rules would join one of these pairs.
        const text = `x${char}${char}x`;
        expect(icu.segment(text).containing(3)?.index, `U+${code.toString(16)}`).toBe(3);
        expect([...icu.segment(text)], `U+${code.toString(16)}`).toHaveLength(4);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(2000);
  });

  it('splits random text as ICU does, escape codes, CR LF, marks and emoji included', () => {
    const pieces = [
      'a', 'Z', ' ', '9', '\t', '\r', '\n', '\r\n', '\u001b[1m', '\u001b[22m', '\u001b]8;;x\u0007',
      'é', 'e\u0301', 'ç', 'œ', '«', '\u202f', '—', '’', '…', '›', '→', '↑', '✓', '✗', '○', '─', '•',
      '\u200d', '\ufe0f', '👍', '👍🏽', '🇫🇷', '👩‍💻', '한', '\u1100\u1161', '日', '\u00ad', '\u0600a',
      '\u0915\u094d\u0937', '\ud800',
    ]; // prettier-ignore
    const random = seeded(1143);
    for (let run = 0; run < 3_000; run++) {
      const text = Array.from({ length: random.int(1, 12) }, () =>
        random.pick(pieces),
      ).join('');
      const ours = graphemeSegmenter.segment(text);
      const theirs = icu.segment(text);
      expect(parts(ours), JSON.stringify(text)).toEqual(parts(theirs));
      for (const at of [
        -1,
        -0.5,
        0,
        0.9,
        1,
        text.length >> 1,
        text.length - 1,
        text.length,
        NaN,
      ]) {
        expect(ours.containing(at), `${JSON.stringify(text)} at ${at}`).toEqual(
          theirs.containing(at),
        );
      }
    }
  });

  it('builds ICU’s segmenter only once text outside those blocks comes', async () => {
    vi.resetModules();
    const Real = Intl.Segmenter;
    const made = vi.spyOn(Intl, 'Segmenter').mockImplementation(function (
      ...args: ConstructorParameters<typeof Intl.Segmenter>
    ) {
      return new Real(...args);
    });
    try {
      const fresh = (await import('../src/ui/graphemes.js')).graphemeSegmenter;
      const texts: string[] = [];
      const collect = (value: unknown): void => {
        if (typeof value === 'string') texts.push(value);
        else if (value && typeof value === 'object')
          Object.values(value).forEach(collect);
      };
      collect(messages('en'));
      collect(messages('fr'));
      collect(createOutput({ env: {}, noColor: false }).sym);
      expect(texts.length).toBeGreaterThan(500);
      for (const text of texts) [...fresh.segment(`\u001b[1m${text}\u001b[22m`)];
      expect(made).not.toHaveBeenCalled();

      expect(parts(fresh.segment('🇫🇷 e\u0301'))).toEqual([['🇫🇷', 0], [' ', 4], ['e\u0301', 5]]); // prettier-ignore
      [...fresh.segment('👍🏽')];
      expect(made).toHaveBeenCalledTimes(1);
    } finally {
      made.mockRestore();
    }
  });
});
