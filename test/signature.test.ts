import { createHash, createPublicKey, generateKeyPairSync, verify } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { canonicalize } from '../src/canonical.js';
import {
  fingerprintOf,
  groupFingerprint,
  installerFingerprint,
  installerKey,
  keyPath,
  KeyFileError,
} from '../src/keys.js';
import type { ReportRecord } from '../src/record.js';
import { envelopeText, signRecord, strictBase64 } from '../src/signature.js';

const freshHome = () => mkdtempSync(join(tmpdir(), 'oxo-harden-key-'));

/** Any JSON object does for the envelope; the record's own shape is tested elsewhere. */
const record = {
  format: 'oxo-harden/record',
  site: { customer: 'Clinique des Tilleuls', name: 'Lyon 7e', address: '' },
  note: 'é “quoted” <tag>',
} as unknown as ReportRecord;

describe('installer key', () => {
  it('is created on first use as a private pem file readable by its owner only', () => {
    const home = freshHome();
    const key = installerKey(home);

    expect(key.created).toBe(true);
    expect(key.privateKey.asymmetricKeyType).toBe('ed25519');
    const pem = readFileSync(keyPath(home), 'utf8');
    expect(pem.startsWith('-----BEGIN PRIVATE KEY-----\n')).toBe(true);
    if (process.platform !== 'win32') {
      expect(statSync(keyPath(home)).mode & 0o777).toBe(0o600);
    }
  });

  it('is the same key on every later use', () => {
    const home = freshHome();
    const first = installerKey(home);
    const second = installerKey(home);

    expect(second.created).toBe(false);
    expect(second.fingerprint).toBe(first.fingerprint);
    expect(second.publicKeyDer.equals(first.publicKeyDer)).toBe(true);
  });

  it('keeps the file owner-only even under a permissive umask', () => {
    if (process.platform === 'win32') return;
    const previous = process.umask(0o000);
    try {
      const home = freshHome();
      installerKey(home);
      expect(statSync(keyPath(home)).mode & 0o777).toBe(0o600);
    } finally {
      process.umask(previous);
    }
  });

  it('has the fingerprint sha256 of its spki der, in hex', () => {
    const key = installerKey(freshHome());
    const der = createPublicKey(key.privateKey).export({ format: 'der', type: 'spki' });
    const hex = createHash('sha256').update(der).digest('hex');

    expect(key.fingerprint).toBe(`SHA256:${hex}`);
    expect(key.publicKeyDer).toHaveLength(44);
  });

  it('groups the fingerprint in blocks of four for a business card', () => {
    const hex = '0123456789abcdef'.repeat(4);
    expect(groupFingerprint(`SHA256:${hex}`)).toBe(
      'SHA256:0123 4567 89ab cdef 0123 4567 89ab cdef 0123 4567 89ab cdef 0123 4567 89ab cdef',
    );
  });

  it('gives the wizard the fingerprint plain and grouped', () => {
    const home = freshHome();
    const shown = installerFingerprint(home);

    expect(shown.fingerprint).toBe(installerKey(home).fingerprint);
    expect(shown.grouped.replace(/ /g, '')).toBe(shown.fingerprint);
    expect(shown.grouped.split(' ')).toHaveLength(16);
  });

  it('refuses a key file that is not a key, saying which file', () => {
    const home = freshHome();
    mkdirSync(join(home, 'keys'));
    writeFileSync(keyPath(home), 'not a key');

    expect(() => installerKey(home)).toThrow(KeyFileError);
    try {
      installerKey(home);
    } catch (error) {
      expect((error as KeyFileError).code).toBe('unreadable');
      expect((error as KeyFileError).path).toBe(keyPath(home));
    }
  });

  it('refuses a key of another kind than ed25519', () => {
    const home = freshHome();
    mkdirSync(join(home, 'keys'));
    const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    writeFileSync(keyPath(home), privateKey.export({ format: 'pem', type: 'pkcs8' }));

    expect(() => installerKey(home)).toThrow(/^not-ed25519: /);
  });

  it('says so when the key cannot be written', () => {
    const home = freshHome();
    // A file where the keys folder should be: no key can be written under it.
    writeFileSync(join(home, 'keys'), '');

    expect(() => installerKey(home)).toThrow(/^unwritable: /);
  });
});

describe('signed report', () => {
  it('signs the canonical bytes of the record with ed25519', () => {
    const key = installerKey(freshHome());
    const report = signRecord(record, key);
    const bytes = Buffer.from(report.signed, 'base64');

    expect(bytes.toString('utf8')).toBe(canonicalize(record));
    expect(
      verify(null, bytes, key.publicKey, Buffer.from(report.signature, 'base64')),
    ).toBe(true);
    expect(report.digest).toBe(
      `sha256:${createHash('sha256').update(bytes).digest('hex')}`,
    );
    expect(report.fingerprint).toBe(key.fingerprint);
    expect(fingerprintOf(Buffer.from(report.publicKey, 'base64'))).toBe(key.fingerprint);
  });

  it('keeps a readable copy of the record with its keys in the signed order', () => {
    const report = signRecord(record, installerKey(freshHome()));

    expect(Object.keys(report.record)).toEqual(['format', 'note', 'site']);
    expect(JSON.stringify(report.record)).toBe(canonicalize(record));
  });

  it('lays the envelope out one field per line, the record last', () => {
    const report = signRecord(record, installerKey(freshHome()));
    const lines = envelopeText(report).split('\n');

    expect(lines.slice(0, 7)).toEqual([
      '{',
      '  "format": "oxo-harden/signed-report",',
      `  "signed": "${report.signed}",`,
      `  "signature": "${report.signature}",`,
      `  "publicKey": "${report.publicKey}",`,
      `  "fingerprint": "${report.fingerprint}",`,
      `  "digest": "${report.digest}",`,
    ]);
    expect(lines[7]).toBe('  "record": {');
    expect(lines.slice(8, -3).every((line) => line.startsWith('    '))).toBe(true);
    expect(lines.slice(-3)).toEqual(['  }', '}', '']);
  });
});

describe('strict base64', () => {
  it('decodes what re-encodes to itself and nothing else', () => {
    expect(strictBase64('aGk=')?.toString()).toBe('hi');
    expect(strictBase64('')?.length).toBe(0);
    for (const bad of ['aGk', 'aGk==', 'a Gk=', 'aGk=\n', 'aGl=', '@@@@']) {
      expect(strictBase64(bad), bad).toBeNull();
    }
  });
});
