/**
 * What a typed text must be before the wizard takes it. The screens show
 * the error and stay on the field; the reducer refuses the same texts, so
 * a state saved to disk never holds one.
 */
import { daysBetween, isIsoDate } from '../dates.js';
import type { FormField, SiteField } from './types.js';

export type FieldError = 'required' | 'date' | 'past';

/** Fields a report cannot do without; the others may stay empty. */
const REQUIRED_SITE_FIELDS: readonly SiteField[] = ['customer', 'name', 'installer'];

export function siteFieldError(field: SiteField, value: string): FieldError | null {
  const text = value.trim();
  if (field === 'date') return isIsoDate(text) ? null : 'date';
  if (REQUIRED_SITE_FIELDS.includes(field) && text === '') return 'required';

  return null;
}

/** `today` is YYYY-MM-DD: an acceptance may end today, not before. */
export function formFieldError(
  field: FormField,
  value: string,
  today: string,
): FieldError | null {
  const text = value.trim();
  if (text === '') return 'required';
  if (field !== 'until') return null;
  if (!isIsoDate(text)) return 'date';

  return daysBetween(today, text) < 0 ? 'past' : null;
}

export function signerError(value: string): FieldError | null {
  return value.trim() === '' ? 'required' : null;
}
