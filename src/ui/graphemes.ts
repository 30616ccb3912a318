/**
 * A grapheme segmenter for ink's text cutters, which each build one of
 * ICU's when they load: the first costs about 14 ms, before the first frame.
 * The wizard's rows are Latin text, punctuation, arrows, box lines and
 * marks such as ✓. No character of those blocks joins its neighbours into
 * one grapheme (Unicode's rules join only CR with LF there), so such text
 * is split one character per grapheme here, and ICU's segmenter is built
 * the first time other text comes.
 */

interface Segment {
  segment: string;
  index: number;
  input: string;
}

interface Segments extends Iterable<Segment> {
  containing(index?: number): Segment | undefined;
}

let icu: Intl.Segmenter | undefined;

/**
 * Blocks with no combining mark, joiner, prepended or spacing mark, Hangul
 * jamo or regional indicator: Latin to Latin Extended-B; General
 * Punctuation without its invisible controls and joiners; currency and
 * letter-like symbols; arrows, mathematical and technical symbols; box
 * drawing, blocks, shapes, miscellaneous symbols and dingbats. A test
 * checks every one of them against ICU.
 */
export const ALONE: ReadonlyArray<readonly [number, number]> = [
  [0x0000, 0x024f],
  [0x2010, 0x2027],
  [0x202f, 0x205e],
  [0x20a0, 0x20c0],
  [0x2100, 0x214f],
  [0x2190, 0x23ff],
  [0x2500, 0x27bf],
];

function alone(code: number): boolean {
  if (code <= 0x024f) return true;
  for (const [from, to] of ALONE) if (code >= from && code <= to) return true;

  return false;
}

/** One character, one grapheme: every character alone, and no CR LF. */
function eachCharacterAlone(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x0d && text.charCodeAt(i + 1) === 0x0a) return false;
    if (!alone(code)) return false;
  }

  return true;
}

function characters(input: string): Segments {
  const at = (index: number): Segment => ({ segment: input[index]!, index, input });

  return {
    *[Symbol.iterator]() {
      for (let index = 0; index < input.length; index++) yield at(index);
    },
    containing(index = 0) {
      // As Intl rounds it: toward zero, and anything not a number is 0.
      const whole = Math.trunc(Number(index)) || 0;
      return whole >= 0 && whole < input.length ? at(whole) : undefined;
    },
  };
}

export const graphemeSegmenter = {
  segment(text: string): Segments {
    if (eachCharacterAlone(text)) return characters(text);
    icu ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });

    return icu.segment(text);
  },
};
