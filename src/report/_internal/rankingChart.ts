import type * as z from 'zod/mini';
import { formatCoord as c } from '../../_shared/format';
import type { RankingChartDataSchema } from '../../model/report';
import { BLUE, INK, PAD, TOP, compareText, label, linear, niceAxis, nullsLast, rowFrame, svg, verticalGrid, type FrameBase } from './chartFrame';

/** A `ranking` chart: horizontal score bars with the rank and the band, in rank order (then by name), whatever the order given. */
export function rankingChart(data: z.output<typeof RankingChartDataSchema>, f0: FrameBase, height: number | undefined): string {
  const { t, num } = f0;
  const sfx = data.suffix ?? '';
  const collator = new Intl.Collator(f0.lang, { numeric: true });
  const items = [...data.items].sort(
    (a, b) => nullsLast(a.rank, b.rank) || compareText(collator, a.label, b.label) || nullsLast(a.score, b.score) || compareText(collator, a.band ?? '', b.band ?? ''),
  );
  const n = items.length;
  const { rowH, f } = rowFrame(f0, n, 36, height);
  const rankW = 36;
  const labelW = Math.round(f.width * 0.28);
  const textW = Math.max(110, Math.round(f.width * 0.25));
  const x0 = PAD + rankW + labelW + 8;
  const x1 = f.width - PAD - textW;
  const scores = items.flatMap((i) => (i.score === null ? [] : [i.score]));
  const axis = niceAxis(Math.min(0, ...scores), Math.max(0, ...scores), data.max);
  const sx = linear(axis.min, axis.max, x0, x1);
  const plotBottom = TOP + n * rowH;
  const body: string[] = [
    label(PAD + rankW - 6, TOP - 8, t.chart.rank, `text-anchor="end" fill="#555555" font-size="11"`),
    label(x1 + 10, TOP - 8, t.chart.score, `fill="#555555" font-size="11"`),
  ];
  body.push(...verticalGrid(axis.ticks, sx, plotBottom, (tick) => `${num(tick)}${sfx}`));
  const bh = Math.min(18, rowH * 0.55);
  items.forEach((item, i) => {
    const mid = TOP + i * rowH + rowH / 2;
    body.push('<g>');
    body.push(label(PAD + rankW - 6, mid, item.rank === null ? '—' : num(item.rank), `text-anchor="end" fill="${INK}" font-weight="bold"`));
    body.push(label(PAD + rankW, mid, item.label, `fill="${INK}"`, labelW));
    if (item.score !== null) {
      const a = sx(Math.min(0, item.score));
      const b = sx(Math.max(0, item.score));
      body.push(`<rect x="${c(a)}" y="${c(mid - bh / 2)}" width="${c(b - a)}" height="${c(bh)}" fill="${BLUE}"/>`);
    }
    const text = item.score === null ? t.chart.noScore : `${num(item.score)}${sfx}${item.band === undefined ? '' : ` · ${item.band}`}`;
    body.push(label(x1 + 10, mid, text, `fill="${INK}"`, textW - 10));
    body.push('</g>');
  });
  const desc = [
    `${t.chart.rankingDesc}, ${n} ${t.chart.items}.`,
    ...items.map(
      (i) =>
        `${t.chart.rank} ${i.rank === null ? '—' : num(i.rank)}: ${i.label}; ${i.score === null ? t.chart.noScore : `${t.chart.score} ${num(i.score)}${sfx}`}${i.band === undefined ? '' : `; ${t.chart.band} ${i.band}`}.`,
    ),
  ].join(' ');
  return svg(f, data.title, desc, [], body);
}
