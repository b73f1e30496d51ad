import { fail } from '../../_shared/issue';
import type { HolidayLawRule } from '../../model/calendar';

/**
 * Throws for a day before the first rule of the holiday law: chiso knows no holidays then, and never
 * judges the past by a later law.
 *
 * @internal
 * @param received - the day (or year) asked for, as given
 * @param law - the dated rules, in order (at least one)
 * @param path - where the day is in the caller's input
 * @param unit - `day` for a date, `year` for a year (which must lie wholly under the rules), `calendar`
 *   when the day was reached inside a computation and the calendar is at fault
 * @returns never
 * @throws {ChisoError} always: `out_of_range`, naming the first rule and the way out (`law`, `rule: false`)
 * @example
 * refuseBeforeLaw('1990-05-01', holidayLaw, ['date']);
 * //=> throws ChisoError: Expected date to be a day from 1995-01-01 (the earliest holiday rule of the calendar, …
 */
export function refuseBeforeLaw(received: unknown, law: readonly HolidayLawRule[], path: readonly (string | number)[], unit: 'day' | 'year' | 'calendar' = 'day'): never {
  const first = law[0] as HolidayLawRule;
  const field = path[path.length - 1];
  const year = Number(first.from.slice(0, 4));
  const from =
    unit === 'day'
      ? `a day from ${first.from}`
      : unit === 'year'
        ? `a year from ${first.from.endsWith('-01-01') ? year : year + 1}`
        : `a calendar whose holiday law covers ${String(received)}`;
  return fail({
    code: 'out_of_range',
    path,
    ...(typeof field === 'string' && unit !== 'calendar' ? { field } : {}),
    expected:
      `${from} (the earliest holiday rule of the calendar, ${first.source.document}, ${first.source.section}, took effect on ${first.from}); ` +
      'for earlier ones give a calendar of your own: `law` with a rule in force then, or `rule: false` for no statutory holidays',
    received,
  });
}
