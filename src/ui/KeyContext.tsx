import { createContext } from 'react';
import type { Keystroke } from './keystrokes.js';

/** A key handler returns true when the key was its to take. */
export type KeyHandler = (key: Keystroke) => boolean;

export interface KeyRegistry {
  /** Adds a handler; the latest added is asked first. Returns the removal. */
  subscribe(handler: KeyHandler): () => void;
  /** Resolves once no key has come for `ms` milliseconds: the installer is reading. */
  quiet(ms: number): Promise<void>;
}

export const KeyContext = createContext<KeyRegistry>({
  subscribe: () => () => {},
  quiet: () => Promise.resolve(),
});

/**
 * `current` is true under a screen kept out of sight (behind the help):
 * its lists and fields let every key pass, so that none reaches what
 * cannot be seen. An object read when a key comes, not a value: opening
 * the help then draws the help alone, not every list behind it again.
 */
export const KeysHeld = createContext<{ readonly current: boolean }>({ current: false });
