// @zone-sensitive: deadlines as instants in zones and Date values; must not depend on the host's zone.
// Hardening II (issue 13, item 20): `Date.UTC(y, …)`, `new Date(y, …)` and `TZDate(y, …)` read the
// years 0–99 as 1900–1999, so a deadline in the year 50 came out in 1950. Every civil date now becomes
// a time value through src/_shared/dates.ts (test/package/civil-date-calls.test.ts keeps it so).
// Here: the helper against days-from-civil arithmetic written from first principles, for every year
// 0000–9999; the last instant of a day in a zone against Intl's own reading of that instant; and the
// public functions that reached each old call, on years 0–99.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { civilDate } from '../../src/_shared/civilDate';
import { addDays, civilToUtcMs, daysBetween, daysInMonth, endOfDayIn, fromUtcMs, isoFromCivil, toUtcMs, zoneOffsetMs } from '../../src/_shared/dates';
import { assessProgress } from '../../src/evaluate/assessProgress';
import { deadlineStatus } from '../../src/time/deadlineStatus';
import { parsePeriod } from '../../src/time/parsePeriod';
import { runs, SEED } from '../fuzz/harness';

const DAY = 86_400_000;

// ---- first principles, written here: the proleptic Gregorian calendar as integer arithmetic ----

const leap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const monthLength = (y: number, m: number) => [31, leap(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]!;
const iso = (y: number, m: number, d: number) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
const floorDiv = (a: number, b: number) => Math.floor(a / b);

/**
 * Days from 1970-01-01 to y-m-d (H. Hinnant's "days_from_civil"): count years from 1 March so the
 * leap day is the last day of the counted year; an era is 400 years = 146 097 days.
 */
function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = floorDiv(yy, 400);
  const yoe = yy - era * 400; // 0…399
  const mp = (m + 9) % 12; // March = 0 … February = 11
  const doy = floorDiv(153 * mp + 2, 5) + d - 1; // 0…365: 153 days in each five months from March
  const doe = yoe * 365 + floorDiv(yoe, 4) - floorDiv(yoe, 100) + doy; // 0…146096
  return era * 146_097 + doe - 719_468; // 719 468 days from 0000-03-01 to 1970-01-01
}

/** The inverse ("civil_from_days"). */
function civilFromDays(z: number): [number, number, number] {
  const shifted = z + 719_468;
  const era = floorDiv(shifted, 146_097);
  const doe = shifted - era * 146_097;
  const yoe = floorDiv(doe - floorDiv(doe, 1460) + floorDiv(doe, 36_524) - floorDiv(doe, 146_096), 365);
  const doy = doe - (365 * yoe + floorDiv(yoe, 4) - floorDiv(yoe, 100));
  const mp = floorDiv(5 * doy + 2, 153);
  const d = doy - floorDiv(153 * mp + 2, 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return [era * 400 + yoe + (m <= 2 ? 1 : 0), m, d];
}

/** The day before D/M of year Y, by hand (1 March → the last day of February, 1 January → 31 December of Y − 1). */
function dayBefore(y: number, m: number, d: number): string {
  if (d > 1) return iso(y, m, d - 1);
  if (m > 1) return iso(y, m - 1, monthLength(y, m - 1));
  return iso(y - 1, 12, 31);
}

/** The civil day of an instant in a zone, as Intl reads it (1 BC is the year 0). */
function dayInZone(ms: number, zone: string): string {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone: zone, era: 'short', year: 'numeric', month: 'numeric', day: 'numeric' }).formatToParts(new Date(ms));
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  const year = Number(part('year'));
  return iso(part('era') === 'BC' ? 1 - year : year, Number(part('month')), Number(part('day')));
}

// Years 0–99 are where Date.UTC went wrong: draw them as often as the rest of 0000–9999.
const year = fc.oneof(fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 9999 }));
const civil = year.chain((y) => fc.integer({ min: 1, max: 12 }).chain((m) => fc.integer({ min: 1, max: monthLength(y, m) }).map((d) => [y, m, d] as const)));

