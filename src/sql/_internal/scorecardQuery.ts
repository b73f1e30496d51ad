import { dec } from '../../_shared/decimal';
import { fail, makeIssue } from '../../_shared/issue';
import { ChisoError, type ChisoIssue } from '../../errors';
import type { Catalog } from '../../model/catalog';
import type { Target } from '../../model/target';
import type { Unit } from '../../model/unit';
import { bytewise, decimalType, exactNumber, quoteIdent, quoteText, textOrNull, type Dialect } from './sqlText';

/** The observation columns a query reads; `null` for a column the table does not have. */
export interface ObservationColumnNames {
  readonly unit: string;
  readonly indicator: string;
  readonly period: string;
  readonly value: string | null;
  readonly numerator: string | null;
  readonly denominator: string | null;
  readonly rank: string | null;
  readonly done: string | null;
  /** How a percent `value` is written (`percent` or `ratio`), when the table says; `null`: percent. */
  readonly scale?: string | null;
}

/** Everything a scorecard query is built from, checked. */
export interface ScorecardPlan {
  readonly dialect: Dialect;
  readonly catalog: Catalog;
  readonly asOf: string;
  readonly units: readonly Unit[];
  /** A table of the units (columns `id` and `level`), read instead of `units` written as VALUES. */
  readonly unitsTable: string | undefined;
  readonly level: string | undefined;
  readonly table: readonly string[];
  readonly columns: ObservationColumnNames;
  /** Decimal places of observed values (DuckDB only: its decimals have a fixed scale). */
  readonly scale: number;
  /** Whether the rows are sorted into `evaluate`'s order. */
  readonly order: boolean;
}

/**
 * A target as the query compares it: `op` and the bounds `lo`/`hi`. A rank target is `rank <= top`,
 * a `done` target read from a share of units done is `share >= 100` (as `judge` does), a range is
 * `op = 'range'`; a qualitative target has no bound.
 */
function comparison(target: Target): { op: string | null; lo: number | null; hi: number | null } {
  switch (target.kind) {
    case 'threshold':
    case 'change':
    case 'growth':
      return { op: target.op, lo: target.value, hi: null };
    case 'range':
      return { op: 'range', lo: target.min, hi: target.max };
    case 'rank':
      return { op: '<=', lo: target.top, hi: null };
    case 'done':
      return { op: '>=', lo: 100, hi: null };
    case 'qualitative':
      return { op: null, lo: null, hi: null };
  }
}

/** A bound as exact decimal text (never the exponent form, which a DECIMAL cast may not read). */
function boundText(x: number | null): string {
  return x === null ? 'NULL' : quoteText(dec(x).toFixed());
}

/** The most decimal places any bound of the catalog has: bounds are cast to exactly that scale. */
export function boundScale(catalog: Catalog): number {
  let scale = 0;
  for (const indicator of catalog.indicators) {
    for (const target of indicator.targets) {
      const { lo, hi } = comparison(target);
      for (const x of [lo, hi]) if (x !== null) scale = Math.max(scale, dec(x).decimalPlaces());
    }
  }
  return scale;
}

/** The target fields that hold a bound, as `comparison` reads them. */
const BOUND_FIELDS: Record<Target['kind'], readonly string[]> = { threshold: ['value'], change: ['value'], growth: ['value'], range: ['min', 'max'], rank: ['top'], done: [], qualitative: [] };

/**
 * DuckDB compares `p ≷ bound · q` with the bound at the catalog's bound scale and q at `scale`: the
 * product holds a bound's whole digits plus both scales, and must fit in 38 digits (else the engine
 * stops with "Overflow in multiplication"). For a value (q = 1) that is exact, so a bound too large
 * is refused here, naming the target; a share's denominator adds its own whole digits at run time.
 */
