/**
 * The answers file of a review holds only what is new. Whatever it leaves
 * out is taken from the review's start, so that it can then be checked by
 * the same reader as any answers file (`readAnswers`), with the same paths
 * in its messages:
 * - `site`, `people`, `product`, `remoteAccess`, `forwarding`: the previous
 *   report's, field by field (a new installer gives `people.installer`);
 * - `date`: the day of the review, not of the previous visit;
 * - `release`: the release of the review (see the command's `--release`);
 * - `answers`: none, so every answer that may be carried is carried.
 * `signOff` and `nextReview` are never taken from the previous report: the
 * customer signs each review, and each review sets its own next date.
 */
import type { Visit } from '../answers.js';

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The file's fields over the defaults, one level down where both are objects. */
function over(defaults: Json, given: unknown): unknown {
  if (given === undefined) return defaults;

  return isObject(given) ? { ...defaults, ...given } : given;
}

/** The file as parsed, or null when it is not a JSON object (the reader then says why). */
export function parseReviewAnswers(text: string): Json | null {
  try {
    const value = JSON.parse(text.replace(/^\uFEFF/, '')) as unknown;
    return isObject(value) ? value : null;
  } catch {
    return null;
  }
}

/** The file completed from the review's start, as text for `readAnswers`. */
export function completeAnswers(file: Json, start: Visit): string {
  const people = isObject(file.people) ? file.people : {};
  const completed: Json = {
    ...file,
    site: over({ ...start.site }, file.site),
    people:
      file.people === undefined || isObject(file.people)
        ? { ...people, installer: over({ ...start.people.installer }, people.installer) }
        : file.people,
    date: file.date ?? start.date,
    product: file.product ?? start.product,
    release: file.release ?? start.release,
    remoteAccess: file.remoteAccess ?? start.remoteAccess,
    forwarding: file.forwarding ?? start.forwarding,
    answers: file.answers ?? {},
  };

  return JSON.stringify(completed);
}
