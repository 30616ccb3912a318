import { Box } from 'ink';
import type { Recovered, SessionSummary } from '../store.js';
import { Frame, LIST_HINTS } from './Frame.js';
import { Heading } from './Heading.js';
import { Paragraph, paragraphHeight } from './Paragraph.js';
import { Select, type Option } from './Select.js';
import { separatorOf } from './progress.js';
import { localTime } from './time.js';
import { useUi } from './UiContext.js';

interface Props {
  summaries: SessionSummary[];
  recovered: Recovered[];
  onPick: (id: string) => void;
  onNew: () => void;
  /** The periodic review of a site, from its last report. */
  onReview: () => void;
}

type Row = { go: 'review' } | { go: 'new' } | { go: 'visit'; id: string };

/**
 * The visits in progress, newest first, the latest one highlighted so Enter
 * resumes it; above them, a new visit and the review of a site. A visit
 * signed off whose report was never written is among them: resumed, it
 * writes its report.
 */
export function StartScreen({ summaries, recovered, onPick, onNew, onReview }: Props) {
  const { m, out, width, body } = useUi();
  const words = m.wizard.start;
  const none = summaries.length === 0;
  const intro = none ? words.introNone : words.intro;
  const notices = recovered.map((file) =>
    file.kind === 'index'
      ? words.damagedIndex({ movedTo: file.movedTo })
      : words.damagedSession({ movedTo: file.movedTo }),
  );
  const options: Option<Row>[] = [
    { value: { go: 'review' }, label: m.review.wizard.startOption },
    { value: { go: 'new' }, label: words.newVisit },
    ...summaries.map((summary) => ({
      value: { go: 'visit' as const, id: summary.id },
      label: [
        ...(summary.review ? [m.review.wizard.progress] : []),
        summary.site
          ? `${summary.customer || words.unnamed} ${out.sym.dash} ${summary.site}`
          : summary.customer || words.unnamed,
        // All answered and signed: what is left to do is the report.
        ...(summary.reportPending
          ? [words.reportPending]
          : [summary.release || words.noRelease, `${summary.answered}/${summary.total}`]),
        localTime(summary.updatedAt),
      ].join(separatorOf(out)),
    })),
  ];
  const used =
    2 +
    paragraphHeight(intro, width) +
    notices.reduce((sum, text) => sum + Math.min(paragraphHeight(text, width - 2), 4), 0);

  return (
    <Frame session={null} hints={LIST_HINTS.filter((hint) => hint !== 'back')}>
      <Heading text={none ? words.headingNone : words.heading} />
      <Paragraph text={intro} />
      {notices.map((text) => (
        <Paragraph key={text} text={text} tone="warn" mark={out.sym.warn} lines={4} />
      ))}
      <Box marginTop={1}>
        <Select
          options={options}
          initial={none ? 1 : 2}
          limit={Math.max(body - used - 1, 3)}
          onSelect={(row) => {
            if (row.go === 'visit') return onPick(row.id);
            return row.go === 'new' ? onNew() : onReview();
          }}
        />
      </Box>
    </Frame>
  );
}
