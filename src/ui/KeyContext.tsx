import { createContext } from 'react';
import type { Keystroke } from './keystrokes.js';

/** A key handler returns true when the key was its to take. */
export type KeyHandler = (key: Keystroke) => boolean;

export interface KeyRegistry {
  /** Adds a handler; the latest added is asked first. Returns the removal. */
  subscribe(handler: KeyHandler): () => void;
}

export const KeyContext = createContext<KeyRegistry>({ subscribe: () => () => {} });
