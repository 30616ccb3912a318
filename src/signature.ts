/**
 * The signed report: the record's canonical bytes, signed with Ed25519, in
 * an envelope laid out so that `grep`, `cut` and `openssl` alone can check
 * it (see "Checking a report without oxo-harden" in the README). Each field
 * of the envelope sits on its own line, two spaces in; the readable copy of
 * the record comes last and is indented further, so no line of it can be
 * mistaken for an envelope field.
 */
import { createHash, createPublicKey, sign, verify, type KeyObject } from 'node:crypto';
import { canonicalBytes } from './canonical.js';
import type { InstallerKey } from './keys.js';
import { fingerprintOf } from './keys.js';
import type { ReportRecord } from './record.js';

export const SIGNED_REPORT_FORMAT = 'oxo-harden/signed-report';

export interface SignedReport {
  format: typeof SIGNED_REPORT_FORMAT;
  /** Base64 of the record's canonical JSON (RFC 8785), the bytes that are signed. */
  signed: string;
  /** Base64 of the Ed25519 signature of those bytes. */
  signature: string;
  /** Base64 of the signer's public key, SubjectPublicKeyInfo DER. */
  publicKey: string;
  /** "SHA256:" and the hex SHA-256 of the public key's DER. */
  fingerprint: string;
  /** "sha256:" and the hex SHA-256 of the signed bytes: the report's name in a chain. */
  digest: string;
  /** The same record, readable; `verify` checks it is exactly the signed one. */
  record: ReportRecord;
}

export function digestOf(bytes: Buffer): string {
  return `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
}

export function signRecord(record: ReportRecord, key: InstallerKey): SignedReport {
  const bytes = canonicalBytes(record);

  return {
    format: SIGNED_REPORT_FORMAT,
    signed: bytes.toString('base64'),
    signature: sign(null, bytes, key.privateKey).toString('base64'),
    publicKey: key.publicKeyDer.toString('base64'),
    fingerprint: key.fingerprint,
    digest: digestOf(bytes),
    // Read back from the signed bytes so that the readable copy has its keys
    // in the signed order and holds nothing the signature does not cover.
    record: JSON.parse(bytes.toString('utf8')) as ReportRecord,
  };
}

/** The envelope as the .json file holds it, and as the other formats carry it. */
export function envelopeText(report: SignedReport): string {
  const ordered: SignedReport = {
    format: report.format,
    signed: report.signed,
    signature: report.signature,
    publicKey: report.publicKey,
    fingerprint: report.fingerprint,
    digest: report.digest,
    record: report.record,
  };

  return `${JSON.stringify(ordered, null, 2)}\n`;
}

/** Base64 that decodes and re-encodes to itself: no stray characters, no missing padding. */
export function strictBase64(text: string): Buffer | null {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(text) || text.length % 4 !== 0) return null;
  const bytes = Buffer.from(text, 'base64');

  return bytes.toString('base64') === text ? bytes : null;
}

/** An Ed25519 public key from SPKI DER, or null when it is anything else. */
export function ed25519PublicKey(der: Buffer): KeyObject | null {
  try {
    const key = createPublicKey({ key: der, format: 'der', type: 'spki' });

    return key.asymmetricKeyType === 'ed25519' ? key : null;
  } catch {
    return null;
  }
}

export function signatureMatches(
  bytes: Buffer,
  signature: Buffer,
  key: KeyObject,
): boolean {
  try {
    return verify(null, bytes, key, signature);
  } catch {
    return false;
  }
}

export { fingerprintOf };
