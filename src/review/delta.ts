/**
 * What changed between two reports of one site, from the records alone:
 * each record describes its items itself (availability, hash of the words),
 * so the delta holds even when the catalogue has moved on between the two.
 */
import type { Status } from '../answers.js';
import { acceptanceState } from '../dates.js';
import type { RecordItem, RecordRelease, ReportRecord } from '../record.js';
import type {
  AcceptanceWarning,
  Delta,
  FlagReason,
  ReleaseName,
  StatusChange,
} from './types.js';

/** The statuses a "fixed" item may come from: it was shown not to follow the note. */
const FIXABLE: readonly Status[] = ['not-compliant', 'risk-accepted', 'not-checked'];

function releaseName(release: RecordRelease): ReleaseName {
  return { product: release.product, line: release.line, version: release.version };
}

function sameRelease(a: ReleaseName, b: ReleaseName): boolean {
  return a.product === b.product && a.line === b.line && a.version === b.version;
}

function endingSoon(current: ReportRecord, now: Date): AcceptanceWarning[] {
  return current.items.flatMap((entry) => {
    if (entry.status !== 'risk-accepted' || !entry.acceptance) return [];
    const { by, until } = entry.acceptance;
    const state = acceptanceState(until, now, current.timeZone);

    return state.state === 'ending-soon'
      ? [{ id: entry.id, by, until, daysLeft: state.daysLeft }]
      : [];
  });
}

function expired(previous: ReportRecord, current: Map<string, RecordItem>, now: Date) {
  return previous.items.flatMap((entry) => {
    if (entry.status !== 'risk-accepted' || !entry.acceptance) return [];
    const { by, until } = entry.acceptance;
    if (acceptanceState(until, now, previous.timeZone).state !== 'expired') return [];
    const after = current.get(entry.id);

    return after ? [{ id: entry.id, by, until, now: after.status }] : [];
  });
}

/** `now` is when the review is made: it decides which acceptances have ended or soon will. */
export function reviewDelta(
  previous: ReportRecord,
  current: ReportRecord,
  now: Date,
): Delta {
  const before = new Map(previous.items.map((entry) => [entry.id, entry]));
  const after = new Map(current.items.map((entry) => [entry.id, entry]));
  const fixed: StatusChange[] = [];
  const newlyNotCompliant: StatusChange[] = [];
  const availabilityChanged: Delta['availabilityChanged'] = [];
  const added: string[] = [];
  const changed: string[] = [];

  for (const entry of current.items) {
    const was = before.get(entry.id);
    const change = { id: entry.id, was: was?.status ?? null, now: entry.status };
    if (!was) added.push(entry.id);
    if (entry.status === 'compliant' && was && FIXABLE.includes(was.status)) {
      fixed.push(change);
    }
    if (entry.status === 'not-compliant' && was?.status !== 'not-compliant') {
      newlyNotCompliant.push(change);
    }
    if (!was) continue;
    if (was.recommendationHash !== entry.recommendationHash) changed.push(entry.id);
    if (was.availability !== entry.availability) {
      availabilityChanged.push({
        id: entry.id,
        from: { availability: was.availability, since: was.since },
        to: { availability: entry.availability, since: entry.since },
      });
    }
  }
  const from = releaseName(previous.release);
  const to = releaseName(current.release);

  return {
    previous: {
      visitDate: previous.visitDate,
      catalogue: previous.catalogue,
      createdAt: previous.createdAt,
    },
    fixed,
    newlyNotCompliant,
    expiredAcceptances: expired(previous, after, now),
    endingSoon: endingSoon(current, now),
    release: sameRelease(from, to) ? null : { from, to },
    availabilityChanged,
    catalogue: {
      added,
      changed,
      removed: previous.items
        .filter((entry) => !after.has(entry.id))
        .map((entry) => ({ id: entry.id, chapter: entry.chapter })),
    },
  };
}

/** True when nothing at all changed: the report then says so in one sentence. */
export function deltaIsEmpty(delta: Delta): boolean {
  return (
    delta.fixed.length === 0 &&
    delta.newlyNotCompliant.length === 0 &&
    delta.expiredAcceptances.length === 0 &&
    delta.endingSoon.length === 0 &&
    delta.release === null &&
    delta.availabilityChanged.length === 0 &&
    delta.catalogue.added.length === 0 &&
    delta.catalogue.changed.length === 0 &&
    delta.catalogue.removed.length === 0
  );
}

/** An item the review could not carry forward and nobody answered again. */
export function isOpen(entry: RecordItem): boolean {
  return (
    entry.reasonCode === 'needs-full-answer' || entry.reasonCode === 'acceptance-expired'
  );
}

/** Why an open item needed a full answer, read back from the delta in the rule's order. */
export function whyOpen(delta: Delta, entry: RecordItem): FlagReason | null {
  if (entry.reasonCode === 'acceptance-expired') return 'acceptance-expired';
  if (delta.catalogue.added.includes(entry.id)) return 'new-item';
  if (delta.catalogue.changed.includes(entry.id)) return 'text-changed';
  if (delta.availabilityChanged.some((change) => change.id === entry.id))
    return 'availability-changed';

  return null;
}
