/**
 * Checking a report file, whatever format carries it. A report is intact
 * when every one of these holds, and each one that does not is reported:
 * - `signed` is base64 of a record, and `digest` is the SHA-256 of it;
 * - `publicKey` is an Ed25519 key whose SHA-256 is `fingerprint`;
 * - `signature` is that key's signature of the signed bytes;
 * - the readable `record` is exactly the signed one, keys in the signed order;
 * - for a page or a Markdown file, its visible text is what that record
 *   renders to, so that what the customer reads is what was signed.
 * No React and no words here: the command turns the codes into sentences.
 */
import { canonicalize, CanonicalError } from './canonical.js';
import { fingerprintOf } from './keys.js';
import { RECORD_FORMAT, toolVersion, type ReportRecord } from './record.js';
import { findEnvelope, type Carrier } from './report/carrier.js';
import {
  digestOf,
  ed25519PublicKey,
  signatureMatches,
  SIGNED_REPORT_FORMAT,
  strictBase64,
  type SignedReport,
} from './signature.js';

export type VerifyProblem =
  | { code: 'unparsable'; detail: string }
  | { code: 'malformed'; field: string }
  | { code: 'signed-encoding' }
  | { code: 'not-a-record' }
  | { code: 'digest' }
  | { code: 'public-key' }
  | { code: 'fingerprint' }
  | { code: 'signature' }
  | { code: 'record-changed'; paths: string[] }
  | { code: 'record-layout' }
  | { code: 'visible-text' }
  | { code: 'signer'; expected: string };

export type VerifyOutcome =
  | { kind: 'not-a-report' }
  | {
      kind: 'checked';
      carrier: Carrier;
      problems: VerifyProblem[];
      /** The signed record when it could be decoded: what the summary shows. */
      record: ReportRecord | null;
      fingerprint: string | null;
      digest: string | null;
      /** Set when the visible text could not be compared: the version that made it. */
      notComparedVersion: string | null;
    };

const ENVELOPE_FIELDS = [
  'signed',
  'signature',
  'publicKey',
  'fingerprint',
  'digest',
] as const;
const MAX_PATHS = 5;

/** Where two JSON values differ, as `site.customer` or `items[3].status`. */
export function differences(
  a: unknown,
  b: unknown,
  path = '',
  out: string[] = [],
): string[] {
  if (out.length >= MAX_PATHS) return out;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) {
    if (a !== b) out.push(path || '(record)');
    return out;
  }
  if (Array.isArray(a) !== Array.isArray(b)) {
    out.push(path || '(record)');
    return out;
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    const length = Math.max(a.length, b.length);
    for (let index = 0; index < length; index++)
      differences(a[index], b[index], `${path}[${index}]`, out);
    return out;
  }
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(left), ...Object.keys(right)])].sort();
  for (const key of keys)
    differences(left[key], right[key], path ? `${path}.${key}` : key, out);

  return out;
}