function checkBoundDigits(catalog: Catalog, scale: number, bs: number): void {
  const issues: ChisoIssue[] = [];
  catalog.indicators.forEach((indicator, i) => {
    indicator.targets.forEach((target, k) => {
      for (const field of BOUND_FIELDS[target.kind]) {
        const x = (target as unknown as Record<string, number>)[field] as number;
        const whole = dec(x).abs().trunc();
        const digits = whole.isZero() ? 0 : whole.toFixed().length;
        if (digits + scale + bs > 38) {
          issues.push(makeIssue({
            code: 'out_of_range', path: ['catalog', 'indicators', i, 'targets', k, field], field, indicator: indicator.id,
            expected: `a bound of at most ${38 - scale - bs} whole digits in DuckDB (its ${digits} whole digits + scale ${scale} + the ${bs} decimal places of the catalog's bounds must fit in 38): lower options.scale or the decimal places of the bounds, or use PostgreSQL`,
            received: x,
          }));
        }
      }
    });
  });
  if (issues.length > 0) throw new ChisoError(issues);
}

/** The observation columns that hold numbers. */
const NUMERIC_COLUMNS: readonly string[] = ['value', 'numerator', 'denominator', 'rank'];

const indent = (lines: readonly string[], by = '    '): string => lines.map((l) => by + l).join(',\n');

function column(name: string | null, type: string, as: string): string {
  return name === null ? `CAST(NULL AS ${type}) AS ${as}` : `CAST(o.${quoteIdent(name, ['options', 'columns', as])} AS ${type}) AS ${as}`;
}

/**
 * An observed number column as the table holds it, read exactly (see `exactNumber`) only once the
 * observation in force is known: the check then runs on one row per unit × indicator, not on every
 * row of the table. `null`: the table has no such column.
 */
export function rawColumn(dialect: Dialect, scale: number, name: string | null, as: string): string {
  return name === null ? `CAST(NULL AS ${decimalType(dialect, scale)}) AS ${as}` : `o.${quoteIdent(name, ['options', 'columns', as])} AS ${as}`;
}

/**
 * The observation columns both queries read, in the SELECT of their `chiso_observations` CTE: unit,
 * indicator and period as text, the numbers as the table holds them (`rawColumn`), the done flag,
 * then `more` (e.g. `['rank']`: numbers only one query reads).
 */
export function observationColumns(dialect: Dialect, scale: number, columns: ObservationColumnNames, more: readonly ('rank')[] = []): string {
  return indent([
    `CAST(o.${quoteIdent(columns.unit, ['options', 'columns', 'unit'])} AS TEXT) AS unit_id`,
    `CAST(o.${quoteIdent(columns.indicator, ['options', 'columns', 'indicator'])} AS TEXT) AS indicator_id`,
    `CAST(o.${quoteIdent(columns.period, ['options', 'columns', 'period'])} AS TEXT) AS period`,
    ...(['value', 'numerator', 'denominator', ...more] as const).map((k) => rawColumn(dialect, scale, columns[k], k)),
    column(columns.done, 'BOOLEAN', 'done'),
  ]);
}

/** Whether units are given (as VALUES or as a table): then they, not the observations, say which units there are. */
export function unitsGiven(plan: ScorecardPlan): boolean {
  return plan.units.length > 0 || plan.unitsTable !== undefined;
}

/**
 * The catalog, the units and the observations table as the first CTEs of a query (each ends with a
 * comma). With `onlyLevel`, only the units at that level are written: a scorecard of one level reads
 * no other, and a long VALUES list costs the engine time to plan.
 */
