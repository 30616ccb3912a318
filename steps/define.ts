/**
 * What every section file shares: the item id union (an id without words in
 * the English locale fails the type check) and shorthands for the columns
 * the note writes again and again.
 */
import type { Messages } from '../locales/en/index.js';
import type { Column, Item, Section, SectionId } from '../src/catalogue.js';
import { NOTE_LINES, type NoteLine } from '../src/release.js';

export type ItemId = keyof Messages['items'];

export interface CatalogueItem extends Item {
  id: ItemId;
}

export interface CatalogueSection extends Section {
  items: CatalogueItem[];
}

export function section(id: SectionId, items: CatalogueItem[]): CatalogueSection {
  return { id, items };
}

/** Every version of every line of the tables. */
export const EVERY_LINE: Column = fromLine('R3.1');

/** Every version of `first` and of each later line; earlier lines get `before`. */
export function fromLine(first: NoteLine, before: 'n/a' | 'no-fn' = 'n/a'): Column {
  const start = NOTE_LINES.indexOf(first);

  return Object.fromEntries(
    NOTE_LINES.map((line, index) => [line, index < start ? before : 'all']),
  );
}

/** Every version of each line before `last`, the function gone from `last` on. */
export function untilLine(last: NoteLine): Column {
  const end = NOTE_LINES.indexOf(last);

  return Object.fromEntries(
    NOTE_LINES.map((line, index) => [line, index < end ? 'all' : 'no-fn']),
  );
}
