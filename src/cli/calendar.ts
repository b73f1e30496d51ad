import { ChisoError, type WorkingCalendarOptions } from '../index';
import { workingDaysCsv, workingDaysSql } from '../sql/index';
import { oneOf, parseCommandArgs, required, stringOf } from './args';
import type { CliContext } from './context';
import { fromChisoError, inputError, usageError } from './errors';
import { parseJsonFile, readText, writeOutput } from './io';

/** `chiso calendar --help`. */
export const calendarHelp = `chiso calendar — the Vietnamese working-day calendar as a table (CSV or SQL)

One row per day: date, weekday (0 Sunday … 6 Saturday), working (true/false), holiday (the name
of the holiday, day in lieu or official schedule day that decided it), ordinal (working days from
--from up to and including the day). Load it next to dossier records to count deadlines in
working days with a join (docs/national-scale.md has the recipe).

Usage:
  chiso calendar --from <YYYY-MM-DD> --to <YYYY-MM-DD> [--format csv|sql] [options]

Options:
  --from <day>          the first day (1900-01-01 … 2199-12-31)
  --to <day>            the last day
  -f, --format <fmt>    csv (default) or sql (CREATE TABLE + INSERTs, for DuckDB and PostgreSQL)
  --table <name>        the SQL table's name (default working_days)
  --calendar <file>     a JSON file of workingCalendar options (weekend, rule, schedules,
                        adjustments, law); default: Saturday and Sunday off, the holiday law
                        since 1995 and the official public-sector schedules
  -o, --out <file>      write to a file instead of stdout (- for stdout)
  -h, --help            this help

The shipped holiday law starts on 1995-01-01: for earlier days give a calendar with
"rule": false (weekends only) or a law of your own.

Examples:
  chiso calendar --from 2020-01-01 --to 2030-12-31 --format csv --out working_days.csv
  chiso calendar --from 2025-01-01 --to 2025-12-31 --format sql --table ngay_lam_viec

Exit codes: 0 written; 1 the calendar file is invalid, or the calendar cannot judge a day (before
its holiday law); 2 usage (a bad day or option); 3 a file could not be read or written.
`;

/**
 * `chiso calendar`: the working-day table from --from to --to, as CSV or SQL.
 *
 * @param argv - the arguments after the command's name
 * @param ctx - output streams and today's date
 * @returns the exit code (0; problems are thrown)
 * @throws {CliError} a usage error (exit 2), an input error (exit 1) or an I/O error (exit 3)
 *
 * @example
 * const out: string[] = [];
 * const ctx = { stdout: (t: string) => out.push(t), stderr: (t: string) => out.push(t), today: '2026-12-01' };
 * runCalendar(['--from', '2025-04-30', '--to', '2025-05-01'], ctx);
 * //=> 0
 * out.join('');
 * //=> 'date,weekday,working,holiday,ordinal\n2025-04-30,3,false,Nghỉ lễ 30/4 và 1/5 (30/4–04/5/2025),0\n2025-05-01,4,false,Nghỉ lễ 30/4 và 1/5 (30/4–04/5/2025),0\n'
 */
export function runCalendar(argv: readonly string[], ctx: CliContext): number {
  const parsed = parseCommandArgs('calendar', argv, {
    from: { type: 'string' },
    to: { type: 'string' },
    format: { type: 'string', short: 'f' },
    table: { type: 'string' },
    calendar: { type: 'string' },
    out: { type: 'string', short: 'o' },
  });
  if (parsed.values['help'] === true) {
    ctx.stdout(calendarHelp);
    return 0;
  }
  const from = required(parsed, 'from', 'calendar');
  const to = required(parsed, 'to', 'calendar');
  const format = oneOf(parsed, 'format', ['csv', 'sql'] as const, 'csv', 'calendar');
  const file = stringOf(parsed, 'calendar');
  const calendar = file === undefined ? undefined : (parseJsonFile(readText(file), file) as WorkingCalendarOptions);
  const table = stringOf(parsed, 'table');
  let text: string;
  try {
    text = format === 'csv' ? workingDaysCsv(from, to, calendar) : workingDaysSql(from, to, { ...(table === undefined ? {} : { table }), ...(calendar === undefined ? {} : { calendar }) });
  } catch (error) {
    if (!(error instanceof ChisoError)) throw error;
    const day = error.issues.find((i) => i.path[0] === 'from' || i.path[0] === 'to' || (i.path[0] === 'options' && i.path[1] === 'table'));
    if (day !== undefined) throw usageError(day.message, 'calendar');
    // Without --calendar the calendar is the built-in one: what it cannot judge is the days asked for
    // (invalid input, exit 1, as the library says it), not a file of the user's.
    if (file === undefined) throw inputError(error.issues.map((i) => `--from ${from}: ${i.message}`));
    throw fromChisoError(error, () => undefined, file);
  }
  writeOutput(text, stringOf(parsed, 'out'), ctx.stdout);
  return 0;
}
