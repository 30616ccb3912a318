import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { messages } from '../../src/i18n.js';
import { openStore } from '../../src/store.js';
import {
  KEY,
  plainOutput,
  press,
  seedVisit,
  startWizard,
  tempHome,
  waitFor,
} from './harness.js';

const en = messages('en');
const fr = messages('fr');

/** A frame's words with its line breaks and indents as single spaces, for text that wraps. */
const flat = (text: string) => text.replace(/\s+/g, ' ');

const SITE_LINES = [
  'Dupont SA',
  'Lyon HQ',
  '1 rue de la Paix',
  'Jean Martin',
  'TelInstall',
  '',
];

describe('wizard', () => {
  it('takes a whole site typed ahead in one chunk, each line in its own field', async () => {
    const { screen, store } = await startWizard();
    await waitFor(screen, en.wizard.language.heading);
    // Enter picks English; then every field; the date keeps its default.
    await press(screen, `\r${SITE_LINES.join('\r')}\r`);
    await waitFor(screen, en.wizard.system.product);
    const saved = store.get('test-1');
    expect(saved?.visit.site).toEqual({
      customer: 'Dupont SA',
      name: 'Lyon HQ',
      address: '1 rue de la Paix',
    });
    expect(saved?.visit.people.installer).toEqual({
      name: 'Jean Martin',
      company: 'TelInstall',
    });
    expect(saved?.visit.date).toBe('2026-03-14');
  });

  it('goes back to the previous field on esc, keeping what was typed', async () => {
    const { screen, store } = await startWizard();
    await press(screen, '\rDupont SA\rLyo');
    await waitFor(screen, '› Lyo');
    await press(screen, KEY.escape);
    const frame = await waitFor(screen, en.wizard.site.prompt.customer);
    expect(frame).toContain('› Dupont SA');
    expect(store.get('test-1')?.visit.site.name).toBe('Lyo');
  });

  it('refuses a release it cannot read and stays on the field', async () => {
    const { screen } = await startWizard();
    await press(screen, `\r${SITE_LINES.join('\r')}\r\r`);
    await waitFor(screen, en.wizard.system.release);
    await press(screen, 'R9.5\r');
    const frame = await waitFor(screen, 'never existed');
    expect(frame).toContain(en.wizard.system.release.slice(0, 30));
    expect(frame).toContain('› R9.5');
    await press(screen, KEY.backspace.repeat(4) + 'R910/021.001\r');
    const readBack = await waitFor(screen, en.wizard.system.readBack);
    expect(readBack).toContain('OmniPCX Office RCE, release R9.1, version 021.001');
  });

  it('opens the help of the item on ? and closes it on esc', async () => {
    const home = tempHome();
    seedVisit(home, { position: { screen: 'item', item: 'PerAssAlwd' } });
    const { screen } = await startWizard({ home });
    await press(screen, KEY.enter);
    await waitFor(screen, en.items.PerAssAlwd.title);
    await press(screen, '?');
    const help = await waitFor(
      screen,
      en.wizard.help.heading({ title: `4.4 ${en.items.PerAssAlwd.title}` }),
    );
    expect(help).toContain('System Miscellaneous > Memory Read/Write');
    await press(screen, KEY.escape);
    const back = await waitFor(screen, en.wizard.item.question);
    expect(back).not.toContain(en.wizard.help.heading({ title: '' }).trim());
  });

  it('finds the screen behind the help as it was left, the row still highlighted', async () => {
    const home = tempHome();
    seedVisit(home, { position: { screen: 'item', item: 'PerAssAlwd' } });
    const { screen } = await startWizard({ home });
    await press(screen, KEY.enter);
    await waitFor(screen, en.items.PerAssAlwd.title);
    // The value row, then Compliant, then Not compliant.
    await press(screen, KEY.down.repeat(2));
    const moved = await waitFor(screen, `› ${en.wizard.item.choice['not-compliant']}`);
    await press(screen, '?');
    await waitFor(screen, en.wizard.help.heading({ title: '' }).trim());
    await press(screen, KEY.escape);
    const back = await waitFor(screen, en.wizard.item.question);
    expect(back).toBe(moved);
  });

  it('opens the help again as it was left on the same item, and from the top on another', async () => {
    const home = tempHome();
    seedVisit(home, { position: { screen: 'item', item: 'PerAssAlwd' } });
    const { screen } = await startWizard({ home });
    await press(screen, KEY.enter);
    const item = await waitFor(screen, en.items.PerAssAlwd.title);
    const heading = en.wizard.help.heading({ title: '' }).trim();
    await press(screen, '?');
    const top = await waitFor(screen, heading);
    await press(screen, KEY.down.repeat(3));
    const scrolled = await waitFor(screen, (frame) => !frame.includes(heading));
    await press(screen, KEY.escape);
    expect(await waitFor(screen, en.wizard.item.question)).toBe(item);
    await press(screen, '?');
    expect(await waitFor(screen, (frame) => frame !== item)).toBe(scrolled);
    // The keys went to the help alone: the item is as it was left.
    await press(screen, KEY.escape);
    expect(await waitFor(screen, en.wizard.item.question)).toBe(item);

    await press(screen, KEY.down + KEY.enter);
    await waitFor(screen, (frame) => !frame.includes(en.items.PerAssAlwd.title));
    await press(screen, '?');
    const next = await waitFor(screen, heading);
    expect(next).not.toBe(top);
  });

  it('names the note’s contradiction in the help where table and text disagree', async () => {
    const home = tempHome();
    seedVisit(
      home,
      { position: { screen: 'item', item: 'PerAssAlwd' } },
      { release: 'R6.1' },
    );
    const { screen } = await startWizard({ home });
    await press(screen, KEY.enter);
    await waitFor(screen, en.items.PerAssAlwd.title);
    await press(screen, '?');
    const help = await waitFor(screen, en.wizard.help.conflict);
    expect(help).toContain('610/031.001');
  });

  it('switches the language with L on a list, and types L into a text field', async () => {
    const { screen, store } = await startWizard();
    await press(screen, '\r');
    await press(screen, 'Lefebvre\r');
    await waitFor(screen, en.wizard.site.prompt.name);
    expect(store.get('test-1')?.visit.site.customer).toBe('Lefebvre');
    await press(screen, `${SITE_LINES.slice(1).join('\r')}\r`);
    await waitFor(screen, en.wizard.system.product);
    await press(screen, 'L');
    await waitFor(screen, fr.wizard.system.product);
    expect(store.get('test-1')?.lang).toBe('fr');
    expect(store.get('test-1')?.visit.site.customer).toBe('Lefebvre');
  });

  it('checks a noteworthy address and pre-fills the finding when it is off', async () => {
    const home = tempHome();
    seedVisit(home, { position: { screen: 'item', item: 'PerAssAlwd' } });
    const { screen, store } = await startWizard({ home });
    await press(screen, KEY.enter);
    await waitFor(screen, en.wizard.item.value['hex-byte']);
    await press(screen, '\rG1\r');
    await waitFor(screen, en.wizard.value.error['hex-byte']({ input: 'G1' }));
    await press(screen, `${KEY.backspace.repeat(2)}1\r`);
    const verdict = await waitFor(
      screen,
      en.wizard.value.hexByteOff({ found: '01', recommended: '00' }),
    );
    expect(verdict).toContain(
      `› ${en.wizard.item.proposed({ choice: en.wizard.item.choice['not-compliant'] })}`,
    );
    await press(screen, KEY.enter);
    const finding = en.wizard.value.hexByteFinding({
      label: 'PerAssAlwd',
      found: '01',
      recommended: '00',
    });
    await waitFor(screen, `› ${finding}`);
    await press(screen, KEY.enter);
    await waitFor(screen, en.items.VMUMaxTry.title);
    expect(store.get('seeded-1')?.visit.answers.PerAssAlwd).toEqual({
      status: 'not-compliant',
      value: '01',
      reason: finding,
      source: 'installer',
      answeredAt: '2026-03-14T12:00:00.000Z',
    });
  });

  it('checks ExtHttpsPo against the public port forwarded to 50443', async () => {
    const home = tempHome();
    const seeded = seedVisit(home, { position: { screen: 'item', item: 'ExtHttpsPo' } });
    const store = openStore(home);
    store.save({
      ...seeded,
      visit: { ...seeded.visit, forwarding: [{ publicPort: 33443, oxoPort: 50443 }] },
    });
    const { screen } = await startWizard({ home });
    await press(screen, KEY.enter);
    await waitFor(screen, en.items.ExtHttpsPo.title);
    await press(screen, '\r82a3\r');
    const frame = await waitFor(screen, en.wizard.value.hexPortOk);
    expect(frame).toContain(en.wizard.value.hexPort({ found: '82 A3', port: 33443 }));
    expect(frame).toContain(
      `› ${en.wizard.item.proposed({ choice: en.wizard.item.choice.compliant })}`,
    );
  });

  it('checks a password offline and keeps only the verdict', async () => {
    const home = tempHome();
    seedVisit(home, {
      position: { screen: 'item', item: 'management-password-control' },
    });
    const { screen, store } = await startWizard({ home });
    await press(screen, KEY.enter);
    await waitFor(screen, en.wizard.item.password);
    await press(screen, '\rsecret');
    await waitFor(screen, '› ••••••');
    const files = () =>
      readdirSync(join(home, 'sessions'))
        .map((name) => readFileSync(join(home, 'sessions', name), 'utf8'))
        .join('\n');
    expect(files()).not.toContain('secret');
    await press(screen, KEY.enter);
    await waitFor(screen, en.password.notCompliant({ count: 3 }));
    await press(screen, '\r\r');
    await waitFor(screen, en.items['operator-password-rules'].title);
    expect(files()).not.toContain('secret');
    expect(
      store.get('seeded-1')?.visit.answers['management-password-control'],
    ).toMatchObject({
      status: 'not-compliant',
      passwordCheck: {
        kind: 'management',
        compliant: false,
        checkedAt: '2026-03-14T12:00:00.000Z',
      },
    });
  });

  it('refuses a risk acceptance that ends in the past', async () => {
    const home = tempHome();
    seedVisit(home, { position: { screen: 'item', item: 'VMUMaxTry' } });
    const { screen, store } = await startWizard({ home });
    await press(screen, KEY.enter);
    await waitFor(screen, en.items.VMUMaxTry.title);
    // The last choice: the risk is accepted.
    await press(
      screen,
      `${KEY.down.repeat(6)}\rMme Durand\rUses voice mail a lot\r2026-03-13\r`,
    );
    await waitFor(
      screen,
      en.wizard.field.error.past({ value: '2026-03-13', today: '2026-03-14' }),
    );
    await press(screen, `${KEY.backspace.repeat(2)}31\r`);
    await waitFor(screen, en.items.DivRemCust.title);
    expect(store.get('seeded-1')?.visit.answers.VMUMaxTry).toMatchObject({
      status: 'risk-accepted',
      reason: 'Uses voice mail a lot',
      acceptance: { by: 'Mme Durand', until: '2026-03-31' },
    });
  });

  it('keeps what is typed and quits as interrupted on ctrl+c', async () => {
    const { screen, store, quits } = await startWizard();
    await press(screen, '\rDupont SA\rLyo');
    await waitFor(screen, '› Lyo');
    await press(screen, KEY.ctrlC);
    expect(quits).toEqual(['interrupted']);
    expect(store.get('test-1')?.visit.site.name).toBe('Lyo');
    expect(store.get('test-1')?.position).toEqual({ screen: 'site', field: 'name' });
  });

  it('offers the visits in progress, newest first, and resumes at the same item', async () => {
    const home = tempHome();
    seedVisit(home, { position: { screen: 'item', item: 'VMUMaxTry' } });
    const { screen } = await startWizard({ home });
    const start = await waitFor(screen, en.wizard.start.heading);
    expect(start).toContain('› Dupont SA — Lyon HQ · R910/021.001 · ');
    await press(screen, KEY.enter);
    await waitFor(screen, en.items.VMUMaxTry.title);
  });

  it('offers to resume the visit in progress when the same site is named again', async () => {
    const home = tempHome();
    seedVisit(home, { position: { screen: 'item', item: 'VMUMaxTry' } });
    const { screen, store } = await startWizard({ home });
    await waitFor(screen, en.wizard.start.heading);
    await press(screen, `${KEY.up}\r\rdupont sa\rLYON HQ\r`);
    await waitFor(screen, en.wizard.resume.heading);
    await press(screen, KEY.enter);
    await waitFor(screen, en.items.VMUMaxTry.title);
    expect(store.list().map((summary) => summary.id)).toEqual(['seeded-1']);
  });

  it('lists every item in the review and goes back to it on enter', async () => {
    const home = tempHome();
    seedVisit(home, { position: { screen: 'review' } });
    const { screen } = await startWizard({ home });
    await press(screen, KEY.enter);
    const review = await waitFor(screen, en.wizard.review.heading);
    expect(review).toContain(`› ${en.wizard.review.missing({ count: 42 })}`);
    await press(screen, `${KEY.down}`);
    const first = await waitFor(screen, en.sections.briefing.title);
    expect(first).toContain(
      `› ○ 1 ${en.items['customer-informed'].title} — ${en.wizard.item.unanswered}`,
    );
    await press(screen, KEY.enter);
    await waitFor(screen, en.wizard.item.question);
    await press(screen, KEY.enter);
    const again = await waitFor(screen, en.wizard.review.heading);
    expect(again).toContain(
      `› ✓ 1 ${en.items['customer-informed'].title} — ${en.wizard.item.status.compliant}`,
    );
  });

  it('draws with ASCII symbols on a dumb terminal', async () => {
    const { screen } = await startWizard({ out: plainOutput({ TERM: 'dumb' }) });
    const frame = await waitFor(screen, en.wizard.language.heading);
    expect(frame).toContain('  Français\n> English');
    expect(frame).toContain('Up/Down choose | Enter confirm');
    expect(frame).toContain('-'.repeat(80));
    expect(frame).not.toMatch(/[›↑↓·─]/);
  });

  it('moves a damaged visit aside and says where it went', async () => {
    const home = tempHome();
    seedVisit(
      home,
      { position: { screen: 'item', item: 'VMUMaxTry' } },
      { id: 'seeded-1' },
    );
    seedVisit(home, { position: { screen: 'review' } }, { id: 'seeded-2' });
    writeFileSync(join(home, 'sessions', 'seeded-1.json'), '{"id": "seed');
    const store = openStore(home);
    expect(store.get('seeded-1')).toBeUndefined();
    const { screen } = await startWizard({ home, store });
    const frame = await waitFor(screen, en.wizard.start.heading);
    expect(frame).toContain('A saved visit could not be read');
    expect(
      readdirSync(join(home, 'sessions')).some((name) =>
        name.startsWith('seeded-1.damaged-'),
      ),
    ).toBe(true);
  });

  it('shows the customer the risks accepted and the recommendations not followed', async () => {
    const home = tempHome();
    const seeded = seedVisit(home, {
      position: { screen: 'sign-off', step: 'acknowledge' },
    });
    openStore(home).save({
      ...seeded,
      signer: { name: 'Mme Durand', role: 'DSI' },
      visit: {
        ...seeded.visit,
        answers: {
          PerAssAlwd: {
            status: 'risk-accepted',
            reason: 'Used by reception',
            acceptance: { by: 'Mme Durand', until: '2026-06-30' },
            source: 'installer',
            answeredAt: '2026-03-14T09:00:00.000Z',
          },
          VMUMaxTry: {
            status: 'not-compliant',
            reason: 'VMUMaxTry reads 14',
            source: 'installer',
            answeredAt: '2026-03-14T09:00:00.000Z',
          },
        },
      },
    });
    const { screen } = await startWizard({ home });
    await press(screen, KEY.enter);
    await waitFor(screen, en.wizard.signOff.acknowledgeHeading({ name: 'Mme Durand' }));
    await press(screen, '\u001b[6~'.repeat(3));
    const frame = await waitFor(
      screen,
      en.wizard.signOff.customerConfirms({ name: 'Mme Durand' }),
    );
    expect(flat(frame)).toContain(
      en.wizard.signOff.risk({
        chapter: '4.4',
        title: en.items.PerAssAlwd.title,
        by: 'Mme Durand',
        until: '2026-06-30',
        reason: 'Used by reception',
      }),
    );
    expect(flat(frame)).toContain(
      en.wizard.signOff.notFollowed({
        chapter: '4.5',
        title: en.items.VMUMaxTry.title,
        reason: 'VMUMaxTry reads 14',
      }),
    );
  });

  it('offers a visit signed off whose report never got written, and writes it', async () => {
    const home = tempHome();
    const seeded = seedVisit(home, {
      position: { screen: 'sign-off', step: 'installer' },
    });
    // What the sign-off saves, the wizard then killed before the files.
    openStore(home).save({
      ...seeded,
      finished: true,
      reportPending: true,
      position: { screen: 'finished' },
      visit: {
        ...seeded.visit,
        signOff: {
          customer: {
            name: 'Mme Durand',
            role: 'DSI',
            confirmedAt: '2026-03-14T09:20:00.000Z',
          },
          installer: { name: 'Jean Martin', confirmedAt: '2026-03-14T09:21:00.000Z' },
        },
      },
    });
    const first = await startWizard({ home });
    const start = await waitFor(first.screen, en.wizard.start.heading);
    expect(start).toContain(
      `› Dupont SA — Lyon HQ · ${en.wizard.start.reportPending} · `,
    );
    await press(first.screen, KEY.enter);
    const frame = flat(await waitFor(first.screen, en.wizard.finished.leave));
    expect(frame).toContain(
      en.wizard.finished.wrote({
        path: join(home, 'reports', 'Lyon-HQ_2026-03-14.json'),
      }),
    );
    await waitFor(
      first.screen,
      () => first.store.get('seeded-1')?.reportPending !== true,
    );
    expect(first.store.get('seeded-1')).toMatchObject({ finished: true });
    expect(readdirSync(join(home, 'reports')).sort()).toEqual([
      'Lyon-HQ_2026-03-14.json',
      'Lyon-HQ_2026-03-14_en.html',
      'Lyon-HQ_2026-03-14_en.md',
      'Lyon-HQ_2026-03-14_en.pdf',
    ]);
    await press(first.screen, KEY.enter);

    const again = await startWizard({ home });
    const next = await waitFor(again.screen, en.wizard.start.headingNone);
    expect(next).not.toContain('Dupont SA');
  });

  it('trusts the visit’s own file over an index a crash left saying its report is pending', async () => {
    const home = tempHome();
    const seeded = seedVisit(home, { position: { screen: 'finished' } });
    openStore(home).save({ ...seeded, finished: true });
    const indexFile = join(home, 'sessions', 'index.json');
    const index = JSON.parse(readFileSync(indexFile, 'utf8')) as {
      sessions: Record<string, Record<string, unknown>>;
    };
    index.sessions['seeded-1']!.reportPending = true;
    writeFileSync(indexFile, JSON.stringify(index));

    // Nothing to offer: the wizard starts a new visit at once.
    const { screen } = await startWizard({ home });
    const first = await waitFor(screen, en.wizard.language.heading);
    expect(first).not.toContain('Dupont SA');
  });

  it('finishes the visit even when the report cannot be written, and says how to write it', async () => {
    const home = tempHome();
    const seeded = seedVisit(home, {
      position: { screen: 'sign-off', step: 'installer' },
    });
    openStore(home).save({
      ...seeded,
      signer: {
        name: 'Mme Durand',
        role: 'DSI',
        confirmedAt: '2026-03-14T09:20:00.000Z',
      },
    });
    // A file where the reports folder should be.
    writeFileSync(join(home, 'reports'), '');
    const { screen, store, quits } = await startWizard({ home });
    await press(screen, KEY.enter);
    await waitFor(screen, en.wizard.signOff.installerConfirms({ name: 'Jean Martin' }));
    await press(screen, KEY.enter);
    const frame = flat(await waitFor(screen, en.wizard.finished.leave));
    expect(frame).toContain('The report could not be written: EEXIST');
    expect(frame).toContain(
      `oxo-harden report --session seeded-1 --out ${join(home, 'reports')}`,
    );
    expect(store.get('seeded-1')).toMatchObject({
      finished: true,
      // Offered again at the next start, to write it.
      reportPending: true,
      visit: {
        signOff: {
          customer: {
            name: 'Mme Durand',
            role: 'DSI',
            confirmedAt: '2026-03-14T09:20:00.000Z',
          },
          installer: { name: 'Jean Martin', confirmedAt: '2026-03-14T12:00:00.000Z' },
        },
      },
    });
    await press(screen, KEY.enter);
    expect(quits).toEqual(['done']);
  });
});
