/**
 * The bundle gives ink this class in place of its own `Output`, which turns
 * the positioned text of a frame into the string written to the terminal.
 * ink's version builds a styled cell for every column of every row on every
 * frame, and that is most of the time between a key and its frame. A key
 * changes one or two rows of a screen, so here each row is worked out once
 * per content: a row is known by the text placed in it and where, and its
 * string is kept. Rows not seen before are drawn by ink's own class, so the
 * result is the same as ink's, character for character.
 */
import InkOutput from '../../node_modules/ink/build/output.js';
import sliceAnsi from '../../node_modules/slice-ansi/index.js';
import stringWidth, { oneColumnEach } from '../terminal-width.js';

type Transformer = (line: string, index: number) => string;

interface Clip {
  x1: number | undefined;
  x2: number | undefined;
  y1: number | undefined;
  y2: number | undefined;
}

type Operation =
  | { kind: 'write'; x: number; y: number; text: string; transformers: Transformer[] }
  | { kind: 'clip'; clip: Clip }
  | { kind: 'unclip' };

/** A line of text as it lands in a row: already clipped and styled. */
interface Placement {
  x: number;
  line: string;
}

/**
 * A cache that forgets everything once full: screens repeat the same few
 * hundred rows, and a wizard left open all day must not grow without end.
 */
class Memo<V> {
  private readonly entries = new Map<string, V>();

  constructor(private readonly limit: number) {}

  get(key: string, make: () => V): V {
    let value = this.entries.get(key);
    if (value === undefined) {
      if (this.entries.size >= this.limit) this.entries.clear();
      value = make();
      this.entries.set(key, value);
    }

    return value;
  }
}

const rowStrings = new Memo<string>(4_000);
const lineWidths = new Memo<number>(4_000);
const clippedLines = new Memo<string>(4_000);

const widthOf = (line: string) => lineWidths.get(line, () => stringWidth(line));

/** Rows are told apart by what is placed in them: x, length and text of each line. */
function rowKey(width: number, placements: Placement[]): string {
  let key = `${width}`;
  for (const { x, line } of placements) key += `|${x},${line.length},${line}`;

  return key;
}

function drawRow(width: number, placements: Placement[]): string {
  const row = new InkOutput({ width, height: 1 });
  for (const { x, line } of placements) row.write(x, 0, line, { transformers: [] });

  return row.get().output;
}

export default class FrameOutput {
  readonly width: number;
  readonly height: number;
  private readonly operations: Operation[] = [];

  constructor({ width, height }: { width: number; height: number }) {
    this.width = width;
    this.height = height;
  }

  write(x: number, y: number, text: string, options: { transformers: Transformer[] }) {
    if (!text) return;
    this.operations.push({
      kind: 'write',
      x,
      y,
      text,
      transformers: options.transformers,
    });
  }

  clip(clip: Clip) {
    this.operations.push({ kind: 'clip', clip });
  }

  unclip() {
    this.operations.push({ kind: 'unclip' });
  }

  get(): { output: string; height: number } {
    const rows: Placement[][] = Array.from({ length: this.height }, () => []);
    const clips: Clip[] = [];
    for (const operation of this.operations) {
      if (operation.kind === 'clip') clips.push(operation.clip);
      else if (operation.kind === 'unclip') clips.pop();
      else place(operation, clips.at(-1), rows);
    }
    // A styling function that adds a line break would spill into the next
    // row in a one-row drawing; such frames are left whole to ink.
    if (rows.some((placements) => placements.some(({ line }) => line.includes('\n')))) {
      return this.drawWithInk();
    }
    const output = rows
      .map((placements) =>
        rowStrings.get(rowKey(this.width, placements), () =>
          drawRow(this.width, placements),
        ),
      )
      .join('\n');

    return { output, height: rows.length };
  }

  private drawWithInk(): { output: string; height: number } {
    const frame = new InkOutput({ width: this.width, height: this.height });
    for (const operation of this.operations) {
      if (operation.kind === 'clip') frame.clip(operation.clip);
      else if (operation.kind === 'unclip') frame.unclip();
      else frame.write(operation.x, operation.y, operation.text, operation);
    }

    return frame.get();
  }
}

/** Where one write's lines land, after the innermost clip, as ink places them. */
function place(
  write: Extract<Operation, { kind: 'write' }>,
  clip: Clip | undefined,
  rows: Placement[][],
): void {
  let { x, y } = write;
  let lines = write.text.split('\n');
  if (clip) {
    const { x1, x2, y1, y2 } = clip;
    const across = typeof x1 === 'number' && typeof x2 === 'number';
    const down = typeof y1 === 'number' && typeof y2 === 'number';
    const widest = () => lines.reduce((most, line) => Math.max(most, widthOf(line)), 0);
    if (across && (x + widest() < x1 || x > x2)) return;
    if (down && (y + lines.length < y1 || y > y2)) return;
    if (across) {
      const from = x < x1 ? x1 - x : 0;
      lines = lines.map((line) => {
        const width = widthOf(line);
        const to = x + width > x2 ? x2 - x : width;
        // Plain one-column text wholly inside the clip is drawn as it is:
        // cutting it would give the same text back, after a pass over every
        // character. (Tabs, invisible marks and flags are counted otherwise
        // by the cutter, so they are cut.)
        if (from === 0 && to === width && oneColumnEach(line)) return line;
        return clippedLines.get(`${from}\u0000${to}\u0000${line}`, () =>
          sliceAnsi(line, from, to),
        );
      });
      x = Math.max(x, x1);
    }
    if (down) {
      const from = y < y1 ? y1 - y : 0;
      const to = y + lines.length > y2 ? y2 - y : lines.length;
      lines = lines.slice(from, to);
      y = Math.max(y, y1);
    }
  }
  // ink stops at the first line that falls outside the frame: a text that
  // starts above the top is not drawn at all.
  let row = y;
  lines.forEach((line, index) => {
    const placements = rows[row];
    if (!placements) return;
    const styled = write.transformers.reduce(
      (text, transform) => transform(text, index),
      line,
    );
    placements.push({ x, line: styled });
    row++;
  });
}
