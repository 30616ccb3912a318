import { useContext, useEffect } from 'react';
import { backgroundReports } from '../report/background.js';
import { KeyContext } from './KeyContext.js';

/** How long without a key before loading goes on: longer than between two keys typed. */
export const READING_MS = 700;

/**
 * Once the report is near (the review, the sign-off), its code is loaded:
 * by the report worker, or here a step at a time whenever the keyboard has
 * been still for a moment.
 */
export function useReportsAhead(soon: boolean): void {
  const keys = useContext(KeyContext);
  useEffect(() => {
    if (soon) backgroundReports.prepare(() => keys.quiet(READING_MS));
  }, [soon, keys]);
}
