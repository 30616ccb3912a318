/**
 * The wizard under random keys: in-process with ink-testing-library for
 * volume, then the built program in a terminal. Whatever is pressed, the
 * screen keeps its progress line and no stack trace, the wizard ends only
 * by Ctrl+C, and what it saved loads again.
 */
import { act } from 'react';
import { beforeAll, describe, expect, it } from 'vitest';
import { messages } from '../src/i18n.js';
import {
  ensureBuilt,
  environment,
  PROGRAM,
  STACK_FRAME,
  tempHome,
} from './helpers/program.js';
import { spawnCli } from './helpers/pty.js';
import { KEY, randomKeys } from './helpers/keys.js';
import { seeded } from './helpers/random.js';
import { isProgressLine, isStart, recoveryNotice } from './helpers/screens.js';
import { seedSession, storeOf } from './helpers/seed.js';
import { complete, until } from './helpers/visit-script.js';
import { press, startWizard } from './ui/harness.js';

const SESSIONS = 16;
const KEYS_EACH = 100;

/** The store as the next start reads it: nothing damaged, every visit in it readable. */
function expectLoads(home: string) {
  const store = storeOf(home);
  expect(store.recovered).toEqual([]);
  for (const summary of store.list())
    expect(store.get(summary.id), summary.id).toBeDefined();

  return store;
}

describe('the wizard under random keys', () => {
  it(`keeps a progress line and no stack trace through ${SESSIONS} × ${KEYS_EACH} random keys`, async () => {
    const random = seeded(5501);
    let interrupted = 0;
    let pressed = 0;
    const screensSeen = new Set<string>();
    for (let run = 0; run < SESSIONS; run++) {
      const home = tempHome();
      // Half the runs start from a visit in progress, at an item or the review.
      if (run % 2 === 1)
        seedSession(
          home,
          random.pick([
            { screen: 'item', item: 'VMUMaxTry' },
            { screen: 'review' },
            { screen: 'forwarding' },
          ] as const),
          {
            answerAll: run % 4 === 3 ? 'compliant' : undefined,
          },
        );
      const { screen, quits } = await startWizard({
        home,
        store: storeOf(home),
        size: { columns: 80, rows: 24 },
      });
      for (let n = 0; n < KEYS_EACH; n++) {
        const keys = randomKeys(random);
        await press(screen, keys);
        pressed++;
        const frame = screen.lastFrame() ?? '';
        const first = frame.split('\n')[0] ?? '';
        screensSeen.add(first.split(' · ')[0]!.split(/ {2,}/)[0]!);
        expect(frame, `run ${run}, key ${n}`).not.toMatch(STACK_FRAME);
        expect(
          isProgressLine(first),
          `run ${run}, key ${n}: ${JSON.stringify(keys)}\n${frame}`,
        ).toBe(true);
        if (keys === KEY.ctrlC) {
          expect(quits).toEqual(['interrupted']);
          interrupted++;
          break;
        }
        if (quits.length > 0) {
          // Random keys may sign a visit off and leave: only a finished visit may end so.
          expect(quits, `run ${run}, key ${n}`).toEqual(['done']);
          expect(
            storeOf(home)
              .list()
              .some((summary) => summary.finished),
          ).toBe(true);
          break;
        }
      }
      await act(async () => screen.unmount());
      expectLoads(home);
    }
    expect(pressed).toBeGreaterThan(SESSIONS * KEYS_EACH * 0.6);
    expect(interrupted).toBeGreaterThan(0);
    // Random keys must get past the set-up, or they test only its screens.
    expect([...screensSeen].some((line) => line.startsWith('Section'))).toBe(true);
  }, 120_000);
});

describe('the built program under random keys', () => {
  beforeAll(ensureBuilt, 120_000);

  it('ends only by ctrl+c, with 130, and starts again on what it saved: 3 terminals × 150 keys', async () => {
    const interrupted = messages('en').cli.interrupted;
    await Promise.all(
      [5601, 5602, 5603].map(async (seed, index) => {
        const random = seeded(seed);
        const home = tempHome();
        if (index > 0) seedSession(home, { screen: 'item', item: 'VMUMaxTry' });
        const env = environment(home, { NO_COLOR: '1' });
        const term = spawnCli(PROGRAM, ['--lang', 'en'], env);
        await until(term, () => true, 'the first screen');
        let ended: { exitCode: number } | null = null;
        void term.exited.then((exit) => (ended = exit));
        for (let n = 0; n < 150 && !ended; n++) {
          term.write(randomKeys(random, false));
          await new Promise((resolve) => setTimeout(resolve, random.int(5, 40)));
          const frame = term.screen();
          if (complete(frame))
            expect(isProgressLine(frame.split('\n')[0] ?? ''), frame).toBe(true);
        }
        if (ended) {
          // Random keys may sign a visit off and leave: only a finished visit may end so.
          expect(ended).toEqual({ exitCode: 0, signal: 0 });
          expect(
            storeOf(home)
              .list()
              .some((summary) => summary.finished),
          ).toBe(true);
        } else {
          term.write(KEY.ctrlC);
          expect((await term.exited).exitCode).toBe(130);
          expect(term.raw()).toContain(interrupted);
        }
        expect(term.raw()).not.toMatch(STACK_FRAME);
        expectLoads(home);

        const again = spawnCli(PROGRAM, ['--lang', 'en'], env);
        const first = await until(again, () => true, 'the first screen');
        expect(recoveryNotice(first), first).toBe(false);
        expect(isStart(first) || isProgressLine(first.split('\n')[0] ?? ''), first).toBe(
          true,
        );
        again.write(KEY.ctrlC);
        expect((await again.exited).exitCode).toBe(130);
      }),
    );
  }, 90_000);
});
