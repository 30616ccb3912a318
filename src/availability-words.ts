/**
 * How one item's evaluation reads for people: the availability phrase, what
 * to say of the factory default, and when a dispute of the note is worth
 * showing. Shared by the plan, the wizard and the reports; no React.
 */
import { SECTIONS, type CatalogueItem } from '../steps/index.js';
import { cellVersion, evaluate, takenVersion } from './availability.js';
import type { AnswerKind, Evaluation } from './catalogue.js';
import type { Messages } from './i18n.js';
import { compareVersions, type Release } from './release.js';

export interface PlanEntry {
  item: CatalogueItem;
  evaluation: Evaluation;
}

/** Every item of the checklist, in order, evaluated on one release. */
export function planEntries(release: Release): PlanEntry[] {
  return SECTIONS.flatMap((section) =>
    section.items.map((item) => ({ item, evaluation: evaluate(item, release) })),
  );
}

/** The value the note recommends, where the answer is a value. */
export function recommendedValue(answer: AnswerKind): string | number | null {
  if (answer.kind === 'hex-byte') return answer.recommended;
  if (answer.kind === 'port') return answer.recommended ?? null;

  return null;
}

export function availabilityPhrase(
  m: Messages['availability'],
  { availability, since }: Evaluation,
): string {
  if (availability === 'upgrade') return m.upgrade({ since: since ?? '' });
  if (availability === 'check-version') return m.checkVersion({ since: since ?? '' });
  if (availability === 'unavailable') {
    return since ? m.unavailableUntil({ since }) : m.unavailable;
  }
  if (availability === 'not-applicable') {
    return since ? m.notApplicableUntil({ since }) : m.notApplicable;
  }

  return since ? m.availableSince({ since }) : m.available;
}

/** What to say of the factory default, or null where the item has none to speak of. */
export function defaultPhrase(
  m: Messages['availability'],
  { item, evaluation }: PlanEntry,
  release: Release,
): string | null {
  const { secureDefault, defaultByCountry } = item.availability;
  if (secureDefault === undefined && !defaultByCountry) return null;
  if (
    evaluation.availability !== 'available' &&
    evaluation.availability !== 'check-version'
  ) {
    return null;
  }
  if (evaluation.defaultSecure === true) return m.defaultSecure;
  if (evaluation.defaultSecure === false) {
    // Name the version that brings the recommended default, where one does.
    const column = typeof secureDefault === 'object' ? secureDefault : {};
    const cell = release.noteLine ? column[release.noteLine] : undefined;
    const taken = cell === undefined ? null : takenVersion(cell);

    return taken ? m.defaultInsecureUntil({ since: taken.text }) : m.defaultInsecure;
  }
  const byCountry =
    secureDefault === 'country' ||
    (release.noteLine !== null && defaultByCountry?.includes(release.noteLine));

  return byCountry ? m.defaultByCountry : m.defaultByVersion;
}

/** The dispute of table and text worth showing: until the later version is reached. */
export function shownConflict(
  { conflict }: Evaluation,
  release: Release,
): Evaluation['conflict'] {
  if (!conflict || !release.version) return conflict;
  const reached = compareVersions(release.version, cellVersion(conflict.taken)) >= 0;

  return reached ? null : conflict;
}
