import * as z from 'zod/mini';
import { strictObjectSchema } from '../_shared/strictObjectSchema';
import { fail } from '../_shared/issue';
import { numberFormatter } from '../_shared/format';
import { parseOrThrow } from '../_shared/zod';
import {
  ProgressChartDataSchema,
  RankIntervalsChartDataSchema,
  RankingChartDataSchema,
  TrajectoryChartDataSchema,
  type ProgressChartData,
  type RankIntervalsChartData,
  type RankingChartData,
  type TrajectoryChartData,
} from '../model/report';
import { progressChart } from './_internal/progressChart';
import { rankingChart } from './_internal/rankingChart';
import { rankIntervalsChart } from './_internal/rankIntervalsChart';
import { byTime, trajectoryChart } from './_internal/trajectoryChart';
import { reportLabels, type ReportLang } from './labels';

/** The charts {@link renderChart} draws. */
export type ChartKind = 'progress' | 'ranking' | 'trajectory' | 'rankIntervals';

/** The data each kind of chart takes. */
export interface ChartDataByKind {
  progress: ProgressChartData;
  ranking: RankingChartData;
  trajectory: TrajectoryChartData;
  rankIntervals: RankIntervalsChartData;
}

/** Options of {@link renderChart}. */
export interface RenderChartOptions<K extends ChartKind = ChartKind> {
  /** What to draw: `progress`, `ranking`, `trajectory` or `rankIntervals`. */
  readonly kind: K;
  /** Language of the description, legend and numbers: `vi` (default, `vi-VN`) or `en` (`en-US`). */
  readonly lang?: ReportLang;
  /** Width in px (320–4000; default 640). */
  readonly width?: number;
  /** Height in px (120–10000); default: what the items need (360 for `trajectory`). */
  readonly height?: number;
}

const OptionsSchema = strictObjectSchema({
  kind: z.enum(['progress', 'ranking', 'trajectory', 'rankIntervals']),
  lang: z.optional(z.enum(['vi', 'en'])),
  width: z.optional(z.number().check(z.gte(320), z.lte(4000))),
  height: z.optional(z.number().check(z.gte(120), z.lte(10000))),
});

type Options = z.output<typeof OptionsSchema>;

/** FNV-1a (32 bits) of a text, as 8 hex digits: ids that depend only on the input. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

/**
 * Draws a chart as a standalone SVG string: no dependencies, no scripts, no external assets, and the
 * same input always gives the same bytes (coordinates to 2 decimals; element ids `chiso-<hash>-…`
 * from an FNV-1a hash of the validated input, so two charts on one page do not clash). Every chart
 * has `role="img"`, a `<title>` (the data's title) and a `<desc>` that reads out every item, linked
 * by `aria-labelledby` / `aria-describedby`; all text is escaped. Numbers are written for people in
 * `vi-VN` or `en-US` (at most `digits` fraction digits, 2 by default; halves away from zero). The chart draws what it is
 * given: it judges and ranks nothing.
 *
 * - `progress` ({@link ProgressChartData}): one horizontal bar per item (e.g. per level, the
 *   90/80/60 picture), its target as a tick, met / not met told apart without colour: a solid bar
 *   and `✓ … · Đạt`, a hatched bar and `✗ … · Chưa đạt`. Items keep the order given.
 * - `ranking` ({@link RankingChartData}): horizontal score bars with the rank and the band, in rank
 *   order (then by name), whatever the order given.
 * - `trajectory` ({@link TrajectoryChartData}): observed values (solid line, filled dots), the
 *   projection (dashed, hollow dots), the target (dashed line, diamond) and the deadline (dotted),
 *   on a year axis (a year's figure at the end of the year); points in time order.
 * - `rankIntervals` ({@link RankIntervalsChartData}): per unit, the 5th–95th percentile range of its
 *   rank (a line with caps), the median (hollow circle) and the nominal rank (filled diamond), in
 *   order of nominal rank.
 *
 * What the library returns chains in through one adapter each: `progressChartData` (scorecard rows),
 * `rankingChartData` (what `rank` returns), `rankIntervalsChartData` (what `rankSensitivity` returns).
 *
 * @param data - the chart's data (validated here; see the type for each kind)
 * @param options - `kind` (required), `lang`, `width` (default 640), `height` (default: as needed)
 * @returns the SVG document as text, ending with a line end
 * @throws {ChisoError} for invalid data (a missing title, NaN or ±Infinity, a number beyond ±1e300,
 *   `met` with no value, two points at the same time, `p5 > median`, …) or options (an unknown kind, a width or height out of
 *   range, a height too small for the items)
 *
 * @example
 * const chart = renderChart(
 *   { title: 'Hồ sơ xử lý hoàn toàn trực tuyến', suffix: '%', max: 100, items: [
 *     { label: 'Cấp tỉnh', value: 36.18, target: 80, met: false },
 *     { label: 'Cấp huyện', value: 98.76, target: 80, met: true },
 *   ] },
 *   { kind: 'progress' },
 * );
 * chart.includes('✗ 36,18% · Chưa đạt');
 * //=> true
 * chart === renderChart({ title: 'Hồ sơ xử lý hoàn toàn trực tuyến', suffix: '%', max: 100, items: [
 *   { label: 'Cấp tỉnh', value: 36.18, target: 80, met: false },
 *   { label: 'Cấp huyện', value: 98.76, target: 80, met: true },
 * ] }, { kind: 'progress' });
 * //=> true
 */