function parseEnvelope(
  text: string,
): { envelope: Record<string, unknown> } | { problem: VerifyProblem } | null {
  try {
    const value = JSON.parse(text) as unknown;
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
    const envelope = value as Record<string, unknown>;

    return envelope.format === SIGNED_REPORT_FORMAT ? { envelope } : null;
  } catch (error) {
    // Broken JSON that still names our format is a damaged report, not a stranger.
    if (!text.includes(`"format": "${SIGNED_REPORT_FORMAT}"`)) return null;

    return { problem: { code: 'unparsable', detail: (error as Error).message } };
  }
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const texts = (value: unknown, ...keys: string[]) =>
  isObject(value) && keys.every((key) => typeof value[key] === 'string');

/**
 * Whether signed bytes hold a record as far as `verify` reads one before
 * rendering it: anyone can sign any JSON with a key of their own, and a
 * summary must not fail on a record without a site.
 */
function isRecord(value: unknown): value is ReportRecord {
  if (!isObject(value) || value.format !== RECORD_FORMAT) return false;
  const { people, signOff } = value;

  return (
    texts(value.tool, 'version') &&
    texts(value.site, 'customer', 'name') &&
    isObject(people) &&
    texts(people.installer, 'name', 'company') &&
    typeof value.visitDate === 'string' &&
    Array.isArray(value.items) &&
    (signOff === null || (isObject(signOff) && texts(signOff.customer, 'name', 'role')))
  );
}

/** The cryptographic checks and the record's, on a parsed envelope. */
export function checkEnvelope(envelope: Record<string, unknown>): {
  problems: VerifyProblem[];
  record: ReportRecord | null;
} {
  const problems: VerifyProblem[] = [];
  for (const field of ENVELOPE_FIELDS) {
    if (typeof envelope[field] !== 'string') problems.push({ code: 'malformed', field });
  }
  if (typeof envelope.record !== 'object' || envelope.record === null) {
    problems.push({ code: 'malformed', field: 'record' });
  }
  if (problems.length > 0) return { problems, record: null };
  const fields = envelope as Record<(typeof ENVELOPE_FIELDS)[number], string>;

  const bytes = strictBase64(fields.signed);
  if (!bytes) return { problems: [{ code: 'signed-encoding' }], record: null };
  let record: ReportRecord | null = null;
  try {
    const decoded = JSON.parse(bytes.toString('utf8')) as unknown;
    if (isRecord(decoded)) record = decoded;
  } catch {
    record = null;
  }
  if (!record) problems.push({ code: 'not-a-record' });
  if (digestOf(bytes) !== fields.digest) problems.push({ code: 'digest' });

  const der = strictBase64(fields.publicKey);
  const key = der && ed25519PublicKey(der);
  if (!der || !key) {
    problems.push({ code: 'public-key' });
  } else {
    if (fingerprintOf(der) !== fields.fingerprint) problems.push({ code: 'fingerprint' });
    const signature = strictBase64(fields.signature);
    if (!signature || !signatureMatches(bytes, signature, key))
      problems.push({ code: 'signature' });
  }

  const signedText = bytes.toString('utf8');
  let readable: string | null = null;
  try {
    readable = canonicalize(envelope.record);
  } catch (error) {
    if (!(error instanceof CanonicalError)) throw error;
  }
  if (readable !== signedText) {
    const signed = record ?? safeParse(signedText);
    problems.push({
      code: 'record-changed',
      paths: differences(signed, envelope.record),
    });
  } else if (JSON.stringify(envelope.record) !== signedText) {
    problems.push({ code: 'record-layout' });
  }

  return { problems, record };
}

function safeParse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** The page or Markdown text the record renders to, for the carriers that show it. */
async function rendered(
  carrier: Carrier,
  file: string,
  report: SignedReport,
): Promise<string | null> {
  if (carrier === 'html') {
    const { renderHtml, htmlLang } = await import('./report/html.js');
    const lang = htmlLang(file);
    return lang ? renderHtml(report, lang) : '';
  }
  if (carrier === 'markdown') {
    const { renderMarkdown, markdownLang } = await import('./report/markdown.js');
    const lang = markdownLang(file);
    return lang ? renderMarkdown(report, lang) : '';
  }

  return null;
}

const lines = (text: string) => text.replace(/\r\n/g, '\n');

export async function verifyFile(
  file: Buffer,
  options: { signer?: string } = {},
): Promise<VerifyOutcome> {
  const found = findEnvelope(file);
  if (!found) return { kind: 'not-a-report' };
  const parsed = parseEnvelope(found.text);
  if (!parsed) return { kind: 'not-a-report' };
  const base = {
    kind: 'checked' as const,
    carrier: found.carrier,
    notComparedVersion: null,
  };
  if ('problem' in parsed) {
    return {
      ...base,
      problems: [parsed.problem],
      record: null,
      fingerprint: null,
      digest: null,
    };
  }

  const { envelope } = parsed;
  const { problems, record } = checkEnvelope(envelope);
  const fingerprint =
    typeof envelope.fingerprint === 'string' ? envelope.fingerprint : null;
  const digest = typeof envelope.digest === 'string' ? envelope.digest : null;
  let notComparedVersion: string | null = null;

  if (problems.length === 0 && record) {
    const report = { ...(envelope as unknown as SignedReport), record };
    if (record.tool.version !== toolVersion()) {
      if (found.carrier === 'html' || found.carrier === 'markdown') {
        notComparedVersion = record.tool.version;
      }
    } else {
      const text = file.toString('utf8').replace(/^\uFEFF/, '');
      let expected: string | null = null;
      try {
        expected = await rendered(found.carrier, text, report);
      } catch (error) {
        // Signed, and read as far as the summary goes, yet not a record the page is made from.
        if (!(error instanceof TypeError)) throw error;
        problems.push({ code: 'not-a-record' });
      }
      if (expected !== null && lines(expected) !== lines(text)) {
        problems.push({ code: 'visible-text' });
      }
    }
  }
  if (
    options.signer &&
    fingerprint &&
    normalFingerprint(options.signer) !== fingerprint
  ) {
    problems.push({ code: 'signer', expected: options.signer });
  }

  return { ...base, problems, record, fingerprint, digest, notComparedVersion };
}

/** "SHA256:1a2b 3c4d …" as printed, or the bare hex, back to the envelope's form. */
export function normalFingerprint(text: string): string {
  return `SHA256:${text
    .replace(/^SHA256:/i, '')
    .replace(/[\s:]/g, '')
    .toLowerCase()}`;
}
