/**
 * What a report says, in one language, worked out once from the signed
 * report so that the HTML page, the Markdown file and the PDF say exactly
 * the same thing and differ only in layout. Everything here is plain text;
 * each renderer escapes it for its own format.
 */
import type { Status } from '../answers.js';
import { cellVersion } from '../availability.js';
import { compareVersions } from '../release.js';
import type { Lang, Messages } from '../i18n.js';
import { messages } from '../i18n.js';
import { groupFingerprint } from '../keys.js';
import {
  installerLine,
  recommendationHash,
  type RecordItem,
  type ReportRecord,
} from '../record.js';
import { percent, type Score } from '../score.js';
import type { SignedReport } from '../signature.js';
import { itemById } from '../../steps/index.js';
import { formatDate, formatDateTime, formatValue, recommendedValue } from './format.js';
import { carriedNote, reasonText, reviewView, type ReviewView } from './review-view.js';

/** The mark beside each status: the same in every format, and in DejaVu Sans. */
export const STATUS_MARKS: Record<Status, string> = {
  compliant: '✓',
  'not-compliant': '✗',
  'risk-accepted': '⚠',
  'not-checked': '○',
  'not-applicable': '–',
};

export interface ItemView {
  id: string;
  chapter: string;
  title: string;
  recommendation: string;
  status: Status;
  mark: string;
  statusWord: string;
  /** The value found, with the recommended one beside it where the note gives one. */
  value: string | null;
  reason: string | null;
  notes: string[];
}

export interface ScoreView {
  title: string;
  score: Score;
  ratio: string;
  percent: string;
  leftOut: string;
}

export interface ReportView {
  lang: Lang;
  m: Messages;
  facts: Array<[string, string]>;
  warnings: string[];
  advice: string[];
  scores: ScoreView[];
  total: ScoreView;
  sections: Array<{ id: string; title: string; intro: string; items: ItemView[] }>;
  risks: Array<{ title: string; line: string; reason: string | null }>;
  /** Only in a periodic review: what changed since the previous report. */
  review: ReviewView | null;
  nextReview: string;
  signOff: string[] | null;
  digest: string;
  fingerprint: string;
}

type Words = { title: string; recommendation: string };

function wordsOf(m: Messages, id: string): Words | undefined {
  return (m.items as Record<string, Words | undefined>)[id];
}

function sectionTitle(m: Messages, id: string): { title: string; intro: string } {
  const words = (
    m.sections as Record<string, { title: string; intro: string } | undefined>
  )[id];

  return words ?? { title: id, intro: '' };
}

function itemView(m: Messages, entry: RecordItem, record: ReportRecord): ItemView {
  const { timeZone } = record;
  const item = itemById(entry.id);
  const words = wordsOf(m, entry.id);
  const notes: string[] = [];
  if (entry.since && entry.availability in m.report.availability) {
    const note =
      m.report.availability[
        entry.availability as keyof Messages['report']['availability']
      ];
    notes.push(note({ since: entry.since }));
  }
  if (entry.passwordCheck) {
    const verdict = entry.passwordCheck.compliant ? 'compliant' : 'notCompliant';
    notes.push(
      m.report.passwordCheck[verdict]({
        at: formatDateTime(m, entry.passwordCheck.checkedAt, timeZone),
      }),
    );
  }
  if (words && recommendationHash(entry.id) !== entry.recommendationHash) {
    notes.push(m.report.wordingChanged);
  }
  const carried = carriedNote(m, entry, timeZone);
  if (carried) notes.push(carried);
  const reason = entry.reasonCode ? reasonText(m, record, entry) : entry.reason;
  const value = formatValue(m, item, entry);
  const recommended = recommendedValue(item);

  return {
    id: entry.id,
    chapter: entry.chapter,
    title: words?.title ?? entry.id,
    recommendation: words?.recommendation ?? '',
    status: entry.status,
    mark: STATUS_MARKS[entry.status],
    statusWord: m.report.status[entry.status],
    value:
      value !== null && recommended !== null
        ? m.report.withRecommended({ value, recommended })
        : value,
    reason,
    notes,
  };
}

function scoreView(m: Messages, title: string, score: Score): ScoreView {
  const value = percent(score);

  return {
    title,
    score,
    ratio: m.report.summary.ratio({
      compliant: String(score.compliant),
      counted: String(score.counted),
    }),
    percent:
      value === null
        ? m.report.summary.noRatio
        : m.report.summary.percent({ value: String(value) }),
    leftOut: m.report.summary.leftOutDetail({
      release: String(score.leftOut.release),
      installer: String(score.leftOut.installer),
    }),
  };
}

