import { z } from 'zod';
import { fail } from '../_shared/issue';
import { daysBetween, isoFromParts } from '../_shared/dates';
import { escapeXml, formatCoord, formatPeriod, numberFormatter } from '../_shared/format';
import { parseOrThrow } from '../_shared/zod';
import type { Period } from '../model/observation';
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
import { reportLabels, type ReportLabelSet, type ReportLang } from './labels';

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

const OptionsSchema = z.strictObject({
  kind: z.enum(['progress', 'ranking', 'trajectory', 'rankIntervals']),
  lang: z.enum(['vi', 'en']).optional(),
  width: z.number().min(320).max(4000).optional(),
  height: z.number().min(120).max(10000).optional(),
});

type Options = z.output<typeof OptionsSchema>;

// ── Drawing helpers ──────────────────────────────────────────────────────────────────────────────

interface Frame {
  readonly id: string;
  readonly width: number;
  readonly height: number;
  readonly lang: ReportLang;
  readonly t: ReportLabelSet;
  readonly num: (n: number) => string;
}

const PAD = 16;
const TOP = 48;
const MIN_ROW = 16;
const INK = '#1a1a1a';
const GRID = '#e0e0e0';
const BLUE = '#1565c0';
const GREEN = '#2e7d32';
const RED = '#c62828';
const PURPLE = '#6a1b9a';

const c = formatCoord;
const e = escapeXml;

/** FNV-1a (32 bits) of a text, as 8 hex digits: ids that depend only on the input. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

/** A linear map from a domain to a range of pixels. */
function linear(d0: number, d1: number, r0: number, r1: number): (v: number) => number {
  const span = d1 - d0;
  return (v: number) => (span === 0 ? r0 : r0 + ((v - d0) / span) * (r1 - r0));
}

/** 1, 2 or 5 × a power of ten, near `span / count`. The power is read from the exponent text, so it never depends on `Math.log10`. */
function niceStep(span: number, count: number): number {
  const raw = span / count;
  const exponent = Number(raw.toExponential().split('e')[1]);
  const mantissa = raw / 10 ** exponent;
  const m = mantissa <= 1 ? 1 : mantissa <= 2 ? 2 : mantissa <= 5 ? 5 : 10;
  return Number((m * 10 ** exponent).toPrecision(12));
}

/** An axis that covers `[lo, hi]` with round ticks; `fixedMax` ends it exactly there. */
function niceAxis(lo: number, hi: number, fixedMax?: number): { min: number; max: number; ticks: number[] } {
  let top = fixedMax ?? hi;
  // Also for a span so small (5e-324) that a tenth of it underflows to 0: the axis would be NaN.
  if (!(top - lo >= 1e-300)) top = lo + 1;
  const step = niceStep(top - lo, 5);
  const min = Number((Math.floor(lo / step) * step).toPrecision(12));
  const max = fixedMax ?? Number((Math.ceil(top / step) * step).toPrecision(12));
  const ticks: number[] = [];
  // Bounded, and only rising ticks: a step below the 12-digit rounding of `min` would never move `v`.
  for (let i = 0; i <= 100; i++) {
    const v = Number((min + i * step).toPrecision(12));
    if (!(v <= max + step * 1e-9)) break;
    if (v > (ticks[ticks.length - 1] ?? -Infinity)) ticks.push(v);
  }
  return { min, max, ticks };
}

/** Cuts a label to about `px` pixels at a font size (an estimate: no fonts are measured). */
function fit(text: string, px: number, size = 12): { text: string; cut: boolean } {
  const chars = [...text.normalize('NFC')];
  const room = Math.max(4, Math.floor(px / (size * 0.56)));
  return chars.length <= room ? { text: chars.join(''), cut: false } : { text: `${chars.slice(0, room - 1).join('')}…`, cut: true };
}

/** A `<text>` element; a cut label carries its full text in a `<title>` (a tooltip). */
function label(x: number, y: number, text: string, attrs: string, px?: number, size = 12): string {
  const shown = px === undefined ? { text, cut: false } : fit(text, px, size);
  const tip = shown.cut ? `<title>${e(text)}</title>` : '';
  return `<text x="${c(x)}" y="${c(y)}" dy="0.35em"${attrs === '' ? '' : ` ${attrs}`}>${tip}${e(shown.text)}</text>`;
}

function diamond(x: number, y: number, r: number, attrs: string): string {
  return `<path d="M${c(x)} ${c(y - r)}L${c(x + r)} ${c(y)}L${c(x)} ${c(y + r)}L${c(x - r)} ${c(y)}Z" ${attrs}/>`;
}

/** A row of legend entries (a drawn key, then its text) from the left. */
function legend(y: number, entries: readonly { key: (x: number, y: number) => string; text: string }[]): string[] {
  const out: string[] = [];
  let x = PAD;
  for (const entry of entries) {
    out.push(entry.key(x, y), label(x + 20, y, entry.text, `fill="${INK}"`));
    x += 20 + [...entry.text].length * 7 + 20;
  }
  return out;
}

