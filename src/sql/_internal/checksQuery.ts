import type { ScorecardPlan } from './scorecardQuery';
import { catalogCtes, unitsGiven } from './scorecardQuery';
import { bytewise } from './sqlText';

/**
 * The checks `evaluate` makes of the observations' ids, as a query: one row per observation whose
 * indicator is not the catalog's, per observation of a unit not among the units given (only when
 * units are given), and per unit × indicator × period observed more than once (with the count).
 */
export function checksQuery(plan: ScorecardPlan): string {
  const c = (e: string): string => bytewise(plan.dialect, e);
  const givenUnits = unitsGiven(plan);
  return `-- chiso observation checks: catalog ${plan.catalog.id} (${plan.dialect === 'duckdb' ? 'DuckDB' : 'PostgreSQL'})
-- No row: the observations are ones evaluate accepts by their ids. Their values are not checked here.
WITH
${catalogCtes(plan)}chiso_known AS (
  SELECT o.*,
    o.indicator_id IN (SELECT indicator_id FROM chiso_targets) AS known_indicator,
    ${givenUnits ? 'EXISTS (SELECT 1 FROM chiso_units AS u WHERE u.unit_id = o.unit_id)' : 'TRUE'} AS known_unit
  FROM chiso_observations AS o
)
SELECT * FROM (
SELECT 'unknown_indicator' AS problem, unit_id AS unit, indicator_id AS indicator, period, 1 AS observations
FROM chiso_known WHERE NOT known_indicator
UNION ALL
SELECT 'unknown_unit', unit_id, indicator_id, period, 1
FROM chiso_known WHERE known_indicator AND NOT known_unit
UNION ALL
SELECT 'duplicate_observation', unit_id, indicator_id, period, COUNT(*)
FROM chiso_known WHERE known_indicator AND known_unit
GROUP BY unit_id, indicator_id, period
HAVING COUNT(*) > 1
) AS problems
ORDER BY problem, ${c('unit')}, ${c('indicator')}, ${c('period')}`;
}
