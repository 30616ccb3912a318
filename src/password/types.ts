import type { PasswordKind } from '../answers.js';
import type { Release } from '../release.js';
import type { Enforcement } from './enforcement.js';

/** The rules a user password is checked against (2.1). */
export const USER_RULES = [
  'user-digits',
  'user-length',
  'user-trivial',
  'user-pattern',
  'user-six-digits',
] as const;

/** The rules a management or Operator password is checked against (2.2). */
export const MANAGEMENT_RULES = [
  'length-8',
  'upper',
  'lower',
  'digit',
  'letters-digits-only',
  'two-different',
  'not-run',
  'trivial',
  'pattern',
  'common-word',
  'related-word',
] as const;

/** Stable names: the locales word them, and the wizard may keep them in a record. */
export type PasswordRuleId =
  (typeof USER_RULES)[number] | (typeof MANAGEMENT_RULES)[number];

export interface CheckOptions {
  kind: PasswordKind;
  /** The system's release; without it nothing is claimed about what the system enforces. */
  release?: Release;
  /**
   * User passwords: the length the system is set to. Without it, 4 or 6 digits
   * are both accepted where the release allows six, 4 only where it does not.
   * The caller refuses 6 on a release that cannot have it (see `sixDigitsOf`).
   */
  digits?: 4 | 6;
  /**
   * Names tied to the customer (company, site, people). The note advises
   * against management passwords built on them; only the visit knows them.
   */
  related?: readonly string[];
}

export interface PasswordFinding {
  rule: PasswordRuleId;
  broken: boolean;
  /**
   * True for the note's advice, which is reported but does not decide the
   * verdict; false for a rule the system applies (from some release on).
   */
  advice: boolean;
  /** True only when a release was given and it refuses passwords that break the rule. */
  enforcedBySystem: boolean;
  enforcement: Enforcement;
  /** Where enforcement starts, as the note writes it ("910/021.001", "R9.1"); see `Enforcement`. */
  enforcedSince: string | null;
  /** Where the note's table and text disagree on `enforcedSince`, the later being taken. */
  conflict?: { table: string; text: string };
  /** 'user-length' only: the lengths accepted, in digits. */
  lengths?: readonly number[];
}

export interface PasswordCheck {
  kind: PasswordKind;
  /** Every system rule passes. The note's advice never changes it. */
  compliant: boolean;
  /** At least one piece of the note's advice is not followed. */
  adviceBroken: boolean;
  findings: PasswordFinding[];
}