/** The upgrade the release needs: the highest version any item waits for. */
function releaseAdvice(m: Messages, record: ReportRecord): string[] {
  const upgrades = record.items.filter(
    (item) => item.availability === 'upgrade' && item.since,
  );
  const advice: string[] = [];
  if (upgrades.length > 0) {
    const highest = upgrades
      .map((item) => item.since!)
      .reduce((a, b) => (compareVersions(cellVersion(b), cellVersion(a)) > 0 ? b : a));
    advice.push(
      m.report.upgradeAdvice({ version: highest, count: String(upgrades.length) }),
    );
  }
  const unknown = record.items.filter(
    (item) => item.availability === 'check-version',
  ).length;
  if (unknown > 0) advice.push(m.report.versionUnknown({ count: String(unknown) }));
  advice.push(m.report.latestVersion);

  return advice;
}

function facts(m: Messages, record: ReportRecord): Array<[string, string]> {
  const { label } = m.report;
  const release = record.release;
  const product = m.release.productName[release.product];
  const described = m.release.describe(
    release.version
      ? { product, line: release.line, version: release.version }
      : { product, line: release.line },
  );
  const forwarding = record.forwarding.map((rule) => {
    const text = m.report.forwardingRule({
      publicPort: String(rule.publicPort),
      oxoPort: String(rule.oxoPort),
    });
    return rule.trunk ? `${text} (${m.report.trunk})` : text;
  });
  const installer = record.people.installer;

  return [
    [label.customer, record.site.customer],
    [label.site, record.site.name],
    [label.address, record.site.address || m.report.none],
    [label.installer, installerLine(installer)],
    [label.visitDate, formatDate(m, record.visitDate)],
    [label.release, `${described} (${release.input})`],
    [label.remoteAccess, record.remoteAccess ? m.report.yes : m.report.no],
    [label.forwarding, forwarding.length > 0 ? forwarding.join('; ') : m.report.none],
    [label.catalogue, record.catalogue],
    [
      label.createdAt,
      `${formatDateTime(m, record.createdAt, record.timeZone)} (${m.report.zone({ zone: record.timeZone })})`,
    ],
    [label.previous, record.previousDigest ?? m.report.noPrevious],
  ];
}

export function reportView(report: SignedReport, lang: Lang): ReportView {
  const m = messages(lang);
  const record = report.record;
  const zone = m.report.zone({ zone: record.timeZone });
  const at = (instant: string) =>
    `${formatDateTime(m, instant, record.timeZone)} (${zone})`;
  const views = record.items.map((entry) => itemView(m, entry, record));
  const sectionIds = [...new Set(record.items.map((item) => item.section))];

  const risks = record.items.flatMap((entry, index) =>
    entry.status === 'risk-accepted' && entry.acceptance
      ? [
          {
            title: views[index]!.title,
            line: m.report.risk({
              by: entry.acceptance.by,
              until: `${formatDate(m, entry.acceptance.until)} (${zone})`,
            }),
            reason: entry.reason,
          },
        ]
      : [],
  );

  return {
    lang,
    m,
    facts: facts(m, record),
    warnings: record.release.warnings.map((code) => {
      const warn = m.release.warning[code as keyof Messages['release']['warning']];
      return warn ? warn({ line: record.release.line }) : code;
    }),
    advice: releaseAdvice(m, record),
    scores: record.scores.sections.map((score) =>
      scoreView(m, sectionTitle(m, score.section).title, score),
    ),
    total: scoreView(m, m.report.summary.total, record.scores.total),
    sections: sectionIds.map((id) => ({
      id,
      ...sectionTitle(m, id),
      items: views.filter((view, index) => record.items[index]!.section === id),
    })),
    risks,
    review: reviewView(m, record, (id) => wordsOf(m, id)?.title ?? id),
    nextReview: m.report.nextReview({ date: formatDate(m, record.nextReview) }),
    signOff: record.signOff && [
      m.report.customerConfirmed({
        name: record.signOff.customer.name,
        role: record.signOff.customer.role,
        at: at(record.signOff.customer.confirmedAt),
        risksAccepted: risks.length > 0,
      }),
      m.report.installerConfirmed({
        name: record.signOff.installer.name,
        company: record.people.installer.company,
        at: at(record.signOff.installer.confirmedAt),
      }),
    ],
    digest: report.digest,
    fingerprint: groupFingerprint(report.fingerprint),
  };
}
