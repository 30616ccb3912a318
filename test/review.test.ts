import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ITEMS } from '../steps/index.js';
import type { Visit } from '../src/answers.js';
import { readAnswers } from '../src/answers-file.js';
import { messages } from '../src/i18n.js';
import { installerKey } from '../src/keys.js';
import { buildRecord, type ReportRecord } from '../src/record.js';
import { renderHtml } from '../src/report/html.js';
import { renderMarkdown } from '../src/report/markdown.js';
import {
  completeAnswers,
  deltaIsEmpty,
  reviewOptions,
  reviewSummary,
  startReview,
  type ReviewStart,
} from '../src/review/index.js';
import { signRecord } from '../src/signature.js';
import { verifyFile } from '../src/verify.js';

const VISIT_MADE = new Date('2025-03-14T16:50:00Z');
const ZONE = 'Europe/Paris';
const ACCEPTED_BY = 'Claire Dubois, directrice';
const UPGRADED = [
  'trivial-password-reset',
  'management-password-control',
  'AutoPwdChk',
  'installer-reset-identity',
  'CallCorres',
];

function sampleVisit(): Visit {
  const answers = readAnswers(
    readFileSync('examples/answers.sample.json', 'utf8'),
    ITEMS,
  );
  if (!answers.ok) throw new Error('the sample should load');

  return answers.visit;
}

function previousRecord(change: Partial<Visit> = {}): ReportRecord {
  return buildRecord(
    { ...sampleVisit(), ...change },
    { now: VISIT_MADE, timeZone: ZONE },
  );
}

/** The review's record, as the command and the wizard make it at the end. */
function reviewRecord(
  previous: ReportRecord,
  start: ReviewStart,
  now: Date,
  visit: Visit = start.visit,
) {
  return buildRecord(visit, { now, ...reviewOptions(previous, start) });
}

const byId = (record: ReportRecord, id: string) =>
  record.items.find((entry) => entry.id === id)!;

