import { Box } from 'ink';
import { availabilityPhrase, defaultPhrase } from '../availability-words.js';
import { evaluate } from '../availability.js';
import type { Item } from '../catalogue.js';
import type { Messages } from '../i18n.js';
import type { Release } from '../release.js';
import { carriedDay, releaseOf, standingOf, type Session } from '../session/index.js';
import type { CatalogueItem } from '../../steps/index.js';
import { standingText, standingTone } from './answer-words.js';
import { shareRows } from './item-layout.js';
import { labelled, Paragraph, paragraphHeight } from './Paragraph.js';
import { useUi } from './UiContext.js';

export function itemWords(m: Messages, item: Item) {
  return (m.items as Record<string, Messages['items'][keyof Messages['items']]>)[item.id];
}

/** What the release model says of the item on this system, in one sentence. */
export function systemText(
  m: Messages,
  item: Item,
  release: Release | null,
): string | null {
  if (!release) return null;
  const evaluation = evaluate(item, release);
  const entry = { item: item as CatalogueItem, evaluation };
  const parts = [
    availabilityPhrase(m.availability, evaluation),
    defaultPhrase(m.availability, entry, release),
  ];

  return parts.filter(Boolean).join(m.wizard.item.clauses);
}

interface Props {
  session: Session;
  item: Item;
  /** Rows left once the answer step has taken what it needs. */
  rows: number;
}

/** The item itself: title, recommendation, why, where in OMC, what this release has, the answer so far. */
export function ItemDetails({ session, item, rows }: Props) {
  const { m, width } = useUi();
  const words = m.wizard.item;
  const text = itemWords(m, item);
  if (!text) return null;
  const heading = words.heading({ chapter: item.chapter, title: text.title });
  const system = systemText(m, item, releaseOf(session.visit));
  const standing = standingOf(item, session);
  const standingLine = standingText(m, standing);
  const carried = standing?.answer ? carriedDay(session, standing.answer) : null;
  const standingLabel = carried
    ? m.review.wizard.lastTime({ date: carried })
    : standing?.answer
      ? words.answer
      : words.preset;
  const height = (label: string, body: string | null) =>
    body ? paragraphHeight(labelled(label, body, m), width) : 0;
  const share = shareRows(
    {
      heading: paragraphHeight(heading, width),
      system: height(words.system, system),
      standing: height(standingLabel, standingLine),
      recommendation: height(words.recommendation, text.recommendation),
      risk: height(words.risk, text.risk),
      where: height(words.where, text.where),
    },
    rows,
  );

  return (
    <Box flexDirection="column">
      <Paragraph text={heading} tone="strong" lines={share.heading} />
      <Paragraph
        label={words.recommendation}
        text={text.recommendation}
        lines={share.recommendation}
      />
      {share.risk > 0 ? (
        <Paragraph label={words.risk} text={text.risk} lines={share.risk} />
      ) : null}
      {share.where > 0 ? (
        <Paragraph label={words.where} text={text.where} lines={share.where} />
      ) : null}
      {system && share.system > 0 ? (
        <Paragraph
          label={words.system}
          text={system}
          lines={share.system}
          tone="accent"
        />
      ) : null}
      {standingLine && share.standing > 0 ? (
        <Paragraph
          label={standingLabel}
          text={standingLine}
          lines={share.standing}
          tone={standingTone(standing)}
        />
      ) : null}
    </Box>
  );
}
