/**
 * The JSON Canonicalization Scheme (RFC 8785): one exact byte sequence for a
 * JSON value, so that a signature over those bytes can be checked by anyone
 * who rebuilds them, with this tool or without it.
 *
 * - object keys sorted by their UTF-16 code units, recursively;
 * - numbers written as ECMAScript writes them (`String(n)`), which is what
 *   the RFC prescribes, and non-finite numbers refused;
 * - strings escaped minimally: `"`, `\` and the C0 controls only, the five
 *   short forms where JSON has them, lower-case `\u00xx` otherwise;
 * - anything JSON cannot say (undefined, functions, dates, maps, lone
 *   surrogates, cycles) refused rather than silently dropped, because a
 *   dropped field would be a field nobody signed.
 */

export class CanonicalError extends Error {
  constructor(
    readonly path: string,
    readonly reason: string,
  ) {
    super(`cannot canonicalise ${path || 'the value'}: ${reason}`);
    this.name = 'CanonicalError';
  }
}

const SHORT_ESCAPES: Record<number, string> = {
  0x08: '\\b',
  0x09: '\\t',
  0x0a: '\\n',
  0x0c: '\\f',
  0x0d: '\\r',
  0x22: '\\"',
  0x5c: '\\\\',
};

function quote(text: string, path: string): string {
  let result = '"';
  for (let index = 0; index < text.length; index++) {
    const unit = text.charCodeAt(index);
    const short = SHORT_ESCAPES[unit];
    if (short) {
      result += short;
    } else if (unit < 0x20) {
      result += `\\u${unit.toString(16).padStart(4, '0')}`;
    } else if (unit >= 0xd800 && unit <= 0xdfff) {
      const next = text.charCodeAt(index + 1);
      const paired = unit <= 0xdbff && next >= 0xdc00 && next <= 0xdfff;
      if (!paired) throw new CanonicalError(path, 'a lone UTF-16 surrogate');
      result += text[index]! + text[index + 1]!;
      index++;
    } else {
      result += text[index];
    }
  }

  return `${result}"`;
}

/** Plain `{}` objects only: a class instance has no agreed JSON form. */
function isPlainObject(value: object): value is Record<string, unknown> {
  const prototype = Object.getPrototypeOf(value);

  return prototype === Object.prototype || prototype === null;
}

function write(value: unknown, path: string, open: Set<object>): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'boolean':
      return value ? 'true' : 'false';
    case 'number':
      if (!Number.isFinite(value)) {
        throw new CanonicalError(path, `the number ${value}, which JSON cannot hold`);
      }
      return String(value);
    case 'string':
      return quote(value, path);
    case 'object':
      break;
    default:
      throw new CanonicalError(path, `a value of type ${typeof value}`);
  }

  if (open.has(value)) throw new CanonicalError(path, 'a cycle');
  open.add(value);
  let text: string;
  if (Array.isArray(value)) {
    text = `[${value.map((entry, index) => write(entry, `${path}[${index}]`, open)).join(',')}]`;
  } else if (isPlainObject(value)) {
    // The default sort compares UTF-16 code units, exactly as the RFC asks.
    const keys = Object.keys(value).sort();
    const members = keys.map((key) => {
      const inner = path ? `${path}.${key}` : key;
      return `${quote(key, inner)}:${write(value[key], inner, open)}`;
    });
    text = `{${members.join(',')}}`;
  } else {
    throw new CanonicalError(
      path,
      `an object of kind ${value.constructor?.name ?? 'unknown'}`,
    );
  }
  open.delete(value);

  return text;
}

/** The canonical JSON text of `value`; throws `CanonicalError` on anything JSON cannot hold. */
export function canonicalize(value: unknown): string {
  return write(value, '', new Set());
}

/** The canonical form as the UTF-8 bytes that are hashed and signed. */
export function canonicalBytes(value: unknown): Buffer {
  return Buffer.from(canonicalize(value), 'utf8');
}
