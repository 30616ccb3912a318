/**
 * A store file conf cannot read, or that is not what the wizard wrote: it
 * is moved aside with the time in its name, byte for byte, the user is told
 * where it went, and the wizard starts clean. Never emptied, never a crash.
 * And the writes themselves: a temporary file, then a rename.
 */
import {
  existsSync,
  readdirSync,
  readFileSync,
  rmSync,
  utimesSync,
  watch,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { act } from 'react';
import { beforeAll, describe, expect, it } from 'vitest';
import { storeOf, seedSession } from './helpers/seed.js';
import {
  ensureBuilt,
  environment,
  inBatches,
  PROGRAM,
  STACK_FRAME,
  tempHome,
} from './helpers/program.js';
import { spawnCli, spawnTerminal } from './helpers/pty.js';
import { mutateJson } from './helpers/mutate.js';
import { seeded } from './helpers/random.js';
import { en, isProgressLine, isStart, listOf } from './helpers/screens.js';
import { KEYS, until } from './helpers/visit-script.js';

beforeAll(ensureBuilt, 120_000);

const random = seeded(1143);
const STAMP = /\.damaged-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\dZ\.json$/;
const words = en.wizard.start;
/** The start screen's list with no visit in progress: a new visit highlighted. */
const NOTHING_TO_RESUME = {
  rows: [en.review.wizard.startOption, words.newVisit],
  pointer: 1,
};

/** The ways a file goes bad: a full disk, a cut copy, a stray editor, another program. */
function damages(valid: string): Record<string, Buffer> {
  return {
    empty: Buffer.alloc(0),
    truncated: Buffer.from(valid.slice(0, Math.floor(valid.length / 2))),
    'cut inside a character': Buffer.from('{"customer": "Clinique Saint-É').subarray(
      0,
      30,
    ),
    binary: Buffer.concat([Buffer.from([0, 0xff, 0xfe, 0x7b]), random.bytes(300)]),
    'null bytes': Buffer.alloc(4096),
    'byte order mark and text': Buffer.from('\ufeffnot json at all'),
    'json null': Buffer.from('null'),
    'json array': Buffer.from('[1, 2, 3]'),
    'json number': Buffer.from('42'),
    'json text': Buffer.from('"Dupont SA"'),
    'empty object': Buffer.from('{}'),
    'another session': Buffer.from(valid.replace(/"id": ?"seeded-1"/, '"id": "other-9"')),
    'unknown language': Buffer.from(valid.replace(/"lang": ?"en"/, '"lang": "xx"')),
    'visit missing': Buffer.from(JSON.stringify({ ...JSON.parse(valid), visit: null })),
  };
}

const squash = (text: string) => text.replace(/\s+/g, '');

function sessionsOf(home: string): string[] {
  return readdirSync(join(home, 'sessions')).sort();
}

describe('a damaged session file', () => {
  const home = tempHome();
  seedSession(home, { screen: 'review' });
  const valid = readFileSync(join(home, 'sessions', 'seeded-1.json'), 'utf8');

  for (const [kind, bytes] of Object.entries(damages(valid))) {
    for (const listed of [true, false]) {
      const how = listed ? 'listed in the index' : 'missing from the index';
      it(`is moved aside, ${how}: ${kind}`, () => {
        const dir = tempHome();
        seedSession(dir, { screen: 'item', item: 'VMUMaxTry' });
        seedSession(dir, { screen: 'review' }, { id: 'seeded-2', site: 'Agen' });
        const file = join(dir, 'sessions', 'seeded-1.json');
        writeFileSync(file, bytes);
        if (!listed) rmSync(join(dir, 'sessions', 'index.json'));

        const store = storeOf(dir);
        // Listed, it is only read when opened; missing, it is read at start-up.
        expect(store.recovered).toHaveLength(listed ? 0 : 1);
        expect(store.get('seeded-1')).toBeUndefined();
        expect(store.recovered).toEqual([
          { kind: 'session', file, movedTo: expect.stringMatching(STAMP) },
        ]);
        const [moved] = store.recovered;
        expect(readFileSync(moved!.movedTo)).toEqual(bytes);
        expect(existsSync(file)).toBe(false);
        expect(store.list().map((summary) => summary.id)).toEqual(['seeded-2']);
        expect(store.get('seeded-2')?.visit.site.name).toBe('Agen');

        const again = storeOf(dir);
        expect(again.recovered).toEqual([]);
        expect(again.list().map((summary) => summary.id)).toEqual(['seeded-2']);
        expect(sessionsOf(dir).filter((name) => STAMP.test(name))).toHaveLength(1);
      });
    }
  }
});

describe('a damaged index', () => {
  const home = tempHome();
  seedSession(home, { screen: 'review' });
  const valid = readFileSync(join(home, 'sessions', 'index.json'), 'utf8');
  const cases: Record<string, Buffer> = {
    ...damages(valid),
    'sessions not an object': Buffer.from('{"format": 1, "sessions": "seeded-1"}'),
    'a summary of the wrong shape': Buffer.from(
      '{"format": 1, "sessions": {"seeded-1": {"customer": 5}}}',
    ),
    'a summary that is a number': Buffer.from(
      '{"format": 1, "sessions": {"seeded-1": 7}}',
    ),
  };
  delete cases['another session'];
  delete cases['unknown language'];
  delete cases['visit missing'];

  for (const [kind, bytes] of Object.entries(cases)) {
    it(`is moved aside and rebuilt from the sessions, losing nothing: ${kind}`, () => {
      const dir = tempHome();
      seedSession(dir, { screen: 'item', item: 'VMUMaxTry' });
      seedSession(dir, { screen: 'review' }, { id: 'seeded-2', site: 'Agen' });
      const before = storeOf(dir).list();
      const file = join(dir, 'sessions', 'index.json');
      writeFileSync(file, bytes);

      const store = storeOf(dir);
      expect(store.recovered).toEqual([
        { kind: 'index', file, movedTo: expect.stringMatching(STAMP) },
      ]);
      expect(readFileSync(store.recovered[0]!.movedTo)).toEqual(bytes);
      expect(store.list()).toEqual(before);
      expect(storeOf(dir).recovered).toEqual([]);
      expect(storeOf(dir).list()).toEqual(before);
    });
  }
});

describe('temporary files of a write that was killed', () => {
  it('are removed once stale, and left alone while a write may still be under way', () => {
    const dir = tempHome();
    seedSession(dir, { screen: 'review' });
    const stale = join(dir, 'sessions', 'seeded-1.json.tmp-1764780000123abc');
    const fresh = join(dir, 'sessions', 'index.json.tmp-1764780000456def');
    writeFileSync(stale, '{"id": "seed');
    writeFileSync(fresh, '{"format": 1, "sess');
    const hourAgo = new Date(Date.now() - 3_600_000);
    utimesSync(stale, hourAgo, hourAgo);

    const store = storeOf(dir);
    expect(store.recovered).toEqual([]);
    expect(sessionsOf(dir)).toEqual([
      'index.json',
      'index.json.tmp-1764780000456def',
      'seeded-1.json',
    ]);
  });
});

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

describe('a session file changed by hand into something else', () => {
  const random = seeded(2026);

  it('is moved aside or resumed, never a crash: 200 mutations', async () => {
    const { startWizard, press, KEY } = await import('./ui/harness.js');
    const base = tempHome();
    seedSession(base, { screen: 'item', item: 'VMUMaxTry' });
    const valid = JSON.parse(
      readFileSync(join(base, 'sessions', 'seeded-1.json'), 'utf8'),
    );
    valid.draft = {
      item: 'VMUMaxTry',
      step: 'reason',
      status: 'not-checked',
      fields: { reason: 'OMC fermé' },
    };
    valid.signer = { name: 'Mme Durand', role: 'Directrice' };
    valid.visit.forwarding = [{ publicPort: 33443, oxoPort: 50443 }];
    valid.visit.answers['customer-informed'] = {
      status: 'risk-accepted',
      reason: 'Travaux',
      acceptance: { by: 'M. Leroy', until: '2099-12-31' },
      source: 'installer',
      answeredAt: '2026-03-14T12:00:00.000Z',
    };
    const positions = [
      { screen: 'item', item: 'VMUMaxTry' },
      { screen: 'review' },
      { screen: 'sign-off', step: 'acknowledge' },
      { screen: 'forwarding' },
      { screen: 'site', field: 'address' },
    ];
    let movedAside = 0;
    let resumed = 0;
    for (let n = 0; n < 200; n++) {
      const home = tempHome();
      seedSession(home, { screen: 'review' });
      const changed = mutateJson(
        random,
        { ...valid, position: random.pick(positions) },
        random.int(1, 3),
      );
      const text = JSON.stringify(changed);
      writeFileSync(join(home, 'sessions', 'seeded-1.json'), text);
      if (random.chance(0.5)) rmSync(join(home, 'sessions', 'index.json'));

      const store = storeOf(home);
      const { screen } = await startWizard({ home, store });
      await press(screen, KEY.enter);
      await press(screen, random.pick([KEY.enter, KEY.down, KEY.escape, '?', 'L']));
      const frame = screen.lastFrame() ?? '';
      await act(async () => screen.unmount());
      expect(frame, text).not.toMatch(STACK_FRAME);
      expect(isProgressLine(frame.split('\n')[0] ?? ''), `${text}\n${frame}`).toBe(true);
      if (store.recovered.length > 0) movedAside++;
      else resumed++;
    }
    console.info(`mutated sessions: ${movedAside} moved aside, ${resumed} resumed`);
    expect(movedAside).toBeGreaterThan(30);
    expect(resumed).toBeGreaterThan(30);
  }, 120_000);
});
