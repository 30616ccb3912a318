/**
 * Whether the system itself refuses a password that breaks a rule, on a given
 * release. The columns are the note's table 5.2 and the versions its text
 * gives in chapter 2; where the two disagree the later version is taken, so
 * that the tool never promises a check an older version may not make.
 */
import { itemById } from '../../steps/index.js';
import type { Cell, Column } from '../catalogue.js';
import {
  compareVersions,
  NOTE_LINES,
  parseVersion,
  type NoteLine,
  type Release,
  type Version,
} from '../release.js';

export type Enforcement =
  /** No release was given: nothing is claimed about the system. */
  | 'no-release'
  /** This release refuses a password that breaks the rule. */
  | 'enforced'
  /** This version refuses only part of them: a longer list came in `since`. */
  | 'partly'
  /** This line enforces it from a later version, `since`. */
  | 'not-yet'
  /** This line never enforces it; `since` is where a later line starts to. */
  | 'not-in-line'
  /** This line enforces it from version `since`, and the version was not given. */
  | 'version-unknown'
  /** Only the note's advice: no release checks it. */
  | 'never';

export interface EnforcementState {
  enforcement: Enforcement;
  /** As the note writes it: "610/047.001", or a line, "R9.1"; null when nothing is owed. */
  since: string | null;
  /** Where the note's table and text disagree for this line; `since` is the later. */
  conflict?: { table: string; text: string };
}

/**
 * 2.1 names only these two versions as extending the list of trivial
 * passwords; later lines are taken to have the longer list from the first
 * version that checks at all.
 */
export const TRIVIAL_LIST_EXTENDED: Partial<Record<NoteLine, string>> = {
  'R8.0': '800/043.001',
  'R8.1': '810/047.001',
};

/**
 * The columns come from the checklist itself, so that the checker never
 * promises a check on a release where the checklist says it does not exist.
 */
function columnOf(id: string): Column {
  const item = itemById(id);
  if (!item) throw new Error(`the catalogue has no item ${id}`);

  return item.availability.exists;
}

/** 5.2, first column, and the list in 2.1. */
export const USER_CONTROL = columnOf('user-password-control');
/** 5.2, second column: every management password but the Operator's. */
export const MANAGEMENT_CONTROL = columnOf('management-password-control');
/** 2.2: the Operator's rules, from the first version of R10.0. */
export const OPERATOR_CONTROL = columnOf('operator-password-rules');
/** 2.1: six-digit user passwords. */
export const SIX_DIGITS = columnOf('six-digit-user-passwords');

/** "910/021.001" → [21, 1]. */
const versionOf = (text: string): Version => parseVersion(text.split('/')[1] ?? '');

/** The one version a cell names, the later where table and text disagree. */
function named(cell: Cell): Pick<EnforcementState, 'since' | 'conflict'> | null {
  if (typeof cell === 'string') {
    return cell === 'all' || cell === 'n/a' || cell === 'no-fn' ? null : { since: cell };
  }
  if (!('table' in cell)) return null;
  const later =
    compareVersions(versionOf(cell.table), versionOf(cell.text)) >= 0
      ? cell.table
      : cell.text;

  return { since: later, conflict: { table: cell.table, text: cell.text } };
}

/** Where a line after `after` (or the first line of all) starts to enforce the column. */
function nextStart(column: Column, after: NoteLine | null): string | null {
  const start = after === null ? 0 : NOTE_LINES.indexOf(after) + 1;
  for (const line of NOTE_LINES.slice(start)) {
    const cell = column[line] ?? 'n/a';
    if (cell === 'all') return line;
    const version = named(cell);
    if (version) return version.since;
  }

  return null;
}

/**
 * With no release, only a start that holds on every line from there on is
 * worth stating ("from R9.1 on"); the user password control, which R7.0
 * lacks, has none.
 */
function generalStart(column: Column): string | null {
  const first = NOTE_LINES.findIndex((line) => (column[line] ?? 'n/a') !== 'n/a');
  const rest = NOTE_LINES.slice(first);
  if (first < 0 || !rest.every((line) => (column[line] ?? 'n/a') !== 'n/a')) return null;
  if (rest.length > 1 && rest.slice(1).some((line) => column[line] !== 'all')) {
    return null;
  }

  return NOTE_LINES[first]!;
}

export function enforcementOf(column: Column, release?: Release): EnforcementState {
  if (!release) return { enforcement: 'no-release', since: generalStart(column) };
  const line = release.noteLine;
  if (line === null) {
    return { enforcement: 'not-in-line', since: nextStart(column, null) };
  }
  // A line newer than the note has whatever its last line has.
  if (release.era === 'after-note') return { enforcement: 'enforced', since: null };

  const cell = column[line] ?? 'n/a';
  if (cell === 'all') return { enforcement: 'enforced', since: null };
  const version = named(cell);
  if (!version) return { enforcement: 'not-in-line', since: nextStart(column, line) };
  if (!release.version) return { enforcement: 'version-unknown', ...version };
  // Once the later of two disputed versions is reached, the dispute no longer matters.
  if (compareVersions(release.version, versionOf(version.since!)) >= 0) {
    return { enforcement: 'enforced', since: version.since };
  }

  return { enforcement: 'not-yet', ...version };
}

/** The user password control, with the shorter list of trivial passwords before 2.1's versions. */
export function userControlOf(release?: Release): EnforcementState {
  const state = enforcementOf(USER_CONTROL, release);
  const extended = release?.noteLine
    ? TRIVIAL_LIST_EXTENDED[release.noteLine]
    : undefined;
  if (state.enforcement !== 'enforced' || !extended || !release?.version) return state;
  if (compareVersions(release.version, versionOf(extended)) >= 0) return state;

  return { enforcement: 'partly', since: extended };
}

/** Whether the release can have six-digit user passwords: yes, no, or not known without the version. */
export function sixDigitsOf(release?: Release): 'yes' | 'no' | 'unknown' {
  const { enforcement } = enforcementOf(SIX_DIGITS, release);
  if (enforcement === 'enforced') return 'yes';

  return enforcement === 'not-yet' || enforcement === 'not-in-line' ? 'no' : 'unknown';
}
