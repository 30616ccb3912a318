/**
 * The one road through the wizard, built from the catalogue: a new item in
 * `steps/` appears here, and so on screen, without any screen code knowing
 * it. Back and next walk this list; the review jumps into it.
 */
import type { Section, SectionId } from '../catalogue.js';
import { standingOf } from './presets.js';
import {
  SIGN_OFF_STEPS,
  SITE_FIELDS,
  type Position,
  type Session,
  type SiteField,
} from './types.js';

/** The section whose screens start with the forwarding rules found on the router. */
export const FORWARDING_SECTION: SectionId = 'remote-access';

export function positionKey(position: Position): string {
  switch (position.screen) {
    case 'site':
      return `site:${position.field}`;
    case 'section':
      return `section:${position.section}`;
    case 'item':
      return `item:${position.item}`;
    case 'sign-off':
      return `sign-off:${position.step}`;
    default:
      return position.screen;
  }
}

export function pathOf(sections: readonly Section[]): Position[] {
  const path: Position[] = [
    { screen: 'language' },
    ...SITE_FIELDS.map((field): Position => ({ screen: 'site', field })),
    { screen: 'product' },
    { screen: 'release' },
    { screen: 'release-check' },
    { screen: 'remote-access' },
  ];
  for (const section of sections) {
    path.push({ screen: 'section', section: section.id });
    if (section.id === FORWARDING_SECTION) path.push({ screen: 'forwarding' });
    for (const item of section.items) path.push({ screen: 'item', item: item.id });
  }
  path.push({ screen: 'review' });
  for (const step of SIGN_OFF_STEPS) path.push({ screen: 'sign-off', step });
  path.push({ screen: 'finished' });

  return path;
}

function step(sections: readonly Section[], from: Position, by: 1 | -1): Position {
  const path = pathOf(sections);
  const index = path.findIndex((p) => positionKey(p) === positionKey(from));
  // A position the catalogue no longer has (an item removed since the
  // session was saved) leads to the review, where everything is listed.
  if (index === -1) return { screen: 'review' };

  return path[Math.min(Math.max(index + by, 0), path.length - 1)]!;
}

export function nextPosition(sections: readonly Section[], from: Position): Position {
  return step(sections, from, 1);
}

export function previousPosition(sections: readonly Section[], from: Position): Position {
  return step(sections, from, -1);
}

export function siteField(position: Position): SiteField | null {
  return position.screen === 'site' ? position.field : null;
}

export interface Progress {
  /** 1-based; null before the first section. */
  section: { index: number; count: number; id: SectionId } | null;
  /** 1-based within the section; null on a section's intro and elsewhere. */
  item: { index: number; count: number } | null;
  answered: number;
  total: number;
}

export function sectionOf(sections: readonly Section[], itemId: string): Section | null {
  return sections.find((s) => s.items.some((item) => item.id === itemId)) ?? null;
}

export function progressOf(session: Session, sections: readonly Section[]): Progress {
  const items = sections.flatMap((s) => s.items);
  const answered = items.filter((item) => standingOf(item, session)).length;
  const base = { answered, total: items.length };
  const { position } = session;

  let current: Section | null = null;
  if (position.screen === 'section') {
    current = sections.find((s) => s.id === position.section) ?? null;
  } else if (position.screen === 'forwarding') {
    current = sections.find((s) => s.id === FORWARDING_SECTION) ?? null;
  } else if (position.screen === 'item') {
    current = sectionOf(sections, position.item);
  }
  if (!current) return { ...base, section: null, item: null };

  const section = {
    index: sections.indexOf(current) + 1,
    count: sections.length,
    id: current.id,
  };
  if (position.screen !== 'item') return { ...base, section, item: null };
  const index = current.items.findIndex((item) => item.id === position.item);

  return { ...base, section, item: { index: index + 1, count: current.items.length } };
}

/** Items with no answer yet, in catalogue order: the sign-off waits for none. */
export function unansweredItems(
  session: Session,
  sections: readonly Section[],
): string[] {
  return sections
    .flatMap((s) => s.items)
    .filter((item) => !standingOf(item, session))
    .map((item) => item.id);
}
