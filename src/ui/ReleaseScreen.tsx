import { Box } from 'ink';
import { useState } from 'react';
import { parseRelease } from '../release.js';
import type { Session, SessionEvent } from '../session/index.js';
import { FIELD_HINTS, Frame } from './Frame.js';
import { Heading } from './Heading.js';
import { Prompt } from './Prompt.js';
import { releaseError } from '../release-words.js';
import { useUi } from './UiContext.js';

interface Props {
  session: Session;
  dispatch: (event: SessionEvent) => void;
  onTyped: (value: string) => void;
}

/** The release as OMC shows it; one the parser refuses stays on the field with the reason. */
export function ReleaseScreen({ session, dispatch, onTyped }: Props) {
  const { m } = useUi();
  const [error, setError] = useState<string | null>(null);

  const submit = (text: string) => {
    const parsed = parseRelease(text, session.visit.product);
    if (!parsed.ok) return setError(releaseError(m, parsed.error));
    dispatch({ type: 'release', text });
  };

  return (
    <Frame session={session} hints={FIELD_HINTS}>
      <Heading text={m.wizard.system.heading} />
      <Box marginTop={1}>
        <Prompt
          question={m.wizard.system.release}
          initial={session.visit.release}
          error={error}
          onSubmit={submit}
          onCancel={() => dispatch({ type: 'back' })}
          onChange={(value) => {
            setError(null);
            onTyped(value);
          }}
        />
      </Box>
    </Frame>
  );
}
