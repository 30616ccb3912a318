/**
 * The built program on a damaged store, in a terminal: the message that
 * says where each damaged file went is on screen, and the wizard starts
 * clean or on the rebuilt list. And the store's writes on this system, as
 * seen from outside: a temporary file, then a rename over the old one.
 */
import { readdirSync, readFileSync, rmSync, watch, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { damages, STAMP } from './helpers/damaged.js';
import {
  ensureBuilt,
  environment,
  inBatches,
  PROGRAM,
  tempHome,
} from './helpers/program.js';
import { spawnCli, spawnTerminal } from './helpers/pty.js';
import { en, isStart, listOf } from './helpers/screens.js';
import { seedSession, storeOf } from './helpers/seed.js';
import { KEYS, until } from './helpers/visit-script.js';

beforeAll(ensureBuilt, 120_000);

const words = en.wizard.start;
/** The start screen's list with no visit in progress: a new visit highlighted. */
const NOTHING_TO_RESUME = {
  rows: [en.review.wizard.startOption, words.newVisit],
  pointer: 1,
};

const squash = (text: string) => text.replace(/\s+/g, '');

/** The program started on `home`: its first complete screen. */
async function firstScreen(home: string) {
  const term = spawnCli(PROGRAM, ['--lang', 'en'], environment(home, { NO_COLOR: '1' }));
  const screen = await until(term, () => true, 'the first screen');

  return { term, screen };
}

describe('the wizard on a damaged store, in a terminal', () => {
  it('says where each damaged file went, and starts clean', async () => {
    const valid = (() => {
      const home = tempHome();
      seedSession(home, { screen: 'review' });
      return readFileSync(join(home, 'sessions', 'seeded-1.json'), 'utf8');
    })();
    const all = damages(valid);
    const kinds = ['empty', 'truncated', 'binary', 'json array', 'another session'];

    await inBatches(kinds, 3, async (kind) => {
      const home = tempHome();
      seedSession(home, { screen: 'item', item: 'VMUMaxTry' });
      writeFileSync(join(home, 'sessions', 'seeded-1.json'), all[kind]!);
      rmSync(join(home, 'sessions', 'index.json'));

      const { term, screen } = await firstScreen(home);
      const [moved] = readdirSync(join(home, 'sessions')).filter((name) =>
        STAMP.test(name),
      );
      expect(moved, kind).toBeDefined();
      const movedTo = join(home, 'sessions', moved!);
      expect(readFileSync(movedTo), kind).toEqual(all[kind]);
      expect(isStart(screen), `${kind}:\n${screen}`).toBe(true);
      expect(squash(screen), kind).toContain(squash(words.damagedSession({ movedTo })));
      expect(listOf(screen)).toEqual(NOTHING_TO_RESUME);
      term.write(KEYS.enter);
      await until(term, (s) => s.includes(en.wizard.language.heading), 'a new visit');
      term.kill('SIGKILL');
      await term.exited;
    });
  }, 60_000);

  it('says so when the visit picked from the list turns out damaged, and drops it', async () => {
    const home = tempHome();
    seedSession(home, { screen: 'item', item: 'VMUMaxTry' });
    writeFileSync(join(home, 'sessions', 'seeded-1.json'), '{"id": "seeded-1", "vis');

    const { term, screen } = await firstScreen(home);
    expect(screen).toContain('› Dupont SA — Lyon HQ · R910/021.001 · ');
    term.write(KEYS.enter);
    const told = await until(
      term,
      (s) => s.includes(words.damagedSession({ movedTo: '' }).slice(0, 30)),
      'the notice',
    );
    const [moved] = readdirSync(join(home, 'sessions')).filter((name) =>
      STAMP.test(name),
    );
    const movedTo = join(home, 'sessions', moved!);
    expect(squash(told)).toContain(squash(words.damagedSession({ movedTo })));
    expect(listOf(told)).toEqual(NOTHING_TO_RESUME);
    term.kill('SIGKILL');
    await term.exited;
    expect(
      JSON.parse(readFileSync(join(home, 'sessions', 'index.json'), 'utf8')),
    ).toEqual({
      format: 1,
      sessions: {},
    });
  }, 30_000);

  it('rebuilds a damaged index, says where the copy went, and resumes the visit', async () => {
    const kinds: Record<string, string> = {
      empty: '',
      truncated: '{"format": 1, "sessions": {"seeded-1": {"id": "see',
      binary: '\u0000\u00ff\u0001garbage',
      'wrong shape': '{"format": 1, "sessions": {"seeded-1": {"customer": 5}}}',
    };
    await inBatches(Object.entries(kinds), 2, async ([kind, text]) => {
      const home = tempHome();
      seedSession(home, { screen: 'item', item: 'VMUMaxTry' });
      writeFileSync(join(home, 'sessions', 'index.json'), text);

      const { term, screen } = await firstScreen(home);
      const [moved] = readdirSync(join(home, 'sessions')).filter((name) =>
        STAMP.test(name),
      );
      expect(moved, kind).toMatch(/^index\.damaged-/);
      const movedTo = join(home, 'sessions', moved!);
      expect(squash(screen), kind).toContain(squash(words.damagedIndex({ movedTo })));
      expect(listOf(screen)?.pointer).toBe(2);
      expect(listOf(screen)?.rows[2]).toMatch(/^Dupont SA — Lyon HQ · R910\/021\.001 · /);
      term.write(KEYS.enter);
      await until(term, (s) => s.includes(en.items.VMUMaxTry.title), 'the item');
      term.kill('SIGKILL');
      await term.exited;
    });
  }, 60_000);
});

describe('writes of the store', () => {
  /** The built program in a terminal, run by `runner` (a tracer) when given. */
  function start(home: string, runner: string[] = []) {
    const [command, ...args] = [...runner, process.execPath, PROGRAM, '--lang', 'en'];

    return spawnTerminal(command!, args, environment(home, { NO_COLOR: '1' }));
  }

  it('go through a temporary file renamed over the old one, never in place', async () => {
    const home = tempHome();
    seedSession(home, { screen: 'item', item: 'customer-informed' });
    const dir = join(home, 'sessions');
    const events: string[] = [];
    const watcher = watch(dir, (type, name) => events.push(`${type} ${name}`));

    const term = start(home);
    await until(term, isStart, 'the start screen');
    term.write(KEYS.enter);
    for (const id of [
      'customer-informed',
      'security-level-agreed',
      'unrequested-features-off',
    ]) {
      await until(term, (s) => s.includes(en.items[id as 'customer-informed'].title), id);
      term.write(KEYS.enter);
    }
    await until(
      term,
      (s) => s.includes(en.sections['user-passwords'].title),
      'section 2',
    );
    term.write(KEYS.ctrlC);
    expect((await term.exited).exitCode).toBe(130);
    await new Promise((resolve) => setTimeout(resolve, 100));
    watcher.close();

    // In place, a file changes under its own name; replaced, it is renamed onto.
    const inPlace = events.filter((event) => /^change [^ ]+\.json$/.test(event));
    const temporary = events.filter((event) =>
      /\.json\.tmp-\d{10}[0-9a-f]{6}$/.test(event),
    );
    expect(inPlace).toEqual([]);
    expect(temporary.length).toBeGreaterThanOrEqual(6);
    expect(events).toContain('rename seeded-1.json');
    expect(events).toContain('rename index.json');
    expect(
      storeOf(home).get('seeded-1')?.visit.answers['security-level-agreed'],
    ).toMatchObject({ status: 'compliant' });
  }, 30_000);
});
