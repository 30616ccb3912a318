/**
 * The walk over an answers file: each check records a problem (the field's
 * path, what was expected there, what was found) and goes on, so that one
 * run lists everything to fix.
 */
import { STATUSES } from './answers.js';
import { isIsoDate } from './dates.js';
import type { ReleaseError } from './release.js';

export type Expected =
  | 'json'
  | 'object'
  | 'array'
  | 'text'
  | 'boolean'
  | 'one-of'
  | 'date'
  | 'date-time'
  | 'hex-byte'
  | 'hex-port'
  | 'port'
  | 'users'
  | 'digest'
  | 'known-field'
  | 'known-item'
  | 'no-value'
  | 'no-password-value'
  | 'reason'
  | 'acceptance'
  | 'no-acceptance'
  | 'release';

export interface AnswersProblem {
  /** Where, as `answers.VMUMaxTry.status`; empty for the file as a whole. */
  path: string;
  expected: Expected;
  /** The choices for `one-of` and `known-field`. */
  options?: readonly string[];
  /** What the file holds there, shortened; absent when the field is missing. */
  found?: string;
  /** For `release`: why the parser refused it. */
  release?: ReleaseError;
}

export type Json = Record<string, unknown>;

const DATE_TIME =
  /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})?)?$/;
export const PASSWORD_KINDS = ['user', 'management', 'operator'] as const;

function shown(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);

  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

export function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** One walk over the file, collecting problems instead of stopping at the first. */
export class Checker {
  readonly problems: AnswersProblem[] = [];

  fail(
    path: string,
    expected: Expected,
    value?: unknown,
    extra: Partial<AnswersProblem> = {},
  ) {
    const problem: AnswersProblem = { path, expected, ...extra };
    if (value !== undefined) problem.found = shown(value);
    this.problems.push(problem);
  }

  object(
    value: unknown,
    path: string,
    fields: readonly string[],
    required: readonly string[],
  ) {
    if (!isObject(value)) {
      // A missing object was already reported by the one holding it.
      if (value !== undefined) this.fail(path, 'object', value);
      return null;
    }
    for (const key of Object.keys(value)) {
      if (!fields.includes(key)) {
        this.fail(join(path, key), 'known-field', undefined, { options: fields });
      }
    }
    for (const key of required) {
      if (value[key] === undefined) this.missing(join(path, key));
    }

    return value;
  }

  missing(path: string) {
    const status = /\.status$/.test(path);
    const kind = /\.passwordCheck\.kind$/.test(path);
    if (status || kind) {
      this.fail(path, 'one-of', undefined, {
        options: status ? STATUSES : PASSWORD_KINDS,
      });
    } else {
      this.fail(path, expectedAt(path));
    }
  }

  text(value: unknown, path: string, { empty = false } = {}): string {
    if (typeof value === 'string' && (empty || value.trim() !== '')) return value;
    if (value !== undefined) this.fail(path, 'text', value);

    return '';
  }

  test(value: unknown, path: string, expected: Expected, ok: (text: string) => boolean) {
    if (typeof value === 'string' && ok(value)) return value;
    if (value !== undefined) this.fail(path, expected, value);

    return '';
  }

  date(value: unknown, path: string): string {
    return this.test(value, path, 'date', isIsoDate);
  }

  dateTime(value: unknown, path: string): string {
    return this.test(
      value,
      path,
      'date-time',
      (text) =>
        DATE_TIME.test(text) && isIsoDate(text.slice(0, 10)) && !isNaN(Date.parse(text)),
    );
  }

  oneOf<T extends string>(
    value: unknown,
    path: string,
    options: readonly T[],
  ): T | undefined {
    if (typeof value === 'string' && (options as readonly string[]).includes(value)) {
      return value as T;
    }
    if (value !== undefined) this.fail(path, 'one-of', value, { options });

    return undefined;
  }

  boolean(value: unknown, path: string): boolean {
    if (typeof value === 'boolean') return value;
    if (value !== undefined) this.fail(path, 'boolean', value);

    return false;
  }

  port(value: unknown, path: string): number {
    if (Number.isInteger(value) && (value as number) >= 1 && (value as number) <= 65535) {
      return value as number;
    }
    if (value !== undefined) this.fail(path, 'port', value);

    return 0;
  }
}

export function join(path: string, key: string): string {
  return path ? `${path}.${key}` : key;
}

/** What a required field holds, from where it is: for the message when it is missing. */
function expectedAt(path: string): Expected {
  const key = path.slice(path.lastIndexOf('.') + 1);
  const objects = [
    'site',
    'people',
    'people.installer',
    'answers',
    'signOff.customer',
    'signOff.installer',
  ];
  if (objects.includes(path)) return 'object';
  if (key === 'date' || key === 'until') return 'date';
  if (key === 'confirmedAt' || key === 'checkedAt') return 'date-time';
  if (key === 'remoteAccess' || key === 'compliant') return 'boolean';
  if (key === 'publicPort' || key === 'oxoPort') return 'port';

  return 'text';
}
