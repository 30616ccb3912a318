import { useState } from 'react';
import type { Status } from '../answers.js';
import { formFieldError, type FormField } from '../session/index.js';
import { Box } from 'ink';
import { Paragraph } from './Paragraph.js';
import { Prompt } from './Prompt.js';
import { useUi } from './UiContext.js';

interface Props {
  field: FormField;
  status: Status;
  initial: string;
  onSubmit: (value: string) => void;
  onBack: (typed: string | undefined) => void;
  onTyped: (value: string) => void;
}

/** One text of an answer: what was found, why, who accepts the risk, until when. */
export function FormFieldStep({
  field,
  status,
  initial,
  onSubmit,
  onBack,
  onTyped,
}: Props) {
  const { m, today } = useUi();
  const words = m.wizard.field;
  const [error, setError] = useState<string | null>(null);
  const question =
    field === 'reason'
      ? words.reason[
          status === 'not-checked' || status === 'risk-accepted'
            ? status
            : 'not-applicable'
        ]
      : words[field];

  const submit = (value: string) => {
    const problem = formFieldError(field, value, today);
    const text = value.trim();
    if (problem === 'required') return setError(words.error.required);
    if (problem === 'date') return setError(words.error.date({ value: text }));
    if (problem === 'past') return setError(words.error.past({ value: text, today }));
    onSubmit(value);
  };

  return (
    <Box flexDirection="column">
      <Paragraph text={m.wizard.item.choice[status]} tone="accent" lines={1} />
      <Prompt
        question={question}
        initial={initial}
        error={error}
        onSubmit={submit}
        onCancel={onBack}
        onChange={(value) => {
          setError(null);
          onTyped(value);
        }}
      />
    </Box>
  );
}
