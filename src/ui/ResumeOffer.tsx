import { Box } from 'ink';
import type { Session } from '../session/index.js';
import type { SessionSummary } from '../store.js';
import { Frame, LIST_HINTS } from './Frame.js';
import { Heading } from './Heading.js';
import { Paragraph } from './Paragraph.js';
import { Select } from './Select.js';
import { localTime } from './time.js';
import { useUi } from './UiContext.js';

interface Props {
  session: Session;
  found: SessionSummary;
  onResume: () => void;
  onFresh: () => void;
}

/** The site just named already has a visit in progress: resume it, or start a new one anyway. */
export function ResumeOffer({ session, found, onResume, onFresh }: Props) {
  const { m, out } = useUi();
  const words = m.wizard.resume;
  const site = `${found.customer} ${out.sym.dash} ${found.site}`;

  return (
    <Frame session={session} hints={LIST_HINTS}>
      <Heading text={words.heading} />
      <Box marginY={1}>
        <Paragraph
          text={words.found({
            site,
            when: localTime(found.updatedAt),
            answered: found.answered,
            total: found.total,
          })}
          lines={4}
        />
      </Box>
      <Select
        options={[
          { value: true, label: words.resume },
          { value: false, label: words.fresh },
        ]}
        limit={2}
        onSelect={(resume) => (resume ? onResume() : onFresh())}
        onCancel={onFresh}
      />
    </Frame>
  );
}
