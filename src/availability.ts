/**
 * What one item of the checklist means on one release, read from the note's
 * version tables (chapter 5) and, where the tables say nothing, from its
 * running text. Plain data in, plain data out: the words are the caller's.
 */
import type { Availability, Cell, Column, Evaluation, Item } from './catalogue.js';
import {
  compareVersions,
  NOTE_LINES,
  parseVersion,
  type NoteLine,
  type Release,
  type Version,
} from './release.js';

/** A cell that names a version, reduced to the one the tool goes by. */
export interface Taken {
  /** As the note writes it: "610/015.003". */
  text: string;
  version: Version;
  conflict: Evaluation['conflict'];
}

/** "610/015.003" → [15, 3]; the line prefix is checked by the catalogue's tests. */
export function cellVersion(text: string): Version {
  const [, version = ''] = text.split('/');

  return parseVersion(version);
}

/**
 * The version a cell names, if it names one. Where the summary table and the
 * running text disagree the later version is taken: an installer sent to
 * upgrade once too often loses an hour; one told a setting is there when it
 * is not leaves a hole open.
 */
export function takenVersion(cell: Cell): Taken | null {
  if (typeof cell === 'string') {
    if (cell === 'all' || cell === 'n/a' || cell === 'no-fn') return null;

    return { text: cell, version: cellVersion(cell), conflict: null };
  }
  if (!('table' in cell)) return null;
  const table = cellVersion(cell.table);
  const text = cellVersion(cell.text);
  const taken = compareVersions(table, text) >= 0 ? cell.table : cell.text;

  return {
    text: taken,
    version: cellVersion(taken),
    conflict: { table: cell.table, text: cell.text, taken },
  };
}

function cellOf(column: Column, line: NoteLine): Cell {
  return column[line] ?? 'n/a';
}

/** Whether a release of that line can have the setting at all. */
function present(cell: Cell): boolean {
  return cell === 'all' || takenVersion(cell) !== null;
}

/** The first line after `after` (or the first line of all) that has the setting. */
function firstLineWith(column: Column, after: NoteLine | null): string | null {
  const start = after === null ? 0 : NOTE_LINES.indexOf(after) + 1;
  for (const line of NOTE_LINES.slice(start)) {
    const cell = cellOf(column, line);
    if (present(cell)) return line;
    if (typeof cell === 'object' && 'in' in cell) return cell.in;
  }

  return null;
}

/** Whether the setting exists, and the version cell that says so, if any. */
interface Existence {
  availability: Evaluation['availability'];
  since: string | null;
  taken: Taken | null;
}

function existence(availability: Availability, release: Release): Existence {
  const line = release.noteLine;
  if (line === null) {
    if (availability.beforeNote) {
      return { availability: 'available', since: null, taken: null };
    }
    // Where the function itself is missing in R3.1, it was missing earlier too.
    const state =
      cellOf(availability.exists, 'R3.1') === 'no-fn' ? 'not-applicable' : 'unavailable';

    return {
      availability: state,
      since: firstLineWith(availability.exists, null),
      taken: null,
    };
  }

  const cell = cellOf(availability.exists, line);
  if (cell === 'all') return { availability: 'available', since: null, taken: null };
  if (cell === 'n/a' || cell === 'no-fn') {
    return {
      availability: cell === 'n/a' ? 'unavailable' : 'not-applicable',
      since: firstLineWith(availability.exists, line),
      taken: null,
    };
  }
  if (typeof cell === 'object' && 'in' in cell) {
    return { availability: 'unavailable', since: cell.in, taken: null };
  }

  const taken = takenVersion(cell)!;
  // A line newer than the note holds whatever its last line held.
  const sameLine = release.line === line;
  if (!sameLine) return { availability: 'available', since: taken.text, taken };
  if (!release.version) {
    return { availability: 'check-version', since: taken.text, taken };
  }
  const reached = compareVersions(release.version, taken.version) >= 0;

  return { availability: reached ? 'available' : 'upgrade', since: taken.text, taken };
}

/** Whether the factory default is the recommended value, and the cell that says so. */
function secureDefault(
  availability: Availability,
  release: Release,
  exists: Taken | null,
): { defaultSecure: boolean | null; taken: Taken | null } {
  const line = release.noteLine;
  const column = availability.secureDefault;
  if (line === null || column === undefined || column === 'country') {
    return { defaultSecure: null, taken: null };
  }
  if (availability.defaultByCountry?.includes(line)) {
    return { defaultSecure: null, taken: null };
  }

  const cell = cellOf(column, line);
  if (cell === 'all') return { defaultSecure: true, taken: null };
  const taken = takenVersion(cell);
  if (!taken) return { defaultSecure: false, taken: null };
  if (release.line !== line) return { defaultSecure: true, taken };
  if (release.version) {
    return { defaultSecure: compareVersions(release.version, taken.version) >= 0, taken };
  }
  // Line only: known only when the secure default came with the setting itself.
  const withSetting =
    exists !== null && compareVersions(taken.version, exists.version) <= 0;

  return { defaultSecure: withSetting ? true : null, taken };
}

export function evaluate(item: Item, release: Release): Evaluation {
  const { availability: state, since, taken } = existence(item.availability, release);
  const secure = secureDefault(item.availability, release, taken);
  const settable = state === 'available' || state === 'check-version';

  return {
    availability: state,
    since,
    defaultSecure: settable ? secure.defaultSecure : null,
    conflict: taken?.conflict ?? secure.taken?.conflict ?? null,
  };
}
