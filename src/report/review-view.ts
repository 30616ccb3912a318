/**
 * What a periodic review's report says of the previous one: the section
 * "since the previous report", worked out once for every format, and the
 * words of the items the review could not carry forward.
 */
import { availabilityPhrase } from '../availability-words.js';
import type { Messages } from '../i18n.js';
import type { RecordItem, ReportRecord } from '../record.js';
import { isOpen, whyOpen } from '../review/delta.js';
import type { Availabilities, Delta, ReleaseName } from '../review/types.js';
import { formatDate, localParts } from './format.js';

export interface ReviewView {
  heading: string;
  intro: string;
  /** The one sentence shown when nothing changed; null otherwise. */
  unchanged: string | null;
  groups: Array<{ title: string; lines: string[] }>;
}

type Title = (id: string) => string;

/** The reason an item shows when the tool, not the installer, gave its status. */
export function reasonText(m: Messages, record: ReportRecord, entry: RecordItem): string {
  const code = entry.reasonCode!;
  if (code !== 'needs-full-answer' && code !== 'acceptance-expired') {
    return m.report.reasonCode[code];
  }
  const zone = m.report.zone({ zone: record.timeZone });
  const ended = record.review?.expiredAcceptances.find((e) => e.id === entry.id);
  if (code === 'acceptance-expired' && ended) {
    const until = `${formatDate(m, ended.until)} (${zone})`;
    return m.review.acceptanceEnded({ by: ended.by, until });
  }
  const need = record.review ? whyOpen(record.review, entry) : null;

  return need && need !== 'acceptance-expired'
    ? m.review.reason[need]
    : m.review.reason.other;
}

/** The note under an answer the review carried forward: when it was really given. */
export function carriedNote(m: Messages, entry: RecordItem, timeZone: string) {
  if (entry.source !== 'previous' || !entry.answeredAt) return null;
  const { date } = localParts(entry.answeredAt, timeZone);

  return m.review.carriedNote({ date: formatDate(m, date) });
}

function releaseText(m: Messages, release: ReleaseName): string {
  const product = m.release.productName[release.product];

  return m.release.describe(
    release.version
      ? { product, line: release.line, version: release.version }
      : { product, line: release.line },
  );
}

function phrase(m: Messages, state: Availabilities): string {
  return availabilityPhrase(m.availability, {
    ...state,
    defaultSecure: null,
    conflict: null,
  });
}

function groupsOf(m: Messages, record: ReportRecord, delta: Delta, title: Title) {
  const w = m.review;
  const status = m.report.status;
  const zone = m.report.zone({ zone: record.timeZone });
  const until = (date: string) => `${formatDate(m, date)} (${zone})`;
  const open = record.items.filter(isOpen);
  const change = (c: Delta['fixed'][number]) =>
    w.statusChange({
      title: title(c.id),
      was: c.was ? status[c.was] : w.newItem,
      now: status[c.now],
    });
  const groups = [
    { title: w.group.fixed, lines: delta.fixed.map(change) },
    { title: w.group.newlyNotCompliant, lines: delta.newlyNotCompliant.map(change) },
    {
      title: w.group.expired,
      lines: delta.expiredAcceptances.map((e) =>
        w.expiredLine({
          title: title(e.id),
          by: e.by,
          until: until(e.until),
          now: status[e.now],
        }),
      ),
    },
    {
      title: w.group.endingSoon,
      lines: delta.endingSoon.map((e) =>
        w.endingSoonLine({
          title: title(e.id),
          by: e.by,
          until: until(e.until),
          left: w.daysLeft({ days: String(e.daysLeft) }),
        }),
      ),
    },
    {
      title: w.group.release,
      lines: delta.release
        ? [
            w.releaseLine({
              from: releaseText(m, delta.release.from),
              to: releaseText(m, delta.release.to),
            }),
          ]
        : [],
    },
    {
      title: w.group.availability,
      lines: delta.availabilityChanged.map((c) =>
        w.availabilityLine({
          title: title(c.id),
          from: phrase(m, c.from),
          to: phrase(m, c.to),
        }),
      ),
    },
    {
      title: w.group.open,
      lines: open.map((e) => {
        const need = whyOpen(delta, e);
        return need ? w.openLine({ title: title(e.id), why: w.why[need] }) : title(e.id);
      }),
    },
    { title: w.group.added, lines: delta.catalogue.added.map(title) },
    { title: w.group.changed, lines: delta.catalogue.changed.map(title) },
    {
      title: w.group.removed,
      lines: delta.catalogue.removed.map((e) => w.removedLine(e)),
    },
  ];

  return groups.filter((group) => group.lines.length > 0);
}

/** The section, or null for a report that is not a review. */
export function reviewView(
  m: Messages,
  record: ReportRecord,
  title: Title,
): ReviewView | null {
  const delta = record.review;
  if (!delta) return null;
  const groups = groupsOf(m, record, delta, title);
  const intro = m.review.intro({
    date: formatDate(m, delta.previous.visitDate),
    digest: record.previousDigest ?? m.report.none,
  });

  return {
    heading: m.review.heading,
    intro,
    unchanged: groups.length === 0 ? m.review.unchanged : null,
    groups,
  };
}
