import { Box } from 'ink';
import { useMemo, useState } from 'react';
import { installerFingerprint, KeyFileError } from '../keys.js';
import {
  signerError,
  type Session,
  type SessionEvent,
  type SignOffStep,
} from '../session/index.js';
import { FIELD_HINTS, Frame } from './Frame.js';
import { Heading } from './Heading.js';
import { itemWords } from './ItemDetails.js';
import { Pager, type Block } from './Pager.js';
import { Prompt } from './Prompt.js';
import { useUi } from './UiContext.js';

interface Props {
  session: Session;
  step: SignOffStep;
  dispatch: (event: SessionEvent) => void;
  home: string;
  onTyped: (value: string) => void;
}

/** Who signs for the customer, what they acknowledge, and both confirmations. */
export function SignOffScreen({ session, step, dispatch, home, onTyped }: Props) {
  const { m, out, sections, body } = useUi();
  const words = m.wizard.signOff;
  const [error, setError] = useState<string | null>(null);
  const signer = session.signer ?? { name: '', role: '' };
  const installer = session.visit.people.installer.name;
  const fingerprint = useMemo(() => {
    if (step !== 'installer') return null;
    try {
      return installerFingerprint(home).grouped;
    } catch (problem) {
      if (!(problem instanceof KeyFileError)) throw problem;
      const { path, detail } = problem;
      return problem.code === 'unwritable'
        ? m.report.keyUnwritable({ path, detail })
        : m.report.keyUnreadable({ path, detail });
    }
  }, [step, home, m]);

  if (step === 'signer-name' || step === 'signer-role') {
    const submit = (value: string) => {
      if (signerError(value)) return setError(m.wizard.field.error.required);
      dispatch({ type: 'signer', value });
    };
    return (
      <Frame session={session} hints={FIELD_HINTS}>
        <Heading text={words.heading} />
        <Box marginTop={1}>
          <Prompt
            key={step}
            question={step === 'signer-name' ? words.signerName : words.signerRole}
            initial={step === 'signer-name' ? signer.name : signer.role}
            error={error}
            onSubmit={submit}
            onCancel={(typed) => dispatch({ type: 'back', typed })}
            onChange={(value) => {
              setError(null);
              onTyped(value);
            }}
          />
        </Box>
      </Frame>
    );
  }

  const blocks: Block[] = [];
  if (step === 'acknowledge') {
    blocks.push({
      text: words.acknowledgeHeading({ name: signer.name }),
      tone: 'strong',
    });
    for (const text of words.acknowledge)
      blocks.push({ text, mark: out.sym.bullet, gap: true });
    const items = sections.flatMap((section) => section.items);
    const answered = (status: string) =>
      items.flatMap((item) => {
        const answer = session.visit.answers[item.id];
        const title = itemWords(m, item)?.title ?? item.id;
        return answer?.status === status ? [{ item, answer, title }] : [];
      });
    const risks = answered('risk-accepted').map(({ item, answer, title }) =>
      words.risk({
        chapter: item.chapter,
        title,
        by: answer.acceptance?.by ?? '',
        until: answer.acceptance?.until ?? '',
        reason: answer.reason ?? '',
      }),
    );
    if (risks.length === 0) blocks.push({ text: words.noRisk, gap: true });
    else {
      blocks.push({ text: words.risksHeading, tone: 'strong', gap: true });
      for (const text of risks) blocks.push({ text, mark: out.sym.warn, tone: 'warn' });
    }
    const notFollowed = answered('not-compliant').map(({ item, answer, title }) =>
      words.notFollowed({ chapter: item.chapter, title, reason: answer.reason ?? '' }),
    );
    if (notFollowed.length > 0) {
      blocks.push({ text: words.notFollowedHeading, tone: 'strong', gap: true });
      for (const text of notFollowed)
        blocks.push({ text, mark: out.sym.fail, tone: 'fail' });
    }
    blocks.push({
      text: words.customerConfirms({ name: signer.name }),
      tone: 'accent',
      gap: true,
    });
  } else {
    blocks.push({ text: words.installerStatement({ name: installer }), tone: 'strong' });
    if (fingerprint) blocks.push({ text: words.fingerprint({ fingerprint }), gap: true });
    blocks.push({
      text: words.installerConfirms({ name: installer }),
      tone: 'accent',
      gap: true,
    });
  }

  return (
    <Frame session={session} hints={['scroll', 'confirm', 'back']}>
      <Heading text={words.heading} />
      <Pager
        key={step}
        blocks={blocks}
        rows={body - 1}
        onEnter={() =>
          dispatch(
            step === 'acknowledge'
              ? { type: 'customerConfirms' }
              : { type: 'installerConfirms' },
          )
        }
        onEscape={() => dispatch({ type: 'back' })}
        readFirst
      />
    </Frame>
  );
}
