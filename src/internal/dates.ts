import { TZDate } from '@date-fns/tz';

// Calendar arithmetic on civil dates written YYYY-MM-DD, through UTC milliseconds, so the host's
// time zone never enters.
const DAY = 86_400_000;

export function isoFromParts(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

// Date.UTC reads the years 0–99 as 1900–1999; setUTCFullYear takes the year as given (0050 is 50).
function utcMs(year: number, monthIndex: number, day: number): number {
  if (year >= 100) return Date.UTC(year, monthIndex, day);
  const d = new Date(0);
  d.setUTCFullYear(year, monthIndex, day);
  return d.getTime();
}

export function daysInMonth(year: number, month: number): number {
  return new Date(utcMs(year, month, 0)).getUTCDate();
}

export function toUtcMs(iso: string): number {
  return utcMs(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
}

export function fromUtcMs(ms: number): string {
  const d = new Date(ms);
  return isoFromParts(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

export function addDays(iso: string, days: number): string {
  return fromUtcMs(toUtcMs(iso) + days * DAY);
}

/** Whole days from `a` to `b` (positive when `b` is later). */
export function daysBetween(a: string, b: string): number {
  return Math.round((toUtcMs(b) - toUtcMs(a)) / DAY);
}

/** The last instant of a civil day in a zone, as an ISO string with the zone's offset. */
export function endOfDayIn(iso: string, zone: string): string {
  return new TZDate(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)), 23, 59, 59, 999, zone).toISOString();
}
