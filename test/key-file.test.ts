import { createPublicKey, generateKeyPairSync } from 'node:crypto';
import * as fs from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { fingerprintOf, installerKey, keyPath, spkiDer } from '../src/keys.js';

// The real file functions; a test makes one of them fail, or race, once.
vi.mock('node:fs', async (original) => {
  const real = await original<typeof import('node:fs')>();
  return {
    ...real,
    writeFileSync: vi.fn(real.writeFileSync),
    linkSync: vi.fn(real.linkSync),
  };
});
const writes = vi.mocked(fs.writeFileSync);
const links = vi.mocked(fs.linkSync);

const freshHome = () => fs.mkdtempSync(join(tmpdir(), 'oxo-harden-key-file-'));
const keysFolder = (home: string) => fs.readdirSync(dirname(keyPath(home)));

describe('the installer key file', () => {
  it('is never left cut short by a write that fails half-way', async () => {
    const real = await vi.importActual<typeof import('node:fs')>('node:fs');
    const home = freshHome();
    writes.mockImplementationOnce((file, data) => {
      // The disk fills up after the first line of the key.
      real.writeFileSync(file, String(data).split('\n')[0]!);
      throw Object.assign(new Error('ENOSPC: no space left on device'), {
        code: 'ENOSPC',
      });
    });
    expect(() => installerKey(home)).toThrow(/^unwritable: /);
    expect(fs.existsSync(keyPath(home))).toBe(false);
    expect(keysFolder(home)).toEqual([]);

    // Once there is room again, the key is made, whole, and reads back.
    const made = installerKey(home);
    expect(made.created).toBe(true);
    expect(installerKey(home).fingerprint).toBe(made.fingerprint);
    expect(keysFolder(home)).toEqual(['installer-ed25519.pem']);
  });

  it('keeps the key another process made while this one was writing its own', async () => {
    const real = await vi.importActual<typeof import('node:fs')>('node:fs');
    const home = freshHome();
    const { privateKey } = generateKeyPairSync('ed25519');
    const theirs = privateKey.export({ format: 'pem', type: 'pkcs8' });
    writes.mockImplementationOnce((file, data, options) => {
      real.writeFileSync(file, data, options);
      real.writeFileSync(keyPath(home), theirs, { mode: 0o600 });
    });
    const key = installerKey(home);
    expect(key.created).toBe(false);
    expect(key.fingerprint).toBe(fingerprintOf(spkiDer(createPublicKey(privateKey))));
    expect(keysFolder(home)).toEqual(['installer-ed25519.pem']);
  });

  it('is moved into place where files cannot have a second name (FAT drives)', () => {
    const home = freshHome();
    links.mockImplementationOnce(() => {
      throw Object.assign(new Error('EPERM: operation not permitted, link'), {
        code: 'EPERM',
      });
    });
    const key = installerKey(home);
    expect(key.created).toBe(true);
    expect(installerKey(home).fingerprint).toBe(key.fingerprint);
    expect(keysFolder(home)).toEqual(['installer-ed25519.pem']);
    if (process.platform !== 'win32') {
      expect(fs.statSync(keyPath(home)).mode & 0o777).toBe(0o600);
    }
  });
});
