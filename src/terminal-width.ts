/**
 * How many columns a string takes, for ink's layout and our own wrapping.
 * The bundle puts this in place of the `string-width` package everywhere.
 * That package segments every non-ASCII string into graphemes with
 * Intl.Segmenter, which costs tens of milliseconds on the first call and a
 * little on every frame; French text, box lines and status marks would pay
 * it on every key. Strings made only of characters that are one column wide
 * in every terminal are counted directly; anything else (emoji, CJK,
 * combining marks, other escape codes, wide ambiguous characters) goes to
 * the real package, loaded only then. Colour and weight codes take no
 * column, and ink measures styled text with them in, so they are taken out
 * before counting.
 */
import { segmentedWidth } from './terminal-width-segmented.js';

type Options = Parameters<typeof segmentedWidth>[1];

/**
 * Printable ASCII, Latin-1 and Latin Extended-A letters (but the soft
 * hyphen, which is invisible), and the punctuation, arrows, box lines and
 * marks the tool prints.
 */
const ONE_COLUMN_EACH =
  /^[\u0020-\u007e\u00a0-\u00ac\u00ae-\u017f\u2010-\u2022\u2026\u2039\u203a\u202f\u20ac\u2190-\u2193\u2500-\u257f\u25cb\u25cf\u2713\u2717]*$/;

const STYLE_CODE = /\u001b\[[0-9;]*m/g;

/** True when every character of `text` takes exactly one column, and no codes are in it. */
export function oneColumnEach(text: string): boolean {
  return ONE_COLUMN_EACH.test(text);
}

export default function stringWidth(text: string, options?: Options): number {
  if (typeof text === 'string' && options?.ambiguousIsNarrow !== false) {
    const plain = text.includes('\u001b') ? text.replace(STYLE_CODE, '') : text;
    if (ONE_COLUMN_EACH.test(plain)) return plain.length;
  }

  return segmentedWidth(text, options);
}