describe('periodic review', () => {
  it('carries every answer forward when nothing changed, with an empty delta', () => {
    const previous = previousRecord();
    const now = new Date('2025-06-02T08:00:00Z');
    const start = startReview(previous, { release: 'R910/021.001', now });
    const answered = previous.items.filter((entry) => entry.source === 'installer');

    expect(start.flagged).toEqual([]);
    expect(start.warnings).toEqual([]);
    expect(start.visit.date).toBe('2025-06-02');
    expect(start.visit.site).toEqual(previous.site);
    expect(Object.keys(start.visit.answers)).toEqual(answered.map((entry) => entry.id));
    expect(start.visit.answers['set-locking']).toEqual({
      status: 'not-compliant',
      reason:
        'Les deux postes de l’accueil restent déverrouillés le week-end ; consigne remise à Mme Dubois.',
      source: 'previous',
      answeredAt: '2025-03-14T09:48:00+01:00',
    });

    const record = reviewRecord(previous, start, now);
    const signed = signRecord(previous, installerKey(process.env.OXO_HARDEN_HOME!));
    expect(record.previousDigest).toBe(signed.digest);
    expect(start.previousDigest).toBe(signed.digest);
    expect(record.nextReview).toBe('2026-06-02');
    expect(record.items.map((entry) => entry.status)).toEqual(
      previous.items.map((entry) => entry.status),
    );
    expect(record.items.filter((entry) => entry.source === 'previous')).toHaveLength(
      answered.length,
    );
    expect(record.review).toEqual({
      previous: {
        visitDate: '2025-03-14',
        catalogue: previous.catalogue,
        createdAt: '2025-03-14T16:50:00.000Z',
      },
      fixed: [],
      newlyNotCompliant: [],
      expiredAcceptances: [],
      endingSoon: [],
      release: null,
      availabilityChanged: [],
      catalogue: { added: [], changed: [], removed: [] },
    });
    expect(deltaIsEmpty(record.review!)).toBe(true);
  });

  it('flags the items whose availability changed with an upgrade, and names the release change', () => {
    const previous = previousRecord({ release: 'R820/026.007' });
    const now = new Date('2025-06-02T08:00:00Z');
    const start = startReview(previous, { release: 'R910/021.001', now });

    expect(start.flagged).toEqual(
      UPGRADED.map((id) => ({ id, why: 'availability-changed' })),
    );
    for (const id of UPGRADED) expect(start.visit.answers[id]).toBeUndefined();

    const record = reviewRecord(previous, start, now);
    for (const id of UPGRADED) {
      expect(byId(record, id)).toMatchObject({
        status: 'not-checked',
        reasonCode: 'needs-full-answer',
        source: null,
      });
    }
    expect(record.review!.release).toEqual({
      from: { product: 'oxo', line: 'R8.2', version: '026.007' },
      to: { product: 'oxo', line: 'R9.1', version: '021.001' },
    });
    // As the note's tables give them (TC1143-tables.md), and `plan` for both releases.
    const since = (from: string, to: string | null) => ({ from, to });
    const expected = {
      'trivial-password-reset': since('R9.1', null),
      'management-password-control': since('R9.1', '910/021.001'),
      AutoPwdChk: since('R9.1', '910/021.001'),
      'installer-reset-identity': since('R9.0', null),
    };
    expect(record.review!.availabilityChanged).toEqual([
      ...Object.entries(expected).map(([id, { from, to }]) => ({
        id,
        from: { availability: 'unavailable', since: from },
        to: { availability: 'available', since: to },
      })),
      {
        id: 'CallCorres',
        from: { availability: 'upgrade', since: '820/045.001' },
        to: { availability: 'available', since: '910/021.001' },
      },
    ]);
    expect(reviewSummary(messages('en'), record, '→')).toEqual({
      heading: 'Since the previous report:',
      lines: [
        // The sample has 42 answers of the installer's; 5 are flagged.
        { warning: false, text: 'Answers carried forward: 37' },
        {
          warning: false,
          text:
            'Not answered again, recorded as not checked (5): ' +
            UPGRADED.map((id) => `${id} (availability changed with the release)`).join(
              ', ',
            ),
        },
        { warning: false, text: 'Release: R8.2/026.007 → R9.1/021.001' },
        { warning: false, text: `Availability changed (5): ${UPGRADED.join(', ')}` },
      ],
    });
  });

  it('takes the new answer of a flagged item', () => {
    const previous = previousRecord({ release: 'R820/026.007' });
    const now = new Date('2025-06-02T08:00:00Z');
    const start = startReview(previous, { release: 'R910/021.001', now });
    const answers = {
      ...start.visit.answers,
      AutoPwdChk: {
        status: 'compliant' as const,
        source: 'installer' as const,
        answeredAt: '2025-06-02T10:00:00+02:00',
      },
    };
    const record = reviewRecord(previous, start, now, { ...start.visit, answers });

    expect(byId(record, 'AutoPwdChk')).toMatchObject({
      status: 'compliant',
      reasonCode: null,
      source: 'installer',
    });
  });

  it('sends an ended acceptance back to not checked, never to compliant', () => {
    const previous = previousRecord();
    const now = new Date('2025-09-01T10:00:00Z');
    const start = startReview(previous, { release: 'R910/021.001', now });

    expect(start.flagged).toEqual([
      {
        id: 'latest-version',
        why: 'acceptance-expired',
        acceptance: { by: ACCEPTED_BY, until: '2025-08-31' },
      },
    ]);
    expect(start.visit.answers['latest-version']).toBeUndefined();
    const record = reviewRecord(previous, start, now);
    expect(byId(record, 'latest-version')).toMatchObject({
      status: 'not-checked',
      reasonCode: 'acceptance-expired',
      acceptance: null,
    });
    expect(record.review!.expiredAcceptances).toEqual([
      { id: 'latest-version', by: ACCEPTED_BY, until: '2025-08-31', now: 'not-checked' },
    ]);
  });

  it('ends an acceptance at the end of its day in the record’s time zone', () => {
    const previous = previousRecord();
    // 23:30 in Paris on the last day, then 00:30 the next day.
    const lastMinutes = new Date('2025-08-31T21:30:00Z');
    const nextDay = new Date('2025-08-31T22:30:00Z');

    const before = startReview(previous, { release: 'R910/021.001', now: lastMinutes });
    expect(before.visit.answers['latest-version']?.status).toBe('risk-accepted');
    expect(before.warnings).toEqual([
      { id: 'latest-version', by: ACCEPTED_BY, until: '2025-08-31', daysLeft: 0 },
    ]);
    const after = startReview(previous, { release: 'R910/021.001', now: nextDay });
    expect(after.flagged.map((flag) => flag.why)).toEqual(['acceptance-expired']);
  });

  it('drops a carried acceptance that ended while the review was under way', () => {
    const previous = previousRecord();
    const start = startReview(previous, {
      release: 'R910/021.001',
      now: new Date('2025-08-20T08:00:00Z'),
    });
    expect(start.visit.answers['latest-version']?.source).toBe('previous');

    const record = reviewRecord(previous, start, new Date('2025-09-02T08:00:00Z'));
    expect(byId(record, 'latest-version')).toMatchObject({
      status: 'not-checked',
      reasonCode: 'acceptance-expired',
    });
  });

  it('warns of an acceptance that ends within 30 days, and keeps it', () => {
    const previous = previousRecord();
    const now = new Date('2025-08-10T08:00:00Z');
    const start = startReview(previous, { release: 'R910/021.001', now });
    const warning = {
      id: 'latest-version',
      by: ACCEPTED_BY,
      until: '2025-08-31',
      daysLeft: 21,
    };

    expect(start.warnings).toEqual([warning]);
    expect(start.flagged).toEqual([]);
    const record = reviewRecord(previous, start, now);
    expect(byId(record, 'latest-version')).toMatchObject({
      status: 'risk-accepted',
      source: 'previous',
    });
    expect(record.review!.endingSoon).toEqual([warning]);
  });

  it('flags a recommendation whose words changed since the previous report', () => {
    const previous = previousRecord();
    byId(previous, 'VMUMaxTry').recommendationHash = `sha256:${'0'.repeat(64)}`;
    const now = new Date('2025-06-02T08:00:00Z');
    const start = startReview(previous, { release: 'R910/021.001', now });

    expect(start.flagged).toEqual([{ id: 'VMUMaxTry', why: 'text-changed' }]);
    const record = reviewRecord(previous, start, now);
    expect(byId(record, 'VMUMaxTry')).toMatchObject({
      status: 'not-checked',
      reasonCode: 'needs-full-answer',
    });
    expect(record.review!.catalogue.changed).toEqual(['VMUMaxTry']);
  });

  it('asks nothing of a remote-access item when no remote access is wanted', () => {
    const previous = previousRecord({ remoteAccess: false });
    byId(previous, 'ExtHttpsPo').recommendationHash = `sha256:${'0'.repeat(64)}`;
    const now = new Date('2025-06-02T08:00:00Z');
    const start = startReview(previous, { release: 'R910/021.001', now });

    expect(start.flagged).toEqual([]);
    expect(byId(reviewRecord(previous, start, now), 'ExtHttpsPo')).toMatchObject({
      status: 'not-applicable',
      reasonCode: 'no-remote-access',
    });
  });

  it('flags items new in the catalogue and lists those removed from it', () => {
    const previous = previousRecord();
    const retired = {
      ...byId(previous, 'PerAssAlwd'),
      id: 'retired-item',
      chapter: '4.9',
    };
    previous.items = previous.items
      .filter((entry) => entry.id !== 'DivRemCust')
      .concat(retired);
    const now = new Date('2025-06-02T08:00:00Z');
    const start = startReview(previous, { release: 'R910/021.001', now });

    expect(start.flagged).toEqual([{ id: 'DivRemCust', why: 'new-item' }]);
    const record = reviewRecord(previous, start, now);
    expect(record.review!.catalogue).toEqual({
      added: ['DivRemCust'],
      changed: [],
      removed: [{ id: 'retired-item', chapter: '4.9' }],
    });
    expect(record.items.map((entry) => entry.id)).not.toContain('retired-item');
  });

  it('lists what was fixed and what newly fails', () => {
    const previous = previousRecord();
    const now = new Date('2025-06-02T08:00:00Z');
    const start = startReview(previous, { release: 'R910/021.001', now });
    const at = '2025-06-02T10:00:00+02:00';
    const answers = {
      ...start.visit.answers,
      'set-locking': {
        status: 'compliant' as const,
        source: 'installer' as const,
        answeredAt: at,
      },
      'callback-authorized-callers': {
        status: 'compliant' as const,
        source: 'installer' as const,
        answeredAt: at,
      },
      VMUMaxTry: {
        status: 'not-compliant' as const,
        value: '0A',
        reason: 'Reset to ten tries by a maintenance visit.',
        source: 'installer' as const,
        answeredAt: at,
      },
    };
    const delta = reviewRecord(previous, start, now, { ...start.visit, answers }).review!;

    expect(delta.fixed).toEqual([
      { id: 'set-locking', was: 'not-compliant', now: 'compliant' },
      { id: 'callback-authorized-callers', was: 'not-checked', now: 'compliant' },
    ]);
    expect(delta.newlyNotCompliant).toEqual([
      { id: 'VMUMaxTry', was: 'compliant', now: 'not-compliant' },
    ]);
  });

  it('keeps the product and the zone of the previous report unless told otherwise', () => {
    const previous = previousRecord();
    const start = startReview(previous, {
      release: 'R910/021.001',
      // 23:30 UTC is already the next day in Paris.
      now: new Date('2025-06-01T23:30:00Z'),
    });

    expect(start.visit.product).toBe('oxo');
    expect(start.visit.date).toBe('2025-06-02');
    expect(
      startReview(previous, {
        release: 'R910/021.001',
        now: new Date('2025-06-01T23:30:00Z'),
        timeZone: 'UTC',
      }).visit.date,
    ).toBe('2025-06-01');
  });
});

