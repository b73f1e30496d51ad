import { dec } from '../../_shared/decimal';
import type { Catalog } from '../../model/catalog';
import type { Unit } from '../../model/unit';
import type { ClosureRow } from '../registryClosure';
import { observationColumns, type ObservationColumnNames } from './scorecardQuery';
import { bytewise, decimalType, exactNumber, quoteIdent, quoteText, raise, type Dialect } from './sqlText';

/** Everything a roll-up query is built from, checked. */
export interface RollUpPlan {
  readonly dialect: Dialect;
  readonly catalog: Catalog;
  readonly units: readonly Unit[];
  /** The closure rows, written into the query as VALUES when there is no `closureTable`. */
  readonly closure: readonly ClosureRow[];
  /** A table holding the closure rows (`[schema, ] table`), read instead of the VALUES. */
  readonly closureTable: readonly string[] | undefined;
  /** `leaves`: each ancestor from its leaves; `children`: level by level, a child's own figure first. */
  readonly from: 'leaves' | 'children';
  /** The hierarchy's level ids, highest first. */
  readonly levels: readonly string[];
  readonly minCoverage: number;
  readonly table: readonly string[];
  readonly columns: ObservationColumnNames;
  readonly scale: number;
  /** Whether the rows are sorted into `rollUp`'s order. */
  readonly order: boolean;
}

/** The measures whose figures add up (a rank or a percent change does not). */
const ADDABLE: readonly string[] = ['count', 'money', 'percent', 'grdp-share', 'done'];

const rowsOf = (lines: readonly string[]): string => lines.map((l) => `    ${l}`).join(',\n');

/**
 * The roll-up from the leaves (`rollUp` with `from: 'leaves'`): each unit with children gets, per
 * indicator × period, the sum of its descendant leaves' figures (values of a count or an amount;
 * numerators and denominators of a share; a done leaf counts 1 of 1, a not-done one 0 of 1), with
 * the coverage `reported` of `expected` leaves, `ok` when reported ≥ minCoverage · expected.
 */
