import { useCallback, useRef, useState } from 'react';
import {
  reduce,
  type Session,
  type SessionDeps,
  type SessionEvent,
} from '../session/index.js';
import type { Store } from '../store.js';

export interface Wizard {
  /** Null on the start screen, before a visit is picked. */
  session: Session | null;
  /** The session as the last event left it, before React has drawn it. */
  latest: () => Session | null;
  dispatch: (event: SessionEvent) => void;
  /** `save`: on disk at once, for a visit that starts with its customer named (a review). */
  open: (session: Session, options?: { save?: boolean }) => void;
  close: () => void;
  /** Why the last save failed, until one succeeds again. */
  saveError: string | null;
}

/**
 * A visit is worth a file once it names its customer: a wizard opened and
 * left at the language screen leaves nothing behind in the list.
 */
function worthKeeping(session: Session): boolean {
  return session.visit.site.customer !== '';
}

/**
 * The session on screen, saved after every event that changes it. The
 * latest state lives in a ref as well as in React state, so that events
 * sent one after the other before a render each start from the one before.
 */
export function useWizard(
  store: Store,
  deps: SessionDeps,
  start: () => Session | null,
): Wizard {
  const [session, setSession] = useState(start);
  const current = useRef(session);
  const [saveError, setSaveError] = useState<string | null>(null);

  const save = useCallback(
    (next: Session) => {
      if (!worthKeeping(next)) return;
      try {
        store.save(next, deps.now());
        setSaveError(null);
      } catch (error) {
        const { code, message } = error as NodeJS.ErrnoException;
        setSaveError(code ?? message);
      }
    },
    [store, deps],
  );

  const dispatch = useCallback(
    (event: SessionEvent) => {
      const before = current.current;
      if (!before) return;
      const next = reduce(before, event, deps);
      if (next === before) return;
      current.current = next;
      save(next);
      setSession(next);
    },
    [deps, save],
  );

  const open = useCallback(
    (next: Session, options: { save?: boolean } = {}) => {
      current.current = next;
      if (options.save) save(next);
      setSession(next);
    },
    [save],
  );

  const close = useCallback(() => {
    current.current = null;
    setSession(null);
  }, []);

  const latest = useCallback(() => current.current, []);

  return { session, latest, dispatch, open, close, saveError };
}