describe('review answers file', () => {
  it('takes what it leaves out from the review’s start, field by field', () => {
    const previous = previousRecord();
    const start = startReview(previous, {
      release: 'R910/021.001',
      now: new Date('2025-06-02T08:00:00Z'),
    });
    const text = completeAnswers(
      {
        site: { address: '14 rue Sainte-Geneviève, 69007 Lyon' },
        people: { installer: { name: 'Inès Garnier' } },
        answers: { VMUMaxTry: { status: 'compliant', value: '03' } },
      },
      start.visit,
    );
    const read = readAnswers(text, ITEMS);
    if (!read.ok) throw new Error(JSON.stringify(read.problems));

    expect(read.visit.site).toEqual({
      customer: 'Clinique vétérinaire des Tilleuls',
      name: 'Cabinet principal — Lyon 7e',
      address: '14 rue Sainte-Geneviève, 69007 Lyon',
    });
    expect(read.visit.people.installer).toEqual({
      name: 'Inès Garnier',
      company: 'Télécom Rhône Services',
    });
    expect(read.visit.date).toBe('2025-06-02');
    expect(read.visit.release).toBe('R910/021.001');
    expect(read.visit.remoteAccess).toBe(true);
    expect(read.visit.forwarding).toEqual([
      { publicPort: 33443, oxoPort: 50443, trunk: false },
    ]);
    expect(read.visit.answers.VMUMaxTry).toEqual({
      status: 'compliant',
      value: '03',
      source: 'installer',
      answeredAt: '2025-06-02',
    });
    expect(read.visit.signOff).toBeUndefined();
    expect(read.visit.nextReview).toBeUndefined();
  });

  it('leaves a wrong field wrong, for the reader to name it', () => {
    const previous = previousRecord();
    const start = startReview(previous, {
      release: 'R910/021.001',
      now: new Date('2025-06-02T08:00:00Z'),
    });
    const read = readAnswers(
      completeAnswers({ site: 'Lyon', date: '2/6/2025' }, start.visit),
      ITEMS,
    );

    expect(read.ok === false && read.problems).toEqual([
      { path: 'site', expected: 'object', found: '"Lyon"' },
      { path: 'date', expected: 'date', found: '"2/6/2025"' },
    ]);
  });
});

