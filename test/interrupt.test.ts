/**
 * Ctrl+C on every kind of screen of the wizard, the built program in a
 * terminal: what is saved stays saved (a text being typed included), the
 * message is printed, the exit code is 130, and the next start offers the
 * visit at the same place. The hidden password prompt of check-password
 * has its own test in check-password-command.test.ts.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Position, Session } from '../src/session/index.js';
import {
  ensureBuilt,
  environment,
  inBatches,
  PROGRAM,
  STACK_FRAME,
  tempHome,
} from './helpers/program.js';
import { spawnCli, type Terminal } from './helpers/pty.js';
import {
  en,
  isStart,
  listOf,
  recoveryNotice,
  shows,
  SIGNER,
  textField,
} from './helpers/screens.js';
import { seedSession, storeOf, type SeedOptions } from './helpers/seed.js';
import { messages } from '../src/i18n.js';
import { KEYS, until } from './helpers/visit-script.js';

beforeAll(ensureBuilt, 120_000);

const words = en.wizard;

interface Case {
  name: string;
  /** The visit in progress to start from; none for a first start. */
  seed?: { position: Position; options?: SeedOptions };
  /** What is done on the screen before Ctrl+C, each write waited for. */
  steps: { keys: string; then: (screen: string) => boolean }[];
  /** Where the next start must resume, and the text its field must hold. */
  resume: Position;
  typed?: string;
  /** Text that must not be on the resumed screen: the help, say. */
  gone?: string;
  /** Ctrl+C on the start screen itself, before a visit is picked. */
  onStart?: boolean;
}

/** Types `text` into the field on screen, what it held first rubbed out. */
const typing = (text: string) => ({
  keys: KEYS.backspace.repeat(20) + text,
  then: (s: string) => textField(s) === text,
});
const signer = { name: SIGNER, role: 'Directrice' } satisfies Session['signer'];
const signedOff: SeedOptions = { answerAll: 'compliant', extra: { signer } };

const CASES: Case[] = [
  {
    name: 'the language screen of a first start',
    steps: [],
    resume: { screen: 'language' },
  },
  {
    name: 'a text field of a first start, half typed',
    steps: [
      { keys: KEYS.enter, then: (s) => s.includes(words.site.prompt.customer) },
      typing('Dupont Ly'),
    ],
    resume: { screen: 'site', field: 'customer' },
    typed: 'Dupont Ly',
  },
  {
    name: 'a text field of a visit, half typed',
    seed: { position: { screen: 'site', field: 'address' } },
    steps: [typing('12 rue du P')],
    resume: { screen: 'site', field: 'address' },
    typed: '12 rue du P',
  },
  {
    name: 'the release field',
    seed: { position: { screen: 'release' } },
    steps: [typing('R910/0')],
    resume: { screen: 'release' },
    // A release is kept only once it reads as one: the last one confirmed stays.
    typed: 'R910/021.001',
  },
  {
    name: 'a list, moved down',
    seed: { position: { screen: 'product' } },
    steps: [{ keys: KEYS.down, then: (s) => listOf(s)?.pointer === 1 }],
    resume: { screen: 'product' },
  },
  {
    name: 'the remote-access question',
    seed: { position: { screen: 'remote-access' } },
    steps: [],
    resume: { screen: 'remote-access' },
  },
  {
    name: 'an item',
    seed: { position: { screen: 'item', item: 'customer-informed' } },
    steps: [],
    resume: { screen: 'item', item: 'customer-informed' },
  },
  {
    name: 'the reason of an answer, half typed',
    seed: { position: { screen: 'item', item: 'customer-informed' } },
    steps: [
      { keys: KEYS.down.repeat(2) + KEYS.enter, then: (s) => textField(s) === '' },
      typing('Pas de messag'),
    ],
    resume: { screen: 'item', item: 'customer-informed' },
    typed: 'Pas de messag',
  },
  {
    name: 'the help of an item',
    seed: { position: { screen: 'item', item: 'PerAssAlwd' } },
    steps: [
      { keys: '?', then: (s) => s.includes(words.help.heading({ title: '' }).trim()) },
    ],
    resume: { screen: 'item', item: 'PerAssAlwd' },
    gone: words.help.heading({ title: '' }).trim(),
  },
  {
    name: 'the forwarding rules',
    seed: { position: { screen: 'forwarding' } },
    steps: [],
    resume: { screen: 'forwarding' },
  },
  {
    name: 'the review, moved down',
    seed: { position: { screen: 'review' } },
    steps: [{ keys: KEYS.down, then: (s) => listOf(s)?.pointer === 1 }],
    resume: { screen: 'review' },
  },
  {
    name: 'the name of who signs, half typed',
    seed: {
      position: { screen: 'sign-off', step: 'signer-name' },
      options: { answerAll: 'compliant' },
    },
    steps: [typing('Mme Dur')],
    resume: { screen: 'sign-off', step: 'signer-name' },
    typed: 'Mme Dur',
  },
  {
    name: 'the acknowledgement the customer reads',
    seed: { position: { screen: 'sign-off', step: 'acknowledge' }, options: signedOff },
    steps: [],
    resume: { screen: 'sign-off', step: 'acknowledge' },
  },
  {
    name: 'the start screen',
    seed: { position: { screen: 'item', item: 'customer-informed' } },
    steps: [],
    onStart: true,
    resume: { screen: 'item', item: 'customer-informed' },
  },
];

