import type { Catalog } from '../model/catalog';
import type { ScorecardSqlOptions } from './compileScorecard';
import { scorecardPlan } from './_internal/scorecardPlan';
import { scorecardQuery } from './_internal/scorecardQuery';
import { quoteIdent } from './_internal/sqlText';

/** Options of {@link compileScorecardView}: those of `compileScorecard` and the view's name. */
export interface ScorecardViewOptions extends ScorecardSqlOptions {
  /** The view's name. */
  readonly view: string;
  /** The view's schema, when it is not the default one. */
  readonly viewSchema?: string;
}

/**
 * Compiles a catalog into a `CREATE VIEW` statement whose rows are {@link compileScorecard}'s: the
 * scorecard as of one day, kept in the database next to the observations for dashboards to read.
 *
 * @param catalog - the catalog (validated here)
 * @param options - as for {@link compileScorecard}, plus `view` (and `viewSchema`)
 * @returns the statement
 * @throws {ChisoError} as {@link compileScorecard} does, and for an empty view name or one with a NUL character
 *
 * @example
 * const sql = compileScorecardView(catalogs.vinhPhuc302, { dialect: 'duckdb', asOf: '2023-05-31', view: 'scorecard "2023"' });
 * sql.split('\n')[0];
 * //=> 'CREATE VIEW "scorecard ""2023""" AS'
 */
export function compileScorecardView(catalog: Catalog, options: ScorecardViewOptions): string {
  const { view, viewSchema, ...rest } = options as ScorecardViewOptions & Record<string, unknown>;
  const name = typeof view === 'string' ? quoteIdent(view, ['options', 'view']) : quoteIdent('', ['options', 'view']);
  const schema = viewSchema === undefined ? '' : `${quoteIdent(String(viewSchema), ['options', 'viewSchema'])}.`;
  return `CREATE VIEW ${schema}${name} AS\n${scorecardQuery(scorecardPlan(catalog, rest))};`;
}
