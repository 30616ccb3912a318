/**
 * The progress line every screen starts with: "Section 3/9 · Item 2/5 ·
 * 17/46 answered". Plain text, so that its length is known before drawing.
 */
import type { Section } from '../catalogue.js';
import type { Messages } from '../i18n.js';
import type { Output } from '../output.js';
import { progressOf, type Progress, type Session } from '../session/index.js';

const SETUP_STEPS = 3;

// A visit's state is a new object whenever it changes, so what was counted
// for one holds until the next: a key that only moves a cursor counts nothing.
const counted = new WeakMap<
  Session,
  { sections: readonly Section[]; progress: Progress }
>();

function countedProgress(session: Session, sections: readonly Section[]): Progress {
  const known = counted.get(session);
  if (known?.sections === sections) return known.progress;
  const progress = progressOf(session, sections);
  counted.set(session, { sections, progress });

  return progress;
}

/** Between the parts of the progress line and of the key hints. */
export function separatorOf(out: Output): string {
  return out.unicode ? ' · ' : ' | ';
}

export function progressText(
  session: Session | null,
  sections: readonly Section[],
  m: Messages,
  separator: string,
): string {
  const words = m.wizard.progress;
  if (!session) return words.start;
  const progress = countedProgress(session, sections);
  const answered = words.answered(progress);
  // A periodic review says so first, on every screen of it.
  const kind = session.review ? [m.review.wizard.progress] : [];
  const join = (...parts: string[]) => [...kind, ...parts].join(separator);
  const { position } = session;

  switch (position.screen) {
    case 'language':
      return join(words.setup({ step: 1, count: SETUP_STEPS }));
    case 'site':
      return join(words.setup({ step: 2, count: SETUP_STEPS }));
    case 'product':
    case 'release':
    case 'release-check':
    case 'remote-access':
      return join(words.setup({ step: 3, count: SETUP_STEPS }));
    case 'review':
      return join(words.review, answered);
    case 'sign-off':
      return join(words.signOff, answered);
    case 'finished':
      return join(words.finished, answered);
    default: {
      const parts = progress.section ? [words.section(progress.section)] : [];
      if (progress.item) parts.push(words.item(progress.item));

      return join(...parts, answered);
    }
  }
}
