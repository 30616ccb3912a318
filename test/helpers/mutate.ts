/**
 * Files changed the ways files get changed: a JSON value edited by hand or
 * by another program (a field gone, null, a number for a text, an odd text
 * of the right type), and bytes damaged (cut, flipped, spliced, padded).
 */
import type { Random } from './random.js';

type Path = (string | number)[];

/** Every path into a JSON value, inner nodes included, the root left out. */
export function pathsOf(value: unknown, path: Path = []): Path[] {
  if (typeof value !== 'object' || value === null) return path.length ? [path] : [];
  const entries = Array.isArray(value)
    ? value.map((entry, index) => [index, entry] as const)
    : Object.entries(value);
  const inner = entries.flatMap(([key, entry]) => pathsOf(entry, [...path, key]));

  return path.length ? [path, ...inner] : inner;
}

/** Values of another type, or none that fits anywhere. */
const STRANGERS: unknown[] = [
  null,
  0,
  -1,
  1e21,
  '',
  'bogus',
  true,
  [],
  {},
  [null],
  { status: 'compliant' },
  'x'.repeat(5000),
];

/** Odd values of the right type: what a check of types alone lets through. */
const ALIKE: Record<string, unknown[]> = {
  string: [
    '',
    ' ',
    'x'.repeat(5000),
    '\u0000\u001b[2J\u0007',
    'é’«»'.repeat(40),
    '2026-13-45',
    'line one\nline two',
  ],
  number: [0, -1, 1.5, 65536, 1e21],
  boolean: [true, false],
};

/** A deep copy of `root` with `count` random edits. */
export function mutateJson<T>(random: Random, root: T, count: number): T {
  const copy = structuredClone(root);
  for (let n = 0; n < count; n++) {
    const paths = pathsOf(copy);
    if (paths.length === 0) break;
    const path = random.pick(paths);
    let parent: any = copy;
    for (const key of path.slice(0, -1)) parent = parent[key];
    const last = path[path.length - 1]!;
    const alike = ALIKE[typeof parent[last]];
    if (alike && random.chance(0.5)) parent[last] = random.pick(alike);
    else if (random.chance(0.2) && !Array.isArray(parent)) {
      parent[`${String(last)}${random.pick(['', 'x', '\u001b[31m', '\n'])}`] =
        parent[last];
      delete parent[last];
    } else if (random.chance(0.3) && !Array.isArray(parent)) delete parent[last];
    else parent[last] = structuredClone(random.pick(STRANGERS));
  }

  return copy;
}

/** `bytes` damaged once or a few times. */
export function mutateBytes(random: Random, bytes: Buffer): Buffer {
  let out = Buffer.from(bytes);
  for (let n = random.int(1, 3); n > 0; n--) {
    const at = random.int(0, out.length);
    switch (random.int(0, 5)) {
      case 0:
        out = out.subarray(0, at);
        break;
      case 1:
        if (at < out.length) out[at] = random.int(0, 255);
        break;
      case 2:
        out = Buffer.concat([
          out.subarray(0, at),
          random.bytes(random.int(1, 64)),
          out.subarray(at),
        ]);
        break;
      case 3:
        out = Buffer.concat([out.subarray(0, at), out.subarray(at + random.int(1, 200))]);
        break;
      case 4: {
        const from = random.int(0, out.length);
        const piece = out.subarray(from, from + random.int(1, 500));
        out = Buffer.concat([out.subarray(0, at), piece, out.subarray(at)]);
        break;
      }
      default:
        out = Buffer.concat([
          out,
          Buffer.from(random.pick(['\n', '\r\n', ' ', '\u0000', '}'])),
        ]);
    }
  }

  return out;
}
