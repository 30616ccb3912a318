/**
 * The wizard's state, apart from any screen: where the installer is, what
 * they have answered, and the half-filled form of the item in front of them.
 * Everything here is plain data, saved as it is after every event, so that
 * a crash or a closed lid loses nothing that was confirmed.
 */
import type { Answer, AnswerValue, ForwardingRule, Status, Visit } from '../answers.js';
import type { Item, Section, SectionId } from '../catalogue.js';
import type { Lang } from '../i18n.js';
import type { ReportRecord } from '../record.js';
import type { Product } from '../release.js';
import type { Flagged } from '../review/index.js';

/** The site and people fields, in the order they are asked. */
export const SITE_FIELDS = [
  'customer',
  'name',
  'address',
  'installer',
  'company',
  'date',
] as const;

export type SiteField = (typeof SITE_FIELDS)[number];

/** The sign-off, after the review: who signs for the customer, then both confirmations. */
export const SIGN_OFF_STEPS = [
  'signer-name',
  'signer-role',
  'acknowledge',
  'installer',
] as const;

export type SignOffStep = (typeof SIGN_OFF_STEPS)[number];

export type Position =
  | { screen: 'language' }
  | { screen: 'site'; field: SiteField }
  | { screen: 'product' }
  | { screen: 'release' }
  | { screen: 'release-check' }
  | { screen: 'remote-access' }
  | { screen: 'section'; section: SectionId }
  /** The forwarding rules found on the router, inside the remote-access section. */
  | { screen: 'forwarding' }
  | { screen: 'item'; item: string }
  | { screen: 'review' }
  | { screen: 'sign-off'; step: SignOffStep }
  | { screen: 'finished' };

/** The texts an answer may need, by the status chosen. */
export type FormField = 'finding' | 'reason' | 'by' | 'until';

/**
 * Where the answer form of an item stands: choosing a status, typing a
 * value to check, typing a password to check, or one of the texts.
 */
export type FormStep = 'choose' | 'value' | 'password' | FormField;

/** What a value check suggests; the installer still chooses. */
export interface Proposal {
  status: Extract<Status, 'compliant' | 'not-compliant'>;
  /** Pre-filled as the finding when the installer takes "not compliant". */
  finding?: string;
}

export interface Draft {
  item: string;
  step: FormStep;
  status?: Status;
  value?: AnswerValue;
  proposal?: Proposal;
  /** Only the verdict: the password itself never reaches the state. */
  passwordCheck?: Answer['passwordCheck'];
  /** Texts already confirmed, or typed and left with Esc. */
  fields: Partial<Record<FormField, string>>;
}

/** The customer's representative, as typed before both confirmations. */
export interface Signer {
  name: string;
  role: string;
  /** Set when the customer confirms the acknowledgement. */
  confirmedAt?: string;
}

/**
 * What a periodic review keeps of the report it follows: enough to make,
 * at the sign-off, a record that names it and says what changed since.
 */
export interface SessionReview {
  /** The previous report's record, as it was signed. */
  previous: ReportRecord;
  /** Its digest, as its verified envelope gives it. */
  previousDigest: string;
  /** The zone the review's days are read in (see `startReview`). */
  timeZone: string;
  /**
   * The items that need a full answer, with why, for the release and the
   * remote-access choice as they stand (see review.ts).
   */
  flagged: Flagged[];
}

export interface Session {
  id: string;
  /** The language of the screens, also the one the reasons it words are written in. */
  lang: Lang;
  visit: Visit;
  position: Position;
  /** Set when an item was opened from the review: leaving it goes back there. */
  fromReview?: boolean;
  draft?: Draft;
  signer?: Signer;
  /**
   * Set once the release is confirmed and the remote-access question is
   * answered: only then does the system description pre-answer items.
   */
  systemKnown: boolean;
  finished: boolean;
  /**
   * Set at the sign-off and cleared once the report is written: a visit
   * signed off whose report never got written (the wizard was killed, the
   * laptop went flat) is offered again to write it.
   */
  reportPending?: boolean;
  /** Set when the visit is the periodic review of a site's last report. */
  review?: SessionReview;
}

/** What the reducer needs besides the session: the catalogue and the clock. */
export interface SessionDeps {
  sections: readonly Section[];
  /** ISO timestamps for `answeredAt` and the confirmations. */
  now: () => Date;
}

/** What the installer picks on an item's first step. */
export type Choice = 'keep' | 'value' | 'password' | Status;

export type SessionEvent =
  | { type: 'setLanguage'; lang: Lang }
  | { type: 'chooseLanguage'; lang: Lang }
  | { type: 'site'; field: SiteField; value: string }
  | { type: 'product'; product: Product }
  | { type: 'release'; text: string }
  | { type: 'confirmRelease' }
  | { type: 'remoteAccess'; wanted: boolean }
  | { type: 'forwarding'; rules: ForwardingRule[] }
  | { type: 'choose'; choice: Choice }
  | { type: 'value'; value: AnswerValue; proposal?: Proposal }
  | { type: 'passwordChecked'; compliant: boolean; proposal: Proposal }
  | { type: 'field'; value: string }
  | { type: 'next' }
  /** `typed` keeps what was in the text field when Esc was pressed. */
  | { type: 'back'; typed?: string }
  /** Keeps what the text field on screen holds, unconfirmed, as the wizard quits. */
  | { type: 'keep'; typed: string }
  | { type: 'jump'; item: string }
  | { type: 'signer'; value: string }
  | { type: 'customerConfirms' }
  | { type: 'installerConfirms' }
  /** The signed report is on disk. */
  | { type: 'reportWritten' };

export type { Item, Section };
