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

const length = (text: string) => [...text].length;

function slice(text: string, start: number, end?: number): string {
  return [...text].slice(start, end).join('');
}

/** Lines of at most `width` characters; words longer than a line are cut. */
export function wrap(text: string, width: number): string[] {
  const size = Math.max(width, 1);
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (let word of words(paragraph)) {
      while (length(word) > size) {
        if (line !== '') lines.push(line);
        lines.push(slice(word, 0, size));
        word = slice(word, size);
        line = '';
      }
      if (line === '') line = word;
      else if (length(line) + 1 + length(word) <= size) line = `${line} ${word}`;
      else {
        lines.push(line);
        line = word;
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
