/**
 * The language-neutral content of a visit: what the wizard records, what an
 * answers file holds, and what the signed record is built from. Free text
 * (reasons, names) is kept as the installer typed it; everything else is an
 * id or a code, so a report can be rendered in either language later.
 */
import type { Product } from './release.js';

export const STATUSES = [
  'compliant',
  'not-compliant',
  'not-applicable',
  'not-checked',
  'risk-accepted',
] as const;

export type Status = (typeof STATUSES)[number];

export type PasswordKind = 'user' | 'management' | 'operator';

/** A value found on the system: a hex byte "00", a port, a list of users. */
export type AnswerValue = string | number | string[];

export interface Answer {
  status: Status;
  value?: AnswerValue;
  /**
   * What was found (not compliant), why it does not apply, why it was not
   * checked, or why the customer accepts the risk.
   */
  reason?: string;
  /** Only for `risk-accepted`: who accepted it, and the last day it holds. */
  acceptance?: { by: string; until: string };
  /**
   * Only the verdict of an offline password check is ever kept: the
   * password itself never reaches the store, a record or a report.
   */
  passwordCheck?: { kind: PasswordKind; compliant: boolean; checkedAt: string };
  /** Who gave the answer: the installer, the release model, or a previous report. */
  source: 'installer' | 'release' | 'previous';
  answeredAt: string;
}

export interface Site {
  customer: string;
  name: string;
  address: string;
}

export interface People {
  installer: { name: string; company: string };
}

/** A port forwarding rule found on the customer's Internet access device. */
export interface ForwardingRule {
  publicPort: number;
  oxoPort: number;
  /** Declared as the public IP trunk, the one exception to "50443 only". */
  trunk?: boolean;
}

export interface SignOff {
  customer: { name: string; role: string; confirmedAt: string };
  installer: { name: string; confirmedAt: string };
}

export interface Visit {
  site: Site;
  people: People;
  /** The day of the visit, YYYY-MM-DD. */
  date: string;
  product: Product;
  /** The release as the installer typed it, re-read with `parseRelease`. */
  release: string;
  /** Whether the customer wants remote access from the Internet at all. */
  remoteAccess: boolean;
  forwarding: ForwardingRule[];
  answers: Record<string, Answer>;
  signOff?: SignOff;
  /** The next periodic review, YYYY-MM-DD. */
  nextReview?: string;
}
