import type * as z from 'zod/mini';
import { formatCoord as c } from '../../_shared/format';
import type { RankIntervalsChartDataSchema } from '../../model/report';
import { BLUE, INK, PAD, TOP, compareText, diamond, label, legend, linear, niceStep, rowFrame, svg, verticalGrid, type FrameBase } from './chartFrame';

/**
 * A `rankIntervals` chart: per unit, the 5th–95th percentile range of its rank (a line with caps),
 * the median (a blue ring) and the nominal rank (a small dark diamond with a white outline), in order
 * of nominal rank. Where the rank is the median, the diamond sits inside the ring: both stay visible
 * and each still matches its legend entry (a filled marker on a hollow one the same size read as one
 * dot that matched neither).
 */

// The two markers, drawn the same in the rows and in the legend.
const medianMarker = (x: number, y: number): string => `<circle cx="${c(x)}" cy="${c(y)}" r="7" fill="none" stroke="${BLUE}" stroke-width="2"/>`;
const rankMarker = (x: number, y: number): string => diamond(x, y, 4.5, `fill="${INK}" stroke="#ffffff" stroke-width="1.5"`);
export function rankIntervalsChart(data: z.output<typeof RankIntervalsChartDataSchema>, f0: FrameBase, height: number | undefined): string {
  const { t, num } = f0;
  const collator = new Intl.Collator(f0.lang, { numeric: true });
  const items = [...data.items].sort(
    (a, b) => a.nominal - b.nominal || a.median - b.median || compareText(collator, a.label, b.label) || a.p5 - b.p5 || a.p95 - b.p95,
  );
  const n = items.length;
  const { rowH, f } = rowFrame(f0, n, 64, height);
  const labelW = Math.round(f.width * 0.28);
  const textW = Math.max(110, Math.round(f.width * 0.22));
  const x0 = PAD + labelW + 16;
  const x1 = f.width - PAD - textW;
  const last = Math.max(2, n, Math.ceil(Math.max(...items.flatMap((i) => [i.p95, i.nominal]))));
  const step = Math.max(1, niceStep(last - 1, 8));
  const sx = linear(1, last, x0, x1);
  const plotBottom = TOP + n * rowH;
  const body: string[] = [label(x1 + 10, TOP - 8, `${t.chart.rank} (${t.chart.interval})`, `fill="#555555" font-size="11"`, textW - 10, 11)];
  // Rank 1, then the multiples of a round step.
  const ticks = [1];
  for (let k = 1; k * step <= last; k++) if (k * step > 1) ticks.push(Number((k * step).toPrecision(12)));
  body.push(...verticalGrid(ticks, sx, plotBottom, num));
  items.forEach((item, i) => {
    const mid = TOP + i * rowH + rowH / 2;
    const a = sx(item.p5);
    const b = sx(item.p95);
    body.push('<g>');
    body.push(label(PAD + labelW, mid, item.label, `text-anchor="end" fill="${INK}"`, labelW));
    body.push(`<line x1="${c(a)}" y1="${c(mid)}" x2="${c(b)}" y2="${c(mid)}" stroke="#555555" stroke-width="2"/>`);
    body.push(`<line x1="${c(a)}" y1="${c(mid - 5)}" x2="${c(a)}" y2="${c(mid + 5)}" stroke="#555555" stroke-width="2"/>`);
    body.push(`<line x1="${c(b)}" y1="${c(mid - 5)}" x2="${c(b)}" y2="${c(mid + 5)}" stroke="#555555" stroke-width="2"/>`);
    body.push(medianMarker(sx(item.median), mid));
    body.push(rankMarker(sx(item.nominal), mid));
    body.push(label(x1 + 10, mid, `${num(item.nominal)} (${num(item.p5)}–${num(item.p95)})`, `fill="${INK}"`, textW - 10));
    body.push('</g>');
  });
  body.push(
    ...legend(f.height - 18, [
      { key: (x, y) => rankMarker(x + 7, y), text: t.chart.rank },
      { key: (x, y) => medianMarker(x + 7, y), text: t.chart.median },
      { key: (x, y) => `<line x1="${c(x)}" y1="${c(y)}" x2="${c(x + 14)}" y2="${c(y)}" stroke="#555555" stroke-width="2"/>`, text: t.chart.interval },
    ]),
  );
  const desc = [
    `${t.chart.rankIntervalsDesc}, ${n} ${t.chart.items}.`,
    ...items.map((i) => `${i.label}: ${t.chart.rank} ${num(i.nominal)}; ${t.chart.median} ${num(i.median)}; ${t.chart.interval}: ${num(i.p5)}–${num(i.p95)}.`),
  ].join(' ');
  return svg(f, data.title, desc, [], body);
}
