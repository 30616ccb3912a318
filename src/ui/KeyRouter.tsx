import { useInput } from 'ink';
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { KeyContext, type KeyHandler, type KeyRegistry } from './KeyContext.js';
import { keystrokesOf, type Keystroke } from './keystrokes.js';

interface Props {
  children: ReactNode;
  /** Ctrl+C: ahead of every key still waiting. */
  onInterrupt: () => void;
  /** A key no screen took: the keys that work everywhere (?, L). */
  onUnhandled: (key: Keystroke) => void;
}

/**
 * Keys that arrive together (typed ahead, pasted, sent by `tmux send-keys
 * Down Enter`) are handed over one per render: after Down, the list has
 * moved before Enter picks from it; after Enter, the next screen is the one
 * that gets the next key. A component that kept its own state between two
 * keys of one chunk would otherwise act on the state before the first.
 */
export function KeyRouter({ children, onInterrupt, onUnhandled }: Props) {
  const handlers = useRef<KeyHandler[]>([]);
  const queue = useRef<Keystroke[]>([]);
  const waiting = useRef(false);
  const [turn, setTurn] = useState(0);
  const lastKeyAt = useRef(Date.now());
  const latest = useRef({ onInterrupt, onUnhandled });
  latest.current = { onInterrupt, onUnhandled };

  const registry = useMemo<KeyRegistry>(
    () => ({
      subscribe(handler) {
        handlers.current = [...handlers.current, handler];

        return () => {
          handlers.current = handlers.current.filter((h) => h !== handler);
        };
      },
      quiet: (ms) =>
        new Promise<void>((resolve) => {
          const check = () => {
            const left = lastKeyAt.current + ms - Date.now();
            if (left <= 0) return resolve();
            // Never what keeps the process alive once the wizard has ended.
            setTimeout(check, left).unref();
          };
          check();
        }),
    }),
    [],
  );

  const handOver = useCallback(() => {
    const key = queue.current.shift();
    if (!key) {
      waiting.current = false;
      return;
    }
    waiting.current = true;
    const taken = [...handlers.current].reverse().some((handler) => handler(key));
    if (!taken) latest.current.onUnhandled(key);
    setTurn((n) => n + 1);
  }, []);

  useInput((input, key) => {
    lastKeyAt.current = Date.now();
    const strokes = keystrokesOf(input, key);
    if (strokes.some((stroke) => stroke.name === 'interrupt')) {
      queue.current = [];
      latest.current.onInterrupt();
      return;
    }
    queue.current.push(...strokes);
    if (!waiting.current) handOver();
  });

  useEffect(() => {
    if (waiting.current) handOver();
  }, [turn, handOver]);

  return <KeyContext.Provider value={registry}>{children}</KeyContext.Provider>;
}
