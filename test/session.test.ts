import { describe, expect, it } from 'vitest';
import {
  checkValue,
  currentItem,
  newSession,
  pathOf,
  positionKey,
  presetOf,
  progressOf,
  proposedStatus,
  reduce,
  reviewComplete,
  unansweredItems,
  type Session,
  type SessionDeps,
  type SessionEvent,
} from '../src/session/index.js';
import { ITEMS, SECTIONS, itemById } from '../steps/index.js';

// Noon UTC falls on the 14th of March in every time zone from UTC-11 to UTC+11.
const NOW = new Date('2026-03-14T12:00:00Z');
const deps: SessionDeps = { sections: SECTIONS, now: () => NOW };

function play(session: Session, ...events: SessionEvent[]): Session {
  return events.reduce((state, event) => reduce(state, event, deps), session);
}

const SITE: SessionEvent[] = [
  { type: 'chooseLanguage', lang: 'en' },
  { type: 'site', field: 'customer', value: 'Dupont SA' },
  { type: 'site', field: 'name', value: 'Lyon HQ' },
  { type: 'site', field: 'address', value: '1 rue de la Paix' },
  { type: 'site', field: 'installer', value: 'Jean Martin' },
  { type: 'site', field: 'company', value: 'TelInstall' },
  { type: 'site', field: 'date', value: '2026-03-14' },
];

function system(release: string, remoteAccess: boolean): SessionEvent[] {
  return [
    ...SITE,
    { type: 'product', product: 'oxo' },
    { type: 'release', text: release },
    { type: 'confirmRelease' },
    { type: 'remoteAccess', wanted: remoteAccess },
  ];
}

const fresh = () => newSession('s1', 'fr', '2026-03-14');

/** The session standing on one item, opened from the review. */
function onItem(id: string, release = 'R910/021.001', remote = true): Session {
  const session = play(fresh(), ...system(release, remote));

  return { ...session, position: { screen: 'item', item: id } };
}

