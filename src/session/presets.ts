/**
 * Answers the system description gives before the installer sees an item:
 * a setting this release does not have, or a remote-access item when the
 * customer wants no remote access. They are derived, never stored, the way
 * the record derives them (src/record.ts), so that changing the release or
 * the remote-access choice later cannot leave a stale one behind, and their
 * reasons are worded in whatever language the screen or report is in.
 */
import type { Answer, Visit } from '../answers.js';
import { evaluate } from '../availability.js';
import type { Item, Section } from '../catalogue.js';
import { parseRelease, type Release } from '../release.js';
import type { Session } from './types.js';

export type PresetReason = 'unavailable' | 'not-applicable' | 'no-remote-access';

export interface Preset {
  status: 'not-applicable';
  reason: PresetReason;
  /** As the record has it: the release model, or the customer's choice told by the installer. */
  source: 'release' | 'installer';
  /** For "unavailable": the line that first has the setting, when the note names one. */
  since: string | null;
}

export function releaseOf(visit: Pick<Visit, 'release' | 'product'>): Release | null {
  if (!visit.release) return null;
  const key = `${visit.product}\u0000${visit.release}`;
  if (!readReleases.has(key)) {
    if (readReleases.size >= 100) readReleases.clear();
    const parsed = parseRelease(visit.release, visit.product);
    readReleases.set(key, parsed.ok ? parsed.release : null);
  }

  return readReleases.get(key)!;
}

// Every item's preset asks for the visit's release on every frame; a visit
// has one or two releases, each read once.
const readReleases = new Map<string, Release | null>();

/** What the system description says of an item, before anyone answers it. */
export function presetOf(item: Item, session: Session): Preset | null {
  if (!session.systemKnown) return null;
  const release = releaseOf(session.visit);
  if (release) {
    const { availability, since } = evaluate(item, release);
    if (availability === 'unavailable' || availability === 'not-applicable') {
      return { status: 'not-applicable', reason: availability, source: 'release', since };
    }
  }
  if (item.needsRemoteAccess && !session.visit.remoteAccess) {
    return {
      status: 'not-applicable',
      reason: 'no-remote-access',
      source: 'installer',
      since: null,
    };
  }

  return null;
}

/** The installer's answer, else the preset: what the item stands at. */
export type Standing =
  { answer: Answer; preset: null } | { answer: null; preset: Preset };

export function standingOf(item: Item, session: Session): Standing | null {
  const answer = session.visit.answers[item.id];
  if (answer) return { answer, preset: null };
  const preset = presetOf(item, session);

  return preset ? { answer: null, preset } : null;
}

export function allItems(sections: readonly Section[]): Item[] {
  return sections.flatMap((section) => section.items);
}
