import { Box } from 'ink';
import { STATUSES, type Status } from '../answers.js';
import type { Item } from '../catalogue.js';
import type { Choice, Draft, Standing } from '../session/index.js';
import { takesPassword, takesValue } from '../session/index.js';
import { statusTone } from './answer-words.js';
import { Paragraph } from './Paragraph.js';
import { Select, type Option } from './Select.js';
import { useUi } from './UiContext.js';
import type { Line } from './verdict-words.js';

/** A verdict's sentence is what the installer acts on: it gets more room than the details. */
export const VERDICT_LINES = 4;

interface Props {
  item: Item;
  draft: Draft;
  standing: Standing | null;
  /** What the value or password check found, shown above the choices. */
  verdict: Line[];
  limit: number;
  onChoose: (choice: Choice) => void;
  onBack: () => void;
}

/** An answer carried forward from the previous report, in a periodic review. */
export function isCarried(standing: Standing | null): boolean {
  return standing?.answer?.source === 'previous';
}

/** The options an item offers, the status a check proposes first. */
export function choicesOf(
  m: ReturnType<typeof useUi>['m'],
  item: Item,
  draft: Draft,
  standing: Standing | null,
): Option<Choice>[] {
  const words = m.wizard.item;
  const proposed = draft.proposal?.status ?? null;
  const checked = draft.value !== undefined || draft.passwordCheck !== undefined;
  const status = (value: Status): Option<Choice> => ({
    value,
    label:
      value === proposed
        ? words.proposed({ choice: words.choice[value] })
        : words.choice[value],
    tone: value === proposed ? statusTone(value) : 'plain',
  });
  const options: Option<Choice>[] = [];
  if (proposed) options.push(status(proposed));
  if (standing && !checked) {
    const current = standing.answer ? standing.answer.status : standing.preset.status;
    const status = words.status[current];
    // In a periodic review, keeping last time's answer says it still holds.
    const label = isCarried(standing)
      ? m.review.wizard.keep({ status })
      : words.keep({ status });
    options.push({ value: 'keep', label });
  }
  const kind = item.answer.kind;
  if (takesValue(item) && kind !== 'status' && kind !== 'password') {
    options.push({ value: 'value', label: words.value[kind] });
  }
  if (takesPassword(item)) options.push({ value: 'password', label: words.password });
  for (const value of STATUSES) if (value !== proposed) options.push(status(value));

  return options;
}

export function AnswerChoices({
  item,
  draft,
  standing,
  verdict,
  limit,
  onChoose,
  onBack,
}: Props) {
  const { m } = useUi();
  const options = choicesOf(m, item, draft, standing);
  const checked = draft.value !== undefined || draft.passwordCheck !== undefined;
  const question =
    isCarried(standing) && !checked ? m.review.wizard.stillTrue : m.wizard.item.question;

  return (
    <Box flexDirection="column">
      {verdict.map((line) => (
        <Paragraph
          key={line.text}
          text={line.text}
          tone={line.tone}
          mark={line.mark}
          lines={VERDICT_LINES}
        />
      ))}
      <Paragraph text={question} tone="strong" />
      <Select options={options} limit={limit} onSelect={onChoose} onCancel={onBack} />
    </Box>
  );
}
