/**
 * Kills at random points of whole scripted visits, the built program in a
 * terminal: during start-up, on a quiet screen, a few milliseconds after a
 * key, and the moment a file of the store starts being written.
 *
 * A restart costs about half a second of processor, so 200 restarts do not
 * fit in the time of the suite. Most kill points therefore freeze the
 * program instead (SIGSTOP): the files on disk are then exactly what a
 * SIGKILL at that instant would leave, since every write of the store is
 * synchronous and nothing waits in the program's memory. The files are
 * checked, and the program goes on (SIGCONT) to its next kill point. The
 * other kill points are real: SIGKILL, the files checked, a restart, and
 * the visit must be offered and resume on the screen where it stood.
 */
import { existsSync, readdirSync, watch } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, environment, PROGRAM, tempHome } from './helpers/program.js';
import { spawnCli, type Terminal } from './helpers/pty.js';
import { seeded, type Random } from './helpers/random.js';
import { en, isStart, listOf, recoveryNotice, shows } from './helpers/screens.js';
import { checkStore, type Tally } from './helpers/store-check.js';
import {
  customerOf,
  describeAt,
  FINISHED,
  KEYS,
  leave,
  newScript,
  PATH,
  perform,
  planMove,
  showsAt,
  until,
  type Move,
} from './helpers/visit-script.js';

const KILL_POINTS = 200;
const LANES = 4;
const SEED = 20261203;

beforeAll(ensureBuilt, 120_000);

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

type When = 'quiet' | 'after-key' | 'on-write';

interface Figures extends Tally {
  killed: Record<When | 'start-up', number>;
  frozen: Record<When, number>;
  restarts: number;
  resumedAhead: number;
  visitsFinished: number;
}

/** Resolves on the first change in the store's folder: a write under way. */
function firstWrite(dir: string): { started: Promise<void>; stop: () => void } {
  if (!existsSync(dir)) return { started: sleep(20), stop: () => {} };
  const watcher = watch(dir);
  const started = new Promise<void>((resolve) => {
    watcher.once('change', () => resolve());
    setTimeout(resolve, 500);
  });

  return { started, stop: () => watcher.close() };
}

/** Sends the keys of `move` (unless quiet) and waits for the instant to stop at. */
async function reach(
  term: Terminal,
  home: string,
  when: When,
  move: Move | null,
  random: Random,
) {
  if (when === 'quiet' || !move) return;
  const write = when === 'on-write' ? firstWrite(join(home, 'sessions')) : null;
  term.write(move.keys);
  if (write) {
    await write.started;
    write.stop();
  } else {
    await sleep(random.int(0, 30));
  }
}

