/**
 * The periodic review's data: why an item cannot keep last time's answer,
 * the acceptances about to end, and the delta a review's record carries.
 * Everything here is plain JSON (no undefined, no dates as objects), since
 * the delta is signed with the record.
 */
import type { Status } from '../answers.js';
import type { AvailabilityState } from '../catalogue.js';
import type { Product } from '../release.js';
import type { ReportRecord } from '../record.js';

/** Why an item needs a full answer instead of last time's. */
export type FlagReason =
  /** In the catalogue, not in the previous record. */
  | 'new-item'
  /** The recommendation's words differ from those the previous report was signed with. */
  | 'text-changed'
  /** The item means something else on the new release: it became settable, or the reverse. */
  | 'availability-changed'
  /** The risk the customer accepted last time is accepted no longer. */
  | 'acceptance-expired';

export interface Flagged {
  id: string;
  why: FlagReason;
  /** For `acceptance-expired`: the acceptance that ended. */
  acceptance?: { by: string; until: string };
}

/** A carried acceptance whose last day falls within the next 30 days. */
export interface AcceptanceWarning {
  id: string;
  by: string;
  until: string;
  /** 0 on the last day itself. */
  daysLeft: number;
}

/** What `buildRecord` needs to make a review's record: the report it follows. */
export interface ReviewBasis {
  previous: ReportRecord;
}

/** A release as the delta names it; equal releases have equal names. */
export interface ReleaseName {
  product: Product;
  line: string;
  /** "021.001", or null when only the line was given. */
  version: string | null;
}

export interface StatusChange {
  id: string;
  /** Null for an item the previous record did not have. */
  was: Status | null;
  now: Status;
}

export interface Availabilities {
  availability: AvailabilityState;
  since: string | null;
}

/** What changed between the previous report and this review, as the review's record keeps it. */
export interface Delta {
  /** The report this one follows; its digest is the record's `previousDigest`. */
  previous: { visitDate: string; catalogue: string; createdAt: string };
  /** Not compliant, risk accepted or not checked last time; compliant now. */
  fixed: StatusChange[];
  /** Not compliant now, and not last time. */
  newlyNotCompliant: StatusChange[];
  /** Acceptances of the previous report that had ended when the review was made. */
  expiredAcceptances: Array<{ id: string; by: string; until: string; now: Status }>;
  /** Acceptances of this record that end within 30 days of the review. */
  endingSoon: AcceptanceWarning[];
  /** Null when the release is the same. */
  release: { from: ReleaseName; to: ReleaseName } | null;
  /** Items of both records whose availability differs, whatever the cause. */
  availabilityChanged: Array<{ id: string; from: Availabilities; to: Availabilities }>;
  catalogue: {
    added: string[];
    /** The recommendation's words changed: the hashes differ. */
    changed: string[];
    /** In the previous record, gone from the catalogue; their words may be gone too. */
    removed: Array<{ id: string; chapter: string }>;
  };
}