function svg(f: Frame, title: string, desc: string, defs: readonly string[], body: readonly string[]): string {
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${c(f.width)}" height="${c(f.height)}" viewBox="0 0 ${c(f.width)} ${c(f.height)}" role="img" aria-labelledby="${f.id}-title" aria-describedby="${f.id}-desc" lang="${f.lang}" font-family="system-ui, sans-serif" font-size="12">`,
    `<title id="${f.id}-title">${e(title)}</title>`,
    `<desc id="${f.id}-desc">${e(desc)}</desc>`,
    ...(defs.length > 0 ? ['<defs>', ...defs, '</defs>'] : []),
    `<rect width="${c(f.width)}" height="${c(f.height)}" fill="#ffffff"/>`,
    label(PAD, 24, title, `font-size="15" font-weight="bold" fill="${INK}"`, f.width - 2 * PAD, 15),
    ...body,
    '</svg>',
    '',
  ].join('\n');
}

/** Row geometry shared by the bar-like charts: rows of equal height between `TOP` and the footer. */
function rows(f: Frame, count: number, footer: number, explicitHeight: number | undefined): { rowH: number; height: number } {
  if (explicitHeight === undefined) return { rowH: 36, height: TOP + count * 36 + footer };
  const rowH = (explicitHeight - TOP - footer) / count;
  if (rowH < MIN_ROW) {
    fail({
      code: 'too_small',
      path: ['options', 'height'],
      field: 'height',
      expected: `at least ${TOP + footer + count * MIN_ROW} px for ${count} ${f.t.chart.items}`,
      received: explicitHeight,
    });
  }
  return { rowH, height: explicitHeight };
}

function compareText(collator: Intl.Collator, a: string, b: string): number {
  return collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}

const nullsLast = (a: number | null, b: number | null): number => (a === b ? 0 : a === null ? 1 : b === null ? -1 : a - b);

// ── progress ─────────────────────────────────────────────────────────────────────────────────────

