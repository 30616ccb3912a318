import { memo } from 'react';
import { evaluate } from '../availability.js';
import type { Item } from '../catalogue.js';
import { releaseOf, type Session } from '../session/index.js';
import { Frame } from './Frame.js';
import { itemWords, systemText } from './ItemDetails.js';
import { Pager, type Block } from './Pager.js';
import { useUi } from './UiContext.js';

interface Props {
  session: Session | null;
  /** The item on screen, whose help this is; none on the other screens. */
  item: Item | null;
  onClose: () => void;
}

/**
 * `?`: the full texts of the item on screen, the note's contradictions, and
 * the keys. Drawn again only when what it shows changes: it is kept while
 * closed, and opened again as it was.
 */
export const HelpScreen = memo(function HelpScreen({ session, item, onClose }: Props) {
  const { m, body } = useUi();
  const words = m.wizard;
  const blocks: Block[] = [];
  const text = item ? itemWords(m, item) : undefined;
  if (item && text && session) {
    const release = releaseOf(session.visit);
    const conflict = release ? evaluate(item, release).conflict : null;
    const system = systemText(m, item, release);
    blocks.push(
      {
        text: words.help.heading({ title: `${item.chapter} ${text.title}` }),
        tone: 'strong',
      },
      { label: words.item.recommendation, text: text.recommendation, gap: true },
      { label: words.item.risk, text: text.risk },
      { label: words.item.where, text: text.where },
      ...(system
        ? [{ label: words.item.system, text: system, tone: 'accent' as const }]
        : []),
      { text: text.help, gap: true },
      ...(conflict
        ? [
            {
              label: words.help.conflict,
              text: m.availability.conflict(conflict),
              tone: 'warn' as const,
              gap: true,
            },
          ]
        : []),
    );
  } else {
    blocks.push({ text: words.help.general, tone: 'strong' });
  }
  for (const line of words.help.keys.split('\n'))
    blocks.push({ text: line, tone: 'dim', gap: true });

  return (
    <Frame session={session} hints={['scroll', 'close']}>
      <Pager blocks={blocks} rows={body} onEnter={onClose} onEscape={onClose} />
    </Frame>
  );
});
