/**
 * How a periodic review reads in the wizard: why an item asks for a full
 * answer, the acceptances about to end, and what the finished review's
 * record says changed since the report it follows.
 */
import type { Item } from '../catalogue.js';
import type { Messages } from '../i18n.js';
import type { Output } from '../output.js';
import type { ReportRecord } from '../record.js';
import { reviewSummary, type AcceptanceWarning } from '../review/index.js';
import {
  endingSoonOf,
  flagOf,
  type Session,
  type SessionDeps,
} from '../session/index.js';
import type { Block } from './Pager.js';
import type { Line } from './verdict-words.js';

export function leftText(m: Messages, warning: AcceptanceWarning): string {
  return m.review.daysLeft({ days: String(warning.daysLeft) });
}

/**
 * What the item screen says above the choices: why a full answer is asked
 * (while the item has none from this visit), or that the acceptance it
 * carries is about to end.
 */
export function reviewNotes(
  m: Messages,
  out: Output,
  session: Session,
  item: Item,
  deps: SessionDeps,
): Line[] {
  if (!session.review) return [];
  const words = m.review.wizard;
  const flag = flagOf(session, item.id);
  const answered = session.visit.answers[item.id]?.source === 'installer';
  const warn = (text: string): Line => ({ text, tone: 'warn', mark: out.sym.warn });
  if (flag && !answered) {
    return [
      warn(
        flag.why === 'acceptance-expired'
          ? words.expired({
              by: flag.acceptance?.by ?? '',
              until: flag.acceptance?.until ?? '',
            })
          : words.flagged[flag.why],
      ),
    ];
  }
  const ending = endingSoonOf(session, deps).find((one) => one.id === item.id);

  return ending
    ? [
        warn(
          words.endingSoon({
            by: ending.by,
            until: ending.until,
            left: leftText(m, ending),
          }),
        ),
      ]
    : [];
}

/** The end of an item's row in the review list, when the periodic review has more to say. */
export function reviewRowTail(
  m: Messages,
  session: Session,
  item: Item,
  warnings: readonly AcceptanceWarning[],
): string | null {
  const words = m.review.wizard;
  const ending = warnings.find((one) => one.id === item.id);
  if (ending) return words.rowEnding({ left: leftText(m, ending) });
  const flag = flagOf(session, item.id);
  if (flag && !session.visit.answers[item.id]) {
    return words.rowFlagged({
      status: m.wizard.item.unanswered,
      why: m.review.why[flag.why],
    });
  }

  return null;
}

/** The acceptances ending within 30 days, as one sentence naming their items. */
export function endingSoonText(
  m: Messages,
  warnings: readonly AcceptanceWarning[],
  titleOf: (id: string) => string,
): string | null {
  if (warnings.length === 0) return null;
  const items = warnings
    .map((one) =>
      m.review.wizard.endingSoonItem({ title: titleOf(one.id), left: leftText(m, one) }),
    )
    .join(', ');

  return m.review.wizard.endingSoonList({ count: warnings.length, items });
}

/** The chain and the summary of what changed, under the finished review's fingerprint. */
export function reviewBlocks(m: Messages, out: Output, record: ReportRecord): Block[] {
  const words = m.review.wizard.finished;
  const { heading, lines } = reviewSummary(m, record, out.sym.arrow);
  const blocks: Block[] = [];
  if (record.previousDigest && record.review) {
    blocks.push({
      text: words.follows({
        digest: record.previousDigest,
        date: record.review.previous.visitDate,
      }),
      tone: 'dim',
    });
  }
  blocks.push({ text: words.nextReview({ date: record.nextReview }), gap: true });
  blocks.push({ text: heading, tone: 'strong', gap: true });
  for (const line of lines) {
    blocks.push(
      line.warning
        ? { text: line.text, mark: out.sym.warn, tone: 'warn' }
        : { text: line.text, mark: out.sym.bullet },
    );
  }

  return blocks;
}
