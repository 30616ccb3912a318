import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from '../locales/en/index.js';
import { fr } from '../locales/fr/index.js';
import { ITEMS } from '../steps/index.js';
import type { Visit } from '../src/answers.js';
import { canonicalize } from '../src/canonical.js';
import { installerKey, keyPath } from '../src/keys.js';
import {
  buildRecord,
  CATALOGUE_VERSION,
  recommendationHash,
  RecordError,
  type RecordItem,
} from '../src/record.js';
import { envelopeText, signRecord } from '../src/signature.js';

const NOW = new Date('2025-03-14T16:45:00Z');

function visit(): Visit {
  return {
    site: { customer: 'Clinique des Tilleuls', name: 'Lyon 7e', address: '12 rue X' },
    people: { installer: { name: 'Julien Marchand', company: 'Télécom Rhône' } },
    date: '2025-03-14',
    product: 'oxo',
    release: 'R910/021.001',
    remoteAccess: false,
    forwarding: [{ publicPort: 33443, oxoPort: 50443 }],
    answers: {
      VMUMaxTry: {
        status: 'compliant',
        value: '03',
        source: 'installer',
        answeredAt: '2025-03-14T10:00:00+01:00',
      },
      'latest-version': {
        status: 'risk-accepted',
        reason: 'Upgrade in August.',
        acceptance: { by: 'Claire Dubois', until: '2025-08-31' },
        source: 'installer',
        answeredAt: '2025-03-14T11:00:00+01:00',
      },
      'no-trivial-user-passwords': {
        status: 'compliant',
        // Whatever a careless caller leaves on the answer stays out of the record.
        value: 'Tr0ub4dor-typed',
        password: 'Secret12-typed',
        passwordCheck: {
          kind: 'user',
          compliant: true,
          checkedAt: '2025-03-14T10:30:00+01:00',
          password: 'Inner99-typed',
        },
        source: 'installer',
        answeredAt: '2025-03-14T10:31:00+01:00',
      } as Visit['answers'][string],
    },
    signOff: {
      customer: {
        name: 'Claire Dubois',
        role: 'Directrice',
        confirmedAt: '2025-03-14T17:42:00+01:00',
      },
      installer: { name: 'Julien Marchand', confirmedAt: '2025-03-14T17:45:00+01:00' },
    },
  };
}

const byId = (items: RecordItem[], id: string) => items.find((item) => item.id === id)!;