export function catalogCtes(plan: ScorecardPlan, onlyLevel?: string): string {
  const { dialect, catalog, units, columns } = plan;
  const bs = boundScale(catalog);
  if (dialect === 'duckdb' && plan.scale + bs > 38) {
    fail({ code: 'out_of_range', path: ['options', 'scale'], field: 'scale', expected: `a scale of at most ${38 - bs} (DuckDB decimals hold 38 digits and the catalog's bounds have ${bs} decimal places)`, received: plan.scale });
  }
  if (dialect === 'duckdb') checkBoundDigits(catalog, plan.scale, bs);
  const bnd = decimalType(dialect, bs);
  const table = plan.table.map((part, i) => quoteIdent(part, ['options', plan.table.length === 1 ? 'table' : i === 0 ? 'schema' : 'table'])).join('.');

  const levelRows = catalog.hierarchy.levels.map((l, i) => `(${quoteText(l.id)}, ${i})`);
  const unitRows = units.filter((u) => onlyLevel === undefined || u.level === onlyLevel).map((u) => `(${quoteText(u.id)}, ${quoteText(u.level)})`);
  const targetRows: string[] = [];
  catalog.indicators.forEach((indicator, i) => {
    const head = `${quoteText(indicator.id)}, ${i}, ${quoteText(indicator.measure)}`;
    if (indicator.targets.length === 0) targetRows.push(`(${head}, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL)`);
    indicator.targets.forEach((t, k) => {
      const { op, lo, hi } = comparison(t);
      targetRows.push(`(${head}, ${k}, ${quoteText(t.kind)}, ${textOrNull(op)}, ${boundText(lo)}, ${boundText(hi)}, ${textOrNull(t.level)}, ${textOrNull(t.by)}, ${textOrNull(t.wording)})`);
    });
  });

  return `chiso_levels AS (
  -- The hierarchy, highest level first.
  SELECT CAST(level_id AS TEXT) AS level_id, CAST(level_order AS INTEGER) AS level_order
  FROM (VALUES
${indent(levelRows)}
  ) AS t (level_id, level_order)
),
chiso_units AS (
  -- The units given, with their levels${onlyLevel === undefined ? '' : ' (only those at the level of the scorecard)'}.
${plan.unitsTable !== undefined
  ? `  SELECT CAST(u.${quoteIdent('id', ['options', 'unitsTable'])} AS TEXT) AS unit_id, CAST(u.${quoteIdent('level', ['options', 'unitsTable'])} AS TEXT) AS level_id
  FROM ${quoteIdent(plan.unitsTable, ['options', 'unitsTable'])} AS u${onlyLevel === undefined ? '' : `
  WHERE CAST(u.${quoteIdent('level', ['options', 'unitsTable'])} AS TEXT) = ${quoteText(onlyLevel)}`}`
  : unitRows.length === 0 ? '  SELECT CAST(NULL AS TEXT) AS unit_id, CAST(NULL AS TEXT) AS level_id WHERE 1 = 0' : `  SELECT CAST(unit_id AS TEXT) AS unit_id, CAST(level_id AS TEXT) AS level_id
  FROM (VALUES
${indent(unitRows)}
  ) AS t (unit_id, level_id)`}
),
chiso_targets AS (
  -- Each indicator's targets in catalog order (one row with no target for an indicator without any).
  -- Compared as: value op lo (a rank: rank <= top; done, from a share of units: share >= 100), or lo <= value <= hi for a range.
  SELECT CAST(indicator_id AS TEXT) AS indicator_id, CAST(indicator_order AS INTEGER) AS indicator_order,
    CAST(measure AS TEXT) AS measure, CAST(target_index AS INTEGER) AS target_index, CAST(kind AS TEXT) AS kind,
    CAST(op AS TEXT) AS op, CAST(lo AS ${bnd}) AS lo, CAST(hi AS ${bnd}) AS hi,
    CAST(target_level AS TEXT) AS target_level, CAST(deadline AS TEXT) AS deadline, CAST(wording AS TEXT) AS wording
  FROM (VALUES
${indent(targetRows)}
  ) AS t (indicator_id, indicator_order, measure, target_index, kind, op, lo, hi, target_level, deadline, wording)
),
chiso_indicators AS (
  SELECT DISTINCT indicator_id, measure FROM chiso_targets
),
chiso_observations AS NOT MATERIALIZED (
  -- The observations table, numbers as it holds them: read as exact decimals once the observation
  -- in force is known (not materialised: each use reads the table itself, so the engine keeps its
  -- statistics and pushes filters down).
  SELECT
${observationColumns(dialect, plan.scale, columns, ['rank'])},
    ${column(columns.scale ?? null, 'TEXT', 'scale')}
  FROM ${table} AS o
),
`;
}

