import { COMPARISON_BELOW, rankCore, type Ranked, type RankOptions } from './_internal/rankCore';

export type { Ranked, RankOptions, TieMethod } from './_internal/rankCore';

/**
 * Ranks items by a value, with a stated tie method and missing-value policy.
 *
 * Ties are decided on the values as given (or rounded to `precision` places). From 1,024 items on,
 * the values are ordered by a linear-time radix sort, so a million values rank in about the time a
 * native sort of the bare numbers takes (see `npm run bench`), and numeric `tieBreak` keys are
 * ordered by radix sort too; string or mixed keys by a comparison sort within each tie group. Fewer
 * items are ordered by a comparison sort (a radix sort's bucket tables would cost more than the
 * sorting): the ranks are the same either way.
 *
 * Ranks never depend on the input order. Under `ordinal` ties, two different items with the same
 * value and the same tie-break key would rank in input order, so they are an error naming both.
 *
 * @param items - the items to rank (not changed)
 * @param options - `by` (key or function), `order`, `ties`, `tieBreak`, `missing`, `precision`
 * @returns `{ item, rank }` for every item, in rank order; missing values (`keep`) last
 * @throws {ChisoError} for NaN or ±Infinity or a non-number value, a missing value under
 *   `missing: 'error'`, `ordinal` without `tieBreak`, an invalid option, a `null` item when a key is
 *   read from it, a tie-break value that is not a string or a number, and (under `ordinal`) two
 *   different items with the same value and the same tie-break key
 *
 * @example
 * rank([{ p: 'A', s: 0.8 }, { p: 'B', s: 0.9 }, { p: 'C', s: 0.8 }, { p: 'D', s: 0.7 }], { by: 's' })
 *   .map((r) => `${r.item.p}${r.rank}`);
 * //=> ['B1', 'A2', 'C2', 'D4']
 *
 * rank([3, 1, 3, 2], { by: (x) => x, ties: 'fractional' }).map((r) => r.rank);
 * //=> [1.5, 1.5, 3, 4]
 */
export function rank<T>(items: readonly T[], options: RankOptions<T>): Ranked<T>[] {
  return rankCore(items, options, COMPARISON_BELOW);
}