describe('record', () => {
  it('names its format, the tool, the catalogue, the zone and the time it was made', () => {
    const record = buildRecord(visit(), {
      now: NOW,
      timeZone: 'Europe/Paris',
      toolVersion: '9.9.9',
    });

    expect(record.format).toBe('oxo-harden/record');
    expect(record.formatVersion).toBe(1);
    expect(record.tool).toEqual({ name: 'oxo-harden', version: '9.9.9' });
    expect(record.catalogue).toBe(CATALOGUE_VERSION);
    expect(CATALOGUE_VERSION).toMatch(/^TC1143-ed11\/\d+$/);
    expect(record.timeZone).toBe('Europe/Paris');
    expect(record.createdAt).toBe('2025-03-14T16:45:00.000Z');
  });

  it('takes the tool version from package.json when run from the sources', () => {
    const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as {
      version: string;
    };
    expect(buildRecord(visit(), { now: NOW }).tool.version).toBe(version);
  });

  it('reads the release back as line, version and warnings', () => {
    expect(buildRecord(visit(), { now: NOW }).release).toEqual({
      input: 'R910/021.001',
      product: 'oxo',
      line: 'R9.1',
      version: '021.001',
      noteLine: 'R9.1',
      era: 'in-note',
      warnings: [],
    });
    const newer = buildRecord({ ...visit(), release: 'R11.0' }, { now: NOW }).release;
    expect(newer).toMatchObject({ line: 'R11.0', version: null, noteLine: 'R10.0' });
    expect(newer.warnings).toEqual(['newer-than-note']);
  });

  it('refuses a visit whose release cannot be read', () => {
    expect(() => buildRecord({ ...visit(), release: 'R9.7' }, { now: NOW })).toThrow(
      RecordError,
    );
  });

  it('holds every catalogue item, in catalogue order, described by itself', () => {
    const record = buildRecord(visit(), { now: NOW });

    expect(record.items.map((item) => item.id)).toEqual(ITEMS.map((item) => item.id));
    expect(byId(record.items, 'VMUMaxTry')).toEqual({
      id: 'VMUMaxTry',
      section: 'noteworthy-addresses',
      chapter: '4.5',
      availability: 'available',
      since: null,
      defaultSecure: true,
      recommendationHash: recommendationHash('VMUMaxTry'),
      status: 'compliant',
      value: '03',
      reason: null,
      reasonCode: null,
      acceptance: null,
      passwordCheck: null,
      source: 'installer',
      answeredAt: '2025-03-14T10:00:00+01:00',
    });
  });

  it('hashes the recommendation in both languages, so a change of wording shows', () => {
    const expected = createHash('sha256')
      .update(
        canonicalize({
          en: en.items.VMUMaxTry.recommendation,
          fr: fr.items.VMUMaxTry.recommendation,
        }),
      )
      .digest('hex');

    expect(recommendationHash('VMUMaxTry')).toBe(`sha256:${expected}`);
    expect(recommendationHash('PerAssAlwd')).not.toBe(recommendationHash('VMUMaxTry'));
  });

  it('marks an unanswered item the release lacks not applicable, by the release', () => {
    const items = buildRecord(visit(), { now: NOW }).items;

    expect(byId(items, 'certificate-management')).toMatchObject({
      availability: 'unavailable',
      since: 'R10.0',
      status: 'not-applicable',
      reasonCode: 'unavailable',
      source: 'release',
      answeredAt: null,
    });
    expect(byId(items, 'remote-access-vpn')).toMatchObject({
      availability: 'not-applicable',
      status: 'not-applicable',
      reasonCode: 'not-applicable',
      source: 'release',
    });
  });

  it('marks an unanswered remote-access item not applicable when no remote access is wanted', () => {
    const items = buildRecord(visit(), { now: NOW }).items;
    expect(byId(items, 'ExtHttpsPo')).toMatchObject({
      status: 'not-applicable',
      reasonCode: 'no-remote-access',
      source: 'installer',
    });

    const wanted = buildRecord({ ...visit(), remoteAccess: true }, { now: NOW }).items;
    expect(byId(wanted, 'ExtHttpsPo')).toMatchObject({
      status: 'not-checked',
      reasonCode: 'no-answer',
      source: null,
    });
  });

  it('marks any other unanswered item not checked', () => {
    expect(
      byId(buildRecord(visit(), { now: NOW }).items, 'customer-informed'),
    ).toMatchObject({
      status: 'not-checked',
      reasonCode: 'no-answer',
      source: null,
      value: null,
      reason: null,
    });
  });

  it('keeps an acceptance with who and until when', () => {
    expect(
      byId(buildRecord(visit(), { now: NOW }).items, 'latest-version'),
    ).toMatchObject({
      status: 'risk-accepted',
      reason: 'Upgrade in August.',
      acceptance: { by: 'Claire Dubois', until: '2025-08-31' },
    });
  });

  it('keeps only the verdict of a password check', () => {
    expect(
      byId(buildRecord(visit(), { now: NOW }).items, 'no-trivial-user-passwords'),
    ).toMatchObject({
      value: null,
      passwordCheck: {
        kind: 'user',
        compliant: true,
        checkedAt: '2025-03-14T10:30:00+01:00',
      },
    });
  });

  it('scores every section and the whole', () => {
    const { scores } = buildRecord(visit(), { now: NOW });
    const addresses = scores.sections.find(
      (score) => score.section === 'noteworthy-addresses',
    );

    expect(scores.sections.map((score) => score.section)).toEqual([
      'briefing',
      'user-passwords',
      'management-passwords',
      'remote-access',
      'noteworthy-addresses',
      'system-options',
      'csta',
      'certificates',
      'maintenance',
    ]);
    expect(addresses).toEqual({
      section: 'noteworthy-addresses',
      compliant: 1,
      notCompliant: 0,
      riskAccepted: 0,
      notChecked: 4,
      counted: 5,
      leftOut: { release: 0, installer: 1 },
    });
    expect(scores.total.compliant).toBe(2);
    expect(scores.total.riskAccepted).toBe(1);
  });

  it('chains to the previous report and dates the next review a year on by default', () => {
    const previous = `sha256:${'ab'.repeat(32)}`;
    const record = buildRecord(visit(), { now: NOW, previousDigest: previous });
    expect(record.previousDigest).toBe(previous);
    expect(record.nextReview).toBe('2026-03-14');
    expect(
      buildRecord({ ...visit(), nextReview: '2025-09-01' }, { now: NOW }).nextReview,
    ).toBe('2025-09-01');
    expect(buildRecord(visit(), { now: NOW }).previousDigest).toBeNull();
  });

  it('records the sign-off, or null when there is none', () => {
    expect(buildRecord(visit(), { now: NOW }).signOff).toEqual(visit().signOff);
    const { signOff: _, ...unsigned } = visit();
    expect(buildRecord(unsigned, { now: NOW }).signOff).toBeNull();
  });

  it('never holds a password, a key or the store’s own fields', () => {
    const home = mkdtempSync(join(tmpdir(), 'oxo-harden-record-'));
    const key = installerKey(home);
    const leaky = {
      ...visit(),
      adminPassword: 'Hunter22-typed',
      __internal__: { migrations: { version: '1.0.0' } },
      privateKey: 'pasted-key-typed',
    } as Visit;
    const text = envelopeText(signRecord(buildRecord(leaky, { now: NOW }), key));
    const pemBody = readFileSync(keyPath(home), 'utf8').split('\n').slice(1, -2).join('');
    const rawKey = key.privateKey
      .export({ format: 'der', type: 'pkcs8' })
      .toString('base64');

    for (const secret of [
      'Tr0ub4dor-typed',
      'Secret12-typed',
      'Inner99-typed',
      'Hunter22-typed',
      'pasted-key-typed',
      '__internal__',
      'migrations',
      '"password"',
      pemBody,
      rawKey,
    ]) {
      expect(text.includes(secret), secret).toBe(false);
    }
    expect(pemBody.length).toBeGreaterThan(40);
  });
});
