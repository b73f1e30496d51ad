import { civilDate } from '../_shared/civilDate';
import { fail } from '../_shared/issue';
import { refuseBeforeLaw } from './_internal/refuseBeforeLaw';
import { workingDayTest, type WorkingCalendarOptions } from './workingCalendar';

/**
 * Whether a civil date is a working day of a calendar: not a weekly rest day, not a public holiday or
 * day in lieu of the holiday law in force that day, not a day off of an official schedule or
 * adjustment — or a weekly rest day that an official schedule or adjustment makes a working day (làm
 * bù). See `workingCalendar` for the order in which these are decided. A day before the law's first
 * rule (1995-01-01 with the shipped law) is refused, unless an adjustment or schedule decides it or the
 * calendar has no statutory holidays (`rule: false`) or a `law` of its own that covers it.
 *
 * @param date - a civil date `YYYY-MM-DD` (1900–2199), or a `Date` read in the calendar's zone
 * @param calendar - a `workingCalendar(…)` or its options; by default Saturday and Sunday off, the
 *   holiday law since 1995 and the shipped official public-sector schedules
 * @returns `true` for a working day
 * @throws {ChisoError} for an impossible or out-of-range date, a date before the law's first rule, an
 *   invalid calendar
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
 *
 * // Tuesday 1/9/2020 was a working day: the Labour Code 2012 gave Quốc khánh one day.
 * isWorkingDay('2020-09-01');
 * //=> true
 */
export function isWorkingDay(date: Date | string, calendar?: WorkingCalendarOptions): boolean {
  const { calendar: cal, isWorking, from } = workingDayTest(calendar, ['calendar']);
  const iso = civilDate(date, cal.zone, ['date']);
  if (iso < '1900-01-01' || iso > '2199-12-31') {
    return fail({ code: 'out_of_range', path: ['date'], field: 'date', expected: 'a date from 1900-01-01 to 2199-12-31', received: iso });
  }
  const decided = cal.adjustments.some((a) => a.date === iso) || cal.schedules.some((s) => s.days.some((d) => d.date === iso));
  if (from !== null && iso < from && !decided) return refuseBeforeLaw(iso, cal.law, ['date']);
  return isWorking(iso);
}
