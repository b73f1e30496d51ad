import type * as z from 'zod/mini';
import { formatCoord as c } from '../../_shared/format';
import type { ProgressChartDataSchema } from '../../model/report';
import { GREEN, INK, PAD, RED, TOP, label, legend, linear, niceAxis, rowFrame, svg, verticalGrid, type FrameBase } from './chartFrame';

/**
 * A `progress` chart: one horizontal bar per item against its target's tick, met and not met told
 * apart without colour (a solid bar and ✓, a hatched bar and ✗). Items keep the order given.
 */
export function progressChart(data: z.output<typeof ProgressChartDataSchema>, f0: FrameBase, height: number | undefined): string {
  const { t, num } = f0;
  const sfx = data.suffix ?? '';
  const n = data.items.length;
  const footer = 64;
  const { rowH, f } = rowFrame(f0, n, footer, height);
  const labelW = Math.round(f.width * 0.28);
  const textW = Math.max(110, Math.round(f.width * 0.25));
  const x0 = PAD + labelW + 8;
  const x1 = f.width - PAD - textW;
  const values = data.items.flatMap((i) => (i.value === null ? [i.target] : [i.value, i.target]));
  const axis = niceAxis(Math.min(0, ...values), Math.max(0, ...values), data.max);
  const sx = linear(axis.min, axis.max, x0, x1);
  const plotBottom = TOP + n * rowH;
  const body: string[] = verticalGrid(axis.ticks, sx, plotBottom, (tick) => `${num(tick)}${sfx}`);
  body.push(`<line x1="${c(sx(0))}" y1="${TOP}" x2="${c(sx(0))}" y2="${c(plotBottom)}" stroke="#888888"/>`);
  const bh = Math.min(16, rowH * 0.45);
  data.items.forEach((item, i) => {
    const mid = TOP + i * rowH + rowH / 2;
    body.push('<g>');
    body.push(label(PAD + labelW, mid, item.label, `text-anchor="end" fill="${INK}"`, labelW));
    if (item.value !== null) {
      const a = sx(Math.min(0, item.value));
      const b = sx(Math.max(0, item.value));
      const paint = item.met ? `fill="${GREEN}"` : `fill="url(#${f.id}-hatch)" stroke="${RED}"`;
      body.push(`<rect x="${c(a)}" y="${c(mid - bh / 2)}" width="${c(b - a)}" height="${c(bh)}" ${paint}/>`);
    }
    const tx = sx(item.target);
    body.push(`<line x1="${c(tx)}" y1="${c(mid - bh / 2 - 4)}" x2="${c(tx)}" y2="${c(mid + bh / 2 + 4)}" stroke="${INK}" stroke-width="2"/>`);
    body.push(label(tx, mid - bh / 2 - 9, `${num(item.target)}${sfx}`, `text-anchor="middle" fill="${INK}" font-size="10"`));
    const verdict = item.value === null ? `– ${t.chart.noData}` : `${item.met ? '✓' : '✗'} ${num(item.value)}${sfx} · ${item.met ? t.chart.met : t.chart.notMet}`;
    body.push(label(x1 + 10, mid, verdict, `fill="${item.value === null ? '#555555' : item.met ? GREEN : RED}"`, textW - 10));
    body.push('</g>');
  });
  body.push(
    ...legend(f.height - 18, [
      { key: (x, y) => `<rect x="${c(x)}" y="${c(y - 6)}" width="14" height="12" fill="${GREEN}"/>`, text: `✓ ${t.chart.met}` },
      { key: (x, y) => `<rect x="${c(x)}" y="${c(y - 6)}" width="14" height="12" fill="url(#${f.id}-hatch)" stroke="${RED}"/>`, text: `✗ ${t.chart.notMet}` },
      { key: (x, y) => `<line x1="${c(x + 7)}" y1="${c(y - 8)}" x2="${c(x + 7)}" y2="${c(y + 8)}" stroke="${INK}" stroke-width="2"/>`, text: t.chart.target },
    ]),
  );
  const defs = [
    `<pattern id="${f.id}-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="#ffebee"/><line x1="0" y1="0" x2="0" y2="6" stroke="${RED}" stroke-width="2"/></pattern>`,
  ];
  const desc = [
    `${t.chart.progressDesc}, ${n} ${t.chart.items}.`,
    ...data.items.map((i) =>
      i.value === null
        ? `${i.label}: ${t.chart.noData}; ${t.chart.target} ${num(i.target)}${sfx}.`
        : `${i.label}: ${num(i.value)}${sfx}; ${t.chart.target} ${num(i.target)}${sfx}; ${i.met ? t.chart.met : t.chart.notMet}.`,
    ),
  ].join(' ');
  return svg(f, data.title, desc, defs, body);
}
