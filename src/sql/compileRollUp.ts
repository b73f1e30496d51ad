import * as z from 'zod/mini';
import { parseOrThrow } from '../_shared/zod';
import { strictObjectSchema } from '../_shared/strictObjectSchema';
import { CatalogSchema, type Catalog } from '../model/catalog';
import type { UnitRegistry } from '../model/registry';
import type { ScorecardSqlOptions } from './compileScorecard';
import { registryClosure } from './registryClosure';
import { rollUpQuery } from './_internal/rollUpQuery';
import { OBSERVATION_COLUMN_SHAPE, sqlName } from './_internal/sqlOptions';
import { quoteIdent } from './_internal/sqlText';

/** Options of {@link compileRollUp}. */
export interface RollUpSqlOptions {
  /** The engine the SQL is for: `duckdb` or `postgres`. */
  readonly dialect: 'duckdb' | 'postgres';
  /** Where each indicator's measure is read from. */
  readonly catalog: Catalog;
  /** The share of a parent's children (or leaves) that must report for its figure to count, in [0, 1]; 1 by default. */
  readonly minCoverage?: number;
  /** The observations table; `observations` by default. */
  readonly table?: string;
  /** The observations table's schema, when it is not on the search path. */
  readonly schema?: string;
  /** Column names, as for `compileScorecard` (`rank` is accepted and not read: a rank does not add up). */
  readonly columns?: Omit<NonNullable<ScorecardSqlOptions['columns']>, 'scale'>;
  /**
   * A table with the registry's closure rows (columns `ancestor`, `descendant`, `depth`, as
   * `registryClosure` gives them); without it they are written into the query.
   */
  readonly closureTable?: string;
  /** DuckDB only: decimal places of observed values; 10 by default. A value with more stops the query, naming it, rather than being rounded. */
  readonly scale?: number;
  /** `children` (default, as `rollUp`): level by level, a child's own figure before its aggregate; `leaves`: each ancestor straight from its leaves. */
  readonly from?: 'children' | 'leaves';
  /** `true` (the default): rows in `rollUp`'s order, by a final `ORDER BY`; `false`: no `ORDER BY` (the same rows, unsorted). */
  readonly order?: boolean;
}

const OptionsSchema = strictObjectSchema({
  dialect: z.enum(['duckdb', 'postgres']),
  catalog: z.unknown(),
  minCoverage: z.optional(z.number().check(z.gte(0), z.lte(1))),
  table: z.optional(sqlName),
  schema: z.optional(sqlName),
  columns: z.optional(
    strictObjectSchema(OBSERVATION_COLUMN_SHAPE),
  ),
  closureTable: z.optional(sqlName),
  from: z.optional(z.enum(['children', 'leaves'])),
  scale: z.optional(z.int().check(z.gte(0), z.lte(38))),
  order: z.optional(z.boolean()),
});

