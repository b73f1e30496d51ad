import { rollUpCore } from './_internal/rollUpCore';
import type { Observation } from '../model/observation';
import type { RollUpOptions, RollUpResult, UnitRegistry } from '../model/registry';

export type { RollUpOptions } from '../model/registry';

/**
 * Aggregates observations of child units into their parents, bottom-up through a unit registry, for
 * each indicator and period (periods must be equal exactly: `2024` and `'2024-12-31'` are different).
 *
 * - Shares given as `numerator` + `denominator` (percent, grdp-share) add numerators and denominators:
 *   3/4 and 5/10 make 8/14, never the mean of 75 % and 50 %.
 * - `count` and `money` values add up exactly (0.1 + 0.2 is 0.3).
 * - A rolled-up figure is a JS number: the nearest one to a sum with a fraction; a whole sum only when
 *   a number holds it exactly. A sum beyond ±1.7976931348623157e308, or a whole sum no number holds
 *   (9007199254740991 + 2), is an error naming the aggregate (parent, indicator, period, the units it
 *   is made of) — never `Infinity`.
 * - `done` becomes a share of units: `{ numerator: units done, denominator: units reporting }`; higher
 *   up these shares add, so a province reads "communes done / communes reporting". A `done` indicator
 *   may also be observed as such a share, but one parent's children may not mix the two.
 * - A child contributes its own observation when it has one, else its `ok` aggregate. A parent with
 *   its own observation keeps it: its aggregate is still listed (`observed: true`) but is not added to
 *   `observations`.
 * - `coverage.expected` counts the parent's children (with `from: 'leaves'`, its descendant leaves),
 *   `coverage.reported` those that contributed. Below `minCoverage` (compared exactly), or when none
 *   contributed, the aggregate is `no-data` with no figure.
 * - An aggregate exists for a parent × indicator × period when some unit it is made of (a child, or a
 *   leaf) has a figure or an aggregate for it; a unit with no children has no aggregate.
 * - A percent, grdp-share or percent-change `value` and a `rank` cannot be added up: they are errors on
 *   any unit that has a parent, and passed through unchanged on a unit that has none.
 * - Input order never changes the output: both lists are ordered by unit (as in the registry), then
 *   indicator id, then period.
 *
 * @param observations - the observations (validated here, all problems reported at once)
 * @param registry - the units, as returned by `defineUnits` (checked again here)
 * @param options - `catalog` and/or `measures` (where each indicator's measure comes from),
 *   `minCoverage` (default 1), `from` (default `'children'`)
 * @returns the observations given plus one per `ok` aggregate of a parent without its own, and every
 *   aggregate
 * @throws {ChisoError} for an invalid observation, registry or option; an observation of a unit not in
 *   the registry (`unknown_unit`) or of an indicator with no known measure (`unknown_indicator`); a
 *   duplicate unit × indicator × period (`duplicate_observation`); a value that does not fit its
 *   measure; a figure that cannot be added up (`cannot_roll_up`); children of one parent whose figures
 *   have different shapes (`mixed_shapes`); a measure given differently in `catalog` and `measures`;
 *   a sum no JS number holds (`out_of_range`, path `['observations']`, naming the parent as `unit`)
 *
 * @example
 * const registry = defineUnits([
 *   { id: 'd1', name: 'Huyện 1', level: 'district' },
 *   { id: 'c1', name: 'Xã 1', level: 'commune', parent: 'd1' },
 *   { id: 'c2', name: 'Xã 2', level: 'commune', parent: 'd1' },
 * ], threeTier2021);
 * rollUp([
 *   { unit: 'c1', indicator: 'work-dossiers-online', period: 2024, numerator: 3, denominator: 4 },
 *   { unit: 'c2', indicator: 'work-dossiers-online', period: 2024, numerator: 5, denominator: 10 },
 * ], registry, { measures: { 'work-dossiers-online': 'percent' } }).aggregates[0]?.observation;
 * //=> { unit: 'd1', indicator: 'work-dossiers-online', period: 2024, numerator: 8, denominator: 14, source: 'roll-up' }
 */
export function rollUp(observations: readonly Observation[], registry: UnitRegistry, options: RollUpOptions): RollUpResult {
  if (!Array.isArray(observations)) {
    // Options and registry first, as before: their issues come with this one.
    return rollUpCore({ count: 0, at: () => undefined, keep: true, invalid: observations }, registry, options);
  }
  return rollUpCore({ count: observations.length, at: (i: number) => observations[i], keep: true }, registry, options);
}
