import { createContext, useContext } from 'react';
import type { Section } from '../catalogue.js';
import type { Lang, Messages } from '../i18n.js';
import type { Output } from '../output.js';

/** What every screen draws with: the words, the symbols and colours, the room. */
export interface Ui {
  out: Output;
  lang: Lang;
  m: Messages;
  /** Columns and rows the screen may use. */
  width: number;
  height: number;
  /** Rows left for a screen's own content, inside the frame. */
  body: number;
  /** The installer's calendar day, YYYY-MM-DD. */
  today: string;
  /** The catalogue the wizard walks through. */
  sections: readonly Section[];
  /** Why the last save failed, shown on every screen until a save succeeds. */
  alert: string | null;
}

export const UiContext = createContext<Ui | null>(null);

export function useUi(): Ui {
  const ui = useContext(UiContext);
  if (!ui) throw new Error('a screen was drawn outside the wizard');

  return ui;
}
