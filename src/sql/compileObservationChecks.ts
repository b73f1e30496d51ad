import type { Catalog } from '../model/catalog';
import type { ScorecardSqlOptions } from './compileScorecard';
import { checksQuery } from './_internal/checksQuery';
import { scorecardPlan } from './_internal/scorecardPlan';

/**
 * Compiles the checks `evaluate` makes of the observations' ids into one SQL query, to run before
 * {@link compileScorecard}'s query: where `evaluate` would throw, this query returns rows.
 *
 * - `unknown_indicator`: an observation of an indicator the catalog does not have;
 * - `unknown_unit`: an observation of a unit not among `units` or `unitsTable` (only when units are given);
 * - `duplicate_observation`: a unit × indicator × period observed more than once (`observations`
 *   says how many times).
 *
 * Values are not checked here (a percent above 100, a numerator above its denominator): load them
 * through chiso's intake, or check them in the database with the bounds in the catalog.
 *
 * @param catalog - the catalog (validated here)
 * @param options - as for {@link compileScorecard}; `asOf` is required but does not change the checks
 * @returns the query: columns `problem`, `unit`, `indicator`, `period`, `observations`
 * @throws {ChisoError} as {@link compileScorecard} does
 *
 * @example
 * const sql = compileObservationChecks(catalogs.vinhPhuc302, { dialect: 'postgres', asOf: '2023-05-31', table: 'chi_so' });
 * sql.includes('FROM "chi_so" AS o');
 * //=> true
 */
export function compileObservationChecks(catalog: Catalog, options: ScorecardSqlOptions): string {
  return checksQuery(scorecardPlan(catalog, options));
}