/**
 * Compiles a roll-up into one SQL query: for every unit with children, per indicator × period, the
 * figures below it added up, with coverage — the aggregates `rollUp` gives for the same registry,
 * catalog, `minCoverage` and `from`.
 *
 * - `from: 'children'` (the default, as `rollUp`'s): level by level from the lowest, each child gives
 *   its own figure when it has one, else its aggregate when that is `ok`; `expected` counts the
 *   children. `from: 'leaves'`: each ancestor straight from the leaves below it; `expected` counts
 *   the leaves.
 * - Counts and amounts add their values; shares add numerators and denominators (3/4 and 5/10 make
 *   8/14); a `done` figure counts 1 of 1 (0 of 1 when not done). Sums are exact decimals.
 * - The aggregate is `ok` when reported ≥ minCoverage · expected (compared exactly) and something
 *   was reported, else `no-data` with no figure. `observed` says whether the unit has its own
 *   observation for the same indicator and period.
 * - The tree comes from the registry's closure table (`registryClosure`): written into the query, or
 *   read from `closureTable`. Rows are ordered as `rollUp`'s aggregates (unit in registry order,
 *   indicator id, period), unless `order: false` leaves the sort out.
 * - Indicators whose figures do not add up (a rank, a percent change) are left out; `rollUp` refuses
 *   them below a parent. A share (`percent`, `grdp-share`) given only as a `value` at a unit with a
 *   parent stops the query with an error naming it, as `rollUp` throws: it cannot be added up exactly
 *   without its counts. So does a value with more decimal places than DuckDB's `scale`. The
 *   observations are not otherwise checked here (see `compileObservationChecks`), nor are mixed
 *   shapes (a done value next to a share of done units), which `rollUp` refuses.
 *
 * @param registry - the units, as `defineUnits` returns them (checked again here)
 * @param options - `dialect` and `catalog` (required), `from`, `minCoverage`, `table`, `schema`, `columns`, `closureTable`, `scale`, `order`
 * @returns the query: columns `unit`, `level`, `indicator`, `period`, `status`, `reported`,
 *   `expected`, `observed`, `value`, `numerator`, `denominator`
 * @throws {ChisoError} for an invalid registry, catalog or option, an empty name or one with a NUL character
 *
 * @example
 * const registry = defineUnits([
 *   { id: 'tinh', name: 'Tỉnh', level: 'province' },
 *   { id: 'xa-1', name: 'Xã 1', level: 'commune', parent: 'tinh' },
 * ], twoTier2025);
 * compileRollUp(registry, { dialect: 'postgres', catalog: catalogs.vinhPhuc302, from: 'leaves' }).split('\n')[0];
 * //=> '-- chiso roll-up from the leaves: catalog vinh-phuc-302, minimum coverage 1 (PostgreSQL)'
 * compileRollUp(registry, { dialect: 'duckdb', catalog: catalogs.vinhPhuc302, minCoverage: 0.8 }).split('\n')[0];
 * //=> '-- chiso roll-up level by level: catalog vinh-phuc-302, minimum coverage 0.8 (DuckDB)'
 */
export function compileRollUp(registry: UnitRegistry, options: RollUpSqlOptions): string {
  const opts = parseOrThrow(OptionsSchema, options, ['options']);
  const catalog = parseOrThrow(CatalogSchema, opts.catalog, ['options', 'catalog']);
  const closure = registryClosure(registry);
  const given = opts.columns ?? {};
  const pick = (value: string | null | undefined, fallback: string): string | null => (value === undefined ? fallback : value);
  const columns = {
    unit: given.unit ?? 'unit',
    indicator: given.indicator ?? 'indicator',
    period: given.period ?? 'period',
    value: pick(given.value, 'value'),
    numerator: pick(given.numerator, 'numerator'),
    denominator: pick(given.denominator, 'denominator'),
    rank: null,
    done: pick(given.done, 'done'),
  };
  for (const [key, value] of Object.entries(columns)) if (value !== null) quoteIdent(value, ['options', 'columns', key]);
  const table = opts.schema === undefined ? [opts.table ?? 'observations'] : [opts.schema, opts.table ?? 'observations'];
  table.forEach((part) => quoteIdent(part, ['options', 'table']));
  const closureTable = opts.closureTable === undefined ? undefined : [opts.closureTable];
  if (closureTable !== undefined) quoteIdent(closureTable[0] as string, ['options', 'closureTable']);
  // Units in the registry's order, as `defineUnits` gives them (and rollUp orders by).
  const units = [...new Map(closure.map((r) => [r.descendant, r.descendant])).keys()];
  const levelOf = new Map(registry.units.map((u) => [u.id, u]));
  return rollUpQuery({
    dialect: opts.dialect,
    catalog,
    units: units.map((id) => levelOf.get(id)).filter((u) => u !== undefined),
    closure,
    closureTable,
    from: opts.from ?? 'children',
    levels: registry.hierarchy.levels.map((l) => l.id),
    minCoverage: opts.minCoverage ?? 1,
    table,
    columns,
    scale: opts.scale ?? 10,
    order: opts.order ?? true,
  });
}