describe('the one helper: a civil date to a time value, every year 0000–9999', () => {
  it('hand-checked: the year 50 is 50, the year 0 is a leap year, the ends of the range', () => {
    // 0050-01-01: 1970 − 50 = 1920 years before 1970-01-01; 1920 × 365 + 465 leap days (years 52…1968
    // divisible by 4: 480, less 100, 200, 300, 500, 600, 700, 900, 1000, 1100, 1300, 1400, 1500, 1700,
    // 1800, 1900 = 15) = 701 265 days.
    expect(civilToUtcMs(50, 1, 1)).toBe(-701_265 * DAY);
    expect(fromUtcMs(civilToUtcMs(50, 1, 1))).toBe('0050-01-01');
    expect(daysInMonth(0, 2)).toBe(29);
    expect(daysInMonth(100, 2)).toBe(28);
    expect(daysInMonth(99, 2)).toBe(28);
    expect(daysInMonth(96, 2)).toBe(29);
    expect(isoFromCivil(0, 3, 0)).toBe('0000-02-29');
    expect(isoFromCivil(99, 12, 32)).toBe('0100-01-01');
    expect(isoFromCivil(50, 1, 0)).toBe('0049-12-31');
    expect(toUtcMs('0000-01-01')).toBe(-719_528 * DAY);
    expect(toUtcMs('9999-12-31')).toBe(2_932_896 * DAY);
    expect(addDays('0099-12-31', 1)).toBe('0100-01-01');
    expect(daysBetween('0001-01-01', '0100-01-01')).toBe(99 * 365 + 24);
  });

  it('property: the time value is days-from-civil × 1 day, and round-trips to the same y-m-d', () => {
    fc.assert(
      fc.property(civil, ([y, m, d]) => {
        const ms = civilToUtcMs(y, m, d);
        expect(ms).toBe(daysFromCivil(y, m, d) * DAY);
        expect(fromUtcMs(ms)).toBe(iso(y, m, d));
        expect(toUtcMs(iso(y, m, d))).toBe(ms);
        expect(civilFromDays(ms / DAY)).toEqual([y, m, d]);
        expect(daysInMonth(y, m)).toBe(monthLength(y, m));
      }),
      { seed: SEED, numRuns: runs(2000) },
    );
  });

  it('property: a day or month out of range carries over as days-from-civil counts it', () => {
    fc.assert(
      fc.property(civil, fc.integer({ min: -800, max: 800 }), ([y, m, d], k) => {
        const expected = civilFromDays(daysFromCivil(y, m, d) + k);
        // Keep to 0000–9999: the helper's callers never leave it.
        fc.pre(expected[0] >= 0 && expected[0] <= 9999);
        expect(isoFromCivil(y, m, d + k)).toBe(iso(...expected));
        expect(addDays(iso(y, m, d), k)).toBe(iso(...expected));
        expect(daysBetween(iso(y, m, d), iso(...expected))).toBe(k);
      }),
      { seed: SEED, numRuns: runs(1000) },
    );
  });

  it('every 1 January and 31 December of the years 0–120', () => {
    for (let y = 0; y <= 120; y += 1) {
      expect(civilToUtcMs(y, 1, 1)).toBe(daysFromCivil(y, 1, 1) * DAY);
      expect(civilToUtcMs(y, 12, 31)).toBe(daysFromCivil(y, 12, 31) * DAY);
    }
  });
});

// Zones with the awkward cases: offsets with seconds (local mean time), negative offsets under an
// hour (Monrovia −00:44:30 until 1972, London −00:01:15 before 1847), clocks that go back over
// midnight (São Paulo, Santiago, Havana, Asunción), clocks that skip midnight (Tehran 1977-03-21,
// Godthab), ±14 h, half hours, a fixed offset.
const ZONES = [
  'Asia/Ho_Chi_Minh',
  'UTC',
  'Etc/GMT-7',
  'America/New_York',
  'America/Sao_Paulo',
  'America/Santiago',
  'America/Havana',
  'America/Asuncion',
  'America/Godthab',
  'Asia/Tehran',
  'Asia/Kolkata',
  'Australia/Lord_Howe',
  'Pacific/Kiritimati',
  'Pacific/Apia',
  'Europe/London',
  'Africa/Monrovia',
  'Europe/Dublin',
] as const;

