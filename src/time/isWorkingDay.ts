import { civilDate } from '../internal/civilDate';
import { fail } from '../internal/issue';
import { workingDayTest, type WorkingCalendarOptions } from './workingCalendar';

/**
 * Whether a civil date is a working day of a calendar: not a weekly rest day, not a public holiday or
 * day in lieu of the Labour Code rule, not a day off of an official schedule or adjustment — or a
 * weekly rest day that an official schedule or adjustment makes a working day (làm bù). See
 * `workingCalendar` for the order in which these are decided.
 *
 * @param date - a civil date `YYYY-MM-DD` (1900–2199), or a `Date` read in the calendar's zone
 * @param calendar - a `workingCalendar(…)` or its options; by default Saturday and Sunday off, the
 *   Labour Code rule and the shipped official public-sector schedules
 * @returns `true` for a working day
 * @throws {ChisoError} for an impossible or out-of-range date, an invalid calendar
 *
 * @example
 * isWorkingDay('2025-01-29');
 * //=> false
 *
 * isWorkingDay('2025-04-26');
 * //=> true
 *
 * isWorkingDay('2025-04-26', { schedules: [] });
 * //=> false
 */
export function isWorkingDay(date: Date | string, calendar?: WorkingCalendarOptions): boolean {
  const { calendar: cal, isWorking } = workingDayTest(calendar, ['calendar']);
  const iso = civilDate(date, cal.zone, ['date']);
  if (iso < '1900-01-01' || iso > '2199-12-31') {
    return fail({ code: 'out_of_range', path: ['date'], field: 'date', expected: 'a date from 1900-01-01 to 2199-12-31', received: iso });
  }
  return isWorking(iso);
}
