/**
 * The answer form of one item as a small state machine: choose a status (or
 * first type a value or a password to check), then type the texts that
 * status needs. The screens draw the step the draft is on and send events.
 */
import type { Answer, Status } from '../answers.js';
import type { Item } from '../catalogue.js';
import type { Draft, FormField } from './types.js';

/** The texts each status asks for, in order. */
export const FIELDS_OF: Record<Status, readonly FormField[]> = {
  compliant: [],
  'not-compliant': ['finding'],
  'not-applicable': ['reason'],
  'not-checked': ['reason'],
  'risk-accepted': ['by', 'reason', 'until'],
};

/** Whether an item's form starts by asking for a value to check. */
export function takesValue(item: Item): boolean {
  return ['hex-byte', 'hex-port', 'port', 'users'].includes(item.answer.kind);
}

export function takesPassword(item: Item): boolean {
  return item.answer.kind === 'password';
}

export function emptyDraft(item: string): Draft {
  return { item, step: 'choose', fields: {} };
}

/**
 * The texts a status starts with: the earlier answer's (given in this visit,
 * or carried from the previous report), else the value check's finding.
 */
export function prefilledFields(
  draft: Draft,
  status: Status,
  previous: Answer | undefined,
): Draft['fields'] {
  const answered = previous?.source === 'installer' || previous?.source === 'previous';
  if (previous?.status === status && answered) {
    return {
      ...(previous.reason !== undefined
        ? { [status === 'not-compliant' ? 'finding' : 'reason']: previous.reason }
        : {}),
      ...(previous.acceptance
        ? { by: previous.acceptance.by, until: previous.acceptance.until }
        : {}),
      ...draft.fields,
    };
  }
  if (status === 'not-compliant' && draft.proposal?.finding && !draft.fields.finding) {
    return { ...draft.fields, finding: draft.proposal.finding };
  }

  return draft.fields;
}

/** The field after `field` for `status`, or null when the answer is complete. */
export function fieldAfter(status: Status, field: FormField | null): FormField | null {
  const fields = FIELDS_OF[status];
  const index = field === null ? -1 : fields.indexOf(field);

  return fields[index + 1] ?? null;
}

export function fieldBefore(status: Status, field: FormField): FormField | null {
  const fields = FIELDS_OF[status];

  return fields[fields.indexOf(field) - 1] ?? null;
}

/** The answer a complete draft stands for. */
export function answerOf(draft: Draft, status: Status, at: string): Answer {
  const { fields } = draft;
  const reason = status === 'not-compliant' ? fields.finding : fields.reason;

  return {
    status,
    ...(draft.value !== undefined ? { value: draft.value } : {}),
    ...(reason !== undefined && status !== 'compliant' ? { reason } : {}),
    ...(status === 'risk-accepted'
      ? { acceptance: { by: fields.by ?? '', until: fields.until ?? '' } }
      : {}),
    ...(draft.passwordCheck ? { passwordCheck: draft.passwordCheck } : {}),
    source: 'installer',
    answeredAt: at,
  };
}
