import { describe, expect, it } from 'vitest';
import type { Answer } from '../../src/answers.js';
import { messages, type Lang } from '../../src/i18n.js';
import { openStore } from '../../src/store.js';
import { ITEMS } from '../../steps/index.js';
import {
  KEY,
  press,
  seedVisit,
  startWizard,
  tempHome,
  waitFor,
  type Screen,
} from './harness.js';

const SIZE = { columns: 80, rows: 24 };

/**
 * Every frame drawn so far that does not fit: wider than the terminal,
 * taller than it less one row, or with its content cut (the frame clips
 * what does not fit, so a choice list missing its last row is the sign).
 */
function overflowing(screen: Screen, lang: Lang): string[] {
  const words = messages(lang).wizard;
  const lastChoice = words.item.choice['risk-accepted'];
  const counter = new RegExp(
    words.list.position({ index: 0, count: 0 }).replace(/0/g, '\\d+'),
  );

  return screen.frames.flatMap((frame) => {
    const lines = frame.split('\n');
    const problems = [];
    if (lines.length > SIZE.rows - 1) problems.push(`${lines.length} lines`);
    const wide = lines.filter((line) => [...line].length > SIZE.columns);
    if (wide.length > 0) problems.push(`too wide: ${JSON.stringify(wide)}`);
    const hints = lines.at(-1) ?? '';
    if (!hints.includes(words.keys.confirm) && !hints.includes(words.keys.close)) {
      problems.push('no key hints at the bottom');
    }
    if (
      frame.includes(words.item.question) &&
      !frame.includes(lastChoice) &&
      !counter.test(frame)
    ) {
      problems.push('the choices are cut');
    }
    // The release model's line comes last in an item's details: cut, it is missing.
    if (
      frame.includes(words.item.question) &&
      !frame.includes(words.labelled({ label: words.item.system, text: '' }))
    ) {
      problems.push('the details are cut');
    }

    return problems.length > 0 ? [`${problems.join('; ')}\n${frame}`] : [];
  });
}

/** A value that makes each kind of check say the most. */
const LOUDEST: Record<string, string> = {
  'hex-byte': 'FF',
  'hex-port': '01 BB',
  port: '10443',
  users: 'Anne Martin, Bruno Lefebvre, Claire Dubois-Lambert, Damien Roux, Élodie Petit',
  password: 'aaaa',
};

const accepted = (id: string): [string, Answer] => [
  id,
  {
    status: 'risk-accepted',
    reason: 'The customer uses it every day and will review it at the next visit.',
    acceptance: {
      by: 'Mme Claire Dubois-Lambert, directrice administrative',
      until: '2026-12-31',
    },
    source: 'installer',
    answeredAt: '2026-03-14T12:00:00.000Z',
  },
];

describe.each<Lang>(['en', 'fr'])('layout in %s', (lang) => {
  it('fits the set-up screens in 80×24', async () => {
    const { screen } = await startWizard({ lang, size: SIZE });
    await press(
      screen,
      `\r${'Clinique Saint-Éloi de la Haute-Vallée\r'.repeat(5)}\r\rR9.5\r`,
    );
    await press(screen, `${KEY.backspace.repeat(4)}R11.0\r`);
    await press(screen, `\r${KEY.down}\r`);
    await waitFor(screen, messages(lang).sections.briefing.intro.slice(0, 20));
    await press(screen, '?');
    await waitFor(screen, messages(lang).wizard.keys.close);
    expect(overflowing(screen, lang)).toEqual([]);
  });

  it('fits every item, its value check and its help in 80×24', async () => {
    for (const item of ITEMS) {
      const home = tempHome();
      seedVisit(
        home,
        { position: { screen: 'item', item: item.id }, lang },
        { release: 'R6.1' },
      );
      const { screen } = await startWizard({ home, lang, size: SIZE });
      await press(screen, KEY.enter);
      const loud = LOUDEST[item.answer.kind];
      if (loud) await press(screen, `\r${loud}\r`);
      await press(screen, '?');
      expect(overflowing(screen, lang), item.id).toEqual([]);
    }
  });

  it('fits the forwarding rules, the review and the sign-off in 80×24', async () => {
    const home = tempHome();
    const seeded = seedVisit(
      home,
      { position: { screen: 'forwarding' }, lang },
      { remoteAccess: false },
    );
    const answers = Object.fromEntries(
      ITEMS.slice(0, 5).map((item) => accepted(item.id)),
    );
    openStore(home).save({
      ...seeded,
      visit: {
        ...seeded.visit,
        answers,
        forwarding: [
          { publicPort: 443, oxoPort: 443 },
          { publicPort: 8443, oxoPort: 10443 },
          { publicPort: 5060, oxoPort: 5060, trunk: true },
          { publicPort: 33443, oxoPort: 50443 },
        ],
      },
    });
    const { screen } = await startWizard({ home, lang, size: SIZE });
    await press(screen, KEY.enter);
    await waitFor(screen, '5060');

    const review = tempHome();
    seedVisit(review, { position: { screen: 'review' }, lang });
    const second = await startWizard({ home: review, lang, size: SIZE });
    await press(second.screen, `\r${KEY.down.repeat(30)}`);

    const signing = tempHome();
    const base = seedVisit(signing, {
      position: { screen: 'sign-off', step: 'acknowledge' },
      lang,
    });
    openStore(signing).save({
      ...base,
      signer: { name: 'Mme Claire Dubois-Lambert', role: 'Directrice administrative' },
      visit: {
        ...base.visit,
        answers: Object.fromEntries(ITEMS.map((item) => accepted(item.id))),
      },
    });
    const third = await startWizard({ home: signing, lang, size: SIZE });
    await press(third.screen, `\r${KEY.down.repeat(5)}`);

    expect([
      ...overflowing(screen, lang),
      ...overflowing(second.screen, lang),
      ...overflowing(third.screen, lang),
    ]).toEqual([]);
  });
});