function progress(data: z.output<typeof ProgressChartDataSchema>, f0: Omit<Frame, 'height'>, height: number | undefined): string {
  const { t, num } = f0;
  const sfx = data.suffix ?? '';
  const n = data.items.length;
  const footer = 64;
  const { rowH, height: H } = rows({ ...f0, height: 0 }, n, footer, height);
  const f: Frame = { ...f0, height: H };
  const labelW = Math.round(f.width * 0.28);
  const textW = Math.max(110, Math.round(f.width * 0.25));
  const x0 = PAD + labelW + 8;
  const x1 = f.width - PAD - textW;
  const values = data.items.flatMap((i) => (i.value === null ? [i.target] : [i.value, i.target]));
  const axis = niceAxis(Math.min(0, ...values), Math.max(0, ...values), data.max);
  const sx = linear(axis.min, axis.max, x0, x1);
  const plotBottom = TOP + n * rowH;
  const body: string[] = [];
  for (const tick of axis.ticks) {
    body.push(`<line x1="${c(sx(tick))}" y1="${TOP}" x2="${c(sx(tick))}" y2="${c(plotBottom)}" stroke="${GRID}"/>`);
    body.push(label(sx(tick), plotBottom + 12, `${num(tick)}${sfx}`, `text-anchor="middle" fill="${INK}" font-size="11"`));
  }
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
    ...legend(H - 18, [
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

// ── ranking ──────────────────────────────────────────────────────────────────────────────────────

function ranking(data: z.output<typeof RankingChartDataSchema>, f0: Omit<Frame, 'height'>, height: number | undefined): string {
  const { t, num } = f0;
  const sfx = data.suffix ?? '';
  const collator = new Intl.Collator(f0.lang, { numeric: true });
  const items = [...data.items].sort(
    (a, b) => nullsLast(a.rank, b.rank) || compareText(collator, a.label, b.label) || nullsLast(a.score, b.score) || compareText(collator, a.band ?? '', b.band ?? ''),
  );
  const n = items.length;
  const { rowH, height: H } = rows({ ...f0, height: 0 }, n, 36, height);
  const f: Frame = { ...f0, height: H };
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
  for (const tick of axis.ticks) {
    body.push(`<line x1="${c(sx(tick))}" y1="${TOP}" x2="${c(sx(tick))}" y2="${c(plotBottom)}" stroke="${GRID}"/>`);
    body.push(label(sx(tick), plotBottom + 12, `${num(tick)}${sfx}`, `text-anchor="middle" fill="${INK}" font-size="11"`));
  }
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

// ── trajectory ───────────────────────────────────────────────────────────────────────────────────

/** A period on a continuous year axis: a year's figure counts at its end (2023 ↦ 2023.0), a date in year Y at (Y − 1) + day-of-year / days-in-year. */
function timeOf(period: Period): number {
  if (typeof period === 'number') return period;
  const year = Number(period.slice(0, 4));
  const day = daysBetween(isoFromParts(year, 1, 1), period) + 1;
  const length = daysBetween(isoFromParts(year, 1, 1), isoFromParts(year + 1, 1, 1));
  return year - 1 + day / length;
}

function byTime(points: readonly { t: Period; value: number }[]): { t: Period; value: number; x: number }[] {
  return points
    .map((p) => ({ ...p, x: timeOf(p.t) }))
    .sort((a, b) => a.x - b.x || (typeof a.t === typeof b.t ? 0 : typeof a.t === 'number' ? -1 : 1) || a.value - b.value);
}

function trajectory(data: z.output<typeof TrajectoryChartDataSchema>, f0: Omit<Frame, 'height'>, height: number | undefined): string {
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

// ── rankIntervals ────────────────────────────────────────────────────────────────────────────────

function rankIntervals(data: z.output<typeof RankIntervalsChartDataSchema>, f0: Omit<Frame, 'height'>, height: number | undefined): string {
  const { t, num } = f0;
  const collator = new Intl.Collator(f0.lang, { numeric: true });
  const items = [...data.items].sort(
    (a, b) => a.nominal - b.nominal || a.median - b.median || compareText(collator, a.label, b.label) || a.p5 - b.p5 || a.p95 - b.p95,
  );
  const n = items.length;
  const { rowH, height: H } = rows({ ...f0, height: 0 }, n, 64, height);
  const f: Frame = { ...f0, height: H };
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
  for (const tick of ticks) {
    body.push(`<line x1="${c(sx(tick))}" y1="${TOP}" x2="${c(sx(tick))}" y2="${c(plotBottom)}" stroke="${GRID}"/>`);
    body.push(label(sx(tick), plotBottom + 12, num(tick), `text-anchor="middle" fill="${INK}" font-size="11"`));
  }
  items.forEach((item, i) => {
    const mid = TOP + i * rowH + rowH / 2;
    const a = sx(item.p5);
    const b = sx(item.p95);
    body.push('<g>');
    body.push(label(PAD + labelW, mid, item.label, `text-anchor="end" fill="${INK}"`, labelW));
    body.push(`<line x1="${c(a)}" y1="${c(mid)}" x2="${c(b)}" y2="${c(mid)}" stroke="#555555" stroke-width="2"/>`);
    body.push(`<line x1="${c(a)}" y1="${c(mid - 5)}" x2="${c(a)}" y2="${c(mid + 5)}" stroke="#555555" stroke-width="2"/>`);
    body.push(`<line x1="${c(b)}" y1="${c(mid - 5)}" x2="${c(b)}" y2="${c(mid + 5)}" stroke="#555555" stroke-width="2"/>`);
    body.push(`<circle cx="${c(sx(item.median))}" cy="${c(mid)}" r="4.5" fill="#ffffff" stroke="${BLUE}" stroke-width="2"/>`);
    body.push(diamond(sx(item.nominal), mid, 5.5, `fill="${BLUE}"`));
    body.push(label(x1 + 10, mid, `${num(item.nominal)} (${num(item.p5)}–${num(item.p95)})`, `fill="${INK}"`, textW - 10));
    body.push('</g>');
  });
  body.push(
    ...legend(H - 18, [
      { key: (x, y) => diamond(x + 7, y, 5.5, `fill="${BLUE}"`), text: t.chart.rank },
      { key: (x, y) => `<circle cx="${c(x + 7)}" cy="${c(y)}" r="4.5" fill="#ffffff" stroke="${BLUE}" stroke-width="2"/>`, text: t.chart.median },
      { key: (x, y) => `<line x1="${c(x)}" y1="${c(y)}" x2="${c(x + 14)}" y2="${c(y)}" stroke="#555555" stroke-width="2"/>`, text: t.chart.interval },
    ]),
  );
  const desc = [
    `${t.chart.rankIntervalsDesc}, ${n} ${t.chart.items}.`,
    ...items.map((i) => `${i.label}: ${t.chart.rank} ${num(i.nominal)}; ${t.chart.median} ${num(i.median)}; ${t.chart.interval}: ${num(i.p5)}–${num(i.p95)}.`),
  ].join(' ');
  return svg(f, data.title, desc, [], body);
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
 * To chart scorecard rows, map them: `{ label: levelName, value: row.value, target: row.target.value,
 * met: row.status === 'met' }`.
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
      return progress(d, { ...base, num: numberFormatter(lang, d.digits ?? 2), id: id(d) }, opts.height);
    }
    case 'ranking': {
      const d = drawable(parseOrThrow(RankingChartDataSchema, data, ['data']));
      const sorted = { ...d, items: sortedForHash(d.items) };
      return ranking(d, { ...base, num: numberFormatter(lang, d.digits ?? 2), id: id(sorted) }, opts.height);
    }
    case 'trajectory': {
      const d = drawable(parseOrThrow(TrajectoryChartDataSchema, data, ['data']));
      const sorted = { ...d, points: byTime(d.points), projection: byTime(d.projection ?? []) };
      return trajectory(d, { ...base, num: numberFormatter(lang, d.digits ?? 2), id: id(sorted) }, opts.height);
    }
    case 'rankIntervals': {
      const d = drawable(parseOrThrow(RankIntervalsChartDataSchema, data, ['data']));
      return rankIntervals(d, { ...base, id: id({ ...d, items: sortedForHash(d.items) }) }, opts.height);
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
