import { Box } from 'ink';
import { useMemo, useState } from 'react';
import type { SectionId } from '../catalogue.js';
import { percent, scoreSections, type Score, type ScoredEntry } from '../score.js';
import { Paragraph } from './Paragraph.js';
import { Select, type Option } from './Select.js';
import { useUi } from './UiContext.js';

export type ReviewRow =
  { go: 'sign-off' } | { go: 'item'; id: string; section: SectionId };

interface Props {
  rows: Option<ReviewRow>[];
  entries: ScoredEntry[];
  initial: number;
  limit: number;
  onSelect: (row: ReviewRow) => void;
  onCancel: () => void;
}

/** The score line of the review: "n/m (p %)", or that nothing counts yet. */
export function useScoreText(): (score: Score) => string {
  const { m } = useUi();
  const words = m.wizard.review;

  return (score) => {
    const value = percent(score);
    return value === null
      ? words.noScore
      : words.score({ ...score, percent: words.percent({ value }) });
  };
}

/**
 * The review's list of items, and above it the score of the highlighted
 * item's section. Moving along the list draws only this part again, not
 * the screen around it.
 */
export function ReviewList({ rows, entries, initial, limit, onSelect, onCancel }: Props) {
  const { m } = useUi();
  const words = m.wizard.review;
  const scoreText = useScoreText();
  const scores = useMemo(() => scoreSections(entries), [entries]);
  const [section, setSection] = useState<SectionId | null>(() => {
    const row = rows[initial]?.value;
    return row?.go === 'item' ? row.section : null;
  });
  const sectionScore = scores.find((score) => score.section === section);

  return (
    <>
      <Box flexDirection="column" height={3}>
        {section ? (
          <>
            <Paragraph
              text={words.section({
                title: m.sections[section].title,
                score: sectionScore ? scoreText(sectionScore) : words.noScore,
              })}
              lines={1}
            />
            {sectionScore ? (
              <>
                <Paragraph text={words.counted(sectionScore)} tone="dim" lines={1} />
                <Paragraph
                  text={words.leftOut(sectionScore.leftOut)}
                  tone="dim"
                  lines={1}
                />
              </>
            ) : null}
          </>
        ) : (
          <Paragraph text={words.hint} tone="dim" lines={3} />
        )}
      </Box>
      <Box marginTop={1}>
        <Select
          options={rows}
          initial={initial}
          limit={limit}
          onHighlight={(row) => setSection(row.go === 'item' ? row.section : null)}
          onSelect={onSelect}
          onCancel={onCancel}
        />
      </Box>
    </>
  );
}
