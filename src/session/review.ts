/**
 * A periodic review as a wizard session: a new visit of the site, started
 * from its last report with `startReview` (src/review/). The answers that
 * may be carried forward are in the visit, marked as coming from that
 * report; the others are to be answered in full, and the session says why.
 *
 * What may be carried depends on the release (an upgrade changes what
 * applies), on the customer's choice of remote access and on the day (an
 * acceptance ends), so it is worked out again when the release or that
 * choice is confirmed and whenever the session is resumed. Only carried
 * answers move; what the installer answered during the review stays.
 */
import type { Answer } from '../answers.js';
import { acceptanceState, dayIn } from '../dates.js';
import type { Lang } from '../i18n.js';
import { RecordError, type RecordOptions, type ReportRecord } from '../record.js';
import {
  reviewOptions,
  startReview,
  type AcceptanceWarning,
  type Flagged,
} from '../review/index.js';
import { allItems } from './presets.js';
import type { Session, SessionDeps, SessionReview } from './types.js';

/**
 * The review of `previous` (a verified report: its record and digest),
 * standing on the language screen. Throws `RecordError` when this version
 * cannot read the report's release any more.
 */
export function newReviewSession(
  id: string,
  lang: Lang,
  previous: { record: ReportRecord; digest: string },
  now: Date,
): Session {
  const { record, digest } = previous;
  const start = startReview(record, {
    release: record.release.input,
    now,
    previousDigest: digest,
  });

  return {
    id,
    lang,
    visit: start.visit,
    position: { screen: 'language' },
    systemKnown: false,
    finished: false,
    review: {
      previous: record,
      previousDigest: start.previousDigest,
      timeZone: start.timeZone,
      flagged: start.flagged,
    },
  };
}

/**
 * Whether a saved review still holds what the wizard needs of it: a file
 * edited by hand may not, and is then left as it is for the report step
 * to refuse, rather than stop the wizard as it opens.
 */
function readable(review: SessionReview): boolean {
  const { previous } = review;

  return (
    typeof previous === 'object' &&
    previous !== null &&
    Array.isArray(previous.items) &&
    typeof previous.release?.input === 'string' &&
    typeof review.previousDigest === 'string' &&
    typeof review.timeZone === 'string' &&
    Array.isArray(review.flagged)
  );
}

/** The carried answers and the flagged items again, for the visit as it stands now. */
export function refreshReview(session: Session, deps: SessionDeps): Session {
  const { review, visit } = session;
  if (!review || !readable(review)) return session;
  let start;
  try {
    // startReview takes remote access from the report it starts from; the
    // customer's choice today decides which remote-access items still ask.
    start = startReview(
      { ...review.previous, remoteAccess: visit.remoteAccess },
      {
        release: visit.release,
        product: visit.product,
        now: deps.now(),
        timeZone: review.timeZone,
        previousDigest: review.previousDigest,
      },
    );
  } catch (error) {
    if (error instanceof RecordError) return session;
    throw error;
  }
  // Without remote access these items are settled by the choice itself,
  // as in any visit; an answer carried from a time with it would hide that.
  const settled = new Set(
    allItems(deps.sections)
      .filter((item) => item.needsRemoteAccess && !visit.remoteAccess)
      .map((item) => item.id),
  );
  const answers: Record<string, Answer> = {};
  for (const item of allItems(deps.sections)) {
    const given = visit.answers[item.id];
    const carried = start.visit.answers[item.id];
    if (given && given.source !== 'previous') answers[item.id] = given;
    else if (carried && !settled.has(item.id)) answers[item.id] = carried;
  }

  return {
    ...session,
    visit: { ...visit, answers },
    review: { ...review, flagged: start.flagged },
  };
}

/** Why the item needs a full answer in this review; null when it does not. */
export function flagOf(session: Session, id: string): Flagged | null {
  const flagged = session.review?.flagged;

  return (Array.isArray(flagged) && flagged.find((flag) => flag.id === id)) || null;
}

/** The risk acceptances of the visit that end within 30 days, in catalogue order. */
export function endingSoonOf(session: Session, deps: SessionDeps): AcceptanceWarning[] {
  const { review } = session;
  if (!review) return [];
  const now = deps.now();

  return allItems(deps.sections).flatMap((item) => {
    const answer = session.visit.answers[item.id];
    if (answer?.status !== 'risk-accepted' || !answer.acceptance) return [];
    const { by, until } = answer.acceptance;
    const state = acceptanceState(until, now, review.timeZone);

    return state.state === 'ending-soon'
      ? [{ id: item.id, by, until, daysLeft: state.daysLeft }]
      : [];
  });
}

/** The day a carried answer was given, in the review's zone; the last visit's when unknown. */
export function carriedDay(session: Session, answer: Answer): string | null {
  const { review } = session;
  if (!review || answer.source !== 'previous') return null;
  const given = new Date(answer.answeredAt);

  return Number.isNaN(given.getTime())
    ? review.previous.visitDate
    : dayIn(given, review.timeZone);
}

/**
 * What to add to `signVisit`'s options so that the record of a review names
 * the report it follows and carries the delta; nothing for a first visit.
 */
export function signOptionsOf(
  session: Pick<Session, 'review'>,
): Pick<RecordOptions, 'previousDigest' | 'timeZone' | 'review'> {
  const { review } = session;

  return review ? reviewOptions(review.previous, review) : {};
}
