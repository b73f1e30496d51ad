import { fromUtcMs, zoneOffsetMs } from './dates';
import { fail } from './issue';

/** The default zone for dates and deadlines: Vietnam time (UTC+7, no daylight saving). */
export const DEFAULT_ZONE = 'Asia/Ho_Chi_Minh';

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Checks an IANA zone name (an invalid one would otherwise turn every date into NaN). */
export function checkZone(zone: unknown, path: readonly (string | number)[]): string {
  if (typeof zone === 'string' && zone.length > 0) {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: zone });
      return zone;
    } catch {
      // fall through to the error
    }
  }
  return fail({ code: 'invalid_value', path, field: 'zone', expected: 'an IANA time-zone name such as "Asia/Ho_Chi_Minh"', received: zone });
}

/** Whether `YYYY-MM-DD` names a real day of the proleptic Gregorian calendar. */
export function isRealDate(text: string): boolean {
  const m = DATE_ONLY.exec(text);
  if (m === null) return false;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (mo < 1 || mo > 12 || d < 1) return false;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][mo - 1] ?? 0;
  return d <= days;
}

/**
 * Whether a deadline has passed on the civil day `asOf`: only once `asOf` is after the deadline's
 * last on-time day. The deadline day itself is still on time (until 23:59:59.999 in the zone), so a
 * figure dated on it, or a year's figure (dated 31 December) for a deadline of 31 December, never
 * makes the deadline passed by itself. The one rule for `deadlineStatus` (`overdue`),
 * `assessProgress` (`missed`) and everything built on them. Both days are `YYYY-MM-DD`, so the
 * comparison is on text.
 */
export function deadlinePassed(asOf: string, deadline: string): boolean {
  return asOf > deadline;
}

/**
 * The civil date (`YYYY-MM-DD`) of `asOf` in `zone`: a date-only string is taken as that day; a
 * `Date` or an ISO date-time with an offset is an instant, read in the zone. The host's time zone
 * never enters.
 */
export function civilDate(asOf: unknown, zone: string, path: readonly (string | number)[]): string {
  if (typeof asOf === 'string' && DATE_ONLY.test(asOf)) {
    if (isRealDate(asOf)) return asOf;
    return fail({ code: 'invalid_format', path, field: 'asOf', expected: 'a real calendar date written YYYY-MM-DD', received: asOf });
  }
  let instant: Date | undefined;
  if (asOf instanceof Date) instant = asOf;
  else if (typeof asOf === 'string' && /^\d{4}-\d{2}-\d{2}T[\d:.]+(?:Z|[+-]\d{2}:\d{2})$/.test(asOf)) instant = new Date(asOf);
  if (instant === undefined || Number.isNaN(instant.getTime())) {
    return fail({
      code: 'invalid_type',
      path,
      field: 'asOf',
      expected: 'a valid Date, a date YYYY-MM-DD or an ISO date-time with an offset',
      received: asOf instanceof Date ? 'Invalid Date' : asOf,
    });
  }
  // The instant's wall clock in the zone, read through UTC, so the host's zone never enters.
  const ms = instant.getTime();
  const iso = fromUtcMs(ms + zoneOffsetMs(zone, ms));
  if (!isRealDate(iso)) {
    // Years beyond 0000–9999 have no YYYY-MM-DD form (and near ±8.64e15 ms the zone offset overflows).
    return fail({ code: 'out_of_range', path, field: 'asOf', expected: 'an instant in the years 0000 to 9999', received: Number.isFinite(instant.getTime()) ? instant.toISOString() : 'Invalid Date' });
  }
  return iso;
}
