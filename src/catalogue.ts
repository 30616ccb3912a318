/**
 * The shape of the checklist. The items themselves are data in `steps/`,
 * one file per section; their words are in `locales/`, under `items.<id>`
 * and `sections.<id>`. Nothing here knows about screens.
 */
import type { PasswordKind } from './answers.js';
import type { NoteLine } from './release.js';

/** The sections in the order an installer works through them. */
export const SECTION_IDS = [
  'briefing',
  'user-passwords',
  'management-passwords',
  'remote-access',
  'noteworthy-addresses',
  'system-options',
  'csta',
  'certificates',
  'maintenance',
] as const;

export type SectionId = (typeof SECTION_IDS)[number];

/** What the installer records for an item, besides its status. */
export type AnswerKind =
  | { kind: 'status' }
  /** A noteworthy address: one byte, written "00" to "FF". */
  | { kind: 'hex-byte'; recommended: string }
  /** Two bytes holding a port, as ExtHttpsPo does: "82 A3" is 33443. */
  | { kind: 'hex-port' }
  | { kind: 'port'; recommended?: number }
  /** Names of users, as WAN API access is granted per user. */
  | { kind: 'users' }
  /** A password the installer may check offline; it is never stored. */
  | { kind: 'password'; passwordKind: PasswordKind };

/**
 * One cell of the note's version tables, for one release line:
 * - a version ("610/033.001"): from that version of the line on;
 * - `{ table, text }`: the summary table and the running text disagree;
 *   the later of the two is taken, and the item's help says so;
 * - 'all': every version of the line;
 * - 'n/a': the setting (or the default named) does not exist in the line;
 * - 'no-fn': the function it controls does not exist in the line;
 * - `{ in: line }`: not in this line, first in that later line.
 */
export type Cell =
  string | { table: string; text: string } | 'all' | 'n/a' | 'no-fn' | { in: NoteLine };

/** A column of the tables: a cell per release line; a missing line is 'n/a'. */
export type Column = Partial<Record<NoteLine, Cell>>;

export interface Availability {
  /** When the setting (or the function) exists. */
  exists: Column;
  /**
   * When the factory default is the recommended value. `'country'` where it
   * depends on the target country; absent where the note says nothing of the
   * default.
   */
  secureDefault?: Column | 'country';
  /** Lines where the default depends on the target country. */
  defaultByCountry?: NoteLine[];
  /**
   * Items from lines before the tables start (4.2 names R1.1 and R2.1):
   * available on releases older than R3.1 too.
   */
  beforeNote?: boolean;
}

export interface Item {
  /** Stable: reports, reviews and scripts name items by it. */
  id: string;
  section: SectionId;
  /** The note's chapter, "4.4". */
  chapter: string;
  answer: AnswerKind;
  availability: Availability;
  /** Applies only when the customer wants remote access from the Internet. */
  needsRemoteAccess?: boolean;
}

export interface Section {
  id: SectionId;
  items: Item[];
}

export type AvailabilityState =
  'available' | 'upgrade' | 'check-version' | 'unavailable' | 'not-applicable';

/** What one item means on one release. */
export interface Evaluation {
  availability: AvailabilityState;
  /** As the note writes it: "610/052.001" for a version, "R8.2" for a line. */
  since: string | null;
  /** Whether this version's factory default is the recommended value. */
  defaultSecure: boolean | null;
  /** Where the table and the text disagree for this line: both, and the one taken. */
  conflict: { table: string; text: string; taken: string } | null;
}
