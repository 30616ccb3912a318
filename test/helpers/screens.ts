/**
 * What a screen of the wizard in a terminal is, read from its text the way
 * a person reads it (80×24, English, NO_COLOR): which position of the road
 * it stands at, its text field, its list and the row highlighted.
 */
import { messages } from '../../src/i18n.js';
import type { Position } from '../../src/session/index.js';
import { SECTIONS } from '../../steps/index.js';

export const en = messages('en');
const words = en.wizard;

export const lines = (screen: string) => screen.split('\n');

/** The people the scripted visits name. */
export const INSTALLER = 'Jean Martin';
export const SIGNER = 'Mme Durand';

/** The progress line without the customer and site on its right. */
export function progressLine(screen: string): string {
  return (lines(screen)[0] ?? '').split(/ {2,}/)[0]!.trim();
}

/** What the text field on screen holds, or null when there is none (NO_COLOR draws the cursor as _). */
export function textField(screen: string): string | null {
  const field = lines(screen).find((line) => /^› .*_$/.test(line));

  return field === undefined ? null : field.slice(2, -1);
}

/**
 * The list around the highlighted row (the first one after the line that
 * starts with `after`, when given): the rows above and below it drawn two
 * spaces in, the "3 of 8" under a long list left out.
 */
export function listOf(
  screen: string,
  after?: string,
): { rows: string[]; pointer: number } | null {
  const all = lines(screen);
  const from =
    after === undefined ? 0 : all.findIndex((line) => line.startsWith(after)) + 1;
  if (after !== undefined && from === 0) return null;
  const at = all.findIndex((line, index) => index >= from && line.startsWith('› '));
  if (at === -1) return null;
  const row = (index: number) =>
    /^ {2}\S/.test(all[index] ?? '') && !/^ {2}\d+ of \d+$/.test(all[index]!);
  let first = at;
  while (first - 1 >= from && row(first - 1)) first--;
  let last = at;
  while (row(last + 1)) last++;

  return {
    rows: all.slice(first, last + 1).map((line) => line.slice(2)),
    pointer: at - first,
  };
}

/**
 * Whether a line is the progress line every screen starts with, in either
 * language: "Set-up 2/3", "Section 4/9 · Item 2/7 · 9/46 answered", "Review · …".
 */
export function isProgressLine(line: string): boolean {
  const text = line.split(/ {2,}/)[0]!.trim();

  return (['en', 'fr'] as const).some((lang) => {
    const progress = messages(lang).wizard.progress;
    const numbered = [
      progress.setup({ step: 0, count: 0 }),
      progress.section({ index: 0, count: 0 }),
    ].map((words) => words.replace('0/0', '\\d+/\\d+'));
    const named = [progress.review, progress.signOff, progress.finished].map(
      (words) => `${words} · `,
    );
    return (
      text === progress.start ||
      numbered.some((pattern) => new RegExp(`^${pattern}(?: · |$)`).test(text)) ||
      named.some((start) => text.startsWith(start))
    );
  });
}

/** The start screen, with visits in progress or without. */
export const isStart = (screen: string) => progressLine(screen) === words.progress.start;

/** The notices of a store that had to be moved aside: never expected after a kill. */
export function recoveryNotice(screen: string): boolean {
  const flat = screen.replace(/\s+/g, ' ');
  const damaged = words.start.damagedSession({ movedTo: '' }).split(' ').slice(0, 6);
  const index = words.start.damagedIndex({ movedTo: '' }).split(' ').slice(0, 6);

  return flat.includes(damaged.join(' ')) || flat.includes(index.join(' '));
}

function sectionPrefix(id: string): string {
  const index = SECTIONS.findIndex((section) => section.id === id);

  return words.progress.section({ index: index + 1, count: SECTIONS.length });
}

/** The item a progress line "Section 4/9 · Item 2/7 · …" stands on. */
export function itemOf(screen: string): string | null {
  const match = /^Section (\d+)\/\d+ · Item (\d+)\/\d+ · /.exec(progressLine(screen));
  if (!match) return null;

  return SECTIONS[Number(match[1]) - 1]?.items[Number(match[2]) - 1]?.id ?? null;
}

/** Whether the screen is the one of `position`, as it first appears. */
export function shows(screen: string, position: Position): boolean {
  const progress = progressLine(screen);
  switch (position.screen) {
    case 'language':
      return screen.includes(words.language.heading);
    case 'site':
      return screen.includes(words.site.prompt[position.field]);
    case 'product':
      return screen.includes(words.system.product);
    case 'release':
      return screen.includes(words.system.release.slice(0, 40));
    case 'release-check':
      return screen.includes(words.system.readBack);
    case 'remote-access':
      return screen.includes(words.system.remoteQuestion.slice(0, 40));
    case 'section':
      return (
        progress.startsWith(`${sectionPrefix(position.section)} · `) &&
        !progress.includes(' · Item ') &&
        screen.includes(en.sections[position.section].title)
      );
    case 'forwarding':
      return screen.includes(words.forwarding.heading);
    case 'item':
      return itemOf(screen) === position.item;
    case 'review':
      return progress.startsWith(words.progress.review);
    case 'sign-off': {
      if (!progress.startsWith(words.progress.signOff)) return false;
      if (position.step === 'signer-name')
        return screen.includes(words.signOff.signerName);
      if (position.step === 'signer-role')
        return screen.includes(words.signOff.signerRole);
      const top = lines(screen)[2] ?? '';
      const first =
        position.step === 'acknowledge'
          ? words.signOff.acknowledgeHeading({ name: SIGNER })
          : words.signOff.installerStatement({ name: INSTALLER });
      return top === words.signOff.heading && screen.includes(first.slice(0, 30));
    }
    case 'finished':
      return progress.startsWith(words.progress.finished);
  }
}
