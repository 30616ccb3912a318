/**
 * The installer's signing key: one Ed25519 pair per installer (per tool
 * home), created the first time a report is signed and kept for every
 * later report, so that a customer who has seen the fingerprint once (on a
 * business card, on the first report) recognises every later report.
 */
import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
} from 'node:crypto';
import type { KeyObject } from 'node:crypto';
import {
  chmodSync,
  existsSync,
  linkSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';

export interface InstallerKey {
  privateKey: KeyObject;
  publicKey: KeyObject;
  /** The public key as SubjectPublicKeyInfo DER: what the report carries. */
  publicKeyDer: Buffer;
  /** "SHA256:" and the hex of the SHA-256 of `publicKeyDer`. */
  fingerprint: string;
  /** True when this call created the pair. */
  created: boolean;
}

/** Why the key file could not be used; the caller words it. */
export class KeyFileError extends Error {
  constructor(
    readonly code: 'unreadable' | 'not-ed25519' | 'unwritable',
    readonly path: string,
    readonly detail: string,
  ) {
    super(`${code}: ${path}: ${detail}`);
    this.name = 'KeyFileError';
  }
}

export function keyPath(home: string): string {
  return join(home, 'keys', 'installer-ed25519.pem');
}

export function spkiDer(publicKey: KeyObject): Buffer {
  return publicKey.export({ format: 'der', type: 'spki' });
}

export function fingerprintOf(publicKeyDer: Buffer): string {
  return `SHA256:${createHash('sha256').update(publicKeyDer).digest('hex')}`;
}

/**
 * A fingerprint in blocks of four hex digits, "SHA256:1a2b 3c4d …", short
 * enough to print on a business card and to compare by eye.
 */
export function groupFingerprint(fingerprint: string): string {
  const hex = fingerprint.replace(/^SHA256:/, '');

  return `SHA256:${(hex.match(/.{1,4}/g) ?? []).join(' ')}`;
}

function describe(privateKey: KeyObject, created: boolean): InstallerKey {
  const publicKey = createPublicKey(privateKey);
  const publicKeyDer = spkiDer(publicKey);

  return {
    privateKey,
    publicKey,
    publicKeyDer,
    fingerprint: fingerprintOf(publicKeyDer),
    created,
  };
}

/** A key that lives only in memory: for rehearsing a report, never for signing one. */
export function throwawayKey(): InstallerKey {
  return describe(generateKeyPairSync('ed25519').privateKey, false);
}

function parseKey(path: string, pem: string): InstallerKey {
  let privateKey: KeyObject;
  try {
    privateKey = createPrivateKey(pem);
  } catch (error) {
    throw new KeyFileError('unreadable', path, (error as Error).message);
  }
  if (privateKey.asymmetricKeyType !== 'ed25519') {
    throw new KeyFileError('not-ed25519', path, String(privateKey.asymmetricKeyType));
  }

  return describe(privateKey, false);
}

function readPem(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // ENOTDIR: a file stands where the keys folder should be; creating the key will say so.
    if (code === 'ENOENT' || code === 'ENOTDIR') return null;
    throw new KeyFileError('unreadable', path, (error as Error).message);
  }
}

/** Owner-only, exactly: the mode given at creation is narrowed by the umask, never widened. */
function ownerOnly(path: string): void {
  try {
    chmodSync(path, 0o600);
  } catch (error) {
    // Windows has no such modes: there the file is private because the
    // tool's home is in the user's own profile folder (%APPDATA%).
    if (process.platform !== 'win32') {
      throw new KeyFileError('unwritable', path, (error as Error).message);
    }
  }
}

/** Filesystems that cannot link a file a second name: FAT drives, some shares. */
const NO_LINKS = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EXDEV']);

/**
 * The key is written whole beside its name, then linked to it: a crash or
 * a full disk never leaves a key file cut short, which would refuse every
 * later report. Linking fails if another process made the key a moment
 * ago; theirs is kept.
 */
function createKey(path: string): InstallerKey | null {
  const { privateKey } = generateKeyPairSync('ed25519');
  const pem = privateKey.export({ format: 'pem', type: 'pkcs8' });
  try {
    mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  } catch (error) {
    throw new KeyFileError('unwritable', path, (error as Error).message);
  }
  const whole = `${path}.${process.pid}.new`;
  try {
    try {
      writeFileSync(whole, pem, { mode: 0o600 });
    } catch (error) {
      throw new KeyFileError('unwritable', path, (error as Error).message);
    }
    ownerOnly(whole);
    try {
      linkSync(whole, path);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? '';
      if (code === 'EEXIST') return null;
      if (!NO_LINKS.has(code)) {
        throw new KeyFileError('unwritable', path, (error as Error).message);
      }
      // No second names here: moved into place unless a key is there by now.
      if (existsSync(path)) return null;
      renameSync(whole, path);
    }
  } finally {
    rmSync(whole, { force: true });
  }

  return describe(privateKey, true);
}

/** The installer's key pair under `home`, created on first use. */
export function installerKey(home: string): InstallerKey {
  const path = keyPath(home);
  const pem = readPem(path);
  if (pem !== null) return parseKey(path, pem);

  return createKey(path) ?? parseKey(path, readPem(path) ?? '');
}

/**
 * What the wizard shows the installer before the customer signs: the
 * fingerprint, plain and grouped. Creates the key if there is none yet.
 */
export function installerFingerprint(home: string): {
  fingerprint: string;
  grouped: string;
} {
  const { fingerprint } = installerKey(home);

  return { fingerprint, grouped: groupFingerprint(fingerprint) };
}
