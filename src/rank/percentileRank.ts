import { fail } from '../_shared/issue';
import { rank, type RankOptions } from './rank';

/**
 * Each item's percentile rank: the share of items it does better than, counting ties as half,
 * `PR = (worse + ½ · tied) / n × 100`, where `tied` includes the item itself and `n` counts the items
 * ranked. The best of 10 distinct values has PR 95; the median of an odd count has 50.
 * A missing value has PR `null` under `missing: 'keep'` (the default), and `n` counts only values;
 * under `missing: 'last'` the missing items are ranked last, tied with each other, and counted in
 * `n`: each has PR `(0 + ½ · missing) / n × 100`, and every value does better than them.
 *
 * @param items - the items (not changed)
 * @param options - every option of {@link rank} (`order` says which end is better, `missing` where
 *   missing values go); `ties` and `tieBreak` do not change the result (ranks are competition ranks)
 * @returns `{ item, rank, percentile }` in rank order
 * @throws {ChisoError} as {@link rank} does, and for options that are not an object
 *
 * @example
 * percentileRank([10, 20, 30, 40], { by: (x) => x }).map((r) => [r.item, r.percentile]);
 * //=> [[40, 87.5], [30, 62.5], [20, 37.5], [10, 12.5]]
 * percentileRank([10, 20, null, null], { by: (x) => x, missing: 'last' }).map((r) => [r.item, r.rank, r.percentile]);
 * //=> [[20, 1, 87.5], [10, 2, 62.5], [null, 3, 25], [null, 3, 25]]
 */
export function percentileRank<T>(items: readonly T[], options: RankOptions<T>): { item: T; rank: number | null; percentile: number | null }[] {
  if (typeof options !== 'object' || options === null) fail({ code: 'invalid_type', path: ['options'], field: 'options', expected: 'an object with `by`', received: options });
  // Competition ranks give the count of better items; fractional ones the size of each tie group.
  const { ties: _ties, tieBreak: _tieBreak, missing, ...rest } = options;
  // Missing items placed last share the last place: worse 0, tied with each other, counted in n.
  const competition = rank(items, { ...rest, ties: 'competition', missing: missing ?? 'keep' });
  const n = competition.filter((r) => r.rank !== null).length;
  const size = new Map<number, number>();
  for (const r of competition) if (r.rank !== null) size.set(r.rank, (size.get(r.rank) ?? 0) + 1);
  return competition.map((r) => {
    if (r.rank === null) return { item: r.item, rank: null, percentile: null };
    const tied = size.get(r.rank) as number;
    const worse = n - (r.rank - 1) - tied;
    return { item: r.item, rank: r.rank, percentile: ((worse + tied / 2) / n) * 100 };
  });
}
