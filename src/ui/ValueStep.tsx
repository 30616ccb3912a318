import { useState } from 'react';
import type { AnswerValue, Visit } from '../answers.js';
import type { Item } from '../catalogue.js';
import { checkValue, type Verdict } from '../session/index.js';
import { Prompt } from './Prompt.js';
import { useUi } from './UiContext.js';

interface Props {
  item: Item;
  visit: Visit;
  onChecked: (value: AnswerValue, verdict: Verdict) => void;
  onBack: () => void;
}

function asText(value: AnswerValue | undefined): string {
  if (value === undefined) return '';

  return Array.isArray(value) ? value.join(', ') : String(value);
}

/** The value read on the system, refused with the reason until it is one the check can read. */
export function ValueStep({ item, visit, onChecked, onBack }: Props) {
  const { m } = useUi();
  const words = m.wizard.value;
  const [error, setError] = useState<string | null>(null);
  const { answer } = item;
  const question =
    answer.kind === 'hex-byte'
      ? words.prompt['hex-byte']({ label: item.id })
      : answer.kind === 'hex-port'
        ? words.prompt['hex-port']
        : answer.kind === 'port'
          ? words.prompt[answer.recommended !== undefined ? 'port-system' : 'port-public']
          : words.prompt.users;

  const submit = (input: string) => {
    // An empty list of users is an answer (nobody has the right); an empty value is not.
    if (input.trim() === '' && answer.kind !== 'users') return setError(words.empty);
    const check = checkValue(item, input, visit);
    if (!check.ok) return setError(words.error[check.error]({ input: input.trim() }));
    onChecked(check.value, check.verdict);
  };

  return (
    <Prompt
      question={question}
      initial={asText(visit.answers[item.id]?.value)}
      error={error}
      onSubmit={submit}
      onCancel={onBack}
      onChange={() => setError(null)}
    />
  );
}