/** One visit after another in one home, until `quota` kill points. */
async function lane(random: Random, quota: number, figures: Figures): Promise<string> {
  const home = tempHome('oxo-harden-kill-');
  const env = environment(home, { NO_COLOR: '1' });
  let serial = 1;
  let script = newScript(serial);
  let pending: Move | null = null;
  let points = 0;

  while (points < quota) {
    const term = spawnCli(PROGRAM, ['--lang', 'en'], env);
    figures.restarts++;
    if (random.chance(0.05)) {
      await sleep(random.int(0, 400));
      term.kill('SIGKILL');
      expect((await term.exited).signal).toBe(9);
      checkStore(home, script, pending, figures);
      figures.killed['start-up']++;
      points++;
      continue;
    }

    const first = await until(term, () => true, 'the first screen');
    expect(recoveryNotice(first), first).toBe(false);
    const list = isStart(first) ? listOf(first) : null;
    // A visit is listed by its customer, then its site once it has one.
    const ours = list?.rows.findIndex((row) =>
      [' —', ' ·'].some((next) => row.startsWith(`${customerOf(serial)}${next}`)),
    );
    if (list && ours !== undefined && ours !== -1) {
      // The visit in progress, highlighted: Enter resumes it.
      expect(list.pointer, first).toBe(ours);
      expect(
        list.rows.filter((row) => row.includes(' · ')),
        first,
      ).toHaveLength(1);
      term.write(KEYS.enter);
    } else {
      // No visit in progress: the last one was finished, or none was saved yet.
      const over = script.at === FINISHED || (pending && script.at + 1 === FINISHED);
      expect(over || script.fields.customer === undefined, first).toBe(true);
      script = newScript(over ? ++serial : serial);
      if (list) {
        expect(list.rows[list.pointer], first).toBe(en.wizard.start.newVisit);
        term.write(KEYS.enter);
      }
    }
    const arrived = await until(
      term,
      (screen) =>
        shows(screen, PATH[script.at]!) ||
        Boolean(pending?.advances && shows(screen, PATH[script.at + 1]!)),
      describeAt(script),
    );
    if (pending?.advances && !shows(arrived, PATH[script.at]!)) {
      script.at += 1;
      pending.record(script);
      figures.resumedAhead++;
    }
    pending = null;

    while (points < quota) {
      if (script.at === FINISHED) {
        expect(await leave(term)).toBe(0);
        figures.visitsFinished++;
        script = newScript(++serial);
        break;
      }
      const roll = random.next();
      const move = planMove(term.screen(), script, random);
      if (roll < 0.55) {
        await perform(term, script, move);
        continue;
      }
      const when = random.pick(['quiet', 'after-key', 'after-key', 'on-write'] as const);
      const sent = when === 'quiet' ? null : move;
      const before = term.screen();
      await reach(term, home, when, sent, random);
      points++;

      if (roll > 0.88) {
        term.kill('SIGKILL');
        expect((await term.exited).signal).toBe(9);
        pending = sent;
        checkStore(home, script, pending, figures);
        figures.killed[when]++;
        break;
      }
      term.kill('SIGSTOP');
      try {
        checkStore(home, script, sent, figures);
      } finally {
        term.kill('SIGCONT');
      }
      figures.frozen[when]++;
      if (sent?.advances) {
        await until(term, showsAt(script, 1), describeAt(script, 1));
        script.at += 1;
        sent.record(script);
      } else if (sent) {
        await until(term, (screen) => screen !== before, 'a change of screen');
      }
    }
  }

  return home;
}

/** Temporary files that kills inside a write left in the store's folder. */
function leftBehind(home: string): number {
  const dir = join(home, 'sessions');
  return existsSync(dir)
    ? readdirSync(dir).filter((name) => /\.tmp-/.test(name)).length
    : 0;
}

describe('wizard killed at random points', () => {
  it(`keeps every answer shown saved through ${KILL_POINTS} kill points, and always resumes`, async () => {
    const figures: Figures = {
      killed: { 'start-up': 0, quiet: 0, 'after-key': 0, 'on-write': 0 },
      frozen: { quiet: 0, 'after-key': 0, 'on-write': 0 },
      insideWrite: 0,
      temps: new Set(),
      restarts: 0,
      resumedAhead: 0,
      visitsFinished: 0,
      answersChecked: 0,
    };
    const started = Date.now();
    const homes = await Promise.all(
      Array.from({ length: LANES }, (_, index) =>
        lane(seeded(SEED + index), KILL_POINTS / LANES, figures),
      ),
    );
    const sum = (counts: Record<string, number>) =>
      Object.values(counts).reduce((total, n) => total + n, 0);
    const { temps, ...counts } = figures;
    console.info(
      `kill points: ${JSON.stringify({ ...counts, tempsSeen: temps.size, tempsLeft: homes.map(leftBehind) })}, ${Math.round((Date.now() - started) / 1000)} s`,
    );
    expect(sum(figures.killed) + sum(figures.frozen)).toBe(KILL_POINTS);
    // The mix must stop the program inside writes, or it proves nothing about them.
    expect(figures.insideWrite).toBeGreaterThan(10);
    expect(sum(figures.killed)).toBeGreaterThan(30);
  }, 240_000);
});
