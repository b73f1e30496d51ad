import { ChisoError, type ChisoIssue } from '../errors';
import { checkDay, setAt } from './_internal/checks';
import type { UnitSet } from './types';

/**
 * The official list of Vietnam's administrative units that holds at a day: the two-tier set of
 * 1 July 2025 (34 provinces, 3,321 xã / phường / đặc khu) from `2025-07-01`, the three-tier list of
 * 4 January 2025 (63 provinces, their districts and communes) from `2025-01-04` to `2025-06-30`.
 *
 * Both are read from the statistics office's lists (test/fixtures/sources/units/) by
 * `npm run units:generate`. Units keep changing after the reform; a later list is added as a new set
 * with its own `validFrom`, closing the one before it (`validUntil`).
 *
 * @param at - the day the units are read at, `YYYY-MM-DD`
 * @returns the set (frozen; units ordered by code)
 * @throws {ChisoError} for a day that is not a real date (`invalid_date`) or is before `2025-01-04`
 *   (`no_unit_set`)
 *
 * @example
 * const set = unitSet('2026-01-01');
 * [set.provinces.length, set.communes.length, set.validFrom, set.hierarchy.id];
 * //=> [34, 3321, '2025-07-01', 'two-tier-2025']
 * unitSet('2025-06-30').provinces.length;
 * //=> 63
 * unitSet('2024-12-31');
 * //=> throws ChisoError: …
 */
export function unitSet(at: string): UnitSet {
  const issues: ChisoIssue[] = [];
  const day = checkDay(at, ['at'], issues);
  const set = day === undefined ? undefined : setAt(day, ['at'], issues);
  if (set === undefined) throw new ChisoError(issues);
  return set;
}
