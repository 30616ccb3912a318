/**
 * Breaking a paragraph of the PDF into lines, ahead of drawing it. pdfkit's
 * own line wrapper runs the Unicode line-breaking rules over every
 * character and is laid out twice per block (once to measure the block so
 * that it is not cut across pages, once to draw it); a report spent most of
 * its time there. The rules a checklist's sentences need are few: break at
 * spaces, after a hyphen, slash or dash between words and at a soft hyphen
 * (shown only there), and inside a word only when the word alone is wider
 * than the line (a digest, a long path). No-break spaces hold.
 *
 * A paragraph is a list of runs, each in one face and colour, so that a
 * bold lead ("✗ Not compliant — ") and the text after it wrap as one.
 */

export type Face = 'regular' | 'bold';

export interface Run {
  text: string;
  face: Face;
  color: string;
}

/** Part of a line in one face and colour, `x` points from the line's start. */
export interface Piece extends Run {
  x: number;
  width: number;
}

export interface Line {
  pieces: Piece[];
  /** Up to the end of its last word: spaces where the line was broken are not counted. */
  width: number;
}

/** The width in points of `text` set in `face`, at the paragraph's size. */
export type WidthOf = (text: string, face: Face) => number;

interface Bit extends Run {
  kind: 'word' | 'space';
  width: number;
  /** A word part that may not start a line: it continues the word before it. */
  glued: boolean;
  /** A word part before a soft hyphen, which shows when the line ends there. */
  hyphen?: boolean;
}

type Token = Bit | 'newline';

/** Where a line must end: line feed, carriage return, and their Unicode kin. */
const isBreak = (code: number) =>
  (code >= 10 && code <= 13) || code === 0x85 || code === 0x2028 || code === 0x2029;
/** Spaces a line may break at; the no-break ones (U+00A0, U+2007, U+202F) are not. */
const isSpace = (code: number) =>
  code === 32 ||
  code === 9 ||
  code === ZERO_WIDTH_SPACE ||
  (code >= 0x2000 && code <= 0x200a && code !== 0x2007) ||
  code === 0x205f ||
  code === 0x3000 ||
  code === 0x1680;
const isDigit = (code: number) => code >= 48 && code <= 57;
/** A hyphen, a slash, an en dash or an em dash. */
const isDash = (code: number) =>
  code === 45 || code === 47 || code === 0x2013 || code === 0x2014;
const ZERO_WIDTH_SPACE = 0x200b;
const SOFT_HYPHEN = 0xad;

/**
 * Whether a line may break after the dash at `index`: between a word's
 * letters ("Lecture/Écriture", "non-conforme", "naïve—conforme"), not in a
 * number ("2026-03-14", "10–20") nor in a run of them ("https://").
 */
function breaksAfter(text: string, index: number, end: number): boolean {
  if (!isDash(text.charCodeAt(index)) || index === 0 || index + 1 >= end) return false;
  const before = text.charCodeAt(index - 1);
  const after = text.charCodeAt(index + 1);

  return !isDash(before) && !isSpace(before) && !isDash(after) && !isDigit(after);
}

// A scan by character codes rather than regular expressions and string
// iterators: a report runs this once, before V8 has compiled it, and the
// interpreter is several times slower at those.
function tokens(runs: Run[], widthOf: WidthOf): Token[] {
  const out: Token[] = [];
  for (const { text, face, color } of runs) {
    const bit = (part: string, kind: Bit['kind'], glued: boolean): Bit => ({
      text: part,
      face,
      color,
      kind,
      glued,
      width: widthOf(part, face),
    });
    let index = 0;
    while (index < text.length) {
      const code = text.charCodeAt(index);
      if (isBreak(code)) {
        // A line written on Windows ends with both.
        const pair = code === 13 && text.charCodeAt(index + 1) === 10;
        out.push('newline');
        index += pair ? 2 : 1;
        continue;
      }
      let end = index + 1;
      if (isSpace(code)) {
        while (end < text.length && isSpace(text.charCodeAt(end))) end++;
        // A zero-width space only marks where a line may break; a tab and
        // the ideographic space, which DejaVu has no glyph for, are spaces.
        const spaces = text
          .slice(index, end)
          .replaceAll('\u200b', '')
          .replace(/[\t\u3000]/g, ' ');
        out.push(bit(spaces, 'space', false));
        index = end;
        continue;
      }
      while (end < text.length) {
        const next = text.charCodeAt(end);
        if (isBreak(next) || isSpace(next)) break;
        end++;
      }
      // A word that runs on from the previous run, as a lead's last word
      // does when it has no space after it, is one word with it.
      const last = out[out.length - 1];
      let glued = last !== undefined && last !== 'newline' && last.kind === 'word';
      let start = index;
      for (let at = index; at < end; at++) {
        const shy = text.charCodeAt(at) === SOFT_HYPHEN;
        if (!shy && !breaksAfter(text, at, end)) continue;
        const part = bit(text.slice(start, shy ? at : at + 1), 'word', glued);
        if (shy) part.hyphen = true;
        if (part.text !== '') out.push(part);
        glued = false;
        start = at + 1;
      }
      if (start < end) out.push(bit(text.slice(start, end), 'word', glued));
      index = end;
    }
  }

  return out;
}

/**
 * The word's characters in as few lines as `width` allows, at least one
 * character each; the first line has `used` points taken already.
 */
