import { daysInMonth, isoFromCivil, isoFromParts } from '../../_shared/dates';
import type { ParsedPeriod } from '../../model/period';

/**
 * The fixed window of a period for a given year: a recurring period resolves to that year's
 * occurrence (`Hằng năm` → the whole year; `trước ngày 15/12` → on time until 14/12 of that year,
 * or 15/12 when inclusive). A day that the year lacks (29/02 in a common year) is on time through
 * the month's last day (28/02), strictly or inclusively: no day of that year lies between them.
 * A conditional period has no window.
 */
export function resolvePeriod(period: ParsedPeriod, year: number): { start: string | null; end: string | null; year: number | null } {
  if (period.kind === 'yearly') return { start: isoFromParts(year, 1, 1), end: isoFromParts(year, 12, 31), year };
  if (period.kind === 'yearly-before') {
    const month = period.recurrence?.month ?? 12;
    const day = period.recurrence?.day ?? 31;
    // 29/02 in a common year: every day of February is before it, so 28/02 is on time under both readings.
    if (day > daysInMonth(year, month)) return { start: null, end: isoFromParts(year, month, daysInMonth(year, month)), year };
    return { start: null, end: isoFromCivil(year, month, period.recurrence?.inclusive === true ? day : day - 1), year };
  }
  return { start: period.start, end: period.end, year: null };
}
