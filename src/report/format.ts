/**
 * Dates, times and values as a report prints them. Month names come from
 * the locale rather than from the platform's Intl data, so that the same
 * record renders to the same text on any machine: `verify` relies on that
 * when it compares a page with the record it carries.
 */
import { clockParts, clockZone, icuParts } from '../dates.js';
import type { Messages } from '../i18n.js';
import type { RecordItem } from '../record.js';
import type { Item } from '../catalogue.js';

/** "2025-03-14" → "14 March 2025" / "14 mars 2025". */
export function formatDate(m: Messages, iso: string): string {
  const [year = '', month = '', day = ''] = iso.split('-');
  const name = m.report.months[Number(month) - 1];
  if (!name) return iso;

  return m.report.date({ day: String(Number(day)), month: name, year });
}

/** The calendar day and the time of day an instant falls on in `timeZone`. */
export function localParts(
  instant: string,
  timeZone: string,
): { date: string; time: string } {
  const when = new Date(instant);
  if (isNaN(when.getTime())) return { date: instant, time: '' };
  // A bare date has no time of day to convert.
  if (/^\d{4}-\d{2}-\d{2}$/.test(instant)) return { date: instant, time: '' };
  if (timeZone === clockZone()) return clockParts(when);
  try {
    return icuParts(when, timeZone);
  } catch {
    return localParts(instant, 'UTC');
  }
}

/** "14 March 2025 at 17:42", read in the record's time zone. */
export function formatDateTime(m: Messages, instant: string, timeZone: string): string {
  const { date, time } = localParts(instant, timeZone);
  const day = formatDate(m, date);

  return time ? m.report.dateTime({ date: day, time }) : day;
}

/** The value found on the system, as the installer would read it in OMC. */
export function formatValue(
  m: Messages,
  item: Item | undefined,
  entry: RecordItem,
): string | null {
  const value = entry.value;
  if (value === null) return null;
  if (Array.isArray(value)) return value.length > 0 ? value.join(', ') : m.report.none;
  if (item?.answer.kind === 'hex-port' && typeof value === 'string') {
    const port = parseInt(value.replace(/\s+/g, ''), 16);
    return Number.isNaN(port)
      ? value
      : m.report.hexPort({ hex: value, port: String(port) });
  }

  return String(value);
}

/** The value the note recommends, for the items that have one. */
export function recommendedValue(item: Item | undefined): string | null {
  if (item?.answer.kind === 'hex-byte') return item.answer.recommended;
  if (item?.answer.kind === 'port' && item.answer.recommended !== undefined) {
    return String(item.answer.recommended);
  }

  return null;
}
