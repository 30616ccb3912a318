/**
 * One answer of an answers file, checked against its item: the status, the
 * value the item takes (a hex byte, a port, users...), and the reason or
 * acceptance the report will need.
 */
import type { Answer } from './answers.js';
import { STATUSES } from './answers.js';
import { Checker, join, PASSWORD_KINDS } from './answers-file-check.js';
import type { Item } from './catalogue.js';

const HEX_BYTE = /^[0-9A-Fa-f]{2}$/;
const HEX_PORT = /^([0-9A-Fa-f]{2}) ?([0-9A-Fa-f]{2})$/;
const ANSWER_FIELDS = [
  'status',
  'value',
  'reason',
  'acceptance',
  'passwordCheck',
  'source',
  'answeredAt',
];
/** A reason is what the report shows for these; without one they say nothing. */
const NEEDS_REASON = new Set(['not-applicable', 'not-checked', 'risk-accepted']);

function checkValue(check: Checker, item: Item, value: unknown, path: string) {
  if (value === undefined) return undefined;
  switch (item.answer.kind) {
    case 'status':
      check.fail(path, 'no-value', value);
      return undefined;
    case 'password':
      check.fail(path, 'no-password-value');
      return undefined;
    case 'hex-byte':
      return check
        .test(value, path, 'hex-byte', (text) => HEX_BYTE.test(text))
        .toUpperCase();
    case 'hex-port':
      return check
        .test(value, path, 'hex-port', (text) => {
          const match = HEX_PORT.exec(text);
          return match !== null && parseInt(match[1]! + match[2]!, 16) > 0;
        })
        .toUpperCase()
        .replace(HEX_PORT, '$1 $2');
    case 'port':
      return check.port(value, path);
    case 'users':
      if (Array.isArray(value) && value.every((v) => typeof v === 'string' && v.trim())) {
        return value as string[];
      }
      check.fail(path, 'users', value);
      return undefined;
  }
}

export function checkAnswer(
  check: Checker,
  item: Item,
  raw: unknown,
  path: string,
  visitDate: string,
): Answer | null {
  const json = check.object(raw, path, ANSWER_FIELDS, ['status']);
  if (!json) return null;
  const status = check.oneOf(json.status, join(path, 'status'), STATUSES);
  const answer: Answer = {
    status: status ?? 'not-checked',
    source:
      check.oneOf(json.source, join(path, 'source'), [
        'installer',
        'release',
        'previous',
      ] as const) ?? 'installer',
    answeredAt:
      json.answeredAt === undefined
        ? visitDate
        : check.dateTime(json.answeredAt, join(path, 'answeredAt')),
  };
  const value = checkValue(check, item, json.value, join(path, 'value'));
  if (value !== undefined) answer.value = value;
  if (json.reason !== undefined)
    answer.reason = check.text(json.reason, join(path, 'reason'));
  if (status && NEEDS_REASON.has(status) && json.reason === undefined) {
    check.fail(join(path, 'reason'), 'reason', undefined, { options: [status] });
  }

  if (status === 'risk-accepted' && json.acceptance === undefined) {
    check.fail(join(path, 'acceptance'), 'acceptance');
  } else if (status !== 'risk-accepted' && json.acceptance !== undefined) {
    check.fail(join(path, 'acceptance'), 'no-acceptance', undefined, {
      options: [status ?? ''],
    });
  } else if (json.acceptance !== undefined) {
    const at = join(path, 'acceptance');
    const acceptance = check.object(
      json.acceptance,
      at,
      ['by', 'until'],
      ['by', 'until'],
    );
    if (acceptance) {
      answer.acceptance = {
        by: check.text(acceptance.by, join(at, 'by')),
        until: check.date(acceptance.until, join(at, 'until')),
      };
    }
  }

  if (json.passwordCheck !== undefined) {
    const at = join(path, 'passwordCheck');
    const fields = ['kind', 'compliant', 'checkedAt'];
    const verdict = check.object(json.passwordCheck, at, fields, fields);
    if (verdict) {
      answer.passwordCheck = {
        kind: check.oneOf(verdict.kind, join(at, 'kind'), PASSWORD_KINDS) ?? 'user',
        compliant: check.boolean(verdict.compliant, join(at, 'compliant')),
        checkedAt: check.dateTime(verdict.checkedAt, join(at, 'checkedAt')),
      };
    }
  }

  return answer;
}
