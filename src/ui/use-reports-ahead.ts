import { useContext, useEffect } from 'react';
import { prepareReports } from '../report/prepare.js';
import { KeyContext } from './KeyContext.js';

/** How long without a key before loading goes on: longer than between two keys typed. */
export const READING_MS = 700;

/**
 * Once the report is near (the review, the sign-off), its code is loaded a
 * step at a time whenever the keyboard has been still for a moment.
 */
export function useReportsAhead(soon: boolean): void {
  const keys = useContext(KeyContext);
  useEffect(() => {
    if (soon) void prepareReports(() => keys.quiet(READING_MS));
  }, [soon, keys]);
}
