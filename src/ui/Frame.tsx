import { Box, Text } from 'ink';
import type { ReactNode } from 'react';
import type { Messages } from '../i18n.js';
import type { Session } from '../session/index.js';
import { progressText, separatorOf } from './progress.js';
import { Tone } from './Tone.js';
import { useUi } from './UiContext.js';
import { textLength, truncate } from './wrap.js';

export type Hint =
  'choose' | 'scroll' | 'confirm' | 'back' | 'close' | 'help' | 'language' | 'quit';

/** The keys of a screen with a list, and of one with a text field (where ? and L are typed). */
export const LIST_HINTS: Hint[] = ['choose', 'confirm', 'back', 'help', 'language'];
export const FIELD_HINTS: Hint[] = ['confirm', 'back', 'quit'];

function hintText(hint: Hint, m: Messages, unicode: boolean): string {
  const keys = m.wizard.keys;
  const arrows = unicode ? keys.arrows.unicode : keys.arrows.ascii;
  if (hint === 'choose') return keys.choose({ arrows });
  if (hint === 'scroll') return keys.scroll({ arrows });

  return keys[hint];
}

interface Props {
  /** The visit on screen; null on the start screen. */
  session: Session | null;
  hints: Hint[];
  children: ReactNode;
}

/**
 * Every screen: the progress line and a rule on top, the keys that work at
 * the bottom, and exactly the terminal's height in between, so that nothing
 * scrolls out of an 80×24 window and screens do not jump as they change.
 */
export function Frame({ session, hints, children }: Props) {
  const { out, m, width, height, sections, alert } = useUi();
  const separator = separatorOf(out);
  const progress = progressText(session, sections, m, separator);
  const site = session?.visit.site;
  const place = site
    ? [site.customer, site.name].filter(Boolean).join(` ${out.sym.dash} `)
    : '';
  const keys = truncate(
    hints.map((hint) => hintText(hint, m, out.unicode)).join(separator),
    width,
    out.sym.ellipsis,
  );
  const left = truncate(progress, width, out.sym.ellipsis);
  const room = width - textLength(left) - 2;
  const right = room >= 12 && place ? truncate(place, room, out.sym.ellipsis) : '';
  const gap = ' '.repeat(Math.max(width - textLength(left) - textLength(right), 0));

  return (
    <Box flexDirection="column" width={width} height={height}>
      <Text>
        <Tone kind="strong">{left}</Tone>
        {right ? (
          <Tone kind="dim">
            {gap}
            {right}
          </Tone>
        ) : null}
      </Text>
      <Tone kind="dim">{(out.unicode ? '─' : '-').repeat(width)}</Tone>
      {alert ? (
        <Tone kind="fail">
          {truncate(m.wizard.saveFailed({ detail: alert }), width, out.sym.ellipsis)}
        </Tone>
      ) : null}
      <Box flexDirection="column" flexGrow={1} overflow="hidden">
        {children}
      </Box>
      <Tone kind="dim">{keys}</Tone>
    </Box>
  );
}
