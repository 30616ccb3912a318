import { useContext, useLayoutEffect, useRef } from 'react';
import { KeyContext, KeysHeld, type KeyHandler } from './KeyContext.js';

/**
 * Listens to keys through the KeyRouter, which hands them over one at a
 * time. The handler is read at the moment a key arrives, so it always sees
 * the props of the latest render, never those of the render before.
 */
export function useKeys(handler: KeyHandler, active = true): void {
  const registry = useContext(KeyContext);
  const held = useContext(KeysHeld);
  const latest = useRef(handler);
  latest.current = handler;

  // A layout effect: a screen that has just appeared is listening before
  // the router hands over the next key typed ahead.
  useLayoutEffect(() => {
    if (!active) return undefined;

    return registry.subscribe((key) => !held.current && latest.current(key));
  }, [registry, active, held]);
}
