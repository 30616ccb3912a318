/**
 * The record: everything a report says, in language-neutral form, built
 * from a visit, the catalogue and the release model. It is what gets
 * signed, so it holds only what the customer signs off: no password (only
 * a check's verdict), no key, nothing of the store's own bookkeeping. Every
 * item entry describes itself (id, section, availability, a hash of its
 * recommendation's words) so that a later review can tell what changed
 * between two reports even when the catalogue has moved on.
 */
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { ITEMS } from '../steps/index.js';
import type {
  AnswerValue,
  PasswordKind,
  People,
  Site,
  SignOff,
  Status,
  Visit,
} from './answers.js';
import { evaluate } from './availability.js';
import { canonicalBytes } from './canonical.js';
import type { AvailabilityState, Item, SectionId } from './catalogue.js';
import { addMonths, localTimeZone } from './dates.js';
import { messages } from './i18n.js';
import type { NoteLine, Product, Release } from './release.js';
import { parseRelease } from './release.js';
import { reviewDelta } from './review/delta.js';
import { openReason, reviewJudge, type Decision, type ItemNow } from './review/rules.js';
import type { Delta, ReviewBasis } from './review/types.js';
import { scoreSections, scoreTotal, type Score, type SectionScore } from './score.js';

export const RECORD_FORMAT = 'oxo-harden/record';
export const RECORD_FORMAT_VERSION = 1;

/**
 * The checklist a record was made against. The number after the slash goes
 * up whenever an item is added, removed or re-worded, so that a review can
 * tell a changed catalogue from a changed system.
 */
export const CATALOGUE_VERSION = 'TC1143-ed11/1';

/** Why an item has the status it has when the installer did not give one. */
export type ReasonCode =
  /** The release model: the setting does not exist on this release. */
  | 'unavailable'
  /** The release model: the function the setting controls does not exist. */
  | 'not-applicable'
  /** The customer wants no remote access from the Internet. */
  | 'no-remote-access'
  /** Nobody answered the item during the visit. */
  | 'no-answer'
  /** A review: the item is new, re-worded or changed with the release, and was not answered again. */
  | 'needs-full-answer'
  /** A review: the risk accepted last time is no longer accepted, and the item was not answered again. */
  | 'acceptance-expired';

export interface RecordItem {
  id: string;
  section: SectionId;
  chapter: string;
  availability: AvailabilityState;
  since: string | null;
  defaultSecure: boolean | null;
  /** "sha256:…" of the canonical JSON of the recommendation in every language. */
  recommendationHash: string;
  status: Status;
  value: AnswerValue | null;
  /** Free text, as the installer typed it. */
  reason: string | null;
  reasonCode: ReasonCode | null;
  acceptance: { by: string; until: string } | null;
  passwordCheck: { kind: PasswordKind; compliant: boolean; checkedAt: string } | null;
  /** Null when nobody answered: the status then comes from `reasonCode`. */
  source: 'installer' | 'release' | 'previous' | null;
  answeredAt: string | null;
}

export interface RecordRelease {
  /** As the installer typed it. */
  input: string;
  product: Product;
  line: string;
  /** "021.001", or null when only the line was given. */
  version: string | null;
  noteLine: NoteLine | null;
  era: Release['era'];
  warnings: string[];
}

export interface ReportRecord {
  format: typeof RECORD_FORMAT;
  formatVersion: typeof RECORD_FORMAT_VERSION;
  tool: { name: 'oxo-harden'; version: string };
  catalogue: string;
  site: Site;
  people: People;
  visitDate: string;
  release: RecordRelease;
  remoteAccess: boolean;
  forwarding: Array<{ publicPort: number; oxoPort: number; trunk: boolean }>;
  items: RecordItem[];
  scores: { sections: SectionScore[]; total: Score };
  signOff: SignOff | null;
  /** The digest of the site's previous report, so that a site's reports form a chain. */
  previousDigest: string | null;
  nextReview: string;
  /** The zone every date and time of the record is read in. */
  timeZone: string;
  createdAt: string;
  /** Only in a periodic review: what changed since the previous report (src/review/). */
  review?: Delta;
}

export interface RecordOptions {
  /** When the record is made: `createdAt`. */
  now: Date;
  timeZone?: string;
  previousDigest?: string | null;
  toolVersion?: string;
  /** Makes the record a periodic review of `previous` (see src/review/rules.ts). */
  review?: ReviewBasis;
}

/**
 * The installer as reports and `verify` name them: the company is optional,
 * and an empty one must not leave a dangling comma.
 */
export function installerLine(installer: People['installer']): string {
  return installer.company ? `${installer.name}, ${installer.company}` : installer.name;
}

/** How many months after the visit the next review falls when the visit names none. */
export const REVIEW_INTERVAL_MONTHS = 12;

declare const __VERSION__: string | undefined;

/** The bundle has the version built in; run from the sources, package.json has it. */
export function toolVersion(): string {
  if (typeof __VERSION__ === 'string') return __VERSION__;
  const require = createRequire(import.meta.url);

  return (require('../package.json') as { version: string }).version;
}

export class RecordError extends Error {
  constructor(readonly input: string) {
    super(`the visit's release "${input}" cannot be read`);
    this.name = 'RecordError';
  }
}

