import type { RankIntervalsChartData } from '../model/report';
import type { RankInterval } from '../rank/rankSensitivity';
import { unitLabeller } from './_internal/unitLabel';
import type { ReportLang } from './labels';
import type { UnitNames } from './renderScorecard';

/** Options of {@link rankIntervalsChartData}. */
export interface RankIntervalsChartDataOptions {
  /** The chart's title. */
  readonly title: string;
  /** Unit names (`[{ id, name }]` or a record id → name; a name may be `{ vi, en }`); a unit without one is labelled by its id. */
  readonly units?: UnitNames;
  /** The language of `{ vi, en }` names: `vi` (default) or `en`. */
  readonly lang?: ReportLang;
}

/**
 * The data of a `rankIntervals` chart from what {@link rankSensitivity} returns: each interval's
 * `unit` becomes a `label` (the unit's name when `units` gives one, else its id); the ranks are
 * taken as they are. The chart stays a chart of labels, not of unit ids, because a chart is read by
 * people: this is the one step between the two, `renderChart(rankIntervalsChartData(intervals, { title }), { kind: 'rankIntervals' })`.
 *
 * @param intervals - what `rankSensitivity` returns (not changed)
 * @param options - `title` (required), `units` (names), `lang` (of the names; default `vi`)
 * @returns the chart data, items in the order given
 * @throws never; `renderChart` validates the result (an empty list or an empty title is its error)
 *
 * @example
 * const intervals = [{ unit: 'a', nominal: 1, median: 1, p5: 1, p95: 2 }, { unit: 'b', nominal: 2, median: 2, p5: 1, p95: 2 }];
 * rankIntervalsChartData(intervals, { title: 'Độ nhạy thứ hạng', units: { a: 'Tỉnh A' } }).items.map((i) => i.label);
 * //=> ['Tỉnh A', 'b']
 * renderChart(rankIntervalsChartData(intervals, { title: 'Độ nhạy thứ hạng' }), { kind: 'rankIntervals' }).startsWith('<svg');
 * //=> true
 */
export function rankIntervalsChartData(intervals: readonly RankInterval[], options: RankIntervalsChartDataOptions): RankIntervalsChartData {
  const label = unitLabeller(options.units, options.lang ?? 'vi');
  return { title: options.title, items: intervals.map((i) => ({ label: label(i.unit), nominal: i.nominal, median: i.median, p5: i.p5, p95: i.p95 })) };
}
