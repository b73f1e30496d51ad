import { civilDate } from '../_shared/civilDate';
import { addDays } from '../_shared/dates';
import { fail } from '../_shared/issue';
import { refuseBeforeLaw } from './_internal/refuseBeforeLaw';
import { workingDayTest, type WorkingCalendarOptions } from './workingCalendar';

/**
 * The number of working days from `a` to `b`, counted as the Civil Code 2015 counts a period from an
 * event (Article 147.2: the first day is not counted): the working days in (a, b] — after `a`, up to
 * and including `b`. When `b` is before `a` the count is negative: −(the working days in (b, a]), so
 * `workingDaysBetween(a, b) === −workingDaysBetween(b, a)`; when `a` and `b` are the same day, 0.
 *
 * Used to judge a deadline: a dossier received on `a` and returned on `b` took
 * `workingDaysBetween(a, b)` working days, and is on time for an `n`-day limit when that is at most `n`
 * (equivalently, `b <= addWorkingDays(a, n)`).
 *
 * @param a - the start (the day of the event), `YYYY-MM-DD` or a `Date` read in the calendar's zone
 * @param b - the end, likewise
 * @param calendar - a `workingCalendar(…)` or its options (default: Saturday and Sunday off, the holiday
 *   law since 1995 and the shipped official schedules)
 * @returns the signed number of working days
 * @throws {ChisoError} for an invalid or out-of-range (1900–2199) date, a date before the first rule of
 *   the calendar's holiday law (1995-01-01 by default), an invalid calendar
 *
 * @example
 * workingDaysBetween('2025-01-24', '2025-02-05');
 * //=> 3
 *
 * workingDaysBetween('2025-02-05', '2025-01-24');
 * //=> -3
 *
 * workingDaysBetween('2025-01-24', '2025-02-05', { schedules: [], rule: false });
 * //=> 8
 */
export function workingDaysBetween(a: Date | string, b: Date | string, calendar?: WorkingCalendarOptions): number {
  const { calendar: cal, isWorking, from: first } = workingDayTest(calendar, ['calendar']);
  const from = civilDate(a, cal.zone, ['a']);
  const to = civilDate(b, cal.zone, ['b']);
  for (const [iso, field] of [[from, 'a'], [to, 'b']] as const) {
    if (iso < '1900-01-01' || iso > '2199-12-31') return fail({ code: 'out_of_range', path: [field], field, expected: 'a date from 1900-01-01 to 2199-12-31', received: iso });
  }
  for (const [iso, field] of [[from, 'a'], [to, 'b']] as const) if (first !== null && iso < first) return refuseBeforeLaw(iso, cal.law, [field]);
  const [low, high, sign] = from <= to ? [from, to, 1] : [to, from, -1];
  let count = 0;
  for (let day = addDays(low, 1); day <= high; day = addDays(day, 1)) if (isWorking(day)) count += 1;
  return count === 0 ? 0 : sign * count;
}
