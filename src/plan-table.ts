/**
 * The checklist for one release, as `oxo-harden plan` prints it: grouped by
 * section, two lines or more per item, within 80 columns. No React: the
 * lines are built here and printed by the command.
 */
import { SECTIONS } from '../steps/index.js';
import {
  availabilityPhrase,
  defaultPhrase,
  planEntries,
  recommendedValue,
  shownConflict,
  type PlanEntry,
} from './availability-words.js';
import type { AvailabilityState } from './catalogue.js';
import type { Messages } from './i18n.js';
import type { Style, Symbols } from './output.js';
import type { Release } from './release.js';

const MARKS: Record<AvailabilityState, (sym: Symbols, style: Style) => string> = {
  available: (sym, style) => style.green(sym.ok),
  upgrade: (sym, style) => style.yellow(sym.upgrade),
  'check-version': (sym, style) => style.yellow(sym.warn),
  unavailable: (sym, style) => style.red(sym.fail),
  'not-applicable': (sym, style) => style.dim(sym.dash),
};

/**
 * Words to lines of at most `width` columns, each starting with `indent`.
 * Only plain spaces break a line: a no-break space keeps "chapter 1" whole.
 */
export function wrap(text: string, width: number, indent: string): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/[ \t\n]+/).filter(Boolean)) {
    if (line && indent.length + line.length + 1 + word.length > width) {
      lines.push(indent + line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(indent + line);

  return lines;
}

export interface PlanLook {
  m: Messages;
  sym: Symbols;
  style: Style;
  width: number;
}

const ID_COLUMN = 32;

function entryLines(entry: PlanEntry, release: Release, look: PlanLook): string[] {
  const { m, sym, style, width } = look;
  const { item, evaluation } = entry;
  const words = m.items[item.id];
  const phrase = availabilityPhrase(m.availability, evaluation);
  const mark = MARKS[evaluation.availability](sym, style);
  const head = `  ${mark} ${item.id.padEnd(ID_COLUMN)}`;
  const lines =
    4 + ID_COLUMN + phrase.length <= width
      ? [`${head}${phrase}`]
      : [`  ${mark} ${item.id}`, ...wrap(phrase, width, '    ')];
  lines.push(...wrap(words.title, width, '    '));

  // A value to set only matters where the setting is, or will be after an upgrade.
  const settable =
    evaluation.availability !== 'unavailable' &&
    evaluation.availability !== 'not-applicable';
  const recommended = settable ? recommendedValue(item.answer) : null;
  const conflict = shownConflict(evaluation, release);
  const details = [
    recommended === null
      ? null
      : m.availability.recommended({ value: String(recommended) }),
    defaultPhrase(m.availability, entry, release),
    conflict ? m.availability.conflict(conflict) : null,
    item.needsRemoteAccess ? m.plan.remoteOnly : null,
  ].filter((detail): detail is string => detail !== null);
  for (const detail of details) {
    lines.push(...wrap(detail, width, '      ').map((line) => style.dim(line)));
  }

  return lines;
}

export function planLines(release: Release, describe: string, look: PlanLook): string[] {
  const { m, style, width } = look;
  const entries = planEntries(release);
  const heading = wrap(m.plan.heading({ release: describe }), width, '');
  const lines = heading.map((line) => style.bold(line));
  for (const section of SECTIONS) {
    const words = m.sections[section.id];
    lines.push('', style.bold(words.title));
    lines.push(...wrap(words.intro, width, '  ').map((line) => style.dim(line)), '');
    for (const entry of entries.filter((e) => e.item.section === section.id)) {
      lines.push(...entryLines(entry, release, look));
    }
  }

  const count = (...states: AvailabilityState[]) =>
    entries.filter((e) => states.includes(e.evaluation.availability)).length;
  const summary = m.plan.summary({
    total: entries.length,
    available: count('available'),
    upgrade: count('upgrade'),
    check: count('check-version'),
    missing: count('unavailable', 'not-applicable'),
  });
  lines.push('', ...wrap(summary, width, ''));

  return lines;
}