describe('endOfDayIn: the last instant of a civil day in a zone', () => {
  const check = (day: string, zone: string) => {
    const text = endOfDayIn(day, zone);
    expect(text).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}[+-]\d{2}:\d{2}$/);
    // The time shown is on that day; the string names an instant that is still on the day in the
    // zone, and the next millisecond is on a later day.
    expect(text.slice(0, 10)).toBe(day);
    const instant = Date.parse(text);
    expect(Number.isFinite(instant)).toBe(true);
    expect(dayInZone(instant, zone)).toBe(day);
    expect(dayInZone(instant + 1, zone) > day).toBe(true);
  };

  it('fixed offsets give 23:59:59.999 with the offset, in any year (0050 is not 1950)', () => {
    expect(endOfDayIn('0050-12-31', 'UTC')).toBe('0050-12-31T23:59:59.999+00:00');
    expect(endOfDayIn('0050-12-31', 'Etc/GMT-7')).toBe('0050-12-31T23:59:59.999+07:00');
    expect(endOfDayIn('0000-02-29', 'Etc/GMT+5')).toBe('0000-02-29T23:59:59.999-05:00');
    expect(endOfDayIn('9999-12-31', 'Asia/Ho_Chi_Minh')).toBe('9999-12-31T23:59:59.999+07:00');
    expect(endOfDayIn('2025-12-31', 'Asia/Ho_Chi_Minh')).toBe('2025-12-31T23:59:59.999+07:00');
  });

  it('a negative offset under an hour keeps its sign (Monrovia, −00:44:30 until 1972)', () => {
    expect(zoneOffsetMs('Africa/Monrovia', Date.parse('1960-01-01T00:00:00Z'))).toBe(-(44 * 60 + 30) * 1000);
    // 23:59:59.999 at −00:44:30 is 00:44:29.999Z; shown at −00:45 (rounded down) that is 23:59:29.999.
    expect(endOfDayIn('1960-01-01', 'Africa/Monrovia')).toBe('1960-01-01T23:59:29.999-00:45');
    expect(Date.parse(endOfDayIn('1960-01-01', 'Africa/Monrovia'))).toBe(Date.parse('1960-01-02T00:44:29.999Z'));
    check('1960-01-01', 'Africa/Monrovia');
  });

  it('clocks going back over midnight: the later 23:59:59.999 (the day lasts until then)', () => {
    // São Paulo, 14/15 March 1986: at 00:00 −02:00 the clocks went back to 23:00 −03:00.
    expect(endOfDayIn('1986-03-14', 'America/Sao_Paulo')).toBe('1986-03-14T23:59:59.999-03:00');
    check('1986-03-14', 'America/Sao_Paulo');
  });

  it('clocks skipping midnight: the instant before the jump (not a time on the next day)', () => {
    // Tehran, 21/22 March 1977: at 23:00 +03:30 the clocks went forward to 00:00 +04:30.
    expect(endOfDayIn('1977-03-21', 'Asia/Tehran')).toBe('1977-03-21T22:59:59.999+03:30');
    check('1977-03-21', 'Asia/Tehran');
  });

  it('property: any day 0000–9999 in any of the zones ends on that day, and the next millisecond does not', () => {
    const day = civil.map(([y, m, d]) => iso(y, m, d));
    fc.assert(
      fc.property(day, fc.constantFrom(...ZONES), (d, zone) => check(d, zone)),
      { seed: SEED, numRuns: runs(500) },
    );
  });

  it('property: the days around DST changes, 1970–2030', () => {
    const day = fc.integer({ min: daysFromCivil(1970, 1, 1), max: daysFromCivil(2030, 12, 31) }).map((z) => iso(...civilFromDays(z)));
    fc.assert(
      fc.property(day, fc.constantFrom(...ZONES), (d, zone) => check(d, zone)),
      { seed: SEED, numRuns: runs(500) },
    );
  });
});

