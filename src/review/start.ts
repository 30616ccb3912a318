/**
 * The start of a periodic review: a new visit of the same site, pre-filled
 * with every answer of the previous report that may be carried forward,
 * and the list of items that need a full answer this time, with why.
 */
import type { Visit } from '../answers.js';
import { evaluate } from '../availability.js';
import { canonicalBytes } from '../canonical.js';
import { acceptanceState, dayIn, localTimeZone } from '../dates.js';
import { recommendationHash, RecordError, type ReportRecord } from '../record.js';
import { parseRelease, type Product } from '../release.js';
import { digestOf } from '../signature.js';
import { ITEMS } from '../../steps/index.js';
import { reviewJudge } from './rules.js';
import type { AcceptanceWarning, Flagged, ReviewBasis } from './types.js';

export interface StartOptions {
  /** The release as read again on the system; the previous one when there was no upgrade. */
  release: string;
  /** The product, when it changed too; the previous report's by default. */
  product?: Product;
  /** When the review is made: it decides which acceptances have ended. */
  now: Date;
  /**
   * The zone the review's day is read in; by default the previous report's
   * (the site has not moved), or this machine's if it does not know that zone.
   */
  timeZone?: string;
  /** The previous report's digest as its envelope gives it; worked out from the record when absent. */
  previousDigest?: string;
}

export interface ReviewStart {
  /** Site, people, system and carried answers from the previous report; dated the review's day. */
  visit: Visit;
  /** The items to answer in full, in catalogue order. */
  flagged: Flagged[];
  /** Carried acceptances that end within 30 days. */
  warnings: AcceptanceWarning[];
  /** The chain: the report this review follows. */
  previousDigest: string;
  /** The zone the review was read in: give it to `buildRecord` too. */
  timeZone: string;
}

function knownZone(zone: string): string {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return zone;
  } catch {
    return localTimeZone();
  }
}

/** Throws `RecordError` when the release cannot be read. */
export function startReview(previous: ReportRecord, options: StartOptions): ReviewStart {
  const product = options.product ?? previous.release.product;
  const parsed = parseRelease(options.release, product);
  if (!parsed.ok) throw new RecordError(options.release);
  const timeZone = options.timeZone ?? knownZone(previous.timeZone);
  const judge = reviewJudge(previous, options.now);
  const visit: Visit = {
    site: { ...previous.site },
    people: { installer: { ...previous.people.installer } },
    date: dayIn(options.now, timeZone),
    product,
    release: options.release,
    remoteAccess: previous.remoteAccess,
    forwarding: previous.forwarding.map((rule) => ({ ...rule })),
    answers: {},
  };
  const flagged: Flagged[] = [];
  const warnings: AcceptanceWarning[] = [];

  for (const item of ITEMS) {
    const { availability } = evaluate(item, parsed.release);
    const decision = judge(item.id, {
      availability,
      recommendationHash: recommendationHash(item.id),
    });
    if (decision.kind === 'carry') {
      visit.answers[item.id] = decision.answer;
      const acceptance = decision.answer.acceptance;
      const state =
        acceptance && acceptanceState(acceptance.until, options.now, timeZone);
      if (acceptance && state?.state === 'ending-soon') {
        warnings.push({ id: item.id, ...acceptance, daysLeft: state.daysLeft });
      }
    }
    // An item the customer's choice of no remote access settles needs no answer.
    const settled = item.needsRemoteAccess && !visit.remoteAccess;
    if (decision.kind === 'flag' && !settled) {
      const { kind: _kind, ...flag } = decision;
      flagged.push({ id: item.id, ...flag });
    }
  }

  return {
    visit,
    flagged,
    warnings,
    previousDigest: options.previousDigest ?? digestOf(canonicalBytes(previous)),
    timeZone,
  };
}

/**
 * What to add to the options of `buildRecord` or `signVisit` so that the
 * record made at the end is this review's: the chain and the delta.
 */
export function reviewOptions(
  previous: ReportRecord,
  start: Pick<ReviewStart, 'previousDigest' | 'timeZone'>,
): { previousDigest: string; timeZone: string; review: ReviewBasis } {
  return {
    previousDigest: start.previousDigest,
    timeZone: start.timeZone,
    review: { previous },
  };
}
