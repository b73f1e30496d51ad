import type { WorkingCalendarOptions } from '../time/workingCalendar';
import { workingDayRows } from './workingDayRows';

/** A CSV field: quoted when it holds a comma, a quote or a line break (RFC 4180). */
const field = (text: string): string => (/[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);

/**
 * The working-day table (see `workingDayRows`) as CSV, for `COPY … FROM` in PostgreSQL or
 * `read_csv` in DuckDB: a header `date,weekday,working,holiday,ordinal`, then one line per day
 * (`working` is `true` or `false`; `holiday` is empty when nothing named decided the day), lines
 * ended by `\n`, UTF-8 text.
 *
 * @param from - the first day, `YYYY-MM-DD` (1900–2199)
 * @param to - the last day, on or after `from`
 * @param calendar - a `workingCalendar(…)` or its options
 * @returns the CSV text
 * @throws {ChisoError} as `workingDayRows` does
 *
 * @example
 * workingDaysCsv('2025-04-25', '2025-04-26').split('\n');
 * //=> ['date,weekday,working,holiday,ordinal', '2025-04-25,5,true,,1', '2025-04-26,6,true,Làm bù cho thứ Sáu 02/5/2025,2', '']
 */
export function workingDaysCsv(from: string, to: string, calendar?: WorkingCalendarOptions): string {
  const lines = ['date,weekday,working,holiday,ordinal'];
  for (const d of workingDayRows(from, to, calendar)) lines.push(`${d.date},${d.weekday},${d.working},${d.holiday === null ? '' : field(d.holiday)},${d.ordinal}`);
  return `${lines.join('\n')}\n`;
}
