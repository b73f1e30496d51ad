import type { Period } from '../observation';

/**
 * The sort key of a period: a year counts as its last day, after every date within it, so a year
 * figure supersedes a date within it and periods sort as their keys do (by code unit).
 *
 * @param period - a year or an ISO date
 * @returns the key
 *
 * @example
 * periodKey(2024);
 * //=> '2024-12-31~'
 * periodKey('2024-06-30');
 * //=> '2024-06-30'
 */
export function periodKey(period: Period): string {
  return typeof period === 'number' ? `${period}-12-31~` : period;
}

/**
 * Whether an observation of a period may be used on day `asOf`: a date on or before it, a year from
 * any day of that year on.
 *
 * @param period - a year or an ISO date
 * @param asOf - a `YYYY-MM-DD` civil date
 * @param asOfYear - the year of `asOf`, for a caller that asks many times
 * @returns whether it may be used
 *
 * @example
 * periodUsable(2024, '2024-01-01');
 * //=> true
 * periodUsable('2024-06-30', '2024-06-29');
 * //=> false
 */
export function periodUsable(period: Period, asOf: string, asOfYear = Number(asOf.slice(0, 4))): boolean {
  return typeof period === 'number' ? period <= asOfYear : period <= asOf;
}