export function renderChart<K extends ChartKind>(data: ChartDataByKind[K], options: RenderChartOptions<K>): string {
  const opts: Options = parseOrThrow(OptionsSchema, options, ['options']);
  const lang = opts.lang ?? 'vi';
  const base = { lang, t: reportLabels[lang], num: numberFormatter(lang), width: opts.width ?? 640 };
  const id = (normalized: unknown) => `chiso-${hash(JSON.stringify({ kind: opts.kind, lang, width: opts.width ?? null, height: opts.height ?? null, data: normalized }))}`;
  switch (opts.kind) {
    case 'progress': {
      const d = drawable(parseOrThrow(ProgressChartDataSchema, data, ['data']));
      return progressChart(d, { ...base, num: numberFormatter(lang, d.digits ?? 2), id: id(d) }, opts.height);
    }
    case 'ranking': {
      const d = drawable(parseOrThrow(RankingChartDataSchema, data, ['data']));
      const sorted = { ...d, items: sortedForHash(d.items) };
      return rankingChart(d, { ...base, num: numberFormatter(lang, d.digits ?? 2), id: id(sorted) }, opts.height);
    }
    case 'trajectory': {
      const d = drawable(parseOrThrow(TrajectoryChartDataSchema, data, ['data']));
      const sorted = { ...d, points: byTime(d.points), projection: byTime(d.projection ?? []) };
      return trajectoryChart(d, { ...base, num: numberFormatter(lang, d.digits ?? 2), id: id(sorted) }, opts.height);
    }
    case 'rankIntervals': {
      const d = drawable(parseOrThrow(RankIntervalsChartDataSchema, data, ['data']));
      return rankIntervalsChart(d, { ...base, id: id({ ...d, items: sortedForHash(d.items) }) }, opts.height);
    }
  }
}

/** The largest magnitude a chart draws: axes, spans and pixel maps of larger numbers would overflow to Infinity. */
const CHART_LIMIT = 1e300;

/** Validated data, with every number within ±1e300 (the schemas allow any finite number). */
function drawable<T>(data: T): T {
  const stack: { value: unknown; path: (string | number)[] }[] = [{ value: data, path: ['data'] }];
  while (stack.length > 0) {
    const { value, path } = stack.pop()!;
    if (typeof value === 'number' && Math.abs(value) > CHART_LIMIT) {
      fail({ code: 'too_big', path, field: String(path[path.length - 1]), expected: 'a number between -1e300 and 1e300 (a chart axis must stay finite)', received: value });
    }
    if (typeof value === 'object' && value !== null) {
      for (const [k, v] of Object.entries(value)) stack.push({ value: v, path: [...path, Array.isArray(value) ? Number(k) : k] });
    }
  }
  return data;
}

/** Items in an order that does not depend on the input's (for the id hash of charts that sort). */
function sortedForHash<T>(items: readonly T[]): string[] {
  return items.map((i) => JSON.stringify(i)).sort();
}
