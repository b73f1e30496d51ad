import * as z from 'zod/mini';
import { civilDate } from '../_shared/civilDate';
import { addDays } from '../_shared/dates';
import { fail } from '../_shared/issue';
import { parseOrThrow } from '../_shared/zod';
import { refuseBeforeLaw } from './_internal/refuseBeforeLaw';
import { workingDayTest, type WorkingCalendarOptions } from './workingCalendar';

/**
 * The last day of a period of `n` working days that starts on `date` — the day a dossier received on
 * `date` with an `n`-working-day limit is due — counted as the Civil Code 2015 counts periods
 * (Bộ luật Dân sự 2015, Articles 147–148): the day of the event is not counted (147.2); the period ends
 * at the end (24:00) of its last day (148.1, 148.6); a last day that is not a working day moves to the
 * next working day (148.5).
 *
 * - `n ≥ 1`: the n-th working day strictly after `date` (`date` itself never counts, working day or not);
 * - `n = 0`: `date` when it is a working day, otherwise the next working day;
 * - `n ≤ −1`: the |n|-th working day strictly before `date` (e.g. "at least 3 working days before").
 *
 * For `n ≥ 1`, `workingDaysBetween(date, addWorkingDays(date, n)) === n`.
 *
 * @param date - the day of the event, a civil date `YYYY-MM-DD` or a `Date` read in the calendar's zone
 * @param n - the number of working days, an integer from −73000 to 73000
 * @param calendar - a `workingCalendar(…)` or its options (default: Saturday and Sunday off, the holiday
 *   law since 1995 and the shipped official schedules)
 * @returns the due day, `YYYY-MM-DD` (the period ends at its end)
 * @throws {ChisoError} for an invalid date, a non-integer `n`, an invalid calendar, a `date` before the
 *   first rule of the calendar's holiday law (1995-01-01 by default; a count going back past it names
 *   `n`), or a result outside 1900-01-01 … 2199-12-31
 *
 * @example
 * // Received on Friday 24/1/2025, the last working day before the Tết break (25/1–2/2/2025):
 * addWorkingDays('2025-01-24', 3);
 * //=> '2025-02-05'
 *
 * addWorkingDays('2025-02-01', 0);
 * //=> '2025-02-03'
 *
 * addWorkingDays('2025-02-03', -1);
 * //=> '2025-01-24'
 */
export function addWorkingDays(date: Date | string, n: number, calendar?: WorkingCalendarOptions): string {
  const count = parseOrThrow(z.int().check(z.gte(-73000), z.lte(73000)), n, ['n']);
  const { calendar: cal, isWorking, from } = workingDayTest(calendar, ['calendar']);
  let day = civilDate(date, cal.zone, ['date']);
  const outside = (iso: string) => iso < '1900-01-01' || iso > '2199-12-31';
  if (outside(day)) return fail({ code: 'out_of_range', path: ['date'], field: 'date', expected: 'a date from 1900-01-01 to 2199-12-31', received: day });
  if (from !== null && day < from) return refuseBeforeLaw(day, cal.law, ['date']);
  const step = count < 0 ? -1 : 1;
  let left = Math.abs(count);
  if (left === 0 && isWorking(day)) return day;
  if (left === 0) left = 1;
  while (left > 0) {
    day = addDays(day, step);
    if (outside(day)) return fail({ code: 'out_of_range', path: ['n'], field: 'n', expected: 'a count whose due day falls from 1900-01-01 to 2199-12-31', received: n });
    if (from !== null && day < from) {
      return fail({ code: 'out_of_range', path: ['n'], field: 'n', expected: `a count whose due day falls on or after ${from}, the first day the calendar's holiday law covers`, received: n });
    }
    if (isWorking(day)) left -= 1;
  }
  return day;
}
