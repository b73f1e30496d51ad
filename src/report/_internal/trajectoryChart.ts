import type * as z from 'zod/mini';
import { daysBetween, isoFromParts } from '../../_shared/dates';
import { formatCoord as c, formatPeriod } from '../../_shared/format';
import type { Period } from '../../model/observation';
import type { TrajectoryChartDataSchema } from '../../model/report';
import { BLUE, GRID, INK, PURPLE, TOP, diamond, label, legend, linear, niceAxis, svg, type Frame, type FrameBase } from './chartFrame';

/** A period on a continuous year axis: a year's figure counts at its end (2023 ↦ 2023.0), a date in year Y at (Y − 1) + day-of-year / days-in-year. */
function timeOf(period: Period): number {
  if (typeof period === 'number') return period;
  const year = Number(period.slice(0, 4));
  const day = daysBetween(isoFromParts(year, 1, 1), period) + 1;
  const length = daysBetween(isoFromParts(year, 1, 1), isoFromParts(year + 1, 1, 1));
  return year - 1 + day / length;
}

/** Points in time order (a year before a date at the same place, then by value), each with its place on the year axis. */
export function byTime(points: readonly { t: Period; value: number }[]): { t: Period; value: number; x: number }[] {
  return points
    .map((p) => ({ ...p, x: timeOf(p.t) }))
    .sort((a, b) => a.x - b.x || (typeof a.t === typeof b.t ? 0 : typeof a.t === 'number' ? -1 : 1) || a.value - b.value);
}

/**
 * A `trajectory` chart: observed values (solid line, filled dots), the projection (dashed, hollow
 * dots), the target (dashed line, diamond) and the deadline (dotted), on a year axis.
 */
