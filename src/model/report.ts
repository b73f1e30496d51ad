import * as z from 'zod/mini';
import { strictObjectSchema } from '../_shared/strictObjectSchema';
import { checkFirstUse } from './_internal/firstUse';
import { PeriodSchema } from './observation';

const LabelSchema = z.string().check(z.minLength(1));

/** Text after every number of a chart (`'%'`, `' điểm'`), verbatim. */
const SuffixSchema = z.optional(z.string().check(z.maxLength(20)));

/** At most this many fraction digits in the numbers written on a chart (default 2; DTI scores are published with 4). */
const DigitsSchema = z.optional(z.int().check(z.gte(0), z.lte(10)));

/** What the data of a chart of numbers (`progress`, `ranking`, `trajectory`) opens with: its title and how its numbers are written. */
const numbersChartHead = { title: LabelSchema, suffix: SuffixSchema, digits: DigitsSchema };

/**
 * The refinement (check and words) that a bar chart's `max`, when given, is not below any of the
 * numbers `numbers` reads from an item (`null`, no number, is never cut off): the axis ends there.
 */
function maxNotBelow<I>(
  numbers: (item: I) => readonly (number | null)[],
  what: string,
): [check: (d: { readonly max?: number | undefined; readonly items: readonly I[] }) => boolean, params: { message: string; path: string[] }] {
  const check = (d: { readonly max?: number | undefined; readonly items: readonly I[] }): boolean =>
    d.max === undefined || d.items.every((i) => numbers(i).every((n) => n === null || n <= (d.max as number)));
  return [check, { message: `a number not below any ${what}`, path: ['max'] }];
}

/**
 * Data of a `progress` chart: each item's value against its target — e.g. one bar per level for a
 * per-level target (90 % province, 80 % district, 60 % commune). `met` is the verdict as `evaluate`
 * gave it (the chart does not judge); an item with no value cannot be met. `max` fixes the end of the
 * axis (e.g. 100 for percentages; it must not be below any value or target); without it the axis
 * ends at a round number above the largest. `suffix` follows every number (`'%'`); `digits` is the
 * most fraction digits written (default 2).
 *
 * @example
 * ProgressChartDataSchema.parse({
 *   title: 'Hồ sơ xử lý hoàn toàn trực tuyến',
 *   suffix: '%',
 *   items: [{ label: 'Cấp tỉnh', value: 36.18, target: 80, met: false }],
 * }).items.length;
 * //=> 1
 */
export const ProgressChartDataSchema = strictObjectSchema({
    ...numbersChartHead,
    max: z.optional(z.number()),
    items: z
      .array(
        strictObjectSchema({ label: LabelSchema, value: z.nullable(z.number()), target: z.number(), met: z.boolean() }).check(z.refine((i) => i.value !== null || !i.met, { message: 'false when value is null (no value cannot meet a target)', path: ['met'] })),
      ).check(z.minLength(1)),
  }).check(z.refine(...maxNotBelow((i: { value: number | null; target: number }) => [i.value, i.target], 'value or target')));

/** Data of a `progress` chart. */
export type ProgressChartData = z.input<typeof ProgressChartDataSchema>;

/**
 * Data of a `ranking` chart: units with their score, their rank (as `rank` gave it; `null` when
 * missing) and optionally a band label (`Xuất sắc`, `Tốt`, …). Drawn in rank order, whatever the
 * order given. `suffix`, `digits` and `max` as for a progress chart (DTI indices: `digits: 4`, `max: 1`).
 *
 * @example
 * RankingChartDataSchema.parse({ title: 'DTI 2023', items: [{ label: 'Vĩnh Phúc', score: 0.52, rank: 14 }] }).items[0]?.rank;
 * //=> 14
 */
export const RankingChartDataSchema = strictObjectSchema({
    ...numbersChartHead,
    max: z.optional(z.number()),
    items: z
      .array(strictObjectSchema({ label: LabelSchema, score: z.nullable(z.number()), rank: z.nullable(z.number().check(z.positive())), band: z.optional(LabelSchema) })).check(z.minLength(1)),
  }).check(z.refine(...maxNotBelow((i: { score: number | null }) => [i.score], 'score')));

/** Data of a `ranking` chart. */
export type RankingChartData = z.input<typeof RankingChartDataSchema>;

const TimePointSchema = strictObjectSchema({ t: PeriodSchema, value: z.number() });

/**
 * Data of a `trajectory` chart: observed values over time (`t` a year or a `YYYY-MM-DD` date; a
 * year's figure is drawn at the end of that year, as `assessProgress` reads it), the target value and
 * its deadline, and optionally a projected line (e.g. from `assessProgress`). Points are drawn in
 * time order, whatever the order given; two observed points may not share a `t`.
 *
 * @example
 * TrajectoryChartDataSchema.parse({
 *   title: 'Cấp tỉnh',
 *   points: [{ t: '2023-05-31', value: 36.18 }],
 *   target: { value: 80, by: '2025-12-31' },
 * }).target.by;
 * //=> '2025-12-31'
 */
export const TrajectoryChartDataSchema = strictObjectSchema({
    ...numbersChartHead,
    points: z.array(TimePointSchema).check(z.minLength(1)),
    target: strictObjectSchema({ value: z.number(), by: PeriodSchema }),
    projection: z.optional(z.array(TimePointSchema)),
  }).check(z.superRefine((d, ctx) => {
    const seen = new Set<string>();
    d.points.forEach((p, i) => checkFirstUse(seen, `${typeof p.t}:${p.t}`, ctx, ['points', i, 't'], 'a time not used by another point', p.t));
  }));

/** Data of a `trajectory` chart. */
export type TrajectoryChartData = z.input<typeof TrajectoryChartDataSchema>;

/**
 * Data of a `rankIntervals` chart: each unit's nominal rank and the median and 5th–95th percentile
 * of its rank under perturbation (rank sensitivity). Ranks are ≥ 1 (1 is best) and
 * `p5 ≤ median ≤ p95`. Drawn in order of nominal rank, whatever the order given.
 *
 * @example
 * RankIntervalsChartDataSchema.parse({ title: 'Độ nhạy thứ hạng', items: [{ label: 'A', nominal: 1, median: 1, p5: 1, p95: 2 }] }).items[0]?.p95;
 * //=> 2
 */
export const RankIntervalsChartDataSchema = strictObjectSchema({
  title: LabelSchema,
  items: z
    .array(
      strictObjectSchema({ label: LabelSchema, nominal: z.number().check(z.gte(1)), median: z.number().check(z.gte(1)), p5: z.number().check(z.gte(1)), p95: z.number().check(z.gte(1)) }).check(z.refine((i) => i.p5 <= i.median && i.median <= i.p95, { message: 'p5 ≤ median ≤ p95', path: ['median'] })),
    ).check(z.minLength(1)),
});

/** Data of a `rankIntervals` chart. */
export type RankIntervalsChartData = z.input<typeof RankIntervalsChartDataSchema>;