describe('session', () => {
  it('starts on the language screen with the visit dated today', () => {
    const session = fresh();
    expect(session.position).toEqual({ screen: 'language' });
    expect(session.visit.date).toBe('2026-03-14');
    expect(session.lang).toBe('fr');
  });

  it('asks the site and people in order and keeps what was typed', () => {
    const session = play(fresh(), ...SITE);
    expect(session.lang).toBe('en');
    expect(session.position).toEqual({ screen: 'product' });
    expect(session.visit.site).toEqual({
      customer: 'Dupont SA',
      name: 'Lyon HQ',
      address: '1 rue de la Paix',
    });
    expect(session.visit.people).toEqual({
      installer: { name: 'Jean Martin', company: 'TelInstall' },
    });
  });

  it('refuses an empty customer and a date that is not a calendar day', () => {
    const onCustomer = play(fresh(), { type: 'chooseLanguage', lang: 'fr' });
    expect(play(onCustomer, { type: 'site', field: 'customer', value: '  ' })).toBe(
      onCustomer,
    );
    const onDate = play(fresh(), ...SITE.slice(0, 6));
    expect(onDate.position).toEqual({ screen: 'site', field: 'date' });
    for (const value of ['2026-02-30', '14/03/2026', '2026-3-14']) {
      expect(play(onDate, { type: 'site', field: 'date', value })).toBe(onDate);
    }
  });

  it('stays on the release field when the release cannot be read', () => {
    const onRelease = play(fresh(), ...SITE, { type: 'product', product: 'oxo' });
    expect(play(onRelease, { type: 'release', text: 'R9.5' })).toBe(onRelease);
    const read = play(onRelease, { type: 'release', text: ' OXO Connect R5.1 ' });
    expect(read.position).toEqual({ screen: 'release-check' });
    expect(read.visit.release).toBe('OXO Connect R5.1');
    expect(read.visit.product).toBe('oxo-connect');
  });

  it('keeps what was typed in a field left with esc', () => {
    const onName = play(fresh(), ...SITE.slice(0, 2));
    const back = play(onName, { type: 'back', typed: 'Lyon' });
    expect(back.position).toEqual({ screen: 'site', field: 'customer' });
    expect(back.visit.site.name).toBe('Lyon');
  });

  it('pre-answers nothing before the remote-access question is answered', () => {
    const session = play(fresh(), ...system('R7.0', false).slice(0, -1));
    expect(session.position).toEqual({ screen: 'remote-access' });
    expect(presetOf(itemById('DivRemCust')!, session)).toBeNull();
  });

  it('pre-answers what the release does not have, and remote access when unwanted', () => {
    const session = play(fresh(), ...system('R7.0/026.001', false));
    expect(presetOf(itemById('DivRemCust')!, session)).toEqual({
      status: 'not-applicable',
      reason: 'unavailable',
      source: 'release',
      since: 'R7.1',
    });
    expect(presetOf(itemById('internet-access-device-secured')!, session)).toEqual({
      status: 'not-applicable',
      reason: 'no-remote-access',
      source: 'installer',
      since: null,
    });
    expect(presetOf(itemById('PerAssAlwd')!, session)).toBeNull();
    const wanted = play(fresh(), ...system('R7.0/026.001', true));
    expect(presetOf(itemById('internet-access-device-secured')!, wanted)).toBeNull();
  });

  it('walks from the remote-access question into the first section', () => {
    const session = play(fresh(), ...system('R910/021.001', true));
    expect(session.position).toEqual({ screen: 'section', section: 'briefing' });
    const first = play(session, { type: 'next' });
    expect(first.position).toEqual({ screen: 'item', item: 'customer-informed' });
    expect(play(first, { type: 'back' }).position).toEqual(session.position);
  });

  it('puts the forwarding rules after the remote-access intro', () => {
    const keys = pathOf(SECTIONS).map(positionKey);
    const intro = keys.indexOf('section:remote-access');
    expect(keys.slice(intro, intro + 3)).toEqual([
      'section:remote-access',
      'forwarding',
      'item:remote-access-only-if-needed',
    ]);
    expect(keys.filter((key) => key.startsWith('item:'))).toHaveLength(ITEMS.length);
  });

  it('counts the progress by section, item and answers', () => {
    const session = play(onItem('VMUMaxTry'), { type: 'choose', choice: 'compliant' });
    const progress = progressOf(
      { ...session, position: { screen: 'item', item: 'VMUMaxTry' } },
      SECTIONS,
    );
    const section = SECTIONS.findIndex((s) => s.id === 'noteworthy-addresses');
    expect(progress.section).toEqual({
      index: section + 1,
      count: SECTIONS.length,
      id: 'noteworthy-addresses',
    });
    expect(progress.item).toEqual({ index: 2, count: SECTIONS[section]!.items.length });
    expect(progress.total).toBe(ITEMS.length);
    // VMUMaxTry, and four items R9.1 does not have.
    expect(
      ITEMS.filter((item) => presetOf(item, session)).map((item) => item.id),
    ).toEqual([
      'operator-password-rules',
      'remote-access-vpn',
      'certificate-management',
      'omc-certificate-check',
    ]);
    expect(progress.answered).toBe(5);
  });

  it('records compliant at once and moves to the next item', () => {
    const session = play(onItem('PerAssAlwd'), { type: 'choose', choice: 'compliant' });
    expect(session.visit.answers.PerAssAlwd).toEqual({
      status: 'compliant',
      source: 'installer',
      answeredAt: NOW.toISOString(),
    });
    expect(session.position).toEqual({ screen: 'item', item: 'VMUMaxTry' });
  });

  it('proposes not compliant for a noteworthy address off its recommended value', () => {
    const item = itemById('PerAssAlwd')!;
    const visit = onItem('PerAssAlwd').visit;
    const check = checkValue(item, '1', visit);
    expect(check).toEqual({
      ok: true,
      value: '01',
      verdict: { kind: 'hex-byte', found: '01', recommended: '00', matches: false },
    });
    expect(check.ok && proposedStatus(check.verdict)).toBe('not-compliant');
    expect(checkValue(item, '0x00', visit)).toMatchObject({ ok: true, value: '00' });
    expect(checkValue(item, '100', visit)).toEqual({ ok: false, error: 'hex-byte' });
  });

  it('pre-fills the finding from the value check and records both', () => {
    const finding = 'PerAssAlwd reads 01; the note recommends 00.';
    const session = play(
      onItem('PerAssAlwd'),
      { type: 'choose', choice: 'value' },
      { type: 'value', value: '01', proposal: { status: 'not-compliant', finding } },
      { type: 'choose', choice: 'not-compliant' },
    );
    expect(session.draft).toMatchObject({ step: 'finding', fields: { finding } });
    const done = play(session, { type: 'field', value: `${finding} Set to 00 later.` });
    expect(done.visit.answers.PerAssAlwd).toEqual({
      status: 'not-compliant',
      value: '01',
      reason: `${finding} Set to 00 later.`,
      source: 'installer',
      answeredAt: NOW.toISOString(),
    });
  });

  it('checks ExtHttpsPo against the public port forwarded to 50443', () => {
    const item = itemById('ExtHttpsPo')!;
    const visit = {
      ...onItem('ExtHttpsPo').visit,
      forwarding: [{ publicPort: 33443, oxoPort: 50443 }],
    };
    expect(checkValue(item, '82a3', visit)).toEqual({
      ok: true,
      value: '82 A3',
      verdict: {
        kind: 'hex-port',
        found: '82 A3',
        port: 33443,
        expected: [33443],
        matches: true,
      },
    });
    const wrong = checkValue(item, '01 BB', visit);
    expect(wrong.ok && proposedStatus(wrong.verdict)).toBe('not-compliant');
    const unknown = checkValue(item, '82 A3', { ...visit, forwarding: [] });
    expect(unknown.ok && proposedStatus(unknown.verdict)).toBeNull();
  });

  it('recommends closing the forwarding when nobody has WAN API access', () => {
    const item = itemById('wan-api-access')!;
    const visit = {
      ...onItem('wan-api-access').visit,
      forwarding: [{ publicPort: 443, oxoPort: 50443 }],
    };
    const nobody = checkValue(item, '', visit);
    expect(nobody).toEqual({
      ok: true,
      value: [],
      verdict: {
        kind: 'users',
        users: [],
        findings: [{ code: 'close-forwarding', publicPorts: [443] }],
        checked: true,
      },
    });
    expect(nobody.ok && proposedStatus(nobody.verdict)).toBe('not-compliant');
    const some = checkValue(item, 'Anne, Bruno,, anne', visit);
    expect(some).toMatchObject({ ok: true, value: ['Anne', 'Bruno'] });
    expect(some.ok && proposedStatus(some.verdict)).toBe('compliant');
  });

  it('keeps only the verdict of a password check', () => {
    const session = play(
      onItem('management-password-control'),
      { type: 'choose', choice: 'password' },
      {
        type: 'passwordChecked',
        compliant: false,
        proposal: { status: 'not-compliant', finding: 'weak' },
      },
      { type: 'choose', choice: 'not-compliant' },
      { type: 'field', value: 'weak' },
    );
    expect(session.visit.answers['management-password-control']).toEqual({
      status: 'not-compliant',
      reason: 'weak',
      passwordCheck: {
        kind: 'management',
        compliant: false,
        checkedAt: NOW.toISOString(),
      },
      source: 'installer',
      answeredAt: NOW.toISOString(),
    });
  });

  it('asks who accepts a risk, why, and until a day not in the past', () => {
    let session = play(
      onItem('PerAssAlwd'),
      { type: 'choose', choice: 'risk-accepted' },
      { type: 'field', value: 'Mme Durand' },
      { type: 'field', value: 'Uses the Personal Assistant' },
    );
    expect(session.draft?.step).toBe('until');
    expect(play(session, { type: 'field', value: '2026-03-13' })).toBe(session);
    expect(play(session, { type: 'field', value: '2026-13-01' })).toBe(session);
    session = play(session, { type: 'field', value: '2026-03-14' });
    expect(session.visit.answers.PerAssAlwd).toEqual({
      status: 'risk-accepted',
      reason: 'Uses the Personal Assistant',
      acceptance: { by: 'Mme Durand', until: '2026-03-14' },
      source: 'installer',
      answeredAt: NOW.toISOString(),
    });
  });

  it('steps back through the form and keeps the text left with esc', () => {
    const session = play(
      onItem('PerAssAlwd'),
      { type: 'choose', choice: 'risk-accepted' },
      { type: 'field', value: 'Mme Durand' },
      { type: 'back', typed: 'Uses the' },
    );
    expect(session.draft).toEqual({
      item: 'PerAssAlwd',
      step: 'by',
      status: 'risk-accepted',
      fields: { by: 'Mme Durand', reason: 'Uses the' },
    });
    const choose = play(session, { type: 'back' });
    expect(choose.draft?.step).toBe('choose');
    expect(play(choose, { type: 'back' }).position).toEqual({
      screen: 'section',
      section: 'noteworthy-addresses',
    });
  });

  it('lets the installer keep a preset and re-answer it', () => {
    const session = onItem('DivRemCust', 'R7.0/026.001', true);
    const kept = play(session, { type: 'choose', choice: 'keep' });
    expect(kept.position).toEqual({ screen: 'item', item: 'CallCorres' });
    expect(kept.visit.answers.DivRemCust).toBeUndefined();
    const answered = play(session, { type: 'choose', choice: 'compliant' });
    expect(answered.visit.answers.DivRemCust?.status).toBe('compliant');
    expect(
      play(onItem('PerAssAlwd'), { type: 'choose', choice: 'keep' }).position,
    ).toEqual({
      screen: 'item',
      item: 'PerAssAlwd',
    });
  });

  it('returns to the review after an item opened from it', () => {
    const review: Session = { ...onItem('PerAssAlwd'), position: { screen: 'review' } };
    const opened = play(review, { type: 'jump', item: 'VMUMaxTry' });
    expect(opened.position).toEqual({ screen: 'item', item: 'VMUMaxTry' });
    expect(play(opened, { type: 'choose', choice: 'compliant' }).position).toEqual({
      screen: 'review',
    });
    expect(play(opened, { type: 'back' }).position).toEqual({ screen: 'review' });
    expect(play(review, { type: 'jump', item: 'no-such-item' })).toBe(review);
  });

  it('holds the sign-off until every item is answered', () => {
    const review: Session = { ...onItem('PerAssAlwd'), position: { screen: 'review' } };
    expect(play(review, { type: 'next' })).toBe(review);
    expect(unansweredItems(review, SECTIONS)[0]).toBe('customer-informed');
    const all = answerAll(review);
    expect(reviewComplete(all, deps)).toBe(true);
    expect(play(all, { type: 'next' }).position).toEqual({
      screen: 'sign-off',
      step: 'signer-name',
    });
  });

  it('signs off with both confirmations and their times, then finishes', () => {
    const times = ['2026-03-14T10:00:00.000Z', '2026-03-14T10:05:00.000Z'];
    let clock = 0;
    const timed: SessionDeps = { sections: SECTIONS, now: () => new Date(times[clock]!) };
    const start = {
      ...answerAll(onItem('PerAssAlwd')),
      position: { screen: 'review' },
    } as Session;
    let session = [
      { type: 'next' },
      { type: 'signer', value: 'Mme Durand' },
      { type: 'signer', value: 'IT manager' },
      { type: 'installerConfirms' },
    ].reduce((state, event) => reduce(state, event as SessionEvent, timed), start);
    // The installer cannot confirm before the customer has.
    expect(session.position).toEqual({ screen: 'sign-off', step: 'acknowledge' });
    session = reduce(session, { type: 'customerConfirms' }, timed);
    clock = 1;
    session = reduce(session, { type: 'installerConfirms' }, timed);
    expect(session.visit.signOff).toEqual({
      customer: { name: 'Mme Durand', role: 'IT manager', confirmedAt: times[0] },
      installer: { name: 'Jean Martin', confirmedAt: times[1] },
    });
    expect(session.finished).toBe(true);
    expect(session.reportPending).toBe(true);
    expect(session.position).toEqual({ screen: 'finished' });
    expect(reduce(session, { type: 'back' }, timed)).toBe(session);
    expect(reduce(session, { type: 'setLanguage', lang: 'fr' }, timed).lang).toBe('fr');
    // Once the report is on disk, the visit is finished and nothing is pending.
    const written = reduce(session, { type: 'reportWritten' }, timed);
    expect(written).toEqual({ ...session, reportPending: undefined });
    expect(written).not.toHaveProperty('reportPending');
    // Told again, a finished visit is saved again: its index entry is put right.
    const again = reduce(written, { type: 'reportWritten' }, timed);
    expect(again).toEqual(written);
    expect(again).not.toBe(written);
    expect(reduce(start, { type: 'reportWritten' }, timed)).toBe(start);
  });

  it('switches language on any screen without losing the form', () => {
    const session = play(onItem('PerAssAlwd'), {
      type: 'choose',
      choice: 'risk-accepted',
    });
    const switched = play(session, { type: 'setLanguage', lang: 'en' });
    expect(switched).toEqual({ ...session, lang: 'en' });
    expect(currentItem(switched, deps)?.id).toBe('PerAssAlwd');
  });
});

function answerAll(session: Session): Session {
  const answers = Object.fromEntries(
    ITEMS.map((item) => [
      item.id,
      {
        status: 'compliant' as const,
        source: 'installer' as const,
        answeredAt: NOW.toISOString(),
      },
    ]),
  );

  return { ...session, visit: { ...session.visit, answers } };
}