/** The visit offered first on the start screen: Enter resumes it. */
async function resume(term: Terminal, position: Position): Promise<string> {
  const start = await until(term, () => true, 'the first screen');
  expect(recoveryNotice(start), start).toBe(false);
  if (position.screen === 'language') {
    expect(shows(start, position), start).toBe(true);
    return start;
  }
  expect(isStart(start), start).toBe(true);
  const list = listOf(start)!;
  expect(list.rows[list.pointer], start).toMatch(/^Dupont (SA|Ly)( — | · )/);
  term.write(KEYS.enter);

  return until(term, (s) => shows(s, position), JSON.stringify(position));
}

describe('ctrl+c in the wizard', () => {
  it(`saves, says so, exits 130 and resumes at the same place: ${CASES.length} kinds of screen`, async () => {
    await inBatches(CASES, 3, async (given) => {
      const home = tempHome();
      const env = environment(home, { NO_COLOR: '1' });
      if (given.seed) {
        seedSession(home, given.seed.position, {
          ...given.seed.options,
          customer: 'Dupont SA',
        });
      }
      const first = spawnCli(PROGRAM, ['--lang', 'en'], env);
      if (given.seed && !given.onStart) await resume(first, given.seed.position);
      else await until(first, () => true, 'the first screen');
      for (const step of given.steps) {
        first.write(step.keys);
        await until(first, step.then, `${given.name}: ${JSON.stringify(step.keys)}`);
      }
      first.write(KEYS.ctrlC);
      const left = await first.exited;
      expect({ name: given.name, exitCode: left.exitCode }).toEqual({
        name: given.name,
        exitCode: 130,
      });
      expect(first.raw(), given.name).toContain(en.cli.interrupted);
      expect(first.raw(), given.name).not.toMatch(STACK_FRAME);
      expect(storeOf(home).recovered, given.name).toEqual([]);

      const second = spawnCli(PROGRAM, ['--lang', 'en'], env);
      const back = await resume(second, given.resume);
      if (given.typed !== undefined)
        expect(textField(back), given.name).toBe(given.typed);
      if (given.gone !== undefined) expect(back, given.name).not.toContain(given.gone);
      second.write(KEYS.ctrlC);
      expect((await second.exited).exitCode, given.name).toBe(130);
    });
  }, 120_000);

  it('says it in the language on screen, not the one it started in', async () => {
    const fr = messages('fr');
    const home = tempHome();
    const term = spawnCli(
      PROGRAM,
      ['--lang', 'en'],
      environment(home, { NO_COLOR: '1' }),
    );
    await until(term, (s) => s.includes(words.language.heading), 'the language screen');
    term.write(KEYS.up);
    await until(term, (s) => s.includes('› Français'), 'Français highlighted');
    term.write(KEYS.enter);
    // French screens: waited for by their words, not by the English key hints.
    await term.waitFor(fr.wizard.site.prompt.customer.slice(0, 20));
    term.write(KEYS.ctrlC);
    expect((await term.exited).exitCode).toBe(130);
    expect(term.raw()).toContain(fr.cli.interrupted);
    expect(term.raw()).not.toContain(en.cli.interrupted);
  }, 30_000);

  it('takes an interrupt signal (kill -INT, or ctrl+c before it has the keyboard) the same way', async () => {
    const home = tempHome();
    const env = environment(home, { NO_COLOR: '1' });
    const position: Position = { screen: 'item', item: 'customer-informed' };
    seedSession(home, position);
    const first = spawnCli(PROGRAM, ['--lang', 'en'], env);
    await resume(first, position);
    first.kill('SIGINT');
    expect((await first.exited).exitCode).toBe(130);
    expect(first.raw()).toContain(en.cli.interrupted);

    const second = spawnCli(PROGRAM, ['--lang', 'en'], env);
    await resume(second, position);
    second.write(KEYS.ctrlC);
    expect((await second.exited).exitCode).toBe(130);
  }, 30_000);
});
