import { Box } from 'ink';
import type { Session, SessionEvent } from '../session/index.js';
import { Frame, LIST_HINTS } from './Frame.js';
import { Heading } from './Heading.js';
import { Paragraph } from './Paragraph.js';
import { Select } from './Select.js';
import { useUi } from './UiContext.js';

interface Props {
  session: Session;
  dispatch: (event: SessionEvent) => void;
}

/** Whether the customer wants remote access at all: it decides which remote-access items apply. */
export function RemoteAccessScreen({ session, dispatch }: Props) {
  const { m, sections } = useUi();
  const words = m.wizard.system;
  const remoteItems = sections
    .flatMap((section) => section.items)
    .filter((item) => item.needsRemoteAccess).length;
  // A review starts from what the customer wanted last time.
  const known = session.systemKnown || session.review !== undefined;
  const wanted = known && session.visit.remoteAccess;

  return (
    <Frame session={session} hints={LIST_HINTS}>
      <Heading text={words.heading} />
      <Box flexDirection="column" marginY={1}>
        <Paragraph text={words.remoteQuestion} tone="strong" lines={3} />
        <Paragraph text={words.remoteNote({ count: remoteItems })} tone="dim" lines={2} />
      </Box>
      <Select
        options={[
          { value: false, label: words.remoteNo },
          { value: true, label: words.remoteYes },
        ]}
        initial={wanted ? 1 : 0}
        limit={2}
        onSelect={(choice) => dispatch({ type: 'remoteAccess', wanted: choice })}
        onCancel={() => dispatch({ type: 'back' })}
      />
    </Frame>
  );
}
