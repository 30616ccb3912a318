import { Box } from 'ink';
import { useMemo, useState } from 'react';
import type { Messages } from '../i18n.js';
import { previousProblemWords } from '../previous-report.js';
import { FIELD_HINTS, Frame, LIST_HINTS } from './Frame.js';
import { Heading } from './Heading.js';
import { Paragraph, paragraphHeight } from './Paragraph.js';
import { separatorOf } from './progress.js';
import { Prompt } from './Prompt.js';
import { reportsToReview, typedPath } from './report-files.js';
import { Select } from './Select.js';
import { useUi, type Ui } from './UiContext.js';
import type { Refusal } from './use-review-start.js';
import type { Line } from './verdict-words.js';

interface Props {
  home: string;
  checking: boolean;
  refusal: Refusal | null;
  onCheck: (path: string) => void;
  onBack: () => void;
}

/** A refused report in the screen's language: what happened, why, and what to do. */
function refusalBlocks(m: Messages, out: Ui['out'], refusal: Refusal): Line[] {
  if ('badRelease' in refusal) {
    const text = m.report.badRelease({ release: refusal.badRelease });
    return [{ text, tone: 'fail', mark: out.sym.fail }];
  }
  const { headline, details, advice } = previousProblemWords(m, refusal.problem);

  return [
    { text: headline, tone: 'fail', mark: out.sym.fail },
    ...details.map((text): Line => ({ text, tone: 'plain', mark: out.sym.bullet })),
    ...(advice ? [{ text: advice, tone: 'plain' as const, mark: '' }] : []),
  ];
}

/**
 * The site's last report: one of those the wizard wrote, or any other by
 * its path. A refused one is said here, and the installer tries another.
 */
export function ReviewPickScreen({ home, checking, refusal, onCheck, onBack }: Props) {
  const { m, out, width, body } = useUi();
  const words = m.review.wizard.pick;
  const reports = useMemo(
    () => reportsToReview(home, { dash: out.sym.dash, separator: separatorOf(out) }),
    [home, out],
  );
  const [typing, setTyping] = useState(reports.length === 0);
  const checkingLine: Line = {
    text: `${words.checking}${out.sym.ellipsis}`,
    tone: 'dim',
    mark: '',
  };
  const notes = checking ? [checkingLine] : refusal ? refusalBlocks(m, out, refusal) : [];
  const noteRows = notes.reduce(
    (sum, line) => sum + Math.min(paragraphHeight(line.text, width - 2), 3),
    0,
  );
  const gap = notes.length > 0 ? 1 : 0;
  const used = 3 + paragraphHeight(words.intro, width) + noteRows + gap;
  const submit = (text: string) => {
    const path = typedPath(text);
    if (!checking && path !== '') onCheck(path);
  };

  return (
    <Frame session={null} hints={typing ? FIELD_HINTS : LIST_HINTS}>
      <Heading text={words.heading} />
      <Paragraph text={words.intro} />
      <Box flexDirection="column" marginTop={1} marginBottom={gap}>
        {notes.map((line, index) => (
          <Paragraph
            key={`${index}:${line.text}`}
            text={line.text}
            lines={3}
            tone={line.tone}
            mark={line.mark || undefined}
          />
        ))}
      </Box>
      {typing ? (
        <Prompt
          question={words.question}
          error={null}
          onSubmit={submit}
          onCancel={() => (reports.length > 0 ? setTyping(false) : onBack())}
        />
      ) : (
        <Select
          options={[
            ...reports.map((report) => ({ value: report.path, label: report.label })),
            { value: null, label: words.typePath },
          ]}
          limit={Math.max(body - used - 1, 3)}
          onSelect={(path) => {
            if (checking) return;
            if (path === null) return setTyping(true);
            onCheck(path);
          }}
          onCancel={onBack}
        />
      )}
    </Frame>
  );
}
