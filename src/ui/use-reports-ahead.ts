import { useContext, useEffect } from 'react';
import { backgroundReports } from '../report/background.js';
import { signOptionsOf, type Session } from '../session/index.js';
import { KeyContext } from './KeyContext.js';

/** How long without a key before loading goes on: longer than between two keys typed. */
export const READING_MS = 700;

/**
 * Once the report is near (the review, the sign-off), its code is loaded:
 * by the report worker, which also rehearses this visit's report, or here
 * a step at a time whenever the keyboard has been still for a moment.
 */
export function useReportsAhead(soon: boolean, session: Session): void {
  const keys = useContext(KeyContext);
  useEffect(() => {
    if (!soon) return;
    backgroundReports.prepare(() => keys.quiet(READING_MS), {
      visit: session.visit,
      lang: session.lang,
      options: signOptionsOf(session),
    });
    // The first visit state near the end is the one rehearsed.
  }, [soon, keys]);
}
