/**
 * What an installer reads off a system ("R910/021.001", "R10.0",
 * "OXO Connect R5.1") turned into something the catalogue can be evaluated
 * against. No React and no locale here: errors and warnings are codes that
 * the caller words in the user's language.
 */

/** The release lines the note's tables cover, oldest first. */
export const NOTE_LINES = [
  'R3.1',
  'R4.1',
  'R5.1',
  'R6.1',
  'R7.0',
  'R7.1',
  'R8.0',
  'R8.1',
  'R8.2',
  'R9.0',
  'R9.1',
  'R9.2',
  'R10.0',
] as const;

export type NoteLine = (typeof NOTE_LINES)[number];

export type Product = 'oxo' | 'oxo-connect';

/** A version within a line, "021.001" read as [21, 1]. */
export type Version = readonly [number, number];

export interface Line {
  major: number;
  minor: number;
}

export type ReleaseWarning =
  | { code: 'newer-than-note'; line: string }
  | { code: 'older-than-note'; line: string }
  | { code: 'oxo-connect'; line: string };

export interface Release {
  product: Product;
  /** The line as the installer gave it, normalised: "R9.1", "R11.0". */
  line: string;
  version: Version | null;
  /**
   * The line of the note whose tables apply: the line itself, R10.0 for
   * anything newer (the note stops there), null for a line older than R3.1.
   */
  noteLine: NoteLine | null;
  era: 'before-note' | 'in-note' | 'after-note';
  warnings: ReleaseWarning[];
}

export type ReleaseError =
  | { code: 'format'; input: string }
  | { code: 'unknown-line'; input: string; line: string }
  | { code: 'oxo-connect-line'; input: string; line: string };

export type ParsedRelease =
  { ok: true; release: Release } | { ok: false; error: ReleaseError };

/** The forms the parser accepts, shown whenever an input is refused. */
export const ACCEPTED_FORMS = [
  'R910/021.001',
  '910/021.001',
  'R9.1',
  'R910',
  'R10.0/010.001',
  'OXO Connect R5.1',
];

const PRODUCT_PREFIX =
  /^(?:(?<connect>oxo[\s_-]*connect)|omnipcx[\s_-]*office(?:[\s_-]*rce)?|oxo)\s*[:\s]\s*/i;
const RELEASE_BODY =
  /^r?\s*(?:(?<dotMajor>\d{1,2})\.(?<dotMinor>\d)|(?<packed>\d{3}))(?:\s*\/\s*(?<a>\d{1,3})\.(?<b>\d{1,3}))?$/i;

export function lineName(line: Line): string {
  return `R${line.major}.${line.minor}`;
}

export function parseLineName(name: string): Line {
  const match = /^R(\d+)\.(\d)$/.exec(name);
  if (!match) throw new Error(`not a line name: ${name}`);

  return { major: Number(match[1]), minor: Number(match[2]) };
}

export function compareLines(a: Line, b: Line): number {
  return a.major - b.major || a.minor - b.minor;
}

export function compareVersions(a: Version, b: Version): number {
  return a[0] - b[0] || a[1] - b[1];
}

/** "021.001" → [21, 1]. */
export function parseVersion(text: string): Version {
  const match = /^(\d{1,3})\.(\d{1,3})$/.exec(text);
  if (!match) throw new Error(`not a version: ${text}`);

  return [Number(match[1]), Number(match[2])];
}

const pad3 = (n: number) => String(n).padStart(3, '0');

/** The three digits the note writes for a line: R9.1 → "910". */
export function linePrefix(line: Line): string {
  return line.major < 10 ? `${line.major}${line.minor}0` : `${line.major}.${line.minor}`;
}

/** A version as the note writes it: "610/052.001". */
export function formatVersion(line: Line, version: Version): string {
  return `${linePrefix(line)}/${pad3(version[0])}.${pad3(version[1])}`;
}

/** The release as an installer would write it back: "R910/021.001", "R10.0". */
export function formatRelease(release: Release): string {
  const line = parseLineName(release.line);
  const product = release.product === 'oxo-connect' ? 'OXO Connect ' : '';
  if (!release.version) return `${product}${release.line}`;

  return `${product}R${formatVersion(line, release.version)}`;
}

const FIRST_NOTE_LINE = parseLineName(NOTE_LINES[0]);
const LAST_NOTE_LINE = parseLineName(NOTE_LINES[NOTE_LINES.length - 1]!);

export function parseRelease(raw: string, product?: Product): ParsedRelease {
  const input = raw.trim();
  let rest = input;
  let chosen = product;
  const prefix = PRODUCT_PREFIX.exec(rest);
  if (prefix) {
    chosen = prefix.groups?.connect ? 'oxo-connect' : 'oxo';
    rest = rest.slice(prefix[0].length);
  }

  const body = RELEASE_BODY.exec(rest);
  if (!body?.groups) return { ok: false, error: { code: 'format', input } };
  const { dotMajor, dotMinor, packed, a, b } = body.groups;

  let line: Line;
  if (packed) {
    // "910" is R9.1: the third digit is always 0 in the note's notation.
    if (!packed.endsWith('0')) return { ok: false, error: { code: 'format', input } };
    line = { major: Number(packed[0]), minor: Number(packed[1]) };
  } else {
    line = { major: Number(dotMajor), minor: Number(dotMinor) };
  }
  const version: Version | null = a && b ? [Number(a), Number(b)] : null;
  const name = lineName(line);

  if (chosen === 'oxo-connect') {
    if (line.major < 2) {
      return { ok: false, error: { code: 'oxo-connect-line', input, line: name } };
    }

    return {
      ok: true,
      release: {
        product: 'oxo-connect',
        line: name,
        version,
        noteLine: 'R10.0',
        era: 'after-note',
        warnings: [{ code: 'oxo-connect', line: name }],
      },
    };
  }

  const base = { product: 'oxo' as const, line: name, version };
  if (compareLines(line, FIRST_NOTE_LINE) < 0) {
    return {
      ok: true,
      release: {
        ...base,
        noteLine: null,
        era: 'before-note',
        warnings: [{ code: 'older-than-note', line: name }],
      },
    };
  }
  if (compareLines(line, LAST_NOTE_LINE) > 0) {
    return {
      ok: true,
      release: {
        ...base,
        noteLine: 'R10.0',
        era: 'after-note',
        warnings: [{ code: 'newer-than-note', line: name }],
      },
    };
  }
  const known = NOTE_LINES.find((candidate) => candidate === name);
  if (!known) return { ok: false, error: { code: 'unknown-line', input, line: name } };

  return {
    ok: true,
    release: { ...base, noteLine: known, era: 'in-note', warnings: [] },
  };
}
