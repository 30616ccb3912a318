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
}

/** The visits in progress, newest first, the latest one highlighted so Enter resumes it. */
export function StartScreen({ summaries, recovered, onPick, onNew }: Props) {
  const { m, out, width, body } = useUi();
  const words = m.wizard.start;
  const notices = recovered.map((file) =>
    file.kind === 'index'
      ? words.damagedIndex({ movedTo: file.movedTo })
      : words.damagedSession({ movedTo: file.movedTo }),
  );
  const options: Option<string | null>[] = [
    { value: null, label: words.newVisit },
    ...summaries.map((summary) => ({
      value: summary.id,
      label: [
        `${summary.customer || words.unnamed} ${out.sym.dash} ${summary.site}`,
        summary.release || words.noRelease,
        `${summary.answered}/${summary.total}`,
        localTime(summary.updatedAt),
      ].join(separatorOf(out)),
    })),
  ];
  const used =
    2 +
    paragraphHeight(words.intro, width) +
    notices.reduce((sum, text) => sum + Math.min(paragraphHeight(text, width - 2), 4), 0);

  return (
    <Frame session={null} hints={LIST_HINTS.filter((hint) => hint !== 'back')}>
      <Heading text={words.heading} />
      <Paragraph text={words.intro} />
      {notices.map((text) => (
        <Paragraph key={text} text={text} tone="warn" mark={out.sym.warn} lines={4} />
      ))}
      <Box marginTop={1}>
        <Select
          options={options}
          initial={summaries.length > 0 ? 1 : 0}
          limit={Math.max(body - used - 1, 3)}
          onSelect={(id) => (id === null ? onNew() : onPick(id))}
        />
      </Box>
    </Frame>
  );
}
