import { Box, Text } from 'ink';
import { useMemo, useState } from 'react';
import type { SectionId } from '../catalogue.js';
import { percent, scoreSections, type Score, type ScoredEntry } from '../score.js';
import { Select, type Option } from './Select.js';
import { Tone, type ToneKind } from './Tone.js';
import { useUi } from './UiContext.js';
import { clamp, wrap } from './wrap.js';

/** The lines above the list: the highlighted section's score, or the hint. */
const SCORE_LINES = 3;

interface ScoreLine {
  text: string;
  tone: ToneKind;
}

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
  const { m, out, width } = useUi();
  const words = m.wizard.review;
  const scoreText = useScoreText();
  const scores = useMemo(() => scoreSections(entries), [entries]);
  const [section, setSection] = useState<SectionId | null>(() => {
    const row = rows[initial]?.value;
    return row?.go === 'item' ? row.section : null;
  });
  const sectionScore = scores.find((score) => score.section === section);

  // Three lines, always there: moving on or off the sign-off row changes
  // their words, not the nodes that draw them, so nothing is built or torn
  // down on that key.
  const oneLine = (text: string) =>
    clamp(wrap(text, width), 1, width, out.sym.ellipsis)[0] ?? '';
  const lines: ScoreLine[] = section
    ? [
        {
          text: oneLine(
            words.section({
              title: m.sections[section].title,
              score: sectionScore ? scoreText(sectionScore) : words.noScore,
            }),
          ),
          tone: 'plain',
        },
        { text: sectionScore ? oneLine(words.counted(sectionScore)) : '', tone: 'dim' },
        {
          text: sectionScore ? oneLine(words.leftOut(sectionScore.leftOut)) : '',
          tone: 'dim',
        },
      ]
    : clamp(wrap(words.hint, width), SCORE_LINES, width, out.sym.ellipsis).map(
        (text) => ({
          text,
          tone: 'dim',
        }),
      );

  return (
    <>
      <Box flexDirection="column" height={SCORE_LINES}>
        {Array.from({ length: SCORE_LINES }, (_, index) => (
          <Text key={index}>
            <Tone kind={lines[index]?.tone ?? 'plain'}>{lines[index]?.text ?? ''}</Tone>
          </Text>
        ))}
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