describe('review report', () => {
  const home = mkdtempSync(join(tmpdir(), 'oxo-harden-review-'));

  it('shows the delta section in every format, and still verifies', async () => {
    const previous = previousRecord({ release: 'R820/026.007' });
    const now = new Date('2025-09-01T10:00:00Z');
    const start = startReview(previous, { release: 'R910/021.001', now });
    const report = signRecord(reviewRecord(previous, start, now), installerKey(home));
    const markdown = renderMarkdown(report, 'en');
    const html = await renderHtml(report, 'fr');

    expect(markdown).toContain(
      [
        '## Since the previous report',
        '',
        `_This report is a periodic review. It follows the report of 14 March 2025, whose record digest is ${start.previousDigest}. Answers carried forward from that report are marked as such._`,
        '',
        '### Risk acceptances that have ended',
        '',
        '- System on the latest version of its release: accepted by Claire Dubois, directrice until the end of 31 August 2025 (time zone Europe/Paris); now: Not checked.',
        '',
        '### Release',
        '',
        '- From OmniPCX Office RCE, release R8.2, version 026.007 to OmniPCX Office RCE, release R9.1, version 021.001.',
        '',
      ].join('\n'),
    );
    expect(markdown).toContain(
      '- **Reason**: The risk accepted by Claire Dubois, directrice ended at the end of 31 August 2025 (time zone Europe/Paris): the item is not checked until it is answered again.',
    );
    expect(markdown).toContain(
      '- _Answer carried forward from the previous report, where it was given on 14 March 2025._',
    );
    expect(html).toContain(
      '<section class="review"><h2>Depuis le rapport précédent</h2>',
    );
    expect(html).toContain('<h3>Points dont la disponibilité a changé</h3>');
    for (const file of [markdown, html]) {
      const outcome = await verifyFile(Buffer.from(file));
      expect(outcome.kind === 'checked' && outcome.problems).toEqual([]);
    }
  });

  it('says in one sentence that nothing changed', () => {
    const previous = previousRecord();
    const now = new Date('2025-06-02T08:00:00Z');
    const start = startReview(previous, { release: 'R910/021.001', now });
    const report = signRecord(reviewRecord(previous, start, now), installerKey(home));

    expect(renderMarkdown(report, 'fr')).toContain(
      '## Depuis le rapport précédent\n\n_Ce rapport est une revue périodique.',
    );
    expect(renderMarkdown(report, 'fr')).toContain(
      '\n\nRien n’a changé depuis le rapport précédent.\n\n## Score par section',
    );
  });

  it('has no such section in a first report', () => {
    const report = signRecord(previousRecord(), installerKey(home));

    expect(report.record.review).toBeUndefined();
    expect(renderMarkdown(report, 'en')).not.toContain('Since the previous report');
  });
});
