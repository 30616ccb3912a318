import {
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { Answer, Visit } from '../src/answers.js';
import { readAnswers } from '../src/answers-file.js';
import { run as report } from '../src/commands/report.js';
import { run as review } from '../src/commands/review.js';
import type { CommandContext } from '../src/context.js';
import { Failure, UsageError } from '../src/errors.js';
import { messages, type Lang } from '../src/i18n.js';
import { installerKey } from '../src/keys.js';
import { createOutput } from '../src/output.js';
import { buildRecord, type ReportRecord } from '../src/record.js';
import { reportFileName } from '../src/report/files.js';
import {
  endingSoonOf,
  newReviewSession,
  newSession,
  reduce,
  resumable,
  signOptionsOf,
  type Session,
  type SessionDeps,
  type SessionEvent,
} from '../src/session/index.js';
import { envelopeText, signRecord, type SignedReport } from '../src/signature.js';
import { openStore } from '../src/store.js';
import { App, type AppProps } from '../src/ui/App.js';
import { ITEMS, SECTIONS } from '../steps/index.js';
import {
  KEY,
  mount,
  mountSized,
  NOW,
  plainOutput,
  press,
  tempHome,
  waitFor,
  type Screen,
} from './ui/harness.js';

const en = messages('en');
const fr = messages('fr');
const deps: SessionDeps = { sections: SECTIONS, now: () => NOW };
const VISIT_MADE = new Date('2025-03-14T16:50:00Z');
const tempDir = (name: string) => mkdtempSync(join(tmpdir(), `oxo-harden-${name}-`));
/** The items that R9.1 has and R8.2 did not, or that changed between the two. */
const UPGRADED = [
  'trivial-password-reset',
  'management-password-control',
  'AutoPwdChk',
  'installer-reset-identity',
  'CallCorres',
];
const ENDED = {
  id: 'latest-version',
  why: 'acceptance-expired',
  acceptance: { by: 'Claire Dubois, directrice', until: '2025-08-31' },
};
const SITE = 'Clinique vétérinaire des Tilleuls — Cabinet principal — Lyon 7e';

/** Screens turn the non-breaking spaces of French typography into plain ones. */
const shown = (text: string) => text.replace(/\u00a0/g, ' ');
/** A frame's words with its line breaks and indents as single spaces, for text that wraps. */
const flat = (text: string) => shown(text).replace(/\s+/g, ' ');

function sampleVisit(): Visit {
  const answers = readAnswers(
    readFileSync('examples/answers.sample.json', 'utf8'),
    ITEMS,
  );
  if (!answers.ok) throw new Error('the sample should load');

  return answers.visit;
}

interface Previous {
  path: string;
  record: ReportRecord;
  digest: string;
}

/** The site's last report, made on R8.2 a year ago, written as its .json file in `dir`. */
function previousReport(
  dir: string,
  change: (visit: Visit) => void = () => {},
): Previous {
  const visit = { ...sampleVisit(), release: 'R820/026.007' };
  change(visit);
  const record = buildRecord(visit, { now: VISIT_MADE, timeZone: 'Europe/Paris' });
  const signed: SignedReport = signRecord(record, installerKey(tempDir('previous-key')));
  mkdirSync(dir, { recursive: true });
  const path = join(dir, reportFileName(record, 'json', 'en'));
  writeFileSync(path, envelopeText(signed));

  return { path, record, digest: signed.digest };
}

/** The sample's acceptance, this time ending 16 days after the review. */
function endingSoon(visit: Visit) {
  visit.answers['latest-version']!.acceptance = {
    by: 'Claire Dubois, directrice',
    until: '2026-03-30',
  };
}

function play(session: Session, events: SessionEvent[], with_ = deps): Session {
  return events.reduce((state, event) => reduce(state, event, with_), session);
}

/** The set-up screens of a review, every pre-filled field confirmed as it stands. */
function setUp(session: Session, release: string, remoteAccess = true): Session {
  const { site, people, date } = session.visit;
  return play(session, [
    { type: 'chooseLanguage', lang: session.lang },
    { type: 'site', field: 'customer', value: site.customer },
    { type: 'site', field: 'name', value: site.name },
    { type: 'site', field: 'address', value: site.address },
    { type: 'site', field: 'installer', value: people.installer.name },
    { type: 'site', field: 'company', value: people.installer.company },
    { type: 'site', field: 'date', value: date },
    { type: 'product', product: session.visit.product },
    { type: 'release', text: release },
    { type: 'confirmRelease' },
    { type: 'remoteAccess', wanted: remoteAccess },
  ]);
}

function reviewOf(previous: Previous, lang: Lang = 'en', id = 'review-1'): Session {
  return newReviewSession(id, lang, previous, NOW);
}

const carriedIds = (session: Session) =>
  Object.entries(session.visit.answers)
    .filter(([, answer]) => answer.source === 'previous')
    .map(([id]) => id);

describe('review session', () => {
  it('starts from the previous report, its answers carried and the ended acceptance flagged', () => {
    const previous = previousReport(tempDir('previous'));
    const session = reviewOf(previous);

    expect(session.position).toEqual({ screen: 'language' });
    expect(session.visit.site).toEqual(previous.record.site);
    expect(session.visit.people).toEqual(previous.record.people);
    expect(session.visit).toMatchObject({
      date: '2026-03-14',
      product: 'oxo',
      release: 'R820/026.007',
      remoteAccess: true,
      forwarding: [{ publicPort: 33443, oxoPort: 50443, trunk: false }],
    });
    // The sample's 42 answers of the installer's, less the acceptance that ended.
    expect(carriedIds(session)).toHaveLength(41);
    expect(session.visit.answers['set-locking']).toEqual({
      status: 'not-compliant',
      reason:
        'Les deux postes de l’accueil restent déverrouillés le week-end ; consigne remise à Mme Dubois.',
      source: 'previous',
      answeredAt: '2025-03-14T09:48:00+01:00',
    });
    expect(session.visit.answers['latest-version']).toBeUndefined();
    expect(session.review).toEqual({
      previous: previous.record,
      previousDigest: previous.digest,
      timeZone: 'Europe/Paris',
      flagged: [ENDED],
    });
    expect(JSON.parse(JSON.stringify(session))).toEqual(session);
  });

  it('judges again what is carried when the release is upgraded, and when it is put back', () => {
    const session = reviewOf(previousReport(tempDir('previous')));
    const upgraded = setUp(session, 'R910/021.001');

    for (const id of UPGRADED) expect(upgraded.visit.answers[id]).toBeUndefined();
    expect(carriedIds(upgraded)).toHaveLength(36);
    expect(upgraded.review?.flagged).toEqual([
      ...UPGRADED.map((id) => ({ id, why: 'availability-changed' })),
      ENDED,
    ]);
    expect(upgraded.position).toEqual({ screen: 'section', section: 'briefing' });

    const back = play(upgraded, Array<SessionEvent>(3).fill({ type: 'back' }));
    expect(back.position).toEqual({ screen: 'release' });
    const again = play(back, [{ type: 'release', text: 'R820/026.007' }]);
    expect(carriedIds(again)).toHaveLength(41);
    expect(again.review?.flagged).toEqual([ENDED]);
  });

  it('keeps what the installer answered when the release changes, and drops only what no longer carries', () => {
    const session = setUp(reviewOf(previousReport(tempDir('previous'))), 'R820/026.007');
    const answered: Answer = {
      status: 'compliant',
      source: 'installer',
      answeredAt: NOW.toISOString(),
    };
    const onRelease: Session = {
      ...session,
      position: { screen: 'release' },
      visit: {
        ...session.visit,
        answers: { ...session.visit.answers, AutoPwdChk: answered },
      },
    };
    const upgraded = play(onRelease, [{ type: 'release', text: 'R910/021.001' }]);

    expect(upgraded.visit.answers.AutoPwdChk).toEqual(answered);
    expect(upgraded.visit.answers.CallCorres).toBeUndefined();
  });

  it('leaves the remote-access items to the customer’s choice when remote access is no longer wanted', () => {
    const session = setUp(
      reviewOf(previousReport(tempDir('previous'))),
      'R820/026.007',
      false,
    );
    const remote = ITEMS.filter((item) => item.needsRemoteAccess).map((item) => item.id);

    for (const id of remote) expect(session.visit.answers[id]).toBeUndefined();
    expect(session.visit.remoteAccess).toBe(false);
    expect(carriedIds(session)).toHaveLength(36);
  });

  it('keeps a carried answer as it is, and its words when the same status is chosen again', () => {
    const session = setUp(reviewOf(previousReport(tempDir('previous'))), 'R820/026.007');
    const onItem = (id: string): Session => ({
      ...session,
      position: { screen: 'item', item: id },
    });

    const kept = play(onItem('set-locking'), [{ type: 'choose', choice: 'keep' }]);
    expect(kept.visit.answers['set-locking']).toEqual(
      session.visit.answers['set-locking'],
    );
    expect(kept.position).toEqual({ screen: 'item', item: 'user-password-control' });

    const again = play(onItem('set-locking'), [
      { type: 'choose', choice: 'not-compliant' },
    ]);
    expect(again.draft).toEqual({
      item: 'set-locking',
      step: 'finding',
      status: 'not-compliant',
      fields: {
        finding:
          'Les deux postes de l’accueil restent déverrouillés le week-end ; consigne remise à Mme Dubois.',
      },
    });
    const confirmed = play(again, [
      { type: 'field', value: 'Les postes de l’accueil restent déverrouillés.' },
    ]);
    expect(confirmed.visit.answers['set-locking']).toEqual({
      status: 'not-compliant',
      reason: 'Les postes de l’accueil restent déverrouillés.',
      source: 'installer',
      answeredAt: NOW.toISOString(),
    });
  });

  it('judges the review again on resume, when an acceptance ended in between', () => {
    const previous = previousReport(tempDir('previous'), endingSoon);
    const session = setUp(reviewOf(previous), 'R820/026.007');
    expect(session.visit.answers['latest-version']).toMatchObject({
      status: 'risk-accepted',
      source: 'previous',
    });
    expect(endingSoonOf(session, deps)).toEqual([
      {
        id: 'latest-version',
        by: 'Claire Dubois, directrice',
        until: '2026-03-30',
        daysLeft: 16,
      },
    ]);

    const later = { sections: SECTIONS, now: () => new Date('2026-04-01T08:00:00Z') };
    const resumed = resumable(session, later);
    expect(resumed.visit.answers['latest-version']).toBeUndefined();
    expect(resumed.review?.flagged).toEqual([
      { ...ENDED, acceptance: { ...ENDED.acceptance, until: '2026-03-30' } },
    ]);
    expect(endingSoonOf(resumed, later)).toEqual([]);
  });

  it('signs the review with the report it follows and what changed since', () => {
    const previous = previousReport(tempDir('previous'));
    const session = setUp(reviewOf(previous), 'R910/021.001');
    const record = buildRecord(session.visit, { now: NOW, ...signOptionsOf(session) });

    expect(record.previousDigest).toBe(previous.digest);
    expect(record.timeZone).toBe('Europe/Paris');
    expect(record.review?.previous.visitDate).toBe('2025-03-14');
    expect(record.review?.release).toEqual({
      from: { product: 'oxo', line: 'R8.2', version: '026.007' },
      to: { product: 'oxo', line: 'R9.1', version: '021.001' },
    });
    expect(record.items.filter((entry) => entry.source === 'previous')).toHaveLength(36);
    expect(signOptionsOf(newSession('s1', 'en', '2026-03-14'))).toEqual({});
  });
});

interface Started {
  screen: Screen;
  home: string;
  quits: string[];
}

/** The wizard as `oxo-harden review <report>` or `oxo-harden` starts it. */
async function startApp(
  options: {
    home?: string;
    lang?: Lang;
    review?: AppProps['review'];
    size?: { columns: number; rows: number };
  } = {},
): Promise<Started> {
  const home = options.home ?? tempHome();
  const quits: string[] = [];
  let ids = 0;
  const tree = (
    <App
      store={openStore(home)}
      sections={SECTIONS}
      out={plainOutput()}
      lang={options.lang ?? 'en'}
      home={home}
      now={() => NOW}
      newId={() => `review-${++ids}`}
      onQuit={(how) => quits.push(how)}
      review={options.review}
    />
  );
  const { size } = options;
  const screen = size
    ? await mountSized(tree, size.columns, size.rows)
    : await mount(tree);

  return { screen, home, quits };
}

const verified = (previous: Previous) => ({
  path: previous.path,
  record: previous.record,
  digest: previous.digest,
  notComparedVersion: null,
});

/** A review saved at `position`, set up on `release`, as the wizard would have left it. */
function savedReview(
  home: string,
  previous: Previous,
  position: Session['position'],
  { release = 'R910/021.001', lang = 'en' as Lang } = {},
): Session {
  const session = { ...setUp(reviewOf(previous, lang), release), position };
  openStore(home).save(session, NOW);

  return session;
}

describe('review in the wizard', () => {
  it('starts from a report the wizard wrote, picked on the start screen, and asks whether each answer is still true', async () => {
    const home = tempHome();
    const previous = previousReport(join(home, 'reports'));
    const { screen } = await startApp({ home });

    const start = await waitFor(screen, en.wizard.start.headingNone);
    expect(start).toContain(
      `  ${en.review.wizard.startOption}\n› ${en.wizard.start.newVisit}`,
    );
    await press(screen, `${KEY.up}\r`);
    const pick = await waitFor(screen, en.review.wizard.pick.heading);
    expect(pick).toContain(`› 2025-03-14 · ${SITE} · R820/026.007`.slice(0, 78));
    expect(pick).toContain(`  ${en.review.wizard.pick.typePath}`);
    await press(screen, '\r');

    const intro = flat(await waitFor(screen, en.review.wizard.intro.begin));
    expect(intro).toContain(
      en.review.wizard.intro.follows({
        site: SITE,
        date: '2025-03-14',
        release: 'R8.2/026.007',
      }),
    );
    expect(intro).toContain(previous.digest);
    expect(intro).toContain(en.review.wizard.intro.carried({ count: 41 }));
    expect(intro).toContain(en.review.wizard.intro.flagged({ count: 1 }));
    expect(intro).toContain(
      en.review.wizard.intro.expired({
        title: `4 ${en.items['latest-version'].title}`,
        by: 'Claire Dubois, directrice',
        until: '2025-08-31',
      }),
    );
    await press(screen, '\r');
    const language = await waitFor(screen, en.wizard.language.heading);
    expect(language.split('\n')[0]).toMatch(/^Periodic review · Set-up 1\/3 +Clinique/);

    await press(screen, '\r');
    await waitFor(screen, `› ${previous.record.site.customer}`);
    await press(screen, '\r\r\r\r\r\r');
    await waitFor(screen, en.wizard.system.product);
    await press(screen, '\r');
    await waitFor(screen, '› R820/026.007');
    await press(screen, '\r');
    await waitFor(screen, en.wizard.system.readBack);
    await press(screen, '\r');
    const remote = await waitFor(screen, en.wizard.system.remoteQuestion.slice(0, 40));
    expect(remote).toContain(`› ${en.wizard.system.remoteYes}`);
    await press(screen, '\r\r');

    const item = await waitFor(screen, en.items['customer-informed'].title);
    expect(item.split('\n')[0]).toMatch(
      /^Periodic review · Section 1\/9 · Item 1\/3 · 45\/46 answered/,
    );
    expect(flat(item)).toContain(
      'Last time (2025-03-14): Compliant. Présentation faite à Mme Dubois et à l’assistante de direction.',
    );
    expect(item).toContain(
      `${en.review.wizard.stillTrue}\n› ${en.review.wizard.keep({ status: 'compliant' })}\n`,
    );
    await press(screen, '\r');
    await waitFor(screen, en.items['security-level-agreed'].title);
    const [saved] = openStore(home).list();
    const session = openStore(home).get(saved!.id);
    expect(session?.review?.previousDigest).toBe(previous.digest);
    expect(session?.visit.answers['customer-informed']?.source).toBe('previous');
  });

  it('refuses a changed report or a file that is not one, says why, and takes another', async () => {
    const previous = previousReport(tempDir('previous'));
    const changed = join(tempDir('changed'), 'changed.json');
    writeFileSync(
      changed,
      readFileSync(previous.path, 'utf8').replace('"Directrice"', '"Gérante"'),
    );
    const { screen } = await startApp();
    await waitFor(screen, en.wizard.language.heading);
    // Esc on the first screen of a new visit leads to the start screen.
    await press(screen, KEY.escape);
    await waitFor(screen, en.wizard.start.headingNone);
    await press(screen, `${KEY.up}\r`);
    await waitFor(screen, en.review.wizard.pick.question.slice(0, 30));

    await press(screen, `${changed}\r`);
    const refused = flat(await waitFor(screen, 'cannot be trusted'));
    expect(refused).toContain(
      `✗ ${en.review.tampered({ path: changed, count: '1' })} • ${en.verify.problem['record-changed']({ paths: 'signOff.customer.role' })} ${en.review.tamperedAdvice}`,
    );
    expect(refused).toContain(`› ${changed}`);

    await press(
      screen,
      `${KEY.backspace.repeat(changed.length)}'examples/answers.sample.json'\r`,
    );
    const stranger = flat(await waitFor(screen, 'is not an oxo-harden report'));
    expect(stranger).toContain(
      `✗ ${en.review.notAReport({ path: 'examples/answers.sample.json' })}`,
    );

    await press(screen, `${KEY.backspace.repeat(40)}${previous.path}\r`);
    await waitFor(screen, en.review.wizard.intro.begin);
  });

  it('says why an item changed by the upgrade needs a full answer', async () => {
    const home = tempHome();
    savedReview(home, previousReport(tempDir('previous')), {
      screen: 'item',
      item: 'AutoPwdChk',
    });
    const { screen } = await startApp({ home });
    await waitFor(screen, en.wizard.start.heading);
    await press(screen, '\r');
    const item = flat(await waitFor(screen, en.items.AutoPwdChk.title));

    expect(item).toContain(`! ${en.review.wizard.flagged['availability-changed']}`);
    expect(item).toContain(en.wizard.item.question);
    expect(item).not.toContain(en.review.wizard.stillTrue);
  });

  it('shows an ended acceptance as such, and never carries it', async () => {
    const home = tempHome();
    savedReview(home, previousReport(tempDir('previous')), {
      screen: 'item',
      item: 'latest-version',
    });
    const { screen } = await startApp({ home });
    await waitFor(screen, en.wizard.start.heading);
    await press(screen, '\r');
    const item = flat(await waitFor(screen, en.items['latest-version'].title));

    expect(item).toContain(
      `! ${en.review.wizard.expired({ by: 'Claire Dubois, directrice', until: '2025-08-31' })}`,
    );
    expect(item).not.toContain(en.review.wizard.keep({ status: '' }).trim());
    expect(item).toContain(
      `${en.wizard.item.question} › ${en.wizard.item.choice.compliant}`,
    );

    const seeded = openStore(home).list()[0]!;
    expect(
      openStore(home).get(seeded.id)?.visit.answers['latest-version'],
    ).toBeUndefined();
    await press(screen, `${KEY.down.repeat(3)}\rNot checked on site\r`);
    await waitFor(screen, en.wizard.review.heading);
  });

  it('warns of an acceptance ending within 30 days, on its item and on the review screen', async () => {
    const home = tempHome();
    const previous = previousReport(tempDir('previous'), endingSoon);
    const session = savedReview(home, previous, {
      screen: 'item',
      item: 'latest-version',
    });
    const { screen } = await startApp({ home });
    await waitFor(screen, en.wizard.start.heading);
    await press(screen, '\r');
    const item = flat(await waitFor(screen, en.items['latest-version'].title));
    const left = en.review.daysLeft({ days: '16' });

    expect(item).toContain(
      'Last time (2025-03-14): Risk accepted. Mise à jour vers la dernière version',
    );
    expect(item).toContain(
      `! ${en.review.wizard.endingSoon({ by: 'Claire Dubois, directrice', until: '2026-03-30', left })}`,
    );
    expect(item).toContain(
      `${en.review.wizard.stillTrue} › ${en.review.wizard.keep({ status: 'risk accepted' })}`,
    );

    await press(screen, '\r');
    const frame = await waitFor(screen, en.wizard.review.heading);
    const title = `4 ${en.items['latest-version'].title}`;
    expect(flat(frame)).toContain(
      `! ${en.review.wizard.endingSoonList({ count: 1, items: `${title} (${left})` })}`,
    );
    // End: the last item, the one the acceptance is on.
    await press(screen, '\u001b[F');
    const row = await waitFor(screen, `— ${en.review.wizard.rowEnding({ left })}`);
    expect(row).toContain(`› ! 4 ${en.items['latest-version'].title}`);
    expect(openStore(home).get(session.id)?.visit.answers['latest-version']).toEqual(
      session.visit.answers['latest-version'],
    );
  });

  it('asks in French whether last time’s answer is still true', async () => {
    const home = tempHome();
    savedReview(
      home,
      previousReport(tempDir('previous')),
      { screen: 'item', item: 'customer-informed' },
      { lang: 'fr' },
    );
    const { screen } = await startApp({ home, lang: 'fr' });
    await waitFor(screen, fr.wizard.start.heading);
    await press(screen, '\r');
    const item = await waitFor(screen, fr.items['customer-informed'].title);

    expect(item.split('\n')[0]).toMatch(
      /^Revue périodique · Section 1\/9 · Point 1\/3 · \d+\/46 répondus/,
    );
    expect(flat(item)).toContain(
      'La dernière fois (2025-03-14) : Conforme. Présentation faite à Mme Dubois',
    );
    expect(shown(item)).toContain(
      shown(
        `${fr.review.wizard.stillTrue}\n› ${fr.review.wizard.keep({ status: 'conforme' })}\n`,
      ),
    );
  });

  it('marks a review in progress as one on the start screen', async () => {
    const home = tempHome();
    const previous = previousReport(tempDir('previous'));
    savedReview(home, previous, { screen: 'item', item: 'VMUMaxTry' });
    expect(openStore(home).list()[0]?.review).toBe(true);
    const { screen } = await startApp({ home });
    const start = await waitFor(screen, en.wizard.start.heading);
    const row = start.split('\n').find((line) => line.startsWith('› '));
    expect(row).toMatch(new RegExp(`^› ${en.review.wizard.progress} · `));
  });

  it('resumes the review of the same report rather than start it twice', async () => {
    const home = tempHome();
    const previous = previousReport(tempDir('previous'));
    savedReview(home, previous, { screen: 'item', item: 'VMUMaxTry' });
    const { screen } = await startApp({ home, review: verified(previous) });
    const item = await waitFor(screen, en.items.VMUMaxTry.title);

    expect(item.split('\n')[0]).toMatch(/^Periodic review · Section 5\/9 · Item 2\//);
    expect(openStore(home).list()).toHaveLength(1);
  });

  it('writes the report of a review signed off but never written rather than start it again', async () => {
    const home = tempHome();
    const previous = previousReport(tempDir('previous'));
    const signed = savedReview(home, previous, { screen: 'finished' });
    openStore(home).save({ ...signed, finished: true, reportPending: true }, NOW);
    const { screen } = await startApp({ home, review: verified(previous) });
    await waitFor(screen, (frame) => frame.includes('_en.pdf'));
    await waitFor(screen, () => openStore(home).get(signed.id)?.reportPending !== true);

    expect(readdirSync(join(home, 'reports'))).toHaveLength(4);
    expect(openStore(home).list()).toHaveLength(1);
  });

  it('writes the review’s report, naming the report it follows, and says what changed', async () => {
    const home = tempHome();
    const previous = previousReport(tempDir('previous'));
    const base = savedReview(home, previous, { screen: 'sign-off', step: 'installer' });
    const answers: Record<string, Answer> = { ...base.visit.answers };
    for (const id of [...UPGRADED, 'latest-version'])
      answers[id] = {
        status: 'compliant',
        source: 'installer',
        answeredAt: NOW.toISOString(),
      };
    openStore(home).save(
      {
        ...base,
        visit: { ...base.visit, answers },
        signer: {
          name: 'Mme Dubois',
          role: 'Directrice',
          confirmedAt: NOW.toISOString(),
        },
      },
      NOW,
    );
    const { screen, quits } = await startApp({ home });
    await waitFor(screen, en.wizard.start.heading);
    await press(screen, '\r');
    await waitFor(
      screen,
      en.wizard.signOff.installerConfirms({ name: 'Julien Marchand' }),
    );
    await press(screen, '\r');

    const done = flat(await waitFor(screen, en.review.wizard.finished.heading));
    await waitFor(screen, en.wizard.finished.wrote({ path: '' }).trim());
    const json = join(home, 'reports', 'Cabinet-principal-Lyon-7e_2026-03-14.json');
    const made = JSON.parse(readFileSync(json, 'utf8')) as SignedReport;
    expect(made.record.previousDigest).toBe(previous.digest);
    expect(made.record.review?.fixed).toEqual([
      { id: 'latest-version', was: 'risk-accepted', now: 'compliant' },
    ]);
    expect(done).toContain(en.review.wizard.finished.heading);
    const written = flat(screen.lastFrame() ?? '');
    expect(written).toContain(
      en.review.wizard.finished.follows({ digest: previous.digest, date: '2025-03-14' }),
    );
    expect(written).toContain(
      en.review.wizard.finished.nextReview({ date: '2027-03-14' }),
    );
    await press(screen, '\u001b[6~');
    const summary = flat(await waitFor(screen, en.review.summaryHeading));
    expect(summary).toContain(
      `• ${en.review.count({ label: en.review.carried, count: '36' })}`,
    );
    expect(summary).toContain(`• Fixed (1): latest-version`);
    expect(readdirSync(join(home, 'reports'))).toHaveLength(4);
    await press(screen, '\r');
    expect(quits).toEqual(['done']);
  });
});

describe('the commands around a review in the wizard', () => {
  function sink() {
    const chunks: string[] = [];
    const stream = new Writable({
      write(chunk, _encoding, done) {
        chunks.push(String(chunk));
        done();
      },
    });

    return { stream, text: () => chunks.join('') };
  }

  /** A context whose input and output are terminals, as the wizard needs them. */
  function inTerminal(args: string[], home = tempHome()) {
    const stdout = sink();
    const stderr = sink();
    Object.assign(stdout.stream, { isTTY: true });
    const stdin = Object.assign(new Writable(), { isTTY: true });
    const ctx: CommandContext = {
      args,
      env: {},
      stdin: stdin as unknown as CommandContext['stdin'],
      out: createOutput({ env: {}, stdout: stdout.stream, stderr: stderr.stream }),
      lang: 'en',
      m: en,
      home,
      now: () => NOW,
    };

    return { ctx, run: () => review(ctx), stdout, stderr };
  }

  const refused = async (promise: Promise<unknown>) => {
    try {
      await promise;
    } catch (error) {
      return error as Error;
    }
    throw new Error('expected the review to be refused');
  };

  it('refuses a changed report in a terminal before the wizard starts, as with an answers file', async () => {
    const previous = previousReport(tempDir('previous'));
    const changed = join(tempDir('changed'), 'changed.json');
    writeFileSync(
      changed,
      readFileSync(previous.path, 'utf8').replace('"Directrice"', '"Gérante"'),
    );
    const terminal = inTerminal([changed]);
    const error = await refused(terminal.run());

    expect(error).toBeInstanceOf(Failure);
    expect(error.message).toBe(
      [
        `✗ ${changed} cannot be trusted, so it cannot be reviewed: 1 check(s) failed.`,
        '  • The readable record differs from the signed one at: signOff.customer.role.',
        'Review from an intact copy of the report (the customer’s, or your own), or start a new visit in the wizard.',
      ].join('\n'),
    );
    expect(terminal.stdout.text()).toBe('');
    const stranger = await refused(inTerminal(['examples/answers.sample.json']).run());
    expect(stranger).toBeInstanceOf(UsageError);
    expect(stranger.message).toBe(
      en.review.notAReport({ path: 'examples/answers.sample.json' }),
    );
  });

  it('refuses in a terminal the flags that only shape a report made from an answers file', async () => {
    const { path } = previousReport(tempDir('previous'));
    const home = tempHome();
    const error = await refused(
      inTerminal([path, '--json', '--out', 'x', '--release', 'R9.1'], home).run(),
    );

    expect(error).toBeInstanceOf(UsageError);
    expect(error.message).toBe(
      `--out, --release, --json only go with --answers. Without it, the review is answered in the wizard, which writes its report to ${join(home, 'reports')}.`,
    );
  });

  it('writes a finished review again with report --session, still naming the report it follows', async () => {
    const home = tempHome();
    const previous = previousReport(tempDir('previous'));
    const session = savedReview(home, previous, { screen: 'finished' });
    openStore(home).save({ ...session, finished: true }, NOW);
    const out = tempDir('out');
    const args = ['--session', session.id, '--out', out, '--format', 'json'];
    expect(await report(inTerminal(args, home).ctx)).toBe(0);
    const [json] = readdirSync(out);
    const made = JSON.parse(readFileSync(join(out, json!), 'utf8')) as SignedReport;

    expect(made.record.previousDigest).toBe(previous.digest);
  });
});

const SIZE = { columns: 80, rows: 24 };

/**
 * Every frame drawn so far that does not fit 80×24: too many lines, a line
 * too wide, no key hints at the bottom, or the choices of an item cut.
 */
function overflowing(screen: Screen, lang: Lang): string[] {
  const m = messages(lang);
  const lastChoice = shown(m.wizard.item.choice['risk-accepted']);
  const questions = [m.wizard.item.question, m.review.wizard.stillTrue].map(shown);

  return screen.frames.flatMap((frame) => {
    const lines = frame.split('\n');
    const problems: string[] = [];
    if (lines.length > SIZE.rows - 1) problems.push(`${lines.length} lines`);
    const wide = lines.filter((line) => [...line].length > SIZE.columns);
    if (wide.length > 0) problems.push(`too wide: ${JSON.stringify(wide)}`);
    const hints = lines.at(-1) ?? '';
    if (![m.wizard.keys.confirm, m.wizard.keys.close].some((key) => hints.includes(key)))
      problems.push('no key hints at the bottom');
    const asking = questions.some((question) => shown(frame).includes(question));
    if (asking && !shown(frame).includes(lastChoice))
      problems.push('the choices are cut');

    return problems.length > 0 ? [`${problems.join('; ')}\n${frame}`] : [];
  });
}

/** A last report with every notice a review gives: ended, ending soon, long names. */
function loudPrevious(dir: string): Previous {
  return previousReport(dir, (visit) => {
    endingSoon(visit);
    visit.site = {
      customer: 'Clinique vétérinaire Saint-Éloi de la Haute-Vallée du Lot',
      name: 'Cabinet principal — Agen, 12 rue du Port',
      address: '12 rue du Port, 47000 Agen',
    };
    for (const [id, until] of [
      ['set-locking', '2025-09-30'],
      ['VMUMaxTry', '2026-04-02'],
    ] as const) {
      visit.answers[id] = {
        status: 'risk-accepted',
        reason:
          'Le client s’en sert tous les jours et reverra la question à la prochaine visite annuelle.',
        acceptance: { by: 'Mme Claire Dubois-Lambert, directrice administrative', until },
        source: 'installer',
        answeredAt: '2025-03-14T10:00:00+01:00',
      };
    }
  });
}

describe.each<Lang>(['en', 'fr'])('review layout in %s', (lang) => {
  const m = messages(lang);

  it('fits the choice of a report, its refusal and the review’s first screen in 80×24', async () => {
    const home = tempHome();
    const previous = loudPrevious(join(home, 'reports'));
    const changed = join(tempDir('a-folder-with-a-rather-long-name'), 'changed.json');
    writeFileSync(
      changed,
      readFileSync(previous.path, 'utf8').replace('"Directrice"', '"Gérante"'),
    );
    const { screen } = await startApp({ home, lang, size: SIZE });
    await waitFor(screen, shown(m.wizard.start.headingNone));
    await press(screen, `${KEY.up}\r`);
    await waitFor(screen, shown(m.review.wizard.pick.typePath));
    await press(screen, `${KEY.down}\r`);
    await press(screen, `${changed}\r`);
    await waitFor(screen, shown(m.review.tamperedAdvice).slice(0, 30));
    await press(screen, KEY.escape);
    await press(screen, `${KEY.up}\r`);
    await waitFor(screen, shown(m.review.wizard.intro.heading));
    await press(screen, '\u001b[6~\u001b[6~');
    await waitFor(screen, shown(m.review.wizard.intro.begin));
    await press(screen, '\r');
    await waitFor(screen, shown(m.wizard.language.heading));

    expect(overflowing(screen, lang)).toEqual([]);
  });

  it('fits the review’s items, release check, review and end in 80×24', async () => {
    const previous = loudPrevious(tempDir('previous'));
    const frames: string[] = [];
    for (const position of [
      { screen: 'release-check' },
      { screen: 'item', item: 'latest-version' },
      { screen: 'item', item: 'set-locking' },
      { screen: 'item', item: 'VMUMaxTry' },
      { screen: 'item', item: 'AutoPwdChk' },
      { screen: 'review' },
    ] as const) {
      const home = tempHome();
      savedReview(home, previous, position, { lang });
      const { screen } = await startApp({ home, lang, size: SIZE });
      await press(screen, '\r');
      await waitFor(screen, m.review.wizard.progress);
      if (position.screen === 'review') await press(screen, '\u001b[F');
      frames.push(...overflowing(screen, lang));
    }

    const home = tempHome();
    const base = savedReview(
      home,
      previous,
      { screen: 'sign-off', step: 'installer' },
      { lang },
    );
    const answers: Record<string, Answer> = { ...base.visit.answers };
    for (const item of ITEMS)
      answers[item.id] ??= {
        status: 'not-compliant',
        reason: 'Toujours pas corrigé.',
        source: 'installer',
        answeredAt: NOW.toISOString(),
      };
    openStore(home).save(
      {
        ...base,
        visit: { ...base.visit, answers },
        signer: {
          name: 'Mme Dubois',
          role: 'Directrice',
          confirmedAt: NOW.toISOString(),
        },
      },
      NOW,
    );
    const { screen } = await startApp({ home, lang, size: SIZE });
    await press(screen, '\r');
    await waitFor(screen, shown(m.wizard.signOff.heading));
    await press(screen, '\r');
    await waitFor(screen, shown(m.wizard.finished.wrote({ path: '' }).trim()));
    // Page down until the summary of what changed has been on screen.
    for (let page = 0; page < 4; page++) {
      if (screen.frames.some((frame) => frame.includes(shown(m.review.summaryHeading))))
        break;
      await press(screen, '\u001b[6~');
    }
    frames.push(...overflowing(screen, lang));

    expect(frames).toEqual([]);
  });
});
