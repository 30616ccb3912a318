import { Box } from 'ink';
import type { Lang } from '../i18n.js';
import type { Session, SessionEvent } from '../session/index.js';
import { Frame, LIST_HINTS } from './Frame.js';
import { Heading } from './Heading.js';
import { Paragraph } from './Paragraph.js';
import { Select } from './Select.js';
import { useUi } from './UiContext.js';

interface Props {
  session: Session;
  dispatch: (event: SessionEvent) => void;
  /** Esc: back to the start screen, when there is one. */
  onLeave: () => void;
}

export function LanguageScreen({ session, dispatch, onLeave }: Props) {
  const { m } = useUi();
  const words = m.wizard.language;
  const langs: Lang[] = ['fr', 'en'];

  return (
    <Frame session={session} hints={LIST_HINTS}>
      <Heading text={words.heading} />
      <Paragraph text={words.intro} />
      <Box marginTop={1}>
        <Select
          options={langs.map((lang) => ({ value: lang, label: words[lang] }))}
          initial={langs.indexOf(session.lang)}
          limit={2}
          onSelect={(lang) => dispatch({ type: 'chooseLanguage', lang })}
          onCancel={onLeave}
        />
      </Box>
    </Frame>
  );
}