export function rollUpQuery(plan: RollUpPlan): string {
  const { dialect, catalog, units, columns } = plan;
  const c = (e: string): string => bytewise(dialect, e);
  const x = exact(plan);
  const table = plan.table.map((part) => quoteIdent(part, ['options', 'table'])).join('.');
  const measures = catalog.indicators.filter((i) => ADDABLE.includes(i.measure)).map((i) => `(${quoteText(i.id)}, ${quoteText(i.measure)})`);
  const closure = plan.closureTable !== undefined
    ? `  SELECT CAST(ancestor AS TEXT) AS ancestor, CAST(descendant AS TEXT) AS descendant, CAST(depth AS INTEGER) AS depth
  FROM ${plan.closureTable.map((p) => quoteIdent(p, ['options', 'closureTable'])).join('.')}`
    : `  SELECT CAST(ancestor AS TEXT) AS ancestor, CAST(descendant AS TEXT) AS descendant, CAST(depth AS INTEGER) AS depth
  FROM (VALUES
${rowsOf(plan.closure.map((r) => `(${quoteText(r.ancestor)}, ${quoteText(r.descendant)}, ${r.depth})`))}
  ) AS t (ancestor, descendant, depth)`;
  const empty = (cols: string): string => `  SELECT ${cols} WHERE 1 = 0`;
  const coverage = dec(plan.minCoverage).toFixed();
  const coverageScale = dec(plan.minCoverage).decimalPlaces();

  return `-- chiso roll-up ${plan.from === 'leaves' ? 'from the leaves' : 'level by level'}: catalog ${catalog.id}, minimum coverage ${coverage} (${dialect === 'duckdb' ? 'DuckDB' : 'PostgreSQL'})
-- One row per unit with children × indicator × period that some unit below it observed.
WITH
chiso_units AS (
  -- The registry's units, in its order (level, then id).
${units.length === 0 ? empty('CAST(NULL AS TEXT) AS unit_id, CAST(NULL AS TEXT) AS level_id, CAST(NULL AS INTEGER) AS unit_order') : `  SELECT CAST(unit_id AS TEXT) AS unit_id, CAST(level_id AS TEXT) AS level_id, CAST(unit_order AS INTEGER) AS unit_order
  FROM (VALUES
${rowsOf(units.map((u, i) => `(${quoteText(u.id)}, ${quoteText(u.level)}, ${i})`))}
  ) AS t (unit_id, level_id, unit_order)`}
),
chiso_closure AS (
  -- Each unit with itself (depth 0) and with each of its ancestors.
${plan.closureTable === undefined && plan.closure.length === 0 ? empty('CAST(NULL AS TEXT) AS ancestor, CAST(NULL AS TEXT) AS descendant, CAST(NULL AS INTEGER) AS depth') : closure}
),
chiso_measures AS (
  -- The indicators whose figures add up, with their measures.
${measures.length === 0 ? empty('CAST(NULL AS TEXT) AS indicator_id, CAST(NULL AS TEXT) AS measure') : `  SELECT CAST(indicator_id AS TEXT) AS indicator_id, CAST(measure AS TEXT) AS measure
  FROM (VALUES
${rowsOf(measures)}
  ) AS t (indicator_id, measure)`}
),
chiso_observations AS NOT MATERIALIZED (
  -- Not materialised: each use reads the table itself, so DuckDB keeps its statistics and filters.
  -- Numbers as the table holds them: read exactly where they are added up (or the query stops).
  SELECT
${observationColumns(dialect, plan.scale, columns)}
  FROM ${table} AS o
),
chiso_refused AS (
  -- What rollUp refuses, the query refuses too: a share given only as a percent value, at a unit
  -- with a parent, cannot be added up exactly without its counts. Read only by the check at the end,
  -- which stops the query at the first such observation. \`refused\` is decided there, in a CASE,
  -- before the error: an engine may test the conditions of a WHERE in any order.
  SELECT o.unit_id, o.indicator_id, o.period, o.value, m.measure,
    o.done IS NULL AND EXISTS (SELECT 1 FROM chiso_closure AS c WHERE c.descendant = o.unit_id AND c.depth = 1) AS refused
  FROM chiso_observations AS o
  JOIN chiso_measures AS m ON m.indicator_id = o.indicator_id
  WHERE m.measure IN ('percent', 'grdp-share') AND o.value IS NOT NULL AND o.numerator IS NULL
),
${plan.from === 'leaves' ? `chiso_leaves AS (
  -- Units with no unit below them.
  SELECT u.unit_id FROM chiso_units AS u
  WHERE NOT EXISTS (SELECT 1 FROM chiso_closure AS c WHERE c.ancestor = u.unit_id AND c.depth > 0)
),
chiso_expected AS (
  -- Each unit with children, and how many leaves lie below it.
  SELECT c.ancestor AS unit_id, COUNT(*) AS expected
  FROM chiso_closure AS c JOIN chiso_leaves AS l ON l.unit_id = c.descendant
  WHERE c.depth > 0
  GROUP BY c.ancestor
),
chiso_links AS (
  -- Where an observation counts: a leaf's in each of its ancestors; a parent's own, in itself (it
  -- only tells that the parent was observed).
  SELECT c.ancestor, c.descendant, c.depth FROM chiso_closure AS c
  WHERE (c.depth > 0 AND c.descendant IN (SELECT unit_id FROM chiso_leaves))
     OR (c.depth = 0 AND c.descendant IN (SELECT unit_id FROM chiso_expected))
),
chiso_sums AS (
  -- The leaves' figures added up into every ancestor: a done leaf is 1 (or 0) of 1.
  SELECT k.ancestor AS unit_id, o.indicator_id, o.period,
    SUM(CASE WHEN k.depth > 0 THEN 1 ELSE 0 END) AS reported,
    MAX(CASE WHEN k.depth = 0 THEN 1 ELSE 0 END) = 1 AS observed,
    SUM(CASE WHEN k.depth > 0 THEN ${x('value')} END) AS value,
    SUM(CASE WHEN k.depth = 0 THEN NULL WHEN o.done IS NULL THEN ${x('numerator')} WHEN o.done THEN 1 ELSE 0 END) AS numerator,
    SUM(CASE WHEN k.depth = 0 THEN NULL WHEN o.done IS NULL THEN ${x('denominator')} ELSE 1 END) AS denominator
  FROM chiso_observations AS o
  JOIN chiso_links AS k ON k.descendant = o.unit_id
  WHERE o.indicator_id IN (SELECT indicator_id FROM chiso_measures)
  GROUP BY k.ancestor, o.indicator_id, o.period
),
chiso_aggregates AS (
  SELECT s.*, m.measure, e.expected, u.level_id, u.unit_order,
    s.reported >= CAST(${quoteText(coverage)} AS ${decimalType(dialect, coverageScale)}) * e.expected AS ok
  FROM chiso_sums AS s
  JOIN chiso_expected AS e ON e.unit_id = s.unit_id
  JOIN chiso_units AS u ON u.unit_id = s.unit_id
  JOIN chiso_measures AS m ON m.indicator_id = s.indicator_id
  -- An aggregate exists where some leaf reported.
  WHERE s.reported > 0
)
` : childrenCtes(plan, coverage, coverageScale)}SELECT
  unit_id AS unit,
  level_id AS level,
  indicator_id AS indicator,
  period,
  CASE WHEN ok THEN 'ok' ELSE 'no-data' END AS status,
  reported,
  expected,
  observed,
  CASE WHEN ok AND measure IN ('count', 'money') THEN value END AS value,
  CASE WHEN ok AND measure NOT IN ('count', 'money') THEN numerator END AS numerator,
  CASE WHEN ok AND measure NOT IN ('count', 'money') THEN denominator END AS denominator
FROM chiso_aggregates
WHERE NOT EXISTS (
  SELECT 1 FROM chiso_refused AS r
  WHERE CASE WHEN r.refused THEN ${raise(dialect, `concat('chiso: the ', r.measure, ' value ', CAST(r.value AS TEXT), ' of unit "', r.unit_id, '", indicator "', r.indicator_id, '", period ', r.period, ' cannot be rolled up exactly without its counts: give numerator and denominator (as rollUp requires)')`)} IS NULL ELSE FALSE END
)${plan.order ? `
ORDER BY unit_order, ${c('indicator_id')}, ${c("CASE WHEN LENGTH(period) = 4 THEN period || '-12-31~' ELSE period END")}` : ''}`;
}


