/**
 * The one rule of a periodic review, item by item: last time's answer is
 * carried forward only while it still speaks of the same thing — the same
 * words of the recommendation, the same availability on the release — and
 * while any risk it accepted is still accepted. Both the start of a review
 * and the record built at its end apply it, so an answer carried by mistake
 * (a release changed half-way through, an acceptance that ended since the
 * review began) never reaches a signed report.
 */
import type { Answer } from '../answers.js';
import type { AvailabilityState } from '../catalogue.js';
import { acceptanceState } from '../dates.js';
import type { RecordItem, ReportRecord } from '../record.js';
import type { FlagReason } from './types.js';

/** What the current catalogue and release say of an item. */
export interface ItemNow {
  availability: AvailabilityState;
  recommendationHash: string;
}

export type Decision =
  | { kind: 'carry'; answer: Answer }
  | { kind: 'flag'; why: FlagReason; acceptance?: { by: string; until: string } }
  /** Nothing to carry and nothing new to ask: the record words it as usual. */
  | { kind: 'none' };

/** The reason code a flagged item that nobody answered again gets in the record. */
export function openReason(why: FlagReason): 'needs-full-answer' | 'acceptance-expired' {
  return why === 'acceptance-expired' ? 'acceptance-expired' : 'needs-full-answer';
}

/**
 * Whether someone answered the item: the release model's verdicts and the
 * "no remote access" ones are worked out again from the new visit instead.
 */
export function wasAnswered(entry: RecordItem): boolean {
  return (
    entry.reasonCode === null &&
    (entry.source === 'installer' || entry.source === 'previous')
  );
}

/** The record entry as an answer again, marked as coming from the previous report. */
export function carriedAnswer(entry: RecordItem): Answer {
  const answer: Answer = {
    status: entry.status,
    source: 'previous',
    // Kept as it was: the day the answer was really given.
    answeredAt: entry.answeredAt ?? '',
  };
  if (entry.value !== null) answer.value = entry.value;
  if (entry.reason !== null) answer.reason = entry.reason;
  if (entry.acceptance) answer.acceptance = { ...entry.acceptance };
  if (entry.passwordCheck) answer.passwordCheck = { ...entry.passwordCheck };

  return answer;
}

const SETTLED_BY_RELEASE: readonly AvailabilityState[] = [
  'unavailable',
  'not-applicable',
];

/**
 * `timeZone` is the previous record's: an acceptance ends at the end of its
 * day where it was recorded, whatever zone the review is made in.
 */
export function decide(
  before: RecordItem | undefined,
  now: ItemNow,
  at: { now: Date; timeZone: string },
): Decision {
  if (!before) {
    return SETTLED_BY_RELEASE.includes(now.availability)
      ? { kind: 'none' }
      : { kind: 'flag', why: 'new-item' };
  }
  const answered = wasAnswered(before);
  const sameWords = before.recommendationHash === now.recommendationHash;
  const sameAvailability = before.availability === now.availability;
  const { acceptance } = before;
  const expired =
    answered &&
    before.status === 'risk-accepted' &&
    acceptance !== null &&
    acceptanceState(acceptance.until, at.now, at.timeZone).state === 'expired';

  if (answered && !expired && sameWords && sameAvailability) {
    return { kind: 'carry', answer: carriedAnswer(before) };
  }
  // The release model answers an item the release lacks; asking is pointless.
  if (SETTLED_BY_RELEASE.includes(now.availability)) return { kind: 'none' };
  if (expired && acceptance) {
    return { kind: 'flag', why: 'acceptance-expired', acceptance: { ...acceptance } };
  }
  if (!sameWords) return { kind: 'flag', why: 'text-changed' };
  if (!sameAvailability) return { kind: 'flag', why: 'availability-changed' };

  return { kind: 'none' };
}

/** `decide` for every item of one review, the previous record looked up once. */
export function reviewJudge(
  previous: ReportRecord,
  now: Date,
): (id: string, current: ItemNow) => Decision {
  const byId = new Map(previous.items.map((entry) => [entry.id, entry]));
  const at = { now, timeZone: previous.timeZone };

  return (id, current) => decide(byId.get(id), current, at);
}
