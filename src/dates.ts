/**
 * Calendar dates as the installer writes them (YYYY-MM-DD), and the life of
 * a risk acceptance. Dates are compared in the time zone the visit was
 * recorded in, because "until 31 March" means the end of that day where the
 * customer is, not in UTC.
 */

import { realpathSync } from 'node:fs';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar day written YYYY-MM-DD (no 2026-02-30). */
export function isIsoDate(text: string): boolean {
  const match = ISO_DATE.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));

  return (
    date.getUTCFullYear() === year &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day
  );
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The calendar day `now` falls on in `timeZone`, as YYYY-MM-DD. */
export function dayIn(now: Date, timeZone: string): string {
  return timeZone === clockZone() ? clockDay(now) : icuParts(now, timeZone).date;
}

/**
 * The day and time of day `when` falls on in `timeZone`, as YYYY-MM-DD and
 * HH:MM, read by ICU. Throws for a zone ICU does not know.
 */
export function icuParts(when: Date, timeZone: string): { date: string; time: string } {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(when);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';

  return {
    date: `${part('year')}-${part('month')}-${part('day')}`,
    time: `${part('hour')}:${part('minute')}`,
  };
}

/**
 * The calendar day `now` falls on where this machine is, as YYYY-MM-DD:
 * the same day as `dayIn(now, localTimeZone())`. Where the zone is a name
 * (or the system's own), the clock's local fields are that zone's, which
 * saves building a date formatter while the wizard's first frame waits.
 * A POSIX zone written with its offset ("UTC+5", "IST-5:30") goes the long
 * way, because the time zone database does not read those as the clock does.
 */
export function localDay(now: Date, env: NodeJS.ProcessEnv = process.env): string {
  if (/\d/.test(env.TZ ?? '')) return dayIn(now, localTimeZone());

  return clockDay(now);
}

const clockDay = (now: Date) =>
  `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;

/** The day and time of day on this machine's clock, as YYYY-MM-DD and HH:MM. */
export const clockParts = (when: Date) => ({
  date: clockDay(when),
  time: `${pad(when.getHours())}:${pad(when.getMinutes())}`,
});

/** The zone files of no offset, which ICU calls UTC. */
const UTC_NAMES = /^(?:Etc\/)?(?:UTC|UCT|Universal|Zulu|Greenwich|GMT(?:[+-]?0)?)$/;

/**
 * The zone the machine's clock keeps when TZ is not set, by the name of the
 * zone file /etc/localtime leads to, links followed: the file ICU itself
 * reads on Linux and macOS, named without the 30 ms that ICU's first date
 * formatter takes to load. Only a name ICU lists as a zone of its own is
 * given (its list costs nothing to read). Null when TZ is set, even empty,
 * where there is no such file (Windows, a copied file), or for a name ICU
 * does not list (a link's, a zone newer than Node's ICU): then ICU tells.
 */
export function clockZone(
  env: NodeJS.ProcessEnv = process.env,
  link = '/etc/localtime',
): string | null {
  if (env.TZ !== undefined) return null;
  let target: string;
  try {
    target = realpathSync(link).replaceAll('\\', '/');
  } catch {
    return null;
  }
  const at = target.lastIndexOf('/zoneinfo/');
  if (at < 0) return null;
  const name = target.slice(at + '/zoneinfo/'.length).replace(/^posix\//, '');
  if (UTC_NAMES.test(name)) return 'UTC';

  icuZones ??= new Set(Intl.supportedValuesOf('timeZone'));

  return icuZones.has(name) ? name : null;
}

let icuZones: Set<string> | undefined;

function isKnownZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-CA', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/**
 * The machine's time zone, by a name the time zone database accepts. A
 * zone it cannot name (TZ=UTC+5 gives none, TZ=GMT-3 one it then refuses)
 * is the clock's offset from UTC as an Etc/GMT zone, whose sign is the
 * POSIX one: Etc/GMT-3 is three hours ahead.
 */
export function localTimeZone(): string {
  const linked = clockZone();
  if (linked) return linked;
  const named = Intl.DateTimeFormat().resolvedOptions().timeZone;
  if (named && isKnownZone(named)) return named;
  const ahead = -new Date().getTimezoneOffset();
  if (ahead === 0 || ahead % 60 !== 0) return 'UTC';

  return `Etc/GMT${ahead > 0 ? '-' : '+'}${Math.abs(ahead / 60)}`;
}

/** Whole days from `from` to `to`, both YYYY-MM-DD. */
export function daysBetween(from: string, to: string): number {
  const ms = Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`);

  return Math.round(ms / 86_400_000);
}

/** The same day `months` later, clamped to the end of a shorter month. */
export function addMonths(date: string, months: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(
    Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0),
  ).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));

  return target.toISOString().slice(0, 10);
}

/** How long before its end an acceptance is announced as ending soon. */
export const ACCEPTANCE_WARNING_DAYS = 30;

export type AcceptanceState =
  | { state: 'valid'; daysLeft: number }
  | { state: 'ending-soon'; daysLeft: number }
  | { state: 'expired'; daysAgo: number };

/**
 * An acceptance holds until the end of its `until` day in `timeZone`: on
 * that day it is still valid (0 days left), the next day it has expired.
 */
export function acceptanceState(
  until: string,
  now: Date,
  timeZone: string,
): AcceptanceState {
  const left = daysBetween(dayIn(now, timeZone), until);
  if (left < 0) return { state: 'expired', daysAgo: -left };
  if (left <= ACCEPTANCE_WARNING_DAYS) return { state: 'ending-soon', daysLeft: left };

  return { state: 'valid', daysLeft: left };
}
