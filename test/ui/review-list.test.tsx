import { afterEach, describe, expect, it, vi } from 'vitest';
import Yoga from 'yoga-layout';
import { messages } from '../../src/i18n.js';
import { seedSession } from '../helpers/seed.js';
import { KEY, press, startWizard, tempHome, waitFor } from './harness.js';

const en = messages('en');
const words = en.wizard.review;
const SIZE = { columns: 80, rows: 24 };

/** The three lines between the total score and the list, as drawn. */
function headerOf(frame: string): string[] {
  const lines = frame.split('\n');
  const first = lines.findIndex((line) => line.trimEnd() === words.heading) + 2;

  return lines.slice(first, first + 3).map((line) => line.trimEnd());
}

async function reviewOfAllCompliant() {
  const home = tempHome();
  seedSession(home, { screen: 'review' }, { answerAll: 'compliant' });
  const wizard = await startWizard({ home, size: SIZE });
  await waitFor(wizard.screen, en.wizard.start.heading);
  await press(wizard.screen, KEY.enter);
  await waitFor(wizard.screen, `› ${words.signOff}`);

  return wizard;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the review list', () => {
  it('shows the hint on the sign-off row and the section score on an item', async () => {
    const { screen } = await reviewOfAllCompliant();
    const atSignOff = headerOf(screen.lastFrame() ?? '');
    expect(atSignOff.join(' ').replace(/ +/g, ' ').trim()).toBe(words.hint);

    await press(screen, KEY.down);
    const onItem = await waitFor(screen, `› ✓ 1 `);
    const [title, counted, leftOut] = headerOf(onItem);
    expect(title?.startsWith(en.sections.briefing.title)).toBe(true);
    expect(title).toContain('3/3 (100');
    expect(counted).toMatch(/^counted: 3 compliant, 0 not compliant/);
    expect(leftOut).toMatch(/^left out \(not applicable\): 0 by the release/);

    await press(screen, KEY.up);
    const back = await waitFor(screen, `› ${words.signOff}`);
    expect(headerOf(back)).toEqual(atSignOff);
  });

  it('builds nothing new when the highlight moves on and off the sign-off row', async () => {
    const { screen } = await reviewOfAllCompliant();
    const created = vi.spyOn(Yoga.Node, 'create');
    for (const key of [KEY.down, KEY.up, KEY.down, KEY.down, KEY.up, KEY.up]) {
      const before = screen.lastFrame();
      await press(screen, key);
      await waitFor(screen, (frame) => frame !== before);
    }
    expect(created).not.toHaveBeenCalled();
    // The spy does see what ink builds: the help, opened for the first time.
    await press(screen, '?');
    await waitFor(screen, en.wizard.help.keys.slice(0, 30));
    expect(created).toHaveBeenCalled();
  });
});
