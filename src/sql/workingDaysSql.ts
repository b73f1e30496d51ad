import * as z from 'zod/mini';
import { parseOrThrow } from '../_shared/zod';
import { strictObjectSchema } from '../_shared/strictObjectSchema';
import type { WorkingCalendarOptions } from '../time/workingCalendar';
import { quoteIdent, quoteText } from './_internal/sqlText';
import { workingDayRows } from './workingDayRows';

/** Options of {@link workingDaysSql}. */
export interface WorkingDaysSqlOptions {
  /** The table's name; `working_days` by default. */
  readonly table?: string;
  /** A `workingCalendar(…)` or its options (default: the shipped calendar). */
  readonly calendar?: WorkingCalendarOptions;
  /** Rows per INSERT statement; 1000 by default. */
  readonly batch?: number;
}

const OptionsSchema = strictObjectSchema({
  table: z.optional(z.string().check(z.minLength(1))),
  calendar: z.optional(z.unknown()),
  batch: z.optional(z.int().check(z.gte(1), z.lte(100_000))),
});

/**
 * The working-day table (see `workingDayRows`) as SQL that DuckDB and PostgreSQL both run: a
 * `CREATE TABLE` (`date DATE PRIMARY KEY, weekday SMALLINT, working BOOLEAN, holiday TEXT,
 * ordinal INTEGER`) and `INSERT` statements, each ended by `;` on its own line. The table name is
 * quoted; holiday names are text literals with their quotes doubled.
 *
 * @param from - the first day, `YYYY-MM-DD` (1900–2199)
 * @param to - the last day, on or after `from`
 * @param options - `table` (default `working_days`), `calendar`, `batch` (rows per INSERT, default 1000)
 * @returns the statements
 * @throws {ChisoError} as `workingDayRows` does, and for an invalid option or a table name with a NUL character
 *
 * @example
 * workingDaysSql('2025-04-30', '2025-04-30', { table: 'ngày làm việc' }).split('\n');
 * //=> [
 * //   'CREATE TABLE "ngày làm việc" (date DATE PRIMARY KEY, weekday SMALLINT NOT NULL, working BOOLEAN NOT NULL, holiday TEXT, ordinal INTEGER NOT NULL);',
 * //   'INSERT INTO "ngày làm việc" (date, weekday, working, holiday, ordinal) VALUES',
 * //   "  (DATE '2025-04-30', 3, FALSE, 'Nghỉ lễ 30/4 và 1/5 (30/4–04/5/2025)', 0);",
 * //   '',
 * // ]
 */
export function workingDaysSql(from: string, to: string, options: WorkingDaysSqlOptions = {}): string {
  const opts = parseOrThrow(OptionsSchema, options, ['options']);
  const table = quoteIdent(opts.table ?? 'working_days', ['options', 'table']);
  const rows = workingDayRows(from, to, opts.calendar as WorkingCalendarOptions | undefined);
  const batch = opts.batch ?? 1000;
  const out = [`CREATE TABLE ${table} (date DATE PRIMARY KEY, weekday SMALLINT NOT NULL, working BOOLEAN NOT NULL, holiday TEXT, ordinal INTEGER NOT NULL);`];
  for (let i = 0; i < rows.length; i += batch) {
    const values = rows.slice(i, i + batch).map((d) => `  (DATE '${d.date}', ${d.weekday}, ${d.working ? 'TRUE' : 'FALSE'}, ${d.holiday === null ? 'NULL' : quoteText(d.holiday)}, ${d.ordinal})`);
    out.push(`INSERT INTO ${table} (date, weekday, working, holiday, ordinal) VALUES\n${values.join(',\n')};`);
  }
  return `${out.join('\n')}\n`;
}
