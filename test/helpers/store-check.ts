/**
 * The store as a kill left it, held against what the scripted visit saw
 * saved (see visit-script.ts): read from a copy, so that nothing here
 * repairs it before the program starts on it again.
 */
import { cpSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { positionKey, progressOf, type SiteField } from '../../src/session/index.js';
import { openStore, type StoredSession } from '../../src/store.js';
import { SECTIONS } from '../../steps/index.js';
import { tempHome } from './program.js';
import { PATH, type Move, type Script } from './visit-script.js';

/** What the checks count along the way. */
export interface Tally {
  /** Kill points where a new temporary file stood beside the store's: inside a write. */
  insideWrite: number;
  /** Temporary files seen so far: a kill inside a write leaves one behind. */
  temps: Set<string>;
  answersChecked: number;
}

function siteValue(session: StoredSession, field: SiteField): string {
  const { site, people, date } = session.visit;
  if (field === 'installer') return people.installer.name;
  if (field === 'company') return people.installer.company;
  if (field === 'date') return date;

  return site[field];
}

/** Every answer and text the script saw saved, found in the stored visit. */
function expectSaved(stored: StoredSession, script: Script): number {
  for (const [field, value] of Object.entries(script.fields))
    expect(siteValue(stored, field as SiteField), field).toBe(value);
  for (const [id, answer] of script.answers)
    expect(stored.visit.answers[id], id).toMatchObject(answer);
  if (script.signer.name) expect(stored.signer?.name).toBe(script.signer.name);
  if (script.signer.role) expect(stored.signer?.role).toBe(script.signer.role);

  return script.answers.size;
}

function ahead(script: Script, move: Move): Script {
  const next: Script = {
    ...script,
    fields: { ...script.fields },
    answers: new Map(script.answers),
    signer: { ...script.signer },
  };
  move.record(next);

  return next;
}

/**
 * The store as a kill leaves it, read from a copy so that nothing here
 * repairs it first: every file whole, nothing moved aside, the visit at the
 * screen last seen or, when a key was on its way, at the next one with its
 * answer saved in the same write.
 */
export function checkStore(
  home: string,
  script: Script,
  pending: Move | null,
  tally: Tally,
): void {
  const dir = join(home, 'sessions');
  if (!existsSync(dir)) {
    expect(script.fields.customer).toBeUndefined();
    return;
  }
  const copy = join(tempHome('oxo-harden-kill-copy-'), 'sessions');
  cpSync(dir, copy, { recursive: true });
  const names = readdirSync(copy);
  const temps = names.filter((name) => /\.tmp-/.test(name));
  if (temps.some((name) => !tally.temps.has(name))) tally.insideWrite++;
  for (const name of temps) tally.temps.add(name);
  for (const name of names.filter((entry) => !/\.tmp-/.test(entry))) {
    expect(name).not.toContain('.damaged-');
    expect(() => JSON.parse(readFileSync(join(copy, name), 'utf8')), name).not.toThrow();
  }
  const store = openStore(join(copy, '..'), {
    progress: (session) => progressOf(session, SECTIONS),
  });
  expect(store.recovered).toEqual([]);
  expect(store.list().filter((summary) => !summary.finished).length).toBeLessThanOrEqual(
    1,
  );
  if (script.fields.customer === undefined) return;

  const summary = store.list().find((entry) => entry.customer === script.fields.customer);
  expect(summary, 'the visit in progress').toBeDefined();
  const stored = store.get(summary!.id)!;
  const here = positionKey(PATH[script.at]!);
  const next = pending?.advances ? positionKey(PATH[script.at + 1]!) : here;
  const at = positionKey(stored.position);
  expect([here, next]).toContain(at);
  const seen = at === next && next !== here ? ahead(script, pending!) : script;
  tally.answersChecked += expectSaved(stored, seen);
}
