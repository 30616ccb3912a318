/**
 * The checklist: the note's recommendations as data, one file per section,
 * in the order an installer works through them.
 */
import { briefing } from './01-briefing.js';
import { userPasswords } from './02-user-passwords.js';
import { managementPasswords } from './03-management-passwords.js';
import { remoteAccess } from './04-remote-access.js';
import { noteworthyAddresses } from './05-noteworthy-addresses.js';
import { systemOptions } from './06-system-options.js';
import { csta } from './07-csta.js';
import { certificates } from './08-certificates.js';
import { maintenance } from './09-maintenance.js';
import type { CatalogueItem, CatalogueSection, ItemId } from './define.js';

export type { CatalogueItem, CatalogueSection, ItemId };

export const SECTIONS: CatalogueSection[] = [
  briefing,
  userPasswords,
  managementPasswords,
  remoteAccess,
  noteworthyAddresses,
  systemOptions,
  csta,
  certificates,
  maintenance,
];

export const ITEMS: CatalogueItem[] = SECTIONS.flatMap((section) => section.items);

const BY_ID = new Map<string, CatalogueItem>(ITEMS.map((item) => [item.id, item]));

export function itemById(id: string): CatalogueItem | undefined {
  return BY_ID.get(id);
}

/** Whether a string names an item, for answers files and scripts. */
export function isItemId(id: string): id is ItemId {
  return BY_ID.has(id);
}
