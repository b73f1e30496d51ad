import { fail } from '../_shared/issue';
import { rank, type RankOptions, type Ranked } from './rank';

/**
 * The items within the top `n` places — the test of a "top 10" goal: an item qualifies when fewer
 * than `n` items do better than it (its competition rank is ≤ n), whatever the tie method, so items
 * tied at the edge are all in (two provinces tied for 10th are both in the top 10, under
 * `fractional` ties, where they rank 10.5, and under `ordinal`, where one ranks 11th, too). Without
 * ties it is exactly `min(n, items)` items; with ties at the edge, more.
 *
 * @param items - the items (not changed)
 * @param n - how many places (a positive whole number)
 * @param options - every option of {@link rank}; `ties` sets the ranks returned, not who qualifies
 * @returns the qualifying items with their ranks under `options.ties`, in rank order
 * @throws {ChisoError} for an `n` that is not a positive whole number, and as {@link rank} does
 *
 * @example
 * const units = [{ p: 'A', s: 9 }, { p: 'B', s: 8 }, { p: 'C', s: 8 }, { p: 'D', s: 1 }];
 * topN(units, 2, { by: 's' }).map((r) => `${r.item.p}${r.rank}`);
 * //=> ['A1', 'B2', 'C2']
 * topN(units, 2, { by: 's', ties: 'fractional' }).map((r) => `${r.item.p}${r.rank}`);
 * //=> ['A1', 'B2.5', 'C2.5']
 */
export function topN<T>(items: readonly T[], n: number, options: RankOptions<T>): Ranked<T>[] {
  if (!Number.isSafeInteger(n) || n < 1) fail({ code: 'invalid_value', path: ['n'], field: 'n', expected: 'a positive whole number', received: n });
  const ranked = rank(items, options);
  // Competition rank = 1 + the items before its tie group. Tied items share a rank and sit together
  // under the other methods; ordinal ranks hide the ties, so those are ranked again by competition
  // (the same options order the items the same way: by value, then tieBreak, then input order).
  const again = options.ties === 'ordinal' ? rank(items, { ...options, ties: 'competition' }) : undefined;
  let groupStart = 0;
  return ranked.filter((r, k) => {
    if (again !== undefined) return ((again[k] as Ranked<T>).rank ?? Infinity) <= n;
    if (r.rank === null) return false;
    if (k === 0 || (ranked[k - 1] as Ranked<T>).rank !== r.rank) groupStart = k;
    return groupStart + 1 <= n;
  });
}
