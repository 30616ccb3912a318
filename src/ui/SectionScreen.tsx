import { Box } from 'ink';
import type { SectionId } from '../catalogue.js';
import { presetOf, type Session, type SessionEvent } from '../session/index.js';
import { Frame, LIST_HINTS } from './Frame.js';
import { Heading } from './Heading.js';
import { Paragraph } from './Paragraph.js';
import { Select } from './Select.js';
import { useUi } from './UiContext.js';

interface Props {
  session: Session;
  section: SectionId;
  dispatch: (event: SessionEvent) => void;
}

/** What a section covers, and how much of it the system description already answers. */
export function SectionScreen({ session, section: id, dispatch }: Props) {
  const { m, sections, body } = useUi();
  const section = sections.find((s) => s.id === id);
  if (!section) return null;
  const words = m.sections[id];
  const preset = section.items.filter((item) => presetOf(item, session)).length;

  return (
    <Frame session={session} hints={LIST_HINTS}>
      <Heading text={words.title} />
      <Box flexDirection="column" marginY={1}>
        <Paragraph text={words.intro} lines={Math.max(body - 6, 2)} />
      </Box>
      <Paragraph text={m.wizard.section.items({ count: section.items.length, preset })} />
      <Box marginTop={1}>
        <Select
          options={[{ value: 'begin', label: m.wizard.section.begin }]}
          limit={1}
          onSelect={() => dispatch({ type: 'next' })}
          onCancel={() => dispatch({ type: 'back' })}
        />
      </Box>
    </Frame>
  );
}
