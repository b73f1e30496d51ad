import { addDays, toUtcMs } from '../_shared/dates';
import { isRealDate } from '../_shared/civilDate';
import { fail } from '../_shared/issue';
import { publicHolidays } from '../time/publicHolidays';
import { workingDayTest, type WorkingCalendarOptions } from '../time/workingCalendar';

/** One day of a working-day table. */
export interface WorkingDayRow {
  /** The civil date, `YYYY-MM-DD`. */
  readonly date: string;
  /** The day of the week, 0 Sunday … 6 Saturday. */
  readonly weekday: number;
  /** Whether it is a working day of the calendar. */
  readonly working: boolean;
  /**
   * The Vietnamese name of what decided the day, when something other than the week did: a public
   * holiday or day in lieu, a day off or a working day (làm bù) of an official schedule or
   * adjustment; `null` for an ordinary working day or weekly rest day.
   */
  readonly holiday: string | null;
  /**
   * Working days from the table's first day up to and including this one. The working days after a
   * day `a` up to `b` are `ordinal(b) − ordinal(a)`, and the N-th working day after `a` is the working
   * day whose ordinal is `ordinal(a) + N`: a deadline as `addWorkingDays` counts it, by a join.
   */
  readonly ordinal: number;
}

const LAST = '2199-12-31';
const FIRST = '1900-01-01';

function checkDay(value: unknown, field: 'from' | 'to'): string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value) || !isRealDate(value) || value < FIRST || value > LAST) {
    return fail({ code: 'invalid_value', path: [field], field, expected: 'a real date YYYY-MM-DD from 1900-01-01 to 2199-12-31', received: value });
  }
  return value;
}

/**
 * The working-day calendar as rows, one per day from `from` to `to`: the day of the week, whether it
 * is a working day, the name of the holiday (or schedule day) that decided it, and a running count of
 * working days — a table to load next to dossier records, so a database counts deadlines in
 * Vietnamese working days with a join. Each day is decided by the calendar `isWorkingDay` uses.
 *
 * @param from - the first day, `YYYY-MM-DD` (1900–2199)
 * @param to - the last day, on or after `from`
 * @param calendar - a `workingCalendar(…)` or its options (default: Saturday and Sunday off, the
 *   holiday law since 1995, the shipped official schedules)
 * @returns the rows, in date order
 * @throws {ChisoError} for a date that is not a real day in 1900–2199, `to` before `from`, an invalid
 *   calendar, or a day before the calendar's holiday law (1995-01-01 for the shipped one: pass
 *   `rule: false` or a `law` of your own for earlier days)
 *
 * @example
 * workingDayRows('2025-01-27', '2025-02-03').map((d) => `${d.date} ${d.working ? 'work' : 'off'} ${d.ordinal}`);
 * //=> ['2025-01-27 off 0', '2025-01-28 off 0', '2025-01-29 off 0', '2025-01-30 off 0', '2025-01-31 off 0', '2025-02-01 off 0', '2025-02-02 off 0', '2025-02-03 work 1']
 *
 * workingDayRows('2025-04-26', '2025-04-26')[0];
 * //=> { date: '2025-04-26', weekday: 6, working: true, holiday: 'Làm bù cho thứ Sáu 02/5/2025', ordinal: 1 }
 */
export function workingDayRows(from: string, to: string, calendar?: WorkingCalendarOptions): WorkingDayRow[] {
  const first = checkDay(from, 'from');
  const last = checkDay(to, 'to');
  if (last < first) fail({ code: 'invalid_value', path: ['to'], field: 'to', expected: `a day on or after from (${first})`, received: last });
  const { calendar: cal, isWorking, from: lawFrom } = workingDayTest(calendar, ['calendar']);

  // What decided a day, by name: adjustments first, then schedule days, then the law's holidays.
  const named = new Map<string, string>();
  const covered = new Set(cal.schedules.flatMap((s) => s.occasions.map((o) => `${s.year} ${o}`)));
  if (cal.rule !== null && lawFrom !== null) {
    const lawYear = Number(lawFrom.slice(0, 4));
    // A day in lieu of a late-December holiday falls in the next year: start a year early.
    for (let year = Math.max(lawYear, Number(first.slice(0, 4)) - 1); year <= Number(last.slice(0, 4)); year += 1) {
      for (const h of publicHolidays(year, { ...cal.rule, weekend: cal.weekend, law: cal.law })) {
        if (!covered.has(`${year} ${h.occasion}`)) named.set(h.date, h.name.vi);
      }
    }
  }
  for (const s of cal.schedules) for (const d of s.days) named.set(d.date, d.name.vi);
  for (const a of cal.adjustments) named.set(a.date, a.name.vi);

  const rows: WorkingDayRow[] = [];
  let ordinal = 0;
  for (let day = first; day <= last; day = addDays(day, 1)) {
    const working = isWorking(day);
    if (working) ordinal += 1;
    rows.push({ date: day, weekday: new Date(toUtcMs(day)).getUTCDay(), working, holiday: named.get(day) ?? null, ordinal });
    if (day === LAST) break;
  }
  return rows;
}