/**
 * The scorecard query: CTEs for the catalog (levels, units, targets) written as VALUES, then the
 * observation in force per unit × indicator, then one row per unit × applicable target with the
 * verdict, in `evaluate`'s order. Values stay exact: every comparison is a cross-multiplication
 * `p ≷ bound · q`, and value, gap and attainment come out as numerator/denominator pairs.
 */
export function scorecardQuery(plan: ScorecardPlan): string {
  const { dialect, catalog, asOf, level } = plan;
  const num = decimalType(dialect, plan.scale);
  const c = (e: string): string => bytewise(dialect, e);
  const asOfYear = asOf.slice(0, 4);
  // A year sorts as its 31 December and after it ('~' follows every digit): latest first, a year before the days within it.
  const keyOf = (p: string): string => `CASE WHEN LENGTH(${p}) = 4 THEN ${p} || '-12-31~' ELSE ${p} END`;
  const unitLevelOfObserved = level === undefined ? 'CAST(NULL AS TEXT)' : quoteText(level);
  // The value columns the table has; a missing one is a typed NULL after the ranking, not carried through it.
  type ValueColumn = 'value' | 'numerator' | 'denominator' | 'rank' | 'done' | 'scale';
  const types: Record<ValueColumn, string> = { value: num, numerator: num, denominator: num, rank: num, done: 'BOOLEAN', scale: 'TEXT' };
  const has = (k: ValueColumn): boolean => {
    const name = plan.columns[k];
    return name !== null && name !== undefined;
  };
  const carried = ['o.unit_id', 'o.indicator_id', 'o.period', ...(Object.keys(types) as ValueColumn[]).filter(has).map((k) => `o.${k}`)];
  const f = (k: ValueColumn): string => (has(k) ? `f.${k}` : `CAST(NULL AS ${types[k]})`);
  // Values compared with the bounds are brought to the scale of bound · q once: DuckDB's implicit
  // casts between decimal scales inside CASE branches are many times slower than an explicit one.
  const atBound = decimalType(dialect, plan.scale + boundScale(catalog));

  return `-- chiso scorecard: catalog ${catalog.id}, as of ${asOf}${level === undefined ? '' : `, level ${level}`} (${dialect === 'duckdb' ? 'DuckDB' : 'PostgreSQL'})
-- One row per unit × indicator × applicable target, as chiso's evaluate gives them.
-- Values are exact: value = value_num / value_den, gap = gap_num / gap_den, attainment = attainment_num / attainment_den.
WITH
${catalogCtes(plan, level)}chiso_in_force AS (
  -- Per unit × indicator, the latest observation usable on ${asOf}: a date on or before it, a year
  -- from any day of that year (and a year counts as its 31 December, after the dates within it).
  -- Only the columns the table has are carried (the fewer, the cheaper the ranking).
  -- Numbers are read exactly here, or the query stops naming the observation (see scale).
  SELECT ${carried.map((x) => x.slice(2)).map((k) => (NUMERIC_COLUMNS.includes(k) ? `${exactNumber(dialect, `ranked.${k}`, plan.scale, k, { unit: 'ranked.unit_id', indicator: 'ranked.indicator_id', period: 'ranked.period' })} AS ${k}` : `ranked.${k}`)).join(',\n    ')}
  FROM (
    SELECT ${carried.join(', ')}, ROW_NUMBER() OVER (
      PARTITION BY o.unit_id, o.indicator_id
      ORDER BY ${c(keyOf('o.period'))} DESC
    ) AS recency
    FROM chiso_observations AS o
    WHERE o.indicator_id IN (SELECT indicator_id FROM chiso_indicators)
      AND CASE WHEN LENGTH(o.period) = 4 THEN ${c('o.period')} <= ${quoteText(asOfYear)} ELSE ${c('o.period')} <= ${quoteText(asOf)} END
  ) AS ranked
  WHERE recency = 1
),
chiso_readings AS (
  -- What each observation in force says: a quantity p / q (a share of counts is 100·numerator / denominator), a rank, or done / not done.
  SELECT f.unit_id, f.indicator_id, f.period, ${f('done')} AS done,
    CASE
      WHEN ${f('done')} IS NOT NULL THEN 'done'
      WHEN ${f('rank')} IS NOT NULL OR (${f('value')} IS NOT NULL AND i.measure = 'rank') THEN 'rank'
      WHEN ${f('numerator')} IS NOT NULL AND ${f('denominator')} = 0 THEN 'zero-denominator'
      WHEN ${f('numerator')} IS NOT NULL OR ${f('value')} IS NOT NULL THEN 'quantity'
      ELSE 'none'
    END AS reading,
    CASE
      WHEN ${f('numerator')} IS NOT NULL THEN ${f('numerator')} * 100
      -- A share written 0–1 (scale 'ratio') is read as a percent.
      WHEN ${f('value')} IS NOT NULL AND ${f('scale')} = 'ratio' AND i.measure IN ('percent', 'grdp-share') THEN ${f('value')} * 100
      ELSE COALESCE(${f('rank')}, ${f('value')})
    END AS p,
    CASE WHEN ${f('numerator')} IS NOT NULL THEN ${f('denominator')} ELSE CAST(1 AS ${num}) END AS q
  FROM chiso_in_force AS f
  JOIN chiso_indicators AS i ON i.indicator_id = f.indicator_id
),
chiso_all_units AS (
${unitsGiven(plan) ? `  -- The units given (evaluate refuses an observation of any other unit).
  SELECT unit_id, level_id FROM chiso_units` : `  -- The units known from their observations (at ${level === undefined ? 'an unknown level' : `level ${level}`}).
  SELECT DISTINCT o.unit_id, ${unitLevelOfObserved} AS level_id
  FROM chiso_observations AS o
  WHERE o.indicator_id IN (SELECT indicator_id FROM chiso_indicators)`}
),
chiso_pairs AS (
  -- Each unit covered × each target that applies at its level (a target without a level applies at
  -- every level) ...
  SELECT u.unit_id, u.level_id, t.*, FALSE AS needs_observation
  FROM chiso_all_units AS u CROSS JOIN chiso_targets AS t
  WHERE ${level === undefined ? 'TRUE' : `u.level_id = ${quoteText(level)}`}
    AND t.target_index IS NOT NULL AND (t.target_level IS NULL OR t.target_level = u.level_id)
  UNION ALL
  -- ... and the rows there are only for an observation in force: an indicator without targets, and
  -- a levelled target at a unit whose level is unknown.
  SELECT u.unit_id, u.level_id, t.*, TRUE AS needs_observation
  FROM chiso_all_units AS u CROSS JOIN chiso_targets AS t
  WHERE ${level === undefined ? 'TRUE' : `u.level_id = ${quoteText(level)}`}
    AND (t.target_index IS NULL OR (t.target_level IS NOT NULL AND u.level_id IS NULL))
),
chiso_cells AS (
  -- Each pair with the observation in force, and which verdict applies.
  SELECT x.*, l.level_order, r.period, r.reading, r.p, r.q, r.done,
    CASE
      WHEN x.target_index IS NULL THEN 'no-target'
      WHEN x.target_level IS NOT NULL AND x.level_id IS NULL THEN 'unit-level-unknown'
      WHEN r.reading IS NULL OR r.reading = 'none' THEN 'no-observation'
      WHEN r.reading = 'zero-denominator' THEN 'zero-denominator'
      WHEN r.reading = 'done' AND x.kind NOT IN ('done', 'qualitative') THEN 'qualitative-value'
      WHEN r.reading = 'done' THEN 'done'
      WHEN x.kind = 'qualitative' OR (x.kind = 'done' AND r.reading = 'rank') THEN 'qualitative-target'
      ELSE 'compare'
    END AS verdict
  FROM chiso_pairs AS x
  LEFT JOIN chiso_levels AS l ON l.level_id = x.level_id
  LEFT JOIN chiso_readings AS r ON r.unit_id = x.unit_id AND r.indicator_id = x.indicator_id
  WHERE NOT x.needs_observation OR r.unit_id IS NOT NULL
),
chiso_scaled AS (
  -- The bounds times q, each product once: p / q op bound  ⇔  p op bound · q, as q > 0.
  -- p_b is p at the scale of those products, so every comparison and CASE below is between one type.
  SELECT x.*, x.lo * x.q AS lo_q, x.hi * x.q AS hi_q, CAST(x.p AS ${atBound}) AS p_b FROM chiso_cells AS x
),
chiso_compared AS (
  -- The comparisons, by cross-multiplication, and the bound a value missed (times q): the nearer
  -- end of a range.
  SELECT x.*,
    CASE x.op
      WHEN '>=' THEN x.p_b >= x.lo_q
      WHEN '>' THEN x.p_b > x.lo_q
      WHEN '<=' THEN x.p_b <= x.lo_q
      WHEN '<' THEN x.p_b < x.lo_q
      WHEN '=' THEN x.p_b = x.lo_q
      WHEN 'range' THEN x.p_b >= x.lo_q AND x.p_b <= x.hi_q
    END AS met,
    CASE WHEN x.op = 'range' AND x.p_b > x.hi_q THEN x.hi_q ELSE x.lo_q END AS bound_q
  FROM chiso_scaled AS x
)
SELECT
  unit_id AS unit,
  level_id AS level,
  indicator_id AS indicator,
  CASE WHEN verdict = 'no-observation' THEN NULL ELSE period END AS period,
  target_index,
  kind,
  wording,
  deadline,
  CASE WHEN deadline IS NULL THEN TRUE ELSE ${c(quoteText(asOf))} >= ${c('deadline')} END AS due,
  CASE
    WHEN verdict IN ('no-observation', 'zero-denominator') THEN 'no-data'
    WHEN verdict = 'done' THEN CASE WHEN done THEN 'met' ELSE 'not-met' END
    WHEN verdict = 'compare' THEN CASE WHEN met THEN 'met' ELSE 'not-met' END
    ELSE 'not-applicable'
  END AS status,
  CASE WHEN verdict IN ('done', 'compare') THEN NULL ELSE verdict END AS reason,
  CASE WHEN verdict IN ('compare', 'qualitative-target') THEN p END AS value_num,
  CASE WHEN verdict IN ('compare', 'qualitative-target') THEN q END AS value_den,
  CASE WHEN verdict IN ('done', 'qualitative-value') THEN done END AS value_done,
  CASE WHEN verdict = 'compare' THEN CASE WHEN met THEN 0 ELSE ABS(bound_q - p_b) END END AS gap_num,
  CASE WHEN verdict = 'compare' THEN CASE WHEN met THEN 1 ELSE q END END AS gap_den,
  -- Progress toward a bound not reached: the smaller magnitude over the larger, 0 across signs
  -- (|bound| · q is |bound_q|, as q > 0).
  CASE
    WHEN verdict = 'done' THEN CASE WHEN done THEN 1 ELSE 0 END
    WHEN verdict <> 'compare' THEN NULL
    WHEN met OR p_b = bound_q THEN 1
    WHEN p_b = 0 OR bound_q = 0 OR (p_b < 0) <> (bound_q < 0) THEN 0
    WHEN ABS(p_b) < ABS(bound_q) THEN ABS(p_b)
    ELSE ABS(bound_q)
  END AS attainment_num,
  CASE
    WHEN verdict = 'done' THEN 1
    WHEN verdict <> 'compare' THEN NULL
    WHEN met OR p_b = bound_q OR p_b = 0 OR bound_q = 0 OR (p_b < 0) <> (bound_q < 0) THEN 1
    WHEN ABS(p_b) < ABS(bound_q) THEN ABS(bound_q)
    ELSE ABS(p_b)
  END AS attainment_den
FROM chiso_compared${plan.order ? `
ORDER BY level_order NULLS LAST, ${c('unit_id')}, indicator_order, target_index` : ''}`;
}