export function trajectoryChart(data: z.output<typeof TrajectoryChartDataSchema>, f0: FrameBase, height: number | undefined): string {
  const { t, num, lang } = f0;
  const sfx = data.suffix ?? '';
  const f: Frame = { ...f0, height: height ?? 360 };
  const points = byTime(data.points);
  const projection = byTime(data.projection ?? []);
  const by = timeOf(data.target.by);
  const xs = [...points, ...projection].map((p) => p.x).concat(by);
  const lo = Math.ceil(Math.min(...xs)) - 1;
  const hi = Math.ceil(Math.max(...xs));
  const left = 64;
  const right = 32;
  const bottom = f.height - 64;
  const sx = linear(lo, hi, left, f.width - right);
  const values = [...points, ...projection].map((p) => p.value).concat(data.target.value);
  const axis = niceAxis(Math.min(0, ...values), Math.max(0, ...values));
  const sy = linear(axis.min, axis.max, bottom, TOP + 8);
  const body: string[] = [];
  for (const tick of axis.ticks) {
    body.push(`<line x1="${left}" y1="${c(sy(tick))}" x2="${c(f.width - right)}" y2="${c(sy(tick))}" stroke="${GRID}"/>`);
    body.push(label(left - 6, sy(tick), `${num(tick)}${sfx}`, `text-anchor="end" fill="${INK}" font-size="11"`));
  }
  body.push(`<line x1="${left}" y1="${c(bottom)}" x2="${c(f.width - right)}" y2="${c(bottom)}" stroke="#888888"/>`);
  const years = hi - lo;
  const every = Math.max(1, Math.ceil(years / 12));
  for (let y = lo; y <= hi; y++) {
    body.push(`<line x1="${c(sx(y))}" y1="${c(bottom)}" x2="${c(sx(y))}" y2="${c(bottom + 5)}" stroke="#888888"/>`);
    if (y > lo && (hi - y) % every === 0) body.push(label(sx(y - 0.5), bottom + 14, String(y), `text-anchor="middle" fill="${INK}" font-size="11"`));
  }
  // Target and deadline.
  const ty = sy(data.target.value);
  const dx = sx(by);
  const targetText = `${t.chart.target} ${num(data.target.value)}${sfx}`;
  const deadlineText = `${t.chart.deadline} ${formatPeriod(data.target.by, lang)}`;
  body.push(`<line x1="${left}" y1="${c(ty)}" x2="${c(f.width - right)}" y2="${c(ty)}" stroke="${PURPLE}" stroke-width="1.5" stroke-dasharray="6 4"/>`);
  body.push(label(left + 4, ty - 9, targetText, `fill="${PURPLE}" font-size="11"`));
  body.push(`<line x1="${c(dx)}" y1="${TOP + 8}" x2="${c(dx)}" y2="${c(bottom)}" stroke="${PURPLE}" stroke-width="1.5" stroke-dasharray="2 3"/>`);
  body.push(label(dx - 4, bottom - 10, deadlineText, `text-anchor="end" fill="${PURPLE}" font-size="11"`));
  body.push(diamond(dx, ty, 6, `fill="${PURPLE}"`));
  // The projected line, then the observed one on top.
  const line = (list: readonly { x: number; value: number }[]) => list.map((p) => `${c(sx(p.x))},${c(sy(p.value))}`).join(' ');
  if (projection.length > 0) {
    body.push(`<polyline points="${line(projection)}" fill="none" stroke="${BLUE}" stroke-width="2" stroke-dasharray="5 4"/>`);
    for (const p of projection) body.push(`<circle cx="${c(sx(p.x))}" cy="${c(sy(p.value))}" r="3.5" fill="#ffffff" stroke="${BLUE}" stroke-width="1.5"/>`);
  }
  if (points.length > 1) body.push(`<polyline points="${line(points)}" fill="none" stroke="${BLUE}" stroke-width="2"/>`);
  for (const p of points) body.push(`<circle cx="${c(sx(p.x))}" cy="${c(sy(p.value))}" r="4" fill="${BLUE}"/>`);
  if (points.length <= 12) for (const p of points) body.push(label(sx(p.x), sy(p.value) - 12, `${num(p.value)}${sfx}`, `text-anchor="middle" fill="${INK}" font-size="10"`));
  body.push(
    ...legend(f.height - 18, [
      { key: (x, y) => `<line x1="${c(x)}" y1="${c(y)}" x2="${c(x + 14)}" y2="${c(y)}" stroke="${BLUE}" stroke-width="2"/><circle cx="${c(x + 7)}" cy="${c(y)}" r="3.5" fill="${BLUE}"/>`, text: t.chart.observed },
      ...(projection.length > 0
        ? [{ key: (x: number, y: number) => `<line x1="${c(x)}" y1="${c(y)}" x2="${c(x + 14)}" y2="${c(y)}" stroke="${BLUE}" stroke-width="2" stroke-dasharray="5 4"/>`, text: t.chart.projection }]
        : []),
      { key: (x, y) => `<line x1="${c(x)}" y1="${c(y)}" x2="${c(x + 14)}" y2="${c(y)}" stroke="${PURPLE}" stroke-width="1.5" stroke-dasharray="6 4"/>${diamond(x + 7, y, 4, `fill="${PURPLE}"`)}`, text: t.chart.target },
      { key: (x, y) => `<line x1="${c(x + 7)}" y1="${c(y - 7)}" x2="${c(x + 7)}" y2="${c(y + 7)}" stroke="${PURPLE}" stroke-width="1.5" stroke-dasharray="2 3"/>`, text: t.chart.deadline },
    ]),
  );
  const list = (ps: readonly { t: Period; value: number }[]) => ps.map((p) => `${formatPeriod(p.t, lang)}: ${num(p.value)}${sfx}`).join('; ');
  const desc = [
    `${t.chart.trajectoryDesc}.`,
    `${t.chart.observed}: ${list(points)}.`,
    `${targetText}, ${deadlineText}.`,
    ...(projection.length > 0 ? [`${t.chart.projection}: ${list(projection)}.`] : []),
  ].join(' ');
  return svg(f, data.title, desc, [], body);
}
