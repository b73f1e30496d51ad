import { fail } from '../_shared/issue';
import { rank, type RankOptions, type Ranked } from './rank';

/**
 * The items ranked within the top `n` (rank ≤ n) — the test of a "top 10" goal. With ties, more than
 * `n` items can qualify (two provinces tied at 10th are both in the top 10); with `ordinal` ties,
 * exactly `min(n, items)`.
 *
 * @param items - the items (not changed)
 * @param n - how many places (a positive whole number)
 * @param options - every option of {@link rank}
 * @returns the ranked items with a rank ≤ n, in rank order
 * @throws {ChisoError} for an `n` that is not a positive whole number, and as {@link rank} does
 *
 * @example
 * topN([{ p: 'A', s: 9 }, { p: 'B', s: 8 }, { p: 'C', s: 8 }, { p: 'D', s: 1 }], 2, { by: 's' }).map((r) => r.item.p);
 * //=> ['A', 'B', 'C']
 */
export function topN<T>(items: readonly T[], n: number, options: RankOptions<T>): Ranked<T>[] {
  if (!Number.isSafeInteger(n) || n < 1) fail({ code: 'invalid_value', path: ['n'], field: 'n', expected: 'a positive whole number', received: n });
  return rank(items, options).filter((r) => r.rank !== null && r.rank <= n);
}
