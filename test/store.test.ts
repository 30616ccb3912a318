import {
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { newSession, type Session } from '../src/session/index.js';
import { openStore } from '../src/store.js';

const home = () => mkdtempSync(join(tmpdir(), 'oxo-harden-store-'));

function visitOf(id: string, customer: string, site: string): Session {
  const session = newSession(id, 'fr', '2026-03-14');

  return {
    ...session,
    position: { screen: 'item', item: 'PerAssAlwd' },
    visit: {
      ...session.visit,
      site: { customer, name: site, address: '' },
      release: 'R910/021.001',
      answers: {
        VMUMaxTry: {
          status: 'compliant',
          source: 'installer',
          answeredAt: '2026-03-14T09:00:00.000Z',
        },
      },
    },
  };
}

const at = (minute: number) => new Date(Date.UTC(2026, 2, 14, 9, minute));

describe('store', () => {
  it('gives back a saved session as it was saved, with the time of the change', () => {
    const dir = home();
    const session = visitOf('20260314-090000-ab12', 'Dupont SA', 'Lyon HQ');
    openStore(dir).save(session, at(5));
    expect(openStore(dir).get(session.id)).toEqual({
      ...session,
      updatedAt: '2026-03-14T09:05:00.000Z',
    });
  });

  it('lists summaries newest first, with the progress the wizard counts', () => {
    const dir = home();
    const store = openStore(dir, { progress: () => ({ answered: 7, total: 46 }) });
    store.save(visitOf('a-1', 'Dupont SA', 'Lyon HQ'), at(1));
    store.save(visitOf('b-2', 'Martin SARL', 'Agen'), at(3));
    store.save(visitOf('c-3', 'Leroy', 'Pau'), at(2));
    expect(openStore(dir).list()).toEqual([
      {
        id: 'b-2',
        customer: 'Martin SARL',
        site: 'Agen',
        release: 'R910/021.001',
        answered: 7,
        total: 46,
        finished: false,
        updatedAt: '2026-03-14T09:03:00.000Z',
        review: false,
        reportPending: false,
      },
      {
        id: 'c-3',
        customer: 'Leroy',
        site: 'Pau',
        release: 'R910/021.001',
        answered: 7,
        total: 46,
        finished: false,
        updatedAt: '2026-03-14T09:02:00.000Z',
        review: false,
        reportPending: false,
      },
      {
        id: 'a-1',
        customer: 'Dupont SA',
        site: 'Lyon HQ',
        release: 'R910/021.001',
        answered: 7,
        total: 46,
        finished: false,
        updatedAt: '2026-03-14T09:01:00.000Z',
        review: false,
        reportPending: false,
      },
    ]);
  });

  // Fields added to the index later: an index written before them is read as it is.
  it.each(['review', 'reportPending'] as const)(
    'reads an index written before %s was marked in it, without rebuilding it',
    (field) => {
      const dir = home();
      openStore(dir).save(visitOf('a-1', 'Dupont SA', 'Lyon HQ'), at(1));
      const indexFile = join(dir, 'sessions', 'index.json');
      const index = JSON.parse(readFileSync(indexFile, 'utf8')) as {
        sessions: Record<string, Record<string, unknown>>;
      };
      expect(index.sessions['a-1']).toHaveProperty(field);
      delete index.sessions['a-1']![field];
      writeFileSync(indexFile, JSON.stringify(index));
      const reopened = openStore(dir);
      expect(reopened.recovered).toEqual([]);
      expect(reopened.list()[0]?.[field]).toBeUndefined();
      expect(reopened.list()[0]?.customer).toBe('Dupont SA');
    },
  );

  it('keeps one file per session, readable by its owner only', () => {
    const dir = home();
    openStore(dir).save(visitOf('a-1', 'Dupont SA', 'Lyon HQ'));
    expect(readdirSync(join(dir, 'sessions')).sort()).toEqual(['a-1.json', 'index.json']);
    if (process.platform !== 'win32') {
      expect(statSync(join(dir, 'sessions', 'a-1.json')).mode & 0o777).toBe(0o600);
    }
  });

  it('starts from the index alone, without reading a thousand sessions', () => {
    const dir = home();
    const store = openStore(dir);
    for (let n = 0; n < 1000; n++)
      store.save(visitOf(`s-${n}`, `Client ${n}`, 'Site'), at(n % 60));
    // Were start-up to read the sessions, these would be found damaged.
    for (let n = 0; n < 1000; n++)
      writeFileSync(join(dir, 'sessions', `s-${n}.json`), '{');
    const started = performance.now();
    const reopened = openStore(dir);
    const took = performance.now() - started;
    expect(reopened.list()).toHaveLength(1000);
    expect(reopened.recovered).toEqual([]);
    expect(took).toBeLessThan(500);
  });

  it('moves a damaged session aside, says where, and starts without it', () => {
    const dir = home();
    openStore(dir).save(visitOf('a-1', 'Dupont SA', 'Lyon HQ'));
    writeFileSync(join(dir, 'sessions', 'a-1.json'), '{"id": "a-1", "visit": ');
    const store = openStore(dir);
    expect(store.get('a-1')).toBeUndefined();
    expect(store.recovered).toHaveLength(1);
    const [moved] = store.recovered;
    expect(moved?.kind).toBe('session');
    expect(moved?.file).toBe(join(dir, 'sessions', 'a-1.json'));
    expect(moved?.movedTo).toMatch(/a-1\.damaged-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\dZ\.json$/);
    expect(readFileSync(moved!.movedTo, 'utf8')).toBe('{"id": "a-1", "visit": ');
  });

  it('treats an empty session file as damaged, not as a fresh one', () => {
    const dir = home();
    openStore(dir).save(visitOf('a-1', 'Dupont SA', 'Lyon HQ'));
    writeFileSync(join(dir, 'sessions', 'a-1.json'), '');
    const store = openStore(dir);
    expect(store.get('a-1')).toBeUndefined();
    expect(store.recovered.map((file) => file.kind)).toEqual(['session']);
  });

  it('moves aside a file that parses but is not a session', () => {
    const dir = home();
    openStore(dir).save(visitOf('a-1', 'Dupont SA', 'Lyon HQ'));
    writeFileSync(join(dir, 'sessions', 'a-1.json'), '{"id": "a-1", "lang": "klingon"}');
    const store = openStore(dir);
    expect(store.get('a-1')).toBeUndefined();
    expect(store.recovered.map((file) => file.kind)).toEqual(['session']);
  });

  it('rebuilds a damaged index from the sessions, losing nothing', () => {
    const dir = home();
    const store = openStore(dir);
    store.save(visitOf('a-1', 'Dupont SA', 'Lyon HQ'), at(1));
    store.save(visitOf('b-2', 'Martin SARL', 'Agen'), at(2));
    writeFileSync(join(dir, 'sessions', 'index.json'), '{"format": 1, "sess');
    const reopened = openStore(dir);
    expect(reopened.recovered.map((file) => file.kind)).toEqual(['index']);
    expect(reopened.list().map((summary) => summary.id)).toEqual(['b-2', 'a-1']);
    expect(
      JSON.parse(readFileSync(join(dir, 'sessions', 'index.json'), 'utf8')).sessions[
        'a-1'
      ].customer,
    ).toBe('Dupont SA');
  });

  it('drops an index entry whose file is gone and picks up a file the index missed', () => {
    const dir = home();
    const store = openStore(dir);
    store.save(visitOf('a-1', 'Dupont SA', 'Lyon HQ'));
    store.save(visitOf('b-2', 'Martin SARL', 'Agen'));
    const b = readFileSync(join(dir, 'sessions', 'b-2.json'), 'utf8');
    rmSync(join(dir, 'sessions', 'a-1.json'));
    store.remove('b-2');
    writeFileSync(join(dir, 'sessions', 'b-2.json'), b);
    expect(
      openStore(dir)
        .list()
        .map((summary) => summary.id),
    ).toEqual(['b-2']);
  });

  it('names no session with an id that is not one', () => {
    const store = openStore(home());
    expect(store.get('../../etc/passwd')).toBeUndefined();
    expect(store.get('nothing-here')).toBeUndefined();
    expect(() => store.save(visitOf('../x', 'a', 'b'))).toThrow('not a session id');
  });

  it('forgets a removed session', () => {
    const dir = home();
    const store = openStore(dir);
    store.save(visitOf('a-1', 'Dupont SA', 'Lyon HQ'));
    store.remove('a-1');
    expect(store.get('a-1')).toBeUndefined();
    expect(openStore(dir).list()).toEqual([]);
  });
});
