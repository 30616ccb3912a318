/**
 * The shapes that make a password easy to guess, as plain predicates. Each
 * one looks at the whole password: a guesser tries whole sequences first,
 * and the system's own checks (R9.1, R10.0) judge the whole password too.
 */

const codes = (text: string) => [...text].map((char) => char.codePointAt(0)!);

/** Every character the same as the first: "0000", "aaaaaaaa". */
export function isRepeated(text: string): boolean {
  const chars = [...text];

  return chars.length > 1 && chars.every((char) => char === chars[0]);
}

/**
 * Each character one above (or one below) the one before it: "1234", "4321",
 * "abcdefgh". Exact code points, so "aBcD" is not a run; callers that want to
 * ignore case lower it first.
 */
export function isRun(text: string): boolean {
  const points = codes(text);
  if (points.length < 2) return false;
  const step = points[1]! - points[0]!;
  if (step !== 1 && step !== -1) return false;

  return points.every(
    (point, index) => index === 0 || point - points[index - 1]! === step,
  );
}

/**
 * A run in the order of a telephone keypad and of a keyboard's top row,
 * where 0 comes after 9: "7890", "567890", "0987". Plain counting already
 * covers "0123"; these are the ones it misses.
 */
export function isKeypadRun(digits: string): boolean {
  if (!/^\d+$/.test(digits)) return false;
  const shifted = [...digits].map((digit) => (digit === '0' ? ':' : digit)).join('');

  return digits.includes('0') && isRun(shifted);
}

/**
 * A block written again and again, possibly cut short: "1212", "123123",
 * "Ab12Ab12", "abcabcab". The block is at most half as long as the text.
 */
export function isRepeatedBlock(text: string): boolean {
  const chars = [...text];
  for (let size = 1; size <= chars.length / 2; size += 1) {
    if (chars.every((char, index) => char === chars[index % size])) return true;
  }

  return false;
}

/** Each character written twice or more in a row, the same number of times: "1122", "111222". */
export function isDoubled(text: string): boolean {
  const groups = text.match(/(.)\1*/gu) ?? [];
  const size = groups[0]?.length ?? 0;

  return groups.length > 1 && size > 1 && groups.every((group) => group.length === size);
}

/** Lower case, accents dropped: "Opérateur" → "operateur". */
export function plain(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

// Digits typed for the letters they look like. "1" stands for both "i" and
// "l", so a text is read once each way.
const LOOK_ALIKE_I: Record<string, string> = {
  '0': 'o',
  '1': 'i',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
};
const LOOK_ALIKE_L = { ...LOOK_ALIKE_I, '1': 'l' };

/** The ways a password can be read as words: as written, and with look-alike digits as letters. */
export function readings(text: string): string[] {
  const base = plain(text);
  const swap = (table: Record<string, string>) =>
    [...base].map((char) => table[char] ?? char).join('');

  return [...new Set([base, swap(LOOK_ALIKE_I), swap(LOOK_ALIKE_L)])];
}

/** Whether one of the words (at least 4 letters, plain) appears in a reading of the text. */
export function containsWord(text: string, words: readonly string[]): boolean {
  const wanted = words.map(plain).filter((word) => word.length >= 4);
  const texts = readings(text);

  return wanted.some((word) => texts.some((reading) => reading.includes(word)));
}

/** "Dupont & Fils SARL" → ["dupont", "fils", "sarl"]: the parts of a name worth looking for. */
export function nameParts(names: readonly string[]): string[] {
  return names
    .flatMap((name) => plain(name).split(/[^a-z0-9]+/))
    .filter((part) => part.length >= 4);
}