describe('civilDate: the day of an instant in a zone, any instant of 0000–9999', () => {
  it('property: the same day as Intl reads it', () => {
    const instant = fc.integer({ min: daysFromCivil(0, 1, 2), max: daysFromCivil(9999, 12, 30) }).chain((z) => fc.integer({ min: 0, max: DAY - 1 }).map((t) => z * DAY + t));
    fc.assert(
      fc.property(instant, fc.constantFrom(...ZONES), (ms, zone) => {
        expect(civilDate(new Date(ms), zone, ['asOf'])).toBe(dayInZone(ms, zone));
      }),
      { seed: SEED, numRuns: runs(1000) },
    );
  });

  it('deadlineStatus reads 00:30Z on 1 January 1960 in Monrovia (−00:44:30) as 31 December 1959', () => {
    expect(deadlineStatus('Hằng năm', { asOf: '1960-01-01T00:30:00Z', zone: 'Africa/Monrovia' })).toMatchObject({ occurrence: 1959, deadline: '1959-12-31', daysLeft: 0 });
  });
});

describe('the public functions that reached a raw-year call, on years 0–99', () => {
  it('deadlineStatus, Hằng năm, as of 0050-06-01: due 0050-12-31 at 23:59:59.999 — not 1950', () => {
    const r = deadlineStatus('Hằng năm', { asOf: '0050-06-01', zone: 'UTC' });
    // 1 June → 31 December: 29 + 31 + 31 + 30 + 31 + 30 + 31 = 213 days.
    expect(r).toMatchObject({ status: 'in-progress', occurrence: 50, start: '0050-01-01', deadline: '0050-12-31', deadlineAt: '0050-12-31T23:59:59.999+00:00', daysLeft: 213 });
    // Vietnam time, the default zone: in the year 50 its offset is local mean time, with seconds.
    const vn = deadlineStatus('Hằng năm', { asOf: '0050-06-01' });
    expect(vn.deadlineAt?.slice(0, 10)).toBe('0050-12-31');
    const at = Date.parse(vn.deadlineAt as string);
    expect(dayInZone(at, 'Asia/Ho_Chi_Minh')).toBe('0050-12-31');
    expect(dayInZone(at + 1, 'Asia/Ho_Chi_Minh')).toBe('0051-01-01');
  });

  it('deadlineStatus, trước ngày 15/12, as of 0050-06-01: due 0050-12-14, 196 days left — not 1950-12-14', () => {
    const r = deadlineStatus('trước ngày 15/12', { asOf: '0050-06-01', zone: 'Etc/GMT-7' });
    // 1 June → 14 December: 29 + 31 + 31 + 30 + 31 + 30 + 14 = 196 days.
    expect(r).toMatchObject({ status: 'in-progress', occurrence: 50, deadline: '0050-12-14', deadlineAt: '0050-12-14T23:59:59.999+07:00', daysLeft: 196 });
    expect(deadlineStatus('trước ngày 15/12', { asOf: '0099-01-01', inclusive: true, zone: 'UTC' })).toMatchObject({ deadline: '0099-12-15', deadlineAt: '0099-12-15T23:59:59.999+00:00' });
  });

  it('deadlineStatus across a month and a year: 01/03 in the leap year 0, 01/01 in the year 50', () => {
    // The year 0 is divisible by 400, so a leap year (1900, which Date.UTC(0, …) gave, is not).
    expect(deadlineStatus('trước ngày 01/03', { asOf: '0000-01-15', zone: 'UTC' })).toMatchObject({ deadline: '0000-02-29', daysLeft: 31 - 15 + 29 });
    expect(deadlineStatus('trước ngày 01/01', { asOf: '0050-06-01', zone: 'UTC' })).toMatchObject({ status: 'overdue', deadline: '0049-12-31' });
    expect(deadlineStatus('trước ngày 29/02', { asOf: '0001-01-01', zone: 'UTC' })).toMatchObject({ deadline: '0001-02-28' });
  });

  it('property: trước ngày D/M, any year 0000–9999, is due the day before (a missing 29/02: 28/02)', () => {
    fc.assert(
      fc.property(year, fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), (y, m, d) => {
        fc.pre(d <= (m === 2 ? 29 : monthLength(2000, m)));
        const expected = d > monthLength(y, m) ? iso(y, m, monthLength(y, m)) : dayBefore(y, m, d);
        fc.pre(expected >= '0000-01-01');
        const r = deadlineStatus(`trước ngày ${d}/${m}`, { asOf: iso(y, 1, 1), zone: 'UTC' });
        expect(r.deadline).toBe(expected);
        expect(r.deadlineAt).toBe(`${expected}T23:59:59.999+00:00`);
        expect(r.daysLeft).toBe(daysFromCivil(...(expected.split('-').map(Number) as [number, number, number])) - daysFromCivil(y, 1, 1));
      }),
      { seed: SEED, numRuns: runs(500) },
    );
  });

  it('assessProgress: a trend in the years 45–49 is projected to reach its target on 0049-07-02 — not 1949, not null', () => {
    // Linear: 10 at the end of the year 45, 40 at the end of 48 (t = 45.0 and 48.0): 10 a year.
    // 45 is reached at t = 48.5, in the year 49 (common: 365 days): day ⌈0.5 × 365⌉ = 183 = 2 July
    // (31 + 28 + 31 + 30 + 31 + 30 = 181 days to the end of June).
    const p = assessProgress({ baseline: { date: '0045-12-31', value: 10 }, current: { date: '0048-12-31', value: 40 }, target: { kind: 'threshold', op: '>=', value: 45, by: '0050-12-31' }, method: 'linear' });
    expect(p).toMatchObject({ category: 'on-track', actualRate: 10, yearsLeft: 2, asOf: '0048-12-31', projectedAttainment: '0049-07-02' });
    expect(181 + 2).toBe(Math.ceil(0.5 * 365));
  });

  it('assessProgress: projected dates run to 9999-12-31 (the last day written YYYY-MM-DD), none after', () => {
    const trend = (value: number) => assessProgress({ baseline: { year: 2021, value: 10 }, current: { year: 2023, value: 11 }, target: { kind: 'threshold', op: '>=', value, by: '2025-12-31' }, method: 'linear' });
    // 0.5 a year from 11 at 2023.0: 249.75 at 2023 + 477.5 = 2500.5, in the year 2501, day ⌈0.5 × 365⌉ = 183.
    expect(trend(249.75).projectedAttainment).toBe('2501-07-02');
    // 5 000 only at 2023 + 9 978 = 12 001: no YYYY-MM-DD form.
    expect(trend(5000).projectedAttainment).toBeNull();
    // 3 999.5 at 2023 + 7 977 = 10 000.0, the end of the year 10 000: none either.
    expect(trend(3999.5).projectedAttainment).toBeNull();
    // 3 999 at 2023 + 7 976 = 9 999.0: the end of the year 9999.
    expect(trend(3999).projectedAttainment).toBe('9999-12-31');
  });

  it('parsePeriod: a strict "trước ngày" steps back across months and years through the helper (plans are dated 1900–2199)', () => {
    expect(parsePeriod('trước ngày 01/01/1900').end).toBe('1899-12-31');
    expect(parsePeriod('trước ngày 01/03/2000').end).toBe('2000-02-29');
    expect(parsePeriod('trước ngày 01/03/1900').end).toBe('1900-02-28');
    // A plan's year outside 1900–2199 is an error with its reason, never a date moved by 1900 years.
    expect(() => parsePeriod('trước ngày 15/12/0050')).toThrow('Expected text to be a year from 1900 to 2199 but got "trước ngày 15/12/0050".');
  });
});
