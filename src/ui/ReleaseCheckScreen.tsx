import { Box } from 'ink';
import { evaluate } from '../availability.js';
import type { Messages } from '../i18n.js';
import { shortRelease } from '../review/index.js';
import { releaseOf, type Session, type SessionEvent } from '../session/index.js';
import { Frame, LIST_HINTS } from './Frame.js';
import { Heading } from './Heading.js';
import { Paragraph } from './Paragraph.js';
import { describeRelease, releaseWarnings } from '../release-words.js';
import { Select } from './Select.js';
import { useUi } from './UiContext.js';

interface Props {
  session: Session;
  dispatch: (event: SessionEvent) => void;
}

/** In a periodic review on another release than last time: how many items that changes. */
function upgradeText(m: Messages, session: Session): string | null {
  const { review } = session;
  if (!review) return null;
  const before = review.previous.release;
  const same =
    before.input.trim() === session.visit.release.trim() &&
    before.product === session.visit.product;
  if (same) return null;
  const count = review.flagged.filter(
    (flag) => flag.why === 'availability-changed',
  ).length;

  return m.review.wizard.releaseChanged({ from: shortRelease(before), count });
}

/** The release read back as the wizard understood it, with its warnings, to confirm. */
export function ReleaseCheckScreen({ session, dispatch }: Props) {
  const { m, out, sections } = useUi();
  const words = m.wizard.system;
  const release = releaseOf(session.visit);
  if (!release) return null;
  const missing = sections
    .flatMap((section) => section.items)
    .filter((item) => {
      const state = evaluate(item, release).availability;
      return state === 'unavailable' || state === 'not-applicable';
    }).length;
  const upgrade = upgradeText(m, session);

  return (
    <Frame session={session} hints={LIST_HINTS}>
      <Heading text={words.heading} />
      <Box flexDirection="column" marginY={1}>
        <Paragraph text={words.readBack} />
        <Paragraph
          text={describeRelease(m, release)}
          tone="strong"
          mark={out.sym.arrow}
        />
        {releaseWarnings(m, release).map((warning) => (
          <Paragraph
            key={warning}
            text={warning}
            tone="warn"
            mark={out.sym.warn}
            lines={3}
          />
        ))}
        {missing > 0 ? (
          <Paragraph text={words.presetCount({ count: missing })} lines={3} />
        ) : null}
        {upgrade ? <Paragraph text={upgrade} tone="accent" lines={3} /> : null}
      </Box>
      <Select
        options={[
          { value: true, label: words.confirm },
          { value: false, label: words.change },
        ]}
        limit={2}
        onSelect={(right) =>
          dispatch(right ? { type: 'confirmRelease' } : { type: 'back' })
        }
        onCancel={() => dispatch({ type: 'back' })}
      />
    </Frame>
  );
}
