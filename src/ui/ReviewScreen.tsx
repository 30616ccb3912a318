import { useMemo } from 'react';
import type { Output } from '../output.js';
import { scoreTotal, type ScoredEntry } from '../score.js';
import {
  endingSoonOf,
  progressOf,
  standingOf,
  unansweredItems,
  type Session,
  type SessionEvent,
} from '../session/index.js';
import { standingTone } from './answer-words.js';
import { Frame, LIST_HINTS } from './Frame.js';
import { Heading } from './Heading.js';
import { itemWords } from './ItemDetails.js';
import { Paragraph, paragraphHeight } from './Paragraph.js';
import { separatorOf } from './progress.js';
import { endingSoonText, reviewRowTail } from './review-words.js';
import { ReviewList, useScoreText, type ReviewRow } from './ReviewList.js';
import type { Option } from './Select.js';
import { useUi } from './UiContext.js';
import { textLength, truncate } from './wrap.js';

interface Props {
  session: Session;
  dispatch: (event: SessionEvent) => void;
  /** The item last opened from here, highlighted again on return. */
  focus: string | null;
  onJump: (id: string) => void;
  /** The clock: a periodic review warns of the acceptances about to end. */
  now: () => Date;
}

function mark(out: Output, status: string | null): string {
  if (status === null) return out.sym.pending;
  if (status === 'compliant') return out.sym.ok;
  if (status === 'not-compliant') return out.sym.fail;
  if (status === 'not-applicable') return out.sym.dash;

  return out.sym.warn;
}

/** Every item with its status, the score of each section with what it counts, and a way back to any item. */
export function ReviewScreen({ session, dispatch, focus, onJump, now }: Props) {
  const { m, out, sections, body, width } = useUi();
  const words = m.wizard.review;
  // Worked out once per visit state: moving along the list only draws the
  // list and its section's score again (ReviewList).
  const { warning, warningRows, entries, rows } = useMemo(() => {
    const items = sections.flatMap((section) => section.items);
    const warnings = endingSoonOf(session, { sections, now });
    const titleOf = (id: string) => {
      const item = items.find((one) => one.id === id);
      return item ? `${item.chapter} ${itemWords(m, item)?.title ?? id}` : id;
    };
    const warning = endingSoonText(m, warnings, titleOf);
    const warningRows = warning ? Math.min(paragraphHeight(warning, width - 2), 2) : 0;
    const entries: ScoredEntry[] = items.flatMap((item) => {
      const standing = standingOf(item, session);
      if (!standing) return [];
      const { status, source } = standing.answer ?? standing.preset;

      return [{ id: item.id, section: item.section, status, source }];
    });
    const missing = unansweredItems(session, sections);
    const rows: Option<ReviewRow>[] = [
      missing.length === 0
        ? { value: { go: 'sign-off' }, label: words.signOff, tone: 'accent' }
        : {
            value: {
              go: 'item',
              id: missing[0]!,
              section: items.find((i) => i.id === missing[0])!.section,
            },
            label: words.missing({ count: missing.length }),
            tone: 'warn',
          },
      ...items.map((item): Option<ReviewRow> => {
        const standing = standingOf(item, session);
        const status = standing ? (standing.answer ?? standing.preset).status : null;
        const title = itemWords(m, item)?.title ?? item.id;
        const head = `${mark(out, status)} ${item.chapter} `;
        const said = status ? m.wizard.item.status[status] : m.wizard.item.unanswered;
        const tail = ` ${out.sym.dash} ${reviewRowTail(m, session, item, warnings) ?? said}`;
        // The status is what the review is for: the title gives way, not the status.
        const room = width - 2 - textLength(head) - textLength(tail);

        return {
          value: { go: 'item', id: item.id, section: item.section },
          label: `${head}${truncate(title, room, out.sym.ellipsis)}${tail}`,
          tone: warnings.some((one) => one.id === item.id)
            ? 'warn'
            : standingTone(standing),
        };
      }),
    ];

    return { warning, warningRows, entries, rows };
  }, [session, sections, m, out, width, now, words]);
  const scoreText = useScoreText();

  const initial = Math.max(
    rows.findIndex(
      (row) => row.value.go === 'item' && row.value.id === focus && row !== rows[0],
    ),
    0,
  );
  const progress = progressOf(session, sections);

  return (
    <Frame session={session} hints={LIST_HINTS}>
      <Heading text={words.heading} />
      <Paragraph
        text={[m.wizard.progress.answered(progress), scoreText(scoreTotal(entries))].join(
          separatorOf(out),
        )}
        tone="strong"
      />
      {warning ? (
        <Paragraph text={warning} tone="warn" mark={out.sym.warn} lines={2} />
      ) : null}
      <ReviewList
        rows={rows}
        entries={entries}
        initial={initial}
        limit={Math.max(body - 8 - warningRows, 3)}
        onSelect={(row) => {
          if (row.go === 'sign-off') return dispatch({ type: 'next' });
          onJump(row.id);
          dispatch({ type: 'jump', item: row.id });
        }}
        onCancel={() => dispatch({ type: 'back' })}
      />
    </Frame>
  );
}
