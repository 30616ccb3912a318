/**
 * Word wrapping done here rather than by ink, so that a screen knows how
 * many lines a text takes before drawing it and can fit an 80×24 terminal:
 * long texts are cut to a number of lines and end with an ellipsis, the
 * full text being one `?` away.
 */

/** French puts a space before : ; ! ? » % and after «; a line never breaks there. */
const KEEP_WITH_NEXT = /«$/;
const KEEP_WITH_PREVIOUS = /^[:;!?»%]/;

function words(text: string): string[] {
  const raw = text.split(/ +/).filter((word) => word !== '');
  const joined: string[] = [];
  for (const word of raw) {
    const last = joined[joined.length - 1];
    if (
      last !== undefined &&
      (KEEP_WITH_NEXT.test(last) || KEEP_WITH_PREVIOUS.test(word))
    ) {
      joined[joined.length - 1] = `${last}\u00a0${word}`;
    } else {
      joined.push(word);
    }
  }

  return joined;
}

const SURROGATE = /[\ud800-\udfff]/;

/** Characters, not UTF-16 units: an emoji in a site name counts once. */
const length = (text: string) => (SURROGATE.test(text) ? [...text].length : text.length);

function slice(text: string, start: number, end?: number): string {
  return [...text].slice(start, end).join('');
}

/** Lines of at most `width` characters; words longer than a line are cut. */
export function wrap(text: string, width: number): string[] {
  const key = `${width}\u0000${text}`;
  let lines = wrapped.get(key);
  if (!lines) {
    if (wrapped.size >= WRAPPED_LIMIT) wrapped.clear();
    lines = wrapLines(text, Math.max(width, 1));
    wrapped.set(key, lines);
  }

  return [...lines];
}

// Screens wrap the same texts on every frame; a key should not redo it.
const WRAPPED_LIMIT = 2_000;
const wrapped = new Map<string, readonly string[]>();

function wrapLines(text: string, size: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    let used = 0;
    for (let word of words(paragraph)) {
      let wordLength = length(word);
      while (wordLength > size) {
        if (line !== '') lines.push(line);
        lines.push(slice(word, 0, size));
        word = slice(word, size);
        wordLength -= size;
        line = '';
        used = 0;
      }
      if (line === '') {
        line = word;
        used = wordLength;
      } else if (used + 1 + wordLength <= size) {
        line = `${line} ${word}`;
        used += 1 + wordLength;
      } else {
        lines.push(line);
        line = word;
        used = wordLength;
      }
    }
    lines.push(line);
  }

  return lines.map((l) => l.replace(/\u00a0/g, ' '));
}

/** At most `max` lines; the last one shown ends with `ellipsis` when some are left out. */
export function clamp(
  lines: string[],
  max: number,
  width: number,
  ellipsis: string,
): string[] {
  if (lines.length <= max) return lines;
  if (max <= 0) return [];
  const kept = lines.slice(0, max);
  const last = kept[max - 1]!;
  const room = Math.max(width - length(ellipsis), 0);
  kept[max - 1] = `${length(last) > room ? slice(last, 0, room) : last}${ellipsis}`;

  return kept;
}

/** One line, cut with an ellipsis when longer than `width`. */
export function truncate(text: string, width: number, ellipsis: string): string {
  if (length(text) <= width) return text;

  return `${slice(text, 0, Math.max(width - length(ellipsis), 0))}${ellipsis}`;
}

export { length as textLength };