/** sha256 of the item's recommendation in every language, canonical JSON. */
export function recommendationHash(id: string): string {
  const words = (lang: 'en' | 'fr') =>
    (messages(lang).items as Record<string, { recommendation: string }>)[id]
      ?.recommendation ?? null;
  const bytes = canonicalBytes({ en: words('en'), fr: words('fr') });

  return `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
}

function pad3(n: number): string {
  return String(n).padStart(3, '0');
}

function recordRelease(input: string, release: Release): RecordRelease {
  return {
    input,
    product: release.product,
    line: release.line,
    version: release.version
      ? `${pad3(release.version[0])}.${pad3(release.version[1])}`
      : null,
    noteLine: release.noteLine,
    era: release.era,
    warnings: release.warnings.map((warning) => warning.code),
  };
}

type Judge = (id: string, current: ItemNow) => Decision;

function entry(
  item: Item,
  visit: Visit,
  release: Release,
  judge: Judge | null,
): RecordItem {
  const evaluation = evaluate(item, release);
  const base = {
    id: item.id,
    section: item.section,
    chapter: item.chapter,
    availability: evaluation.availability,
    since: evaluation.since,
    defaultSecure: evaluation.defaultSecure,
    recommendationHash: recommendationHash(item.id),
  };
  const decision = judge?.(item.id, base) ?? null;
  const given = visit.answers[item.id];
  // In a review, an answer carried from the previous report stands only
  // where the review's rule still carries it.
  const stale =
    judge !== null && given?.source === 'previous' && decision?.kind !== 'carry';
  const answer = stale ? undefined : given;
  const unanswered = {
    ...base,
    value: null,
    reason: null,
    acceptance: null,
    passwordCheck: null,
    answeredAt: null,
  };

  if (!answer) {
    if (
      evaluation.availability === 'unavailable' ||
      evaluation.availability === 'not-applicable'
    ) {
      return {
        ...unanswered,
        status: 'not-applicable',
        reasonCode: evaluation.availability,
        source: 'release',
      };
    }
    if (item.needsRemoteAccess && !visit.remoteAccess) {
      return {
        ...unanswered,
        status: 'not-applicable',
        reasonCode: 'no-remote-access',
        source: 'installer',
      };
    }

    return {
      ...unanswered,
      status: 'not-checked',
      reasonCode: decision?.kind === 'flag' ? openReason(decision.why) : 'no-answer',
      source: null,
    };
  }

  // Field by field: whatever else an answer object carries stays out.
  return {
    ...base,
    status: answer.status,
    // A password item records the check's verdict, never what was typed.
    value: item.answer.kind === 'password' ? null : (answer.value ?? null),
    reason: answer.reason ?? null,
    reasonCode: null,
    acceptance: answer.acceptance
      ? { by: answer.acceptance.by, until: answer.acceptance.until }
      : null,
    passwordCheck: answer.passwordCheck
      ? {
          kind: answer.passwordCheck.kind,
          compliant: answer.passwordCheck.compliant,
          checkedAt: answer.passwordCheck.checkedAt,
        }
      : null,
    source: answer.source,
    answeredAt: answer.answeredAt,
  };
}

function signOffOf(signOff: SignOff | undefined): SignOff | null {
  if (!signOff) return null;
  const { customer, installer } = signOff;

  return {
    customer: {
      name: customer.name,
      role: customer.role,
      confirmedAt: customer.confirmedAt,
    },
    installer: { name: installer.name, confirmedAt: installer.confirmedAt },
  };
}

export function buildRecord(visit: Visit, options: RecordOptions): ReportRecord {
  const parsed = parseRelease(visit.release, visit.product);
  if (!parsed.ok) throw new RecordError(visit.release);
  const release = parsed.release;
  const previous = options.review?.previous;
  const judge = previous ? reviewJudge(previous, options.now) : null;
  const items = ITEMS.map((item) => entry(item, visit, release, judge));

  const record: ReportRecord = {
    format: RECORD_FORMAT,
    formatVersion: RECORD_FORMAT_VERSION,
    tool: { name: 'oxo-harden', version: options.toolVersion ?? toolVersion() },
    catalogue: CATALOGUE_VERSION,
    site: {
      customer: visit.site.customer,
      name: visit.site.name,
      address: visit.site.address,
    },
    people: {
      installer: {
        name: visit.people.installer.name,
        company: visit.people.installer.company,
      },
    },
    visitDate: visit.date,
    release: recordRelease(visit.release, release),
    remoteAccess: visit.remoteAccess,
    forwarding: visit.forwarding.map((rule) => ({
      publicPort: rule.publicPort,
      oxoPort: rule.oxoPort,
      trunk: rule.trunk ?? false,
    })),
    items,
    scores: { sections: scoreSections(items), total: scoreTotal(items) },
    signOff: signOffOf(visit.signOff),
    previousDigest: options.previousDigest ?? null,
    nextReview: visit.nextReview ?? addMonths(visit.date, REVIEW_INTERVAL_MONTHS),
    timeZone: options.timeZone ?? localTimeZone(),
    createdAt: options.now.toISOString(),
  };
  if (previous) record.review = reviewDelta(previous, record, options.now);

  return record;
}
