/**
 * The periodic review, with no screen and no file in it: what the `review`
 * command and the wizard both build on.
 *
 * A review starts from the site's last signed report (`startReview`), gets
 * its new answers from the installer, and ends as a record made with
 * `buildRecord` or `signVisit` given `reviewOptions(previous, start)`: the
 * record then names the previous report's digest and carries the delta
 * (`reviewDelta`) in its `review` field.
 */
export type {
  AcceptanceWarning,
  Availabilities,
  Delta,
  FlagReason,
  Flagged,
  ReleaseName,
  ReviewBasis,
  StatusChange,
} from './types.js';
export { deltaIsEmpty, isOpen, reviewDelta, whyOpen } from './delta.js';
export {
  carriedAnswer,
  decide,
  wasAnswered,
  type Decision,
  type ItemNow,
} from './rules.js';
export {
  reviewOptions,
  startReview,
  type ReviewStart,
  type StartOptions,
} from './start.js';
export { completeAnswers, parseReviewAnswers } from './answers.js';
export {
  checkNextReview,
  MAX_REVIEW_MONTHS,
  nextReviewOf,
  type NextReviewAsked,
  type NextReviewProblem,
} from './next-review.js';
export { reviewJson, reviewSummary, shortRelease, type SummaryLine } from './summary.js';