/** A number of `chiso_observations AS o`, read exactly as the query's decimal type (see `exactNumber`). */
function exact(plan: RollUpPlan): (column: 'value' | 'numerator' | 'denominator') => string {
  return (column) => exactNumber(plan.dialect, `o.${column}`, plan.scale, column, { unit: 'o.unit_id', indicator: 'o.indicator_id', period: 'o.period' });
}

/**
 * The level-by-level roll-up (`rollUp`'s default, `from: 'children'`): from the lowest level up,
 * each unit with children adds up what each child contributes — the child's own figure when it has
 * one, else its aggregate when that is `ok`. A child's aggregate that is `no-data` still makes the
 * parent's aggregate exist (with nothing from that child).
 */
function childrenCtes(plan: RollUpPlan, coverage: string, coverageScale: number): string {
  const { levels, dialect } = plan;
  const x = exact(plan);
  const okOf = (a: string): string => `${a}.reported > 0 AND ${a}.reported >= CAST(${quoteText(coverage)} AS ${decimalType(dialect, coverageScale)}) * ${a}.expected`;
  // An own figure of the same unit, indicator and period (only units at `level` can match: the filter
  // keeps the lookup small).
  const ownAt = (level: string, s: string): string => `SELECT 1 FROM chiso_own AS o WHERE o.level_id = ${quoteText(level)} AND o.unit_id = ${s}.unit_id AND o.indicator_id = ${s}.indicator_id AND o.period = ${s}.period`;
  const parts: string[] = [
    `chiso_children AS (
  -- Each unit with its children (depth 1 of the closure).
  SELECT ancestor AS parent, descendant AS child FROM chiso_closure WHERE depth = 1
),
chiso_expected AS (
  -- Each unit with children, and how many.
  SELECT parent AS unit_id, COUNT(*) AS expected FROM chiso_children GROUP BY parent
),
chiso_tree AS (
  -- Each unit with its level, its parent and its parent's level (looked up once per observation).
  SELECT u.unit_id, u.level_id, c.parent, p.level_id AS parent_level
  FROM chiso_units AS u
  LEFT JOIN chiso_children AS c ON c.child = u.unit_id
  LEFT JOIN chiso_units AS p ON p.unit_id = c.parent
),
chiso_own AS NOT MATERIALIZED (
  -- Each unit's own figures of the indicators that add up: a done one is 1 (or 0) of 1. Not
  -- materialised: each use reads the table again, filtered, which is cheaper than keeping every row.
  SELECT o.unit_id, t.level_id, t.parent, t.parent_level, o.indicator_id, o.period, TRUE AS has, ${x('value')} AS value,
    CASE WHEN o.done IS NULL THEN ${x('numerator')} WHEN o.done THEN 1 ELSE 0 END AS numerator,
    CASE WHEN o.done IS NULL THEN ${x('denominator')} ELSE 1 END AS denominator
  FROM chiso_observations AS o
  JOIN chiso_tree AS t ON t.unit_id = o.unit_id
  WHERE o.indicator_id IN (SELECT indicator_id FROM chiso_measures)
)`,
  ];
  // What the units of level k contribute upwards, deepest level first.
  const deepest = levels.length - 1;
  parts.push(`chiso_give_${deepest} AS (
  -- Units at level ${levels[deepest] as string} have no children: their own figures.
  SELECT * FROM chiso_own WHERE level_id = ${quoteText(levels[deepest] as string)}
)`);
  const aggregates: number[] = [];
  for (let k = deepest - 1; k >= 0; k -= 1) {
    const level = levels[k] as string;
    const below = Array.from({ length: deepest - k }, (_, j) => `SELECT * FROM chiso_give_${k + 1 + j}`).join(' UNION ALL ');
    parts.push(`chiso_sum_${k} AS (
  -- Units at level ${level}: what their children give, added up (grouped first, then joined to the
  -- number of children: the join runs on the groups, not on every figure).
  SELECT g.parent AS unit_id, g.indicator_id, g.period, e.expected, g.reported, g.value, g.numerator, g.denominator
  FROM (
    SELECT g.parent, g.indicator_id, g.period,
      SUM(CASE WHEN g.has THEN 1 ELSE 0 END) AS reported,
      SUM(CASE WHEN g.has THEN g.value END) AS value,
      SUM(CASE WHEN g.has THEN g.numerator END) AS numerator,
      SUM(CASE WHEN g.has THEN g.denominator END) AS denominator
    FROM (${below}) AS g
    WHERE g.parent_level = ${quoteText(level)}
    GROUP BY g.parent, g.indicator_id, g.period
  ) AS g
  JOIN chiso_expected AS e ON e.unit_id = g.parent
),
chiso_give_${k} AS (
  -- What units at level ${level} give their parents: their own figure, else their aggregate when it is ok.
  SELECT * FROM chiso_own WHERE level_id = ${quoteText(level)}
  UNION ALL
  SELECT s.unit_id, t.level_id, t.parent, t.parent_level, s.indicator_id, s.period, ${okOf('s')} AS has, s.value, s.numerator, s.denominator
  FROM chiso_sum_${k} AS s
  JOIN chiso_tree AS t ON t.unit_id = s.unit_id
  WHERE NOT EXISTS (${ownAt(level, 's')})
)`);
    aggregates.push(k);
  }
  const all = aggregates.length === 0
    ? 'SELECT CAST(NULL AS TEXT) AS unit_id, CAST(NULL AS TEXT) AS indicator_id, CAST(NULL AS TEXT) AS period, 0 AS expected, 0 AS reported, NULL AS value, NULL AS numerator, NULL AS denominator, FALSE AS observed WHERE 1 = 0'
    : aggregates.map((k) => `SELECT s.*, EXISTS (${ownAt(levels[k] as string, 's')}) AS observed FROM chiso_sum_${k} AS s`).join('\n  UNION ALL\n  ');
  parts.push(`chiso_aggregates AS (
  SELECT s.*, m.measure, u.level_id, u.unit_order, ${okOf('s')} AS ok
  FROM (
  ${all}
  ) AS s
  JOIN chiso_units AS u ON u.unit_id = s.unit_id
  JOIN chiso_measures AS m ON m.indicator_id = s.indicator_id
)
`);
  return `${parts.join(',\n')}`;
}
