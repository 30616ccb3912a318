import { useRef, type ReactNode } from 'react';

/**
 * Its children as they were last shown: out of sight, the same elements
 * again, which React does not render anew. Nothing is built before the
 * first time it is shown.
 */
export function WhileShown({ shown, children }: { shown: boolean; children: ReactNode }) {
  const last = useRef<ReactNode>(null);
  if (shown) last.current = children;

  return last.current;
}
