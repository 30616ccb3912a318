/**
 * The few lines the `review` command prints after the files: what was
 * carried, what was left open, and what changed, by item id (the ids the
 * plan and the answers file use), dates as YYYY-MM-DD.
 */
import type { Messages } from '../i18n.js';
import type { ReportRecord } from '../record.js';
import type { SignedReport } from '../signature.js';
import { deltaIsEmpty, isOpen, whyOpen } from './delta.js';
import type { ReleaseName } from './types.js';

/** "R8.2/026.007", the way the installer reads it back; the same in every language. */
export function shortRelease(release: ReleaseName): string {
  const product = release.product === 'oxo-connect' ? 'OXO Connect ' : '';

  return `${product}${release.line}${release.version ? `/${release.version}` : ''}`;
}

export interface SummaryLine {
  /** An acceptance that has ended or soon will: the command marks it as a warning. */
  warning: boolean;
  text: string;
}

/** The lines under `heading`; `arrow` is the output's, so that ASCII terminals get "->". */
export function reviewSummary(
  m: Messages,
  record: ReportRecord,
  arrow: string,
): { heading: string; lines: SummaryLine[] } {
  const w = m.review;
  const delta = record.review;
  if (!delta) return { heading: w.summaryHeading, lines: [] };
  const zone = m.report.zone({ zone: record.timeZone });
  const line = (text: string): SummaryLine => ({ warning: false, text });
  const warning = (text: string): SummaryLine => ({ warning: true, text });
  const list = (label: string, items: string[]) =>
    items.length > 0
      ? [line(w.list({ label, count: String(items.length), items: items.join(', ') }))]
      : [];
  const ids = (entries: Array<{ id: string }>) => entries.map((entry) => entry.id);
  const carried = record.items.filter((entry) => entry.source === 'previous').length;
  const open = record.items.filter(isOpen).map((entry) => {
    const why = whyOpen(delta, entry);
    return why ? `${entry.id} (${w.why[why]})` : entry.id;
  });
  const release = delta.release
    ? `${shortRelease(delta.release.from)} ${arrow} ${shortRelease(delta.release.to)}`
    : null;

  const lines = [
    line(w.count({ label: w.carried, count: String(carried) })),
    ...list(w.open, open),
    ...list(w.fixed, ids(delta.fixed)),
    ...list(w.newlyNotCompliant, ids(delta.newlyNotCompliant)),
    ...delta.expiredAcceptances.map((entry) =>
      warning(w.expired({ ...entry, zone, now: m.report.status[entry.now] })),
    ),
    ...delta.endingSoon.map((entry) =>
      warning(
        w.endingSoon({ ...entry, left: w.daysLeft({ days: String(entry.daysLeft) }) }),
      ),
    ),
    ...(release ? [line(w.releaseChanged({ change: release }))] : []),
    ...list(w.availabilityChanged, ids(delta.availabilityChanged)),
    ...list(w.added, delta.catalogue.added),
    ...list(w.changed, delta.catalogue.changed),
    ...list(w.removed, ids(delta.catalogue.removed)),
    ...(deltaIsEmpty(delta) ? [line(w.nothingChanged)] : []),
  ];

  return { heading: w.summaryHeading, lines };
}

/** What `review --json` prints: the files, the chain, and the delta as the record holds it. */
export function reviewJson(report: SignedReport, files: string[]) {
  const { record } = report;
  const delta = record.review ?? null;

  return {
    files,
    digest: report.digest,
    fingerprint: report.fingerprint,
    previousDigest: record.previousDigest,
    nextReview: record.nextReview,
    carried: record.items.filter((e) => e.source === 'previous').map((e) => e.id),
    open: record.items.filter(isOpen).map((e) => ({
      id: e.id,
      reasonCode: e.reasonCode,
      why: delta && whyOpen(delta, e),
    })),
    delta,
  };
}
