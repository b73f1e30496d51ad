import type { RankingChartData } from '../model/report';
import type { Ranked } from '../rank/rank';
import { withChartHead } from './_internal/chartHead';

/** Options of {@link rankingChartData}. */
export interface RankingChartDataOptions<T> {
  /** The chart's title. */
  readonly title: string;
  /** Each item's label: a key of the items, or a function (e.g. a unit's name from its id). */
  readonly label: keyof T | ((item: T) => string);
  /** Each item's score: a key of the items or a function, as `rank`'s `by` (`null`/`undefined`: no score). */
  readonly score: keyof T | ((item: T) => number | null | undefined);
  /** Each item's band label (`Xuất sắc`, …), when it has one. */
  readonly band?: (item: T) => string | undefined;
  /** Text after every number (`'%'`), as the chart data's `suffix`. */
  readonly suffix?: string;
  /** At most this many fraction digits (default 2), as the chart data's `digits`. */
  readonly digits?: number;
  /** The end of the score axis, as the chart data's `max`. */
  readonly max?: number;
}

const read = <T, V>(by: keyof T | ((item: T) => V), item: T): unknown =>
  typeof by === 'function' ? (by as (item: T) => V)(item) : (item as Record<PropertyKey, unknown>)[by as PropertyKey];

/**
 * The data of a `ranking` chart from what {@link rank} returns: each `{ item, rank }` becomes
 * `{ label, score, rank }` (and `band` when `band` gives one), reading the label and the score from
 * the item as `rank` reads its value (a key, or a function). A missing rank (`missing: 'keep'`) stays
 * `null`, and the chart shows it as having no rank. The one step between the two:
 * `renderChart(rankingChartData(rank(items, { by: 's' }), { title, label: 'name', score: 's' }), { kind: 'ranking' })`.
 *
 * @param ranked - what `rank` returns (not changed)
 * @param options - `title`, `label` and `score` (required); `band`, `suffix`, `digits`, `max`
 * @returns the chart data, items in the order given
 * @throws never; `renderChart` validates the result (a label that is not a text, a score that is not a number)
 *
 * @example
 * const provinces = [{ name: 'Tỉnh A', s: 0.8 }, { name: 'Tỉnh B', s: 0.9 }, { name: 'Tỉnh C', s: null }];
 * rankingChartData(rank(provinces, { by: 's', missing: 'keep' }), { title: 'DTI', label: 'name', score: 's', digits: 4 }).items;
 * //=> [{ label: 'Tỉnh B', score: 0.9, rank: 1 }, { label: 'Tỉnh A', score: 0.8, rank: 2 }, { label: 'Tỉnh C', score: null, rank: null }]
 */
export function rankingChartData<T>(ranked: readonly Ranked<T>[], options: RankingChartDataOptions<T>): RankingChartData {
  const items = ranked.map((r) => {
    const score = read(options.score, r.item);
    const band = options.band?.(r.item);
    return {
      label: read(options.label, r.item) as string,
      score: score === undefined ? null : (score as number | null),
      rank: r.rank,
      ...(band === undefined ? {} : { band }),
    };
  });
  return withChartHead(options, items);
}
