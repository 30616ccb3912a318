import { useState } from 'react';
import type { Visit } from '../answers.js';
import type { Item } from '../catalogue.js';
import { checkPassword, type PasswordCheck } from '../password/index.js';
import { releaseOf } from '../session/index.js';
import { Prompt } from './Prompt.js';
import { useUi } from './UiContext.js';

interface Props {
  item: Item;
  visit: Visit;
  onChecked: (check: PasswordCheck) => void;
  onBack: () => void;
}

/**
 * A password typed in a masked field and checked offline. It lives in the
 * text field's own state and in this call only: what goes further is the
 * check's verdict, never the password.
 */
export function PasswordStep({ item, visit, onChecked, onBack }: Props) {
  const { m } = useUi();
  const [error, setError] = useState<string | null>(null);
  if (item.answer.kind !== 'password') return null;
  const kind = item.answer.passwordKind;

  const submit = (password: string) => {
    if (password === '') return setError(m.wizard.password.empty);
    const related = [
      visit.site.customer,
      visit.site.name,
      visit.people.installer.company,
    ].filter(Boolean);
    const release = releaseOf(visit) ?? undefined;
    onChecked(checkPassword(password, { kind, release, related }));
  };

  return (
    <Prompt
      question={m.wizard.password.prompt({ kind: m.password.kind[kind] })}
      masked
      error={error}
      onSubmit={submit}
      onCancel={onBack}
      onChange={() => setError(null)}
    />
  );
}
