import { Box } from 'ink';
import { useState } from 'react';
import { INTERNET_PORT, parsePort } from '../ports/index.js';
import type { Session, SessionEvent } from '../session/index.js';
import { FIELD_HINTS, Frame, LIST_HINTS } from './Frame.js';
import { forwardingLines, ruleLabel } from './forwarding-words.js';
import { Heading } from './Heading.js';
import { Paragraph } from './Paragraph.js';
import { Prompt } from './Prompt.js';
import { Select, type Option } from './Select.js';
import { useUi } from './UiContext.js';

interface Props {
  session: Session;
  dispatch: (event: SessionEvent) => void;
}

type Step =
  | { at: 'list' }
  | { at: 'public' }
  | { at: 'oxo'; publicPort: number }
  | { at: 'trunk'; publicPort: number; oxoPort: number };

/**
 * The forwarding rules found on the customer's router, each checked as it
 * is added. A rule is saved whole, once its last question is answered.
 */
export function ForwardingScreen({ session, dispatch }: Props) {
  const { m, out, body } = useUi();
  const words = m.wizard.forwarding;
  const rules = session.visit.forwarding;
  const [step, setStep] = useState<Step>({ at: 'list' });
  const [error, setError] = useState<string | null>(null);
  const add = (publicPort: number, oxoPort: number, trunk: boolean) => {
    dispatch({
      type: 'forwarding',
      rules: [...rules, trunk ? { publicPort, oxoPort, trunk } : { publicPort, oxoPort }],
    });
    setStep({ at: 'list' });
  };
  const port = (text: string, then: (value: number) => void) => {
    const value = parsePort(text);
    if (value === null)
      return setError(m.wizard.value.error.port({ input: text.trim() }));
    setError(null);
    then(value);
  };

  if (step.at === 'public' || step.at === 'oxo') {
    const question = step.at === 'public' ? words.publicPort : words.oxoPort;
    return (
      <Frame session={session} hints={FIELD_HINTS}>
        <Heading text={words.heading} />
        <Box marginTop={1}>
          <Prompt
            key={step.at}
            question={question}
            error={error}
            onSubmit={(text) =>
              port(text, (value) =>
                step.at === 'public'
                  ? setStep({ at: 'oxo', publicPort: value })
                  : value === INTERNET_PORT
                    ? add(step.publicPort, value, false)
                    : setStep({
                        at: 'trunk',
                        publicPort: step.publicPort,
                        oxoPort: value,
                      }),
              )
            }
            onCancel={() => {
              setError(null);
              setStep(step.at === 'public' ? { at: 'list' } : { at: 'public' });
            }}
            onChange={() => setError(null)}
          />
        </Box>
      </Frame>
    );
  }
  if (step.at === 'trunk') {
    return (
      <Frame session={session} hints={LIST_HINTS}>
        <Heading text={words.heading} />
        <Box flexDirection="column" marginTop={1}>
          <Paragraph text={words.trunk} tone="strong" />
          <Select
            options={[
              { value: false, label: words.trunkNo },
              { value: true, label: words.trunkYes },
            ]}
            limit={2}
            onSelect={(trunk) => add(step.publicPort, step.oxoPort, trunk)}
            onCancel={() => setStep({ at: 'oxo', publicPort: step.publicPort })}
          />
        </Box>
      </Frame>
    );
  }

  const lines = forwardingLines(m, out, session.visit);
  const options: Option<number | 'add' | 'done'>[] = [
    { value: 'add', label: words.add },
    ...rules.map((rule, index) => ({
      value: index,
      label: words.remove({ rule: ruleLabel(m, out, rule) }),
    })),
    { value: 'done', label: words.done },
  ];

  return (
    <Frame session={session} hints={LIST_HINTS}>
      <Heading text={words.heading} />
      <Paragraph text={words.intro} lines={3} tone="dim" />
      <Box flexDirection="column" marginY={1}>
        {rules.length === 0 ? <Paragraph text={words.none} /> : null}
        {lines.map((line) => (
          <Paragraph
            key={line.text}
            text={line.text}
            tone={line.tone}
            mark={line.mark}
            lines={3}
          />
        ))}
      </Box>
      <Select
        options={options}
        initial={rules.length > 0 ? options.length - 1 : 0}
        limit={Math.max(Math.min(options.length, body - 8 - lines.length), 3)}
        onSelect={(choice) => {
          if (choice === 'add') return setStep({ at: 'public' });
          if (choice === 'done') return dispatch({ type: 'next' });
          dispatch({
            type: 'forwarding',
            rules: rules.filter((_, index) => index !== choice),
          });
        }}
        onCancel={() => dispatch({ type: 'back' })}
      />
    </Frame>
  );
}
