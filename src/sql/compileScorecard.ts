import type { Catalog } from '../model/catalog';
import type { Unit } from '../model/unit';
import { scorecardPlan } from './_internal/scorecardPlan';
import { scorecardQuery } from './_internal/scorecardQuery';

/** Options of {@link compileScorecard}. */
export interface ScorecardSqlOptions {
  /** The engine the SQL is for: `duckdb` or `postgres`. */
  readonly dialect: 'duckdb' | 'postgres';
  /** The day the scorecard is for: a `YYYY-MM-DD` civil date, or a `Date` / ISO date-time read in `zone`. */
  readonly asOf: Date | string;
  /** IANA time zone for `asOf`; `Asia/Ho_Chi_Minh` by default. */
  readonly zone?: string;
  /** The units, with their levels (written into the query as VALUES); as `evaluate`'s `units`. */
  readonly units?: readonly Unit[];
  /**
   * Instead of `units`: the name of a table of the units, with columns `id` and `level` (as `Unit`),
   * loaded once — a long VALUES list costs the engine time to plan on every query. The table is read
   * as it is: fill it with units `defineUnits` accepts (unique ids, levels of the catalog's hierarchy).
   */
  readonly unitsTable?: string;
  /** Only units at this level; units known only from their observations are taken to be at it. */
  readonly level?: string;
  /** The observations table; `observations` by default. */
  readonly table?: string;
  /** The table's schema, when it is not on the search path. */
  readonly schema?: string;
  /**
   * The table's column names, when they differ from `unit`, `indicator`, `period` (a year `2023` or
   * a date `2023-05-31`, read as text), `value`, `numerator`, `denominator`, `rank` and `done`;
   * `null` for a value column the table does not have. `scale` (not read unless named) is the
   * column saying how a percent `value` is written: `ratio` for 0–1, anything else for 0–100.
   */
  readonly columns?: {
    readonly unit?: string;
    readonly indicator?: string;
    readonly period?: string;
    readonly value?: string | null;
    readonly numerator?: string | null;
    readonly denominator?: string | null;
    readonly rank?: string | null;
    readonly done?: string | null;
    readonly scale?: string | null;
  };
  /**
   * DuckDB only: decimal places of observed values (`DECIMAL(38, scale)`); 10 by default. A value
   * in force with more decimal places stops the query, naming it, rather than being rounded.
   */
  readonly scale?: number;
  /**
   * `true` (the default): rows in `evaluate`'s order (level, unit id, indicator, target), by a final
   * `ORDER BY`. `false`: no `ORDER BY` — the same rows in whatever order the engine gives them, which
   * saves it a sort of every row (for a table, a view or a pipeline that sorts or aggregates later).
   */
  readonly order?: boolean;
}

/**
 * Compiles a catalog into one SQL query over an observations table that gives the rows `evaluate`
 * gives for the same catalog, units and as-of day.
 *
 * - The catalog's levels, targets and the units are written into the query as VALUES, so the only
 *   table it reads is the observations table (and `unitsTable`, when the units are given as one).
 * - The observation in force, the units covered, the targets that apply and the verdicts follow
 *   `evaluate`'s rules; rows come out in its order (level, unit id, indicator, target), unless
 *   `order: false` leaves the sort out.
 * - Values stay exact decimals (`DECIMAL(38, scale)` in DuckDB, `NUMERIC` in PostgreSQL), compared by
 *   cross-multiplication; value, gap and attainment are numerator/denominator pairs
 *   (`value_num / value_den`), `value_done` for a done / not-done value.
 * - A value is never rounded: one in force with more decimal places than DuckDB's `scale` stops the
 *   query with an error naming its unit, indicator and period (so does a PostgreSQL floating-point
 *   column when `extra_float_digits` is below 1; otherwise it is read as its shortest text).
 * - Table and column names are quoted (a double quote in a name is doubled), never pasted.
 * - The query does not check the observations as `evaluate` does (duplicates, unknown ids, values
 *   out of range): validate them with chiso, or run {@link compileObservationChecks}' query first.
 *
 * @param catalog - the catalog (validated here)
 * @param options - `dialect` and `asOf` (required), `zone`, `units` or `unitsTable`, `level`, `table`, `schema`, `columns`, `scale`, `order`
 * @returns the query, ready to run or to paste into `duckdb` or `psql`
 * @throws {ChisoError} for an invalid catalog or option, a level not in the catalog's hierarchy,
 *   units that `defineUnits` rejects, both `units` and `unitsTable`, an empty name or one with a NUL
 *   character; in DuckDB, a bound whose whole digits, `scale` and the bounds' decimal places exceed 38
 *
 * @example
 * const sql = compileScorecard(catalogs.vinhPhuc302, { dialect: 'duckdb', asOf: '2023-05-31' });
 * sql.startsWith('-- chiso scorecard: catalog vinh-phuc-302');
 * //=> true
 * /DOUBLE|FLOAT|REAL/.test(sql);
 * //=> false
 */
export function compileScorecard(catalog: Catalog, options: ScorecardSqlOptions): string {
  return scorecardQuery(scorecardPlan(catalog, options));
}
