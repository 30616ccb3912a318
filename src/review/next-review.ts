/**
 * When the next periodic review falls. It may be asked for on the command
 * line as a date or as a number of months after this review, or written in
 * the answers file; asked for twice, the two must agree. Left unsaid, the
 * record sets it twelve months after the review (`REVIEW_INTERVAL_MONTHS`).
 */
import type { Visit } from '../answers.js';
import { addMonths, isIsoDate } from '../dates.js';

/** Five years: past that, a "periodic" review is no longer one. */
export const MAX_REVIEW_MONTHS = 60;

export interface NextReviewAsked {
  /** `--next-review`, as typed. */
  date?: string | undefined;
  /** `--review-months`, as typed. */
  months?: string | undefined;
}

export type NextReviewProblem =
  | { code: 'both' }
  | { code: 'bad-date'; value: string }
  | { code: 'bad-months'; value: string }
  | { code: 'conflict'; flag: string; file: string }
  | { code: 'too-early'; date: string; visitDate: string };

/** What is wrong with the flags alone, so that it is said before any file is read. */
export function checkNextReview(asked: NextReviewAsked): NextReviewProblem | null {
  const { date, months } = asked;
  if (date !== undefined && months !== undefined) return { code: 'both' };
  if (date !== undefined && !isIsoDate(date)) return { code: 'bad-date', value: date };
  if (months !== undefined) {
    const count = /^\d+$/.test(months) ? Number(months) : NaN;
    if (!(count >= 1 && count <= MAX_REVIEW_MONTHS))
      return { code: 'bad-months', value: months };
  }

  return null;
}

/** The visit's next review; a null date leaves the record's default. */
export function nextReviewOf(
  asked: NextReviewAsked,
  visit: Pick<Visit, 'date' | 'nextReview'>,
): { date: string | null } | { problem: NextReviewProblem } {
  const problem = checkNextReview(asked);
  if (problem) return { problem };
  const flag =
    asked.date ??
    (asked.months !== undefined
      ? addMonths(visit.date, Number(asked.months))
      : undefined);
  const file = visit.nextReview;
  if (flag !== undefined && file !== undefined && flag !== file)
    return { problem: { code: 'conflict', flag, file } };
  const date = flag ?? file ?? null;
  if (date !== null && date <= visit.date)
    return { problem: { code: 'too-early', date, visitDate: visit.date } };

  return { date };
}
