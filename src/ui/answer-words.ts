/** How an item's standing (its answer, or what the system description says) reads. */
import type { Answer } from '../answers.js';
import type { Messages } from '../i18n.js';
import type { Preset, Standing } from '../session/index.js';
import type { ToneKind } from './Tone.js';

export function presetText(m: Messages, preset: Preset): string {
  const reason =
    preset.reason === 'unavailable' && preset.since
      ? m.report.availability.unavailable({ since: preset.since })
      : m.report.reasonCode[preset.reason];

  return m.wizard.item.standing({
    status: m.report.status[preset.status],
    detail: reason,
  });
}

function valueText(m: Messages, answer: Answer): string {
  const { value } = answer;
  if (value === undefined) return '';
  const text = Array.isArray(value)
    ? value.join(', ') || m.wizard.value.nobody
    : String(value);

  return m.wizard.labelled({ label: m.report.label.value, text });
}

/**
 * The installer's own words often end without a full stop; read on one line
 * with the words after them, they would run into them.
 */
function endOfSentence(text: string): string {
  return /[.!?…:;»)]$/.test(text.trimEnd()) ? text : `${text.trimEnd()}.`;
}

export function answerText(m: Messages, answer: Answer): string {
  const words = m.wizard.item;
  const detail = [
    valueText(m, answer),
    answer.reason ?? '',
    answer.acceptance ? words.acceptance(answer.acceptance) : '',
  ]
    .filter(Boolean)
    .map((part, index, parts) => (index < parts.length - 1 ? endOfSentence(part) : part))
    .join(' ');

  return words.standing({ status: m.report.status[answer.status], detail });
}

export function standingText(m: Messages, standing: Standing | null): string | null {
  if (!standing) return null;

  return standing.answer
    ? answerText(m, standing.answer)
    : presetText(m, standing.preset);
}

export function statusTone(status: Answer['status']): ToneKind {
  switch (status) {
    case 'compliant':
      return 'ok';
    case 'not-compliant':
      return 'fail';
    case 'not-applicable':
      return 'dim';
    default:
      return 'warn';
  }
}

export function standingTone(standing: Standing | null): ToneKind {
  if (!standing) return 'plain';

  return standing.answer ? statusTone(standing.answer.status) : 'dim';
}
