import { Box } from 'ink';
import { useState } from 'react';
import type { AnswerValue } from '../answers.js';
import type { Item } from '../catalogue.js';
import type { PasswordCheck } from '../password/index.js';
import {
  checkValue,
  draftOf,
  proposedStatus,
  standingOf,
  type Proposal,
  type Session,
  type SessionEvent,
  type Verdict,
} from '../session/index.js';
import { AnswerChoices, choicesOf, VERDICT_LINES } from './AnswerChoices.js';
import { FormFieldStep } from './FormFieldStep.js';
import { FIELD_HINTS, Frame, LIST_HINTS } from './Frame.js';
import { ItemDetails } from './ItemDetails.js';
import { paragraphHeight } from './Paragraph.js';
import { passwordLines, verdictLine } from './password-words.js';
import { PasswordStep } from './PasswordStep.js';
import { reviewNotes } from './review-words.js';
import { useUi } from './UiContext.js';
import { ValueStep } from './ValueStep.js';
import { wordVerdict, type Line } from './verdict-words.js';

interface Props {
  session: Session;
  item: Item;
  dispatch: (event: SessionEvent) => void;
  onTyped: (value: string) => void;
  /** The clock: a periodic review warns of an acceptance about to end. */
  now: () => Date;
}

function asText(value: AnswerValue): string {
  return Array.isArray(value) ? value.join(', ') : String(value);
}

/** The rows the answer step takes at most: the question, a field and its error, or the choices. */
const FIELD_ROWS = 7;

export function ItemScreen({ session, item, dispatch, onTyped, now }: Props) {
  const { m, out, width, body, sections } = useUi();
  const draft = draftOf(session, item);
  const standing = standingOf(item, session);
  // The broken rules of a password just checked: shown once, never saved.
  const [checked, setChecked] = useState<Line[] | null>(null);

  const worded = (verdict: Verdict) => wordVerdict(m, out, item, verdict);
  let verdict: Line[] = [];
  if (draft.value !== undefined) {
    const check = checkValue(item, asText(draft.value), session.visit);
    if (check.ok) verdict = worded(check.verdict).lines;
  } else if (draft.passwordCheck) {
    verdict = checked ?? [verdictLine(m, out, draft.passwordCheck.compliant)];
  }

  const onValue = (value: AnswerValue, found: Verdict) => {
    const status = proposedStatus(found);
    const proposal: Proposal | undefined = status
      ? {
          status,
          ...(status === 'not-compliant' ? { finding: worded(found).finding } : {}),
        }
      : undefined;
    dispatch({ type: 'value', value, ...(proposal ? { proposal } : {}) });
  };
  const onPassword = (check: PasswordCheck) => {
    setChecked(passwordLines(m, out, check));
    const finding = check.compliant ? undefined : m.wizard.password.finding;
    const status = check.compliant ? 'compliant' : 'not-compliant';
    dispatch({
      type: 'passwordChecked',
      compliant: check.compliant,
      proposal: { status, ...(finding ? { finding } : {}) },
    });
  };

  const choosing = draft.step === 'choose';
  if (choosing)
    verdict = [...reviewNotes(m, out, session, item, { sections, now }), ...verdict];
  const options = choosing ? choicesOf(m, item, draft, standing).length : 0;
  const verdictRows = verdict.reduce(
    (sum, line) => sum + Math.min(paragraphHeight(line.text, width - 2), VERDICT_LINES),
    0,
  );
  const limit = Math.max(Math.min(options, body - verdictRows - 7), 3);
  const stepRows = choosing
    ? verdictRows + 1 + Math.min(options, limit) + (options > limit ? 1 : 0)
    : FIELD_ROWS;
  const back = () => dispatch({ type: 'back' });

  return (
    <Frame session={session} hints={choosing ? LIST_HINTS : FIELD_HINTS}>
      <ItemDetails session={session} item={item} rows={body - stepRows - 1} />
      <Box flexDirection="column" marginTop={1}>
        {draft.step === 'choose' ? (
          <AnswerChoices
            item={item}
            draft={draft}
            standing={standing}
            verdict={verdict}
            limit={limit}
            onChoose={(choice) => dispatch({ type: 'choose', choice })}
            onBack={back}
          />
        ) : draft.step === 'value' ? (
          <ValueStep
            item={item}
            visit={session.visit}
            onChecked={onValue}
            onBack={back}
          />
        ) : draft.step === 'password' ? (
          <PasswordStep
            item={item}
            visit={session.visit}
            onChecked={onPassword}
            onBack={back}
          />
        ) : (
          <FormFieldStep
            key={draft.step}
            field={draft.step}
            status={draft.status ?? 'not-checked'}
            initial={draft.fields[draft.step] ?? ''}
            onSubmit={(value) => dispatch({ type: 'field', value })}
            onBack={(typed) => dispatch({ type: 'back', typed })}
            onTyped={onTyped}
          />
        )}
      </Box>
    </Frame>
  );
}
