import { checkColumns } from '../model/intake/checkColumns';
import { columnError, columnRow } from '../model/intake/columnRows';
import { rollUpCore } from './_internal/rollUpCore';
import type { RollUpResult, UnitRegistry } from '../model/registry';
import type { ObservationColumns } from './evaluateColumns';
import type { RollUpOptions } from '../model/registry';

/**
 * Aggregates observation columns of child units into their parents, as {@link rollUp} does, without
 * an object kept per row: for national data held as columns (as {@link evaluateColumns} takes them).
 *
 * Every rule of `rollUp` applies: shares add numerators and denominators, counts and amounts add
 * exactly, `minCoverage` is compared exactly, input order never changes the output. A row is a share
 * (`value` = its numerator) when the `denominator` column has a number there, else a plain value
 * (for a `rank` indicator, the rank, as {@link evaluateColumns} reads it; ranks do not add up, so
 * only a unit without a parent may have one).
 * The aggregates are `rollUp`'s, and `observations` holds **only the rolled-up observations** (one
 * per `ok` aggregate of a parent without its own): the input stays in your columns, so a million rows
 * are not copied into the result.
 *
 * @param columns - `unit`, `indicator`, `period`, `value` and optionally `denominator` (arrays or
 *   typed arrays of one length)
 * @param registry - the units, as returned by `defineUnits`
 * @param options - as for `rollUp`: `catalog` and/or `measures`, `minCoverage`, `from`
 * @returns the rolled-up observations and every aggregate, ordered by unit (registry order),
 *   indicator id, then period
 * @throws {ChisoError} as `rollUp` does, with paths into the columns (`columns.value[3]`; a sum no JS
 *   number holds: `['columns']`, naming the parent as `unit`); for columns
 *   that are missing, not array-like or of different lengths
 *
 * @example
 * const registry = defineUnits([
 *   { id: 'd1', name: 'Huyện 1', level: 'district' },
 *   { id: 'c1', name: 'Xã 1', level: 'commune', parent: 'd1' },
 *   { id: 'c2', name: 'Xã 2', level: 'commune', parent: 'd1' },
 * ], threeTier2021);
 * rollUpColumns({
 *   unit: ['c1', 'c2'], indicator: ['work-dossiers-online', 'work-dossiers-online'],
 *   period: Int32Array.of(2024, 2024), value: Float64Array.of(3, 5), denominator: [4, 10],
 * }, registry, { measures: { 'work-dossiers-online': 'percent' } }).observations;
 * //=> [{ unit: 'd1', indicator: 'work-dossiers-online', period: 2024, numerator: 8, denominator: 14, source: 'roll-up' }]
 */
export function rollUpColumns(columns: ObservationColumns, registry: UnitRegistry, options: RollUpOptions): RollUpResult {
  const count = checkColumns(columns, []);
  try {
    return rollUpCore({ count, at: (i) => columnRow(columns, i), keep: false, columns: true }, registry, options);
  } catch (error) {
    throw columnError(error);
  }
}
