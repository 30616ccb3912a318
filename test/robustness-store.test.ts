/**
 * A store file conf cannot read, or that is not what the wizard wrote: it
 * is moved aside with the time in its name, byte for byte, reported, and
 * the store starts clean; a damaged index is rebuilt from the sessions. A
 * session changed by hand into something else is moved aside or resumed,
 * never a crash of the wizard.
 */
import {
  existsSync,
  readdirSync,
  readFileSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { act } from 'react';
import { describe, expect, it } from 'vitest';
import { damages, STAMP } from './helpers/damaged.js';
import { mutateJson } from './helpers/mutate.js';
import { STACK_FRAME, tempHome } from './helpers/program.js';
import { seeded } from './helpers/random.js';
import { isProgressLine } from './helpers/screens.js';
import { seedSession, storeOf } from './helpers/seed.js';

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

describe('a session file changed by hand into something else', () => {
  const random = seeded(2026);

  it('is moved aside or resumed, never a crash: 300 mutations', async () => {
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
    for (let n = 0; n < 300; n++) {
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
      const aside = store.get('seeded-1') === undefined;
      if (aside) movedAside++;
      else resumed++;
      // A file moved aside leaves the start screen, the same each time: a few suffice.
      if (aside && movedAside % 10 !== 1) continue;
      const { screen } = await startWizard({ home, store });
      await press(screen, KEY.enter);
      await press(screen, random.pick([KEY.enter, KEY.down, KEY.escape, '?', 'L']));
      const frame = screen.lastFrame() ?? '';
      await act(async () => screen.unmount());
      expect(frame, text).not.toMatch(STACK_FRAME);
      expect(isProgressLine(frame.split('\n')[0] ?? ''), `${text}\n${frame}`).toBe(true);
      expect(store.recovered.length > 0, text).toBe(aside);
    }
    console.info(`mutated sessions: ${movedAside} moved aside, ${resumed} resumed`);
    expect(movedAside).toBeGreaterThan(30);
    expect(resumed).toBeGreaterThan(35);
  }, 120_000);
});