function splitWord(bits: Bit[], width: number, widthOf: WidthOf, used: number): Bit[][] {
  const lines: Bit[][] = [];
  let line: Bit[] = [];
  for (const bit of bits) {
    for (const char of bit.text) {
      const charWidth = widthOf(char, bit.face);
      if (used > 0 && used + charWidth > width) {
        lines.push(line);
        line = [];
        used = 0;
      }
      const previous = line[line.length - 1];
      if (
        previous &&
        previous.kind === bit.kind &&
        previous.face === bit.face &&
        previous.color === bit.color
      ) {
        previous.text += char;
        previous.width += charWidth;
      } else {
        // Cut by character, a word shows no soft hyphen.
        line.push({ ...bit, text: char, width: charWidth, hyphen: false });
      }
      used += charWidth;
    }
  }
  if (line.length > 0) lines.push(line);

  return lines;
}

function lineOf(bits: Bit[]): Line {
  const pieces: Piece[] = [];
  let x = 0;
  let width = 0;
  for (const bit of bits) {
    const previous = pieces[pieces.length - 1];
    if (previous && previous.face === bit.face && previous.color === bit.color) {
      previous.text += bit.text;
      previous.width += bit.width;
    } else {
      pieces.push({
        text: bit.text,
        face: bit.face,
        color: bit.color,
        x,
        width: bit.width,
      });
    }
    x += bit.width;
    if (bit.kind === 'word') width = x;
  }

  return { pieces, width };
}

/**
 * The lines of the paragraph within `width` points. Each line of the text
 * (between newlines) gives a line, an empty one too; an empty paragraph
 * gives none, and a newline at its end adds none. Spaces a paragraph
 * starts with are kept while the first word fits after them; those where
 * a line is broken or a paragraph ends are not drawn.
 */
export function breakLines(runs: Run[], width: number, widthOf: WidthOf): Line[] {
  if (runs.every((run) => run.text === '')) return [];
  const all = tokens(runs, widthOf);
  const lines: Line[] = [];
  // The line being filled: its bits, their width, whether a word is among
  // them; and the spaces met since its last word, not yet placed.
  let line: Bit[] = [];
  let used = 0;
  let hasWord = false;
  let spaces: Bit[] = [];
  /** `atHyphen`: the line ends right after its last part, with no space between. */
  const endLine = (atHyphen: boolean) => {
    const last = line[line.length - 1];
    if (atHyphen && last?.hyphen) {
      last.text += '-';
      last.width += widthOf('-', last.face);
    }
    lines.push(lineOf(line));
    line = [];
    used = 0;
    hasWord = false;
    spaces = [];
  };
  const place = (bits: Bit[]) => {
    for (const bit of bits) {
      line.push(bit);
      used += bit.width;
      if (bit.kind === 'word') hasWord = true;
    }
  };
  const sum = (bits: Bit[]) => bits.reduce((total, bit) => total + bit.width, 0);
  const isWord = (token: Token | undefined): token is Bit =>
    token !== undefined && token !== 'newline' && token.kind === 'word';

  for (let index = 0; index < all.length; index++) {
    const token = all[index]!;
    if (token === 'newline') {
      endLine(false);
      continue;
    }
    if (token.kind === 'space') {
      spaces.push(token);
      continue;
    }
    let word = [token];
    // Where the word stood before any space was held into it.
    let plain: { length: number; index: number } | null = null;
    for (;;) {
      const next = all[index + 1];
      if (isWord(next) && next.glued) {
        word.push(next);
        index++;
        continue;
      }
      // French sets a space inside « » and before : ; ! ? where the
      // typed text has an ordinary one: the line does not break there.
      const after = all[index + 2];
      const held =
        next !== undefined &&
        next !== 'newline' &&
        next.kind === 'space' &&
        isWord(after) &&
        (word[word.length - 1]!.text.endsWith('«') || /^[»:;!?]/.test(after.text));
      if (!held) break;
      plain ??= { length: word.length, index };
      word.push(next, after);
      index += 2;
    }
    // Held together, they would not fit on any line: they are let go.
    if (plain && sum(word) > width) {
      word = word.slice(0, plain.length);
      index = plain.index;
    }
    const last = word[word.length - 1]!;
    const hyphen = last.hyphen ? widthOf('-', last.face) : 0;
    const wordWidth = sum(word);
    const spaced = spaces.length > 0;
    // A word wider than any line is cut where this one is full, after a
    // label say, rather than from the start of the next.
    const tooWide = wordWidth + hyphen > width;
    if (used + sum(spaces) + wordWidth + hyphen <= width || (tooWide && hasWord)) {
      place(spaces);
    } else if (hasWord) {
      endLine(!spaced);
    } else {
      // Only spaces before the paragraph's first word: they go.
      line = [];
      used = 0;
    }
    spaces = [];
    if (tooWide) {
      const parts = splitWord(word, width, widthOf, used);
      // Not one character fits after the line's words: the spaces go, and
      // the line ends where the word starts.
      if (parts[0]!.length === 0) {
        while (line[line.length - 1]?.kind === 'space') used -= line.pop()!.width;
        parts.shift();
        endLine(!spaced);
      }
      for (const part of parts.slice(0, -1)) {
        place(part);
        endLine(false);
      }
      word = parts[parts.length - 1]!;
    }
    place(word);
  }
  if (line.length > 0 || lines.length === 0) endLine(false);

  return lines;
}
