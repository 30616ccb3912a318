import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import {
  acceptanceState,
  addMonths,
  clockParts,
  clockZone,
  dayIn,
  icuParts,
  daysBetween,
  isIsoDate,
  localDay,
  localTimeZone,
} from '../src/dates.js';
import { localParts } from '../src/report/format.js';

describe('dates', () => {
  it('accepts only real calendar days written YYYY-MM-DD', () => {
    expect(isIsoDate('2026-12-03')).toBe(true);
    expect(isIsoDate('2028-02-29')).toBe(true);
    for (const bad of [
      '2026-02-30',
      '2027-02-29',
      '2026-13-01',
      '2026-1-01',
      '03/12/2026',
      '',
    ]) {
      expect(isIsoDate(bad), bad).toBe(false);
    }
  });

  it('reads the day in the customer time zone, not in UTC', () => {
    const lateEvening = new Date('2026-12-31T23:30:00Z');
    expect(dayIn(lateEvening, 'UTC')).toBe('2026-12-31');
    expect(dayIn(lateEvening, 'Europe/Paris')).toBe('2027-01-01');
    expect(dayIn(lateEvening, 'America/Martinique')).toBe('2026-12-31');
  });

  it('reads the local day as the local time zone has it, at every hour around midnight', () => {
    const zone = process.env.TZ;
    try {
      for (const tz of [
        'UTC',
        'Europe/Paris',
        'America/Martinique',
        'Pacific/Kiritimati',
        'UTC+5',
        'GMT-3',
        'IST-5:30',
      ]) {
        process.env.TZ = tz;
        expect(() => dayIn(new Date(), localTimeZone()), tz).not.toThrow();
        for (let hour = 0; hour < 48; hour++) {
          const now = new Date(Date.UTC(2026, 11, 31, hour - 14, 30));
          expect(localDay(now), `${tz} ${now.toISOString()}`).toBe(
            dayIn(now, localTimeZone()),
          );
        }
      }
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });

  it('names a zone written as an offset by the offset the clock keeps', () => {
    const zone = process.env.TZ;
    try {
      const named: Record<string, string> = {
        'UTC+5': 'Etc/GMT+5',
        'GMT-3': 'Etc/GMT-3',
      };
      for (const [tz, expected] of Object.entries(named)) {
        process.env.TZ = tz;
        expect(localTimeZone(), tz).toBe(expected);
        // The record's day is the day the machine's clock shows.
        const now = new Date(Date.UTC(2025, 2, 2, 2));
        expect(dayIn(now, localTimeZone()), tz).toBe(`2025-03-0${now.getDate()}`);
      }
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });

  it('counts days and adds months, clamping to shorter months', () => {
    expect(daysBetween('2026-12-03', '2027-01-02')).toBe(30);
    expect(addMonths('2026-12-03', 12)).toBe('2027-12-03');
    expect(addMonths('2026-08-31', 6)).toBe('2027-02-28');
    expect(addMonths('2027-08-31', 6)).toBe('2028-02-29');
  });

  it('keeps an acceptance valid until the end of its last day', () => {
    const tz = 'Europe/Paris';
    expect(acceptanceState('2027-03-31', new Date('2027-03-31T21:59:00Z'), tz)).toEqual({
      state: 'ending-soon',
      daysLeft: 0,
    });
    expect(acceptanceState('2027-03-31', new Date('2027-03-31T22:00:00Z'), tz)).toEqual({
      state: 'expired',
      daysAgo: 1,
    });
  });

  it('announces an acceptance that ends within thirty days', () => {
    const now = new Date('2027-03-01T12:00:00Z');
    expect(acceptanceState('2027-03-31', now, 'UTC')).toEqual({
      state: 'ending-soon',
      daysLeft: 30,
    });
    expect(acceptanceState('2027-04-01', now, 'UTC')).toEqual({
      state: 'valid',
      daysLeft: 31,
    });
  });
});

describe('the zone the clock keeps', () => {
  // A zone file tree of its own, laid out as tzdata lays it out, with
  // /etc/localtime's stand-ins linking into it.
  const dir = mkdtempSync(join(tmpdir(), 'oxo-harden-zone-'));
  const zoneinfo = join(dir, 'usr', 'share', 'zoneinfo');
  for (const zone of ['Europe/Paris', 'America/Martinique', 'Etc/UTC', 'Etc/GMT-3']) {
    mkdirSync(dirname(join(zoneinfo, zone)), { recursive: true });
    writeFileSync(join(zoneinfo, zone), 'TZif2');
  }
  mkdirSync(join(zoneinfo, 'US'));
  symlinkSync('../Europe/Paris', join(zoneinfo, 'US', 'Elsewhere'));
  mkdirSync(join(zoneinfo, 'posix', 'Europe'), { recursive: true });
  writeFileSync(join(zoneinfo, 'posix', 'Europe', 'Paris'), 'TZif2');
  mkdirSync(join(zoneinfo, 'America'), { recursive: true });
  writeFileSync(join(zoneinfo, 'America', 'Ciudad_Nueva'), 'TZif2');
  let links = 0;
  const linkTo = (target: string) => {
    const link = join(dir, `localtime-${links++}`);
    symlinkSync(target, link);
    return link;
  };
  const zoneFile = (zone: string) => linkTo(join(zoneinfo, zone));
  const withoutTZ = (run: () => void) => {
    const zone = process.env.TZ;
    delete process.env.TZ;
    try {
      run();
    } finally {
      if (zone !== undefined) process.env.TZ = zone;
    }
  };

  it('is named after the zone file /etc/localtime leads to, when TZ is not set', () => {
    expect(clockZone({}, zoneFile('Europe/Paris'))).toBe('Europe/Paris');
    expect(clockZone({}, zoneFile('America/Martinique'))).toBe('America/Martinique');
    expect(clockZone({}, zoneFile('posix/Europe/Paris'))).toBe('Europe/Paris');
    expect(clockZone({}, zoneFile('Etc/UTC'))).toBe('UTC');
    // A link to a link: the file it ends at names the zone.
    expect(clockZone({}, zoneFile('US/Elsewhere'))).toBe('Europe/Paris');
  });

  it('is left to ICU when TZ is set, even empty, or when the file is not a zone ICU lists', () => {
    const paris = zoneFile('Europe/Paris');
    expect(clockZone({ TZ: 'Europe/Paris' }, paris)).toBeNull();
    // The clock reads an empty TZ as UTC, whatever the link says.
    expect(clockZone({ TZ: '' }, paris)).toBeNull();
    expect(clockZone({}, join(dir, 'nothing-here'))).toBeNull();
    const copied = join(dir, 'copied');
    writeFileSync(copied, 'TZif2');
    expect(clockZone({}, copied)).toBeNull();
    expect(clockZone({}, linkTo(join(dir, 'no-such-zone')))).toBeNull();
    // Zones ICU names otherwise, or does not know.
    expect(clockZone({}, zoneFile('Etc/GMT-3'))).toBeNull();
    expect(clockZone({}, zoneFile('America/Ciudad_Nueva'))).toBeNull();
  });

  it('reads the clock’s day and time as ICU reads them in the clock’s zone, across a change of hour', () => {
    const zone = process.env.TZ;
    try {
      for (const tz of ['Europe/Paris', 'America/Martinique', 'Pacific/Chatham']) {
        process.env.TZ = tz;
        for (let step = 0; step < 60; step++) {
          const when = new Date(Date.UTC(2026, 2, 29, 0, 37) + step * 97 * 60_000);
          expect(clockParts(when), `${tz} ${when.toISOString()}`).toEqual(
            icuParts(when, tz),
          );
        }
      }
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });

  it('on this machine, is the zone ICU finds, with the same days and times, and needs no date formatter', () => {
    withoutTZ(() => {
      const zone = clockZone();
      expect(zone, 'this machine links /etc/localtime to its zone').not.toBeNull();
      const icu = Intl.DateTimeFormat().resolvedOptions().timeZone;
      expect(
        new Intl.DateTimeFormat('en', { timeZone: zone! }).resolvedOptions().timeZone,
      ).toBe(new Intl.DateTimeFormat('en', { timeZone: icu }).resolvedOptions().timeZone);
      const instants = Array.from(
        { length: 60 },
        (_, index) => new Date(Date.UTC(2026, 2, 29, 0, 37) + index * 97 * 60_000),
      );
      const byIcu = instants.map((when) => icuParts(when, zone!));

      const made = vi.spyOn(Intl, 'DateTimeFormat');
      try {
        expect(localTimeZone()).toBe(zone);
        expect(instants.map((when) => localParts(when.toISOString(), zone!))).toEqual(
          byIcu,
        );
        expect(instants.map((when) => dayIn(when, zone!))).toEqual(
          byIcu.map(({ date }) => date),
        );
        expect(made).not.toHaveBeenCalled();
      } finally {
        made.mockRestore();
      }
    });
  });
});
