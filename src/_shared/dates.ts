import { fail } from './issue';

// The one place where a civil date (year, month, day) becomes a time value. Calendar arithmetic on
// civil dates written YYYY-MM-DD goes through UTC milliseconds, so the host's time zone never enters.
//
// Why one place: `Date.UTC(y, …)`, `new Date(y, …)` and date-fns' `TZDate(y, …)` read the years 0–99
// as 1900–1999 (a relic of two-digit years), so `Date.UTC(50, 0, 1)` is 1950-01-01. The library
// accepts every year 0000–9999 (`--as-of 0050-06-01`), and a call with a raw year anywhere else
// silently moved such a date 1900 years. `setUTCFullYear` takes its year as given, in every year.
// test/package/civil-date-calls.test.ts fails if `Date.UTC(` or a multi-argument `new Date(` /
// `TZDate(` appears in any other file of src/.
const DAY = 86_400_000;
const MINUTE = 60_000;

export function isoFromParts(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * Milliseconds since 1970-01-01T00:00Z of 00:00 UTC on the civil day `year`-`month`-`day` of the
 * proleptic Gregorian calendar (`month` 1–12), for any year as written (50 is the year 50, not 1950).
 * A month or day out of range carries over as `Date.UTC` does (day 0 is the previous month's last day,
 * day 32 of January is 1 February), so day-of-year and day-offset arithmetic need no special case.
 */
export function civilToUtcMs(year: number, month: number, day: number): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  return d.getTime();
}

/** The civil day (UTC) of a time value, as `YYYY-MM-DD`. */
export function fromUtcMs(ms: number): string {
  const d = new Date(ms);
  return isoFromParts(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** The civil date `year`-`month`-`day`, normalised (a day or month out of range carries over), as `YYYY-MM-DD`. */
export function isoFromCivil(year: number, month: number, day: number): string {
  return fromUtcMs(civilToUtcMs(year, month, day));
}

export function daysInMonth(year: number, month: number): number {
  return new Date(civilToUtcMs(year, month + 1, 0)).getUTCDate();
}

export function toUtcMs(iso: string): number {
  return civilToUtcMs(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10)));
}

export function addDays(iso: string, days: number): string {
  return fromUtcMs(toUtcMs(iso) + days * DAY);
}

/** Whole days from `a` to `b` (positive when `b` is later). */
export function daysBetween(a: string, b: string): number {
  return Math.round((toUtcMs(b) - toUtcMs(a)) / DAY);
}

// One formatter per zone, made on first use (a formatter costs far more than a reading).
let offsetFormats: Map<string, Intl.DateTimeFormat> | undefined;

/**
 * The zone's UTC offset at an instant, in milliseconds (historical offsets can have seconds), read
 * from Intl's `GMT±hh:mm[:ss]`. Not `@date-fns/tz`'s `tzOffset`: it drops the sign of an offset
 * between −01:00 and 00:00 (`GMT-00:44:30`, Monrovia until 1972, reads as +00:44:30).
 */
export function zoneOffsetMs(zone: string, ms: number): number {
  offsetFormats ??= new Map();
  let format = offsetFormats.get(zone);
  if (format === undefined) {
    format = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' });
    offsetFormats.set(zone, format);
  }
  const name = format.formatToParts(ms).find((p) => p.type === 'timeZoneName')?.value ?? '';
  const m = /^GMT(?:([+-])(\d{2}):(\d{2})(?::(\d{2}))?)?$/.exec(name);
  if (m === null) return fail({ code: 'invalid_value', path: [], field: 'zone', expected: 'an IANA time-zone name such as "Asia/Ho_Chi_Minh"', received: zone });
  if (m[1] === undefined) return 0;
  const size = (Number(m[2]) * 3600 + Number(m[3]) * 60 + Number(m[4] ?? 0)) * 1000;
  return m[1] === '-' ? -size : size;
}

/**
 * The last instant of a civil day in a zone, as an ISO string with the zone's offset
 * (`2025-12-31T23:59:59.999+07:00`): the instant just before the next day begins there. Computed
 * from the zone's offsets alone — not through `TZDate`'s constructor, which reads the year 50 as
 * 1950, goes through the host's zone, and lands on the next day where the clocks skip midnight.
 * When the clocks go back over midnight, the later of the two 23:59:59.999 is the last instant of
 * the day; when they skip it, the instant before the jump.
 *
 * An offset with seconds (local mean time before standard time, e.g. +07:06:30 in Saigon before
 * 1906) has no ISO form: it is written in whole minutes, rounded down so that the time shown stays
 * on the same day (`1900-12-14T23:59:29.999+07:06`), and the string still names the exact instant.
 */
export function endOfDayIn(iso: string, zone: string): string {
  // The last millisecond of the day as a wall-clock reading, counted as if it were UTC.
  const wall = toUtcMs(iso) + DAY - 1;
  // Offsets vary by at most one transition within a day either side; try each one in force nearby.
  const candidates = [zoneOffsetMs(zone, wall - DAY), zoneOffsetMs(zone, wall), zoneOffsetMs(zone, wall + DAY)];
  let end = Number.NEGATIVE_INFINITY;
  for (const offset of candidates) {
    const instant = wall - offset;
    if (zoneOffsetMs(zone, instant) === offset && instant > end) end = instant;
  }
  if (end === Number.NEGATIVE_INFINITY) {
    // The clocks went forward across that reading: the day ends just before the jump. Search for it
    // between the instants the two offsets give: before the jump the clock reads earlier, after it later.
    let lo = wall - Math.max(...candidates);
    let hi = wall - Math.min(...candidates);
    while (hi - lo > 1) {
      const mid = Math.floor((lo + hi) / 2);
      if (mid + zoneOffsetMs(zone, mid) > wall) hi = mid;
      else lo = mid;
    }
    end = lo;
  }
  const offsetMinutes = Math.floor(zoneOffsetMs(zone, end) / MINUTE);
  const shown = new Date(end + offsetMinutes * MINUTE).toISOString().slice(0, -1);
  const abs = Math.abs(offsetMinutes);
  return `${shown}${offsetMinutes < 0 ? '-' : '+'}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}
