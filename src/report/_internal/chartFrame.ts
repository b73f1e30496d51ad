// The drawing primitives every chart kind of `renderChart` shares: the frame (id, size, language,
// labels, number format), round axes, text that fits, legends and the SVG document around a body.

import { fail } from '../../_shared/issue';
import { escapeXml, formatCoord as c } from '../../_shared/format';
import type { ReportLabelSet, ReportLang } from '../labels';

/** What every chart is drawn with: its id prefix, size, language, labels and number format. */
export interface Frame {
  readonly id: string;
  readonly width: number;
  readonly height: number;
  readonly lang: ReportLang;
  readonly t: ReportLabelSet;
  readonly num: (n: number) => string;
}

/** A frame before its height is known (the bar-like charts size it by their rows). */
export type FrameBase = Omit<Frame, 'height'>;

export const PAD = 16;
export const TOP = 48;
const MIN_ROW = 16;
export const INK = '#1a1a1a';
export const GRID = '#e0e0e0';
export const BLUE = '#1565c0';
export const GREEN = '#2e7d32';
export const RED = '#c62828';
export const PURPLE = '#6a1b9a';

const e = escapeXml;

/** A linear map from a domain to a range of pixels. */
export function linear(d0: number, d1: number, r0: number, r1: number): (v: number) => number {
  const span = d1 - d0;
  return (v: number) => (span === 0 ? r0 : r0 + ((v - d0) / span) * (r1 - r0));
}

/** 1, 2 or 5 × a power of ten, near `span / count`. The power is read from the exponent text, so it never depends on `Math.log10`. */
export function niceStep(span: number, count: number): number {
  const raw = span / count;
  const exponent = Number(raw.toExponential().split('e')[1]);
  const mantissa = raw / 10 ** exponent;
  const m = mantissa <= 1 ? 1 : mantissa <= 2 ? 2 : mantissa <= 5 ? 5 : 10;
  return Number((m * 10 ** exponent).toPrecision(12));
}

/** An axis that covers `[lo, hi]` with round ticks; `fixedMax` ends it exactly there. */
export function niceAxis(lo: number, hi: number, fixedMax?: number): { min: number; max: number; ticks: number[] } {
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
export function label(x: number, y: number, text: string, attrs: string, px?: number, size = 12): string {
  const shown = px === undefined ? { text, cut: false } : fit(text, px, size);
  const tip = shown.cut ? `<title>${e(text)}</title>` : '';
  return `<text x="${c(x)}" y="${c(y)}" dy="0.35em"${attrs === '' ? '' : ` ${attrs}`}>${tip}${e(shown.text)}</text>`;
}

/** A diamond (a square on its point) of half-diagonal `r` centred at (x, y). */
export function diamond(x: number, y: number, r: number, attrs: string): string {
  return `<path d="M${c(x)} ${c(y - r)}L${c(x + r)} ${c(y)}L${c(x)} ${c(y + r)}L${c(x - r)} ${c(y)}Z" ${attrs}/>`;
}

/** A row of legend entries (a drawn key, then its text) from the left. */
export function legend(y: number, entries: readonly { key: (x: number, y: number) => string; text: string }[]): string[] {
  const out: string[] = [];
  let x = PAD;
  for (const entry of entries) {
    out.push(entry.key(x, y), label(x + 20, y, entry.text, `fill="${INK}"`));
    x += 20 + [...entry.text].length * 7 + 20;
  }
  return out;
}

/** The SVG document: its accessible title and description, definitions, background, heading and body. */
export function svg(f: Frame, title: string, desc: string, defs: readonly string[], body: readonly string[]): string {
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

/**
 * Row geometry shared by the bar-like charts: rows of equal height between `TOP` and the footer, and
 * the frame with the height they make (or the height asked for, when the rows still fit in it).
 */
export function rowFrame(f0: FrameBase, count: number, footer: number, explicitHeight: number | undefined): { rowH: number; f: Frame } {
  if (explicitHeight === undefined) return { rowH: 36, f: { ...f0, height: TOP + count * 36 + footer } };
  const rowH = (explicitHeight - TOP - footer) / count;
  if (rowH < MIN_ROW) {
    fail({
      code: 'too_small',
      path: ['options', 'height'],
      field: 'height',
      expected: `at least ${TOP + footer + count * MIN_ROW} px for ${count} ${f0.t.chart.items}`,
      received: explicitHeight,
    });
  }
  return { rowH, f: { ...f0, height: explicitHeight } };
}

/** The vertical grid lines of a horizontal axis, each with its tick's text under the plot. */
export function verticalGrid(ticks: readonly number[], sx: (v: number) => number, plotBottom: number, text: (tick: number) => string): string[] {
  const out: string[] = [];
  for (const tick of ticks) {
    out.push(`<line x1="${c(sx(tick))}" y1="${TOP}" x2="${c(sx(tick))}" y2="${c(plotBottom)}" stroke="${GRID}"/>`);
    out.push(label(sx(tick), plotBottom + 12, text(tick), `text-anchor="middle" fill="${INK}" font-size="11"`));
  }
  return out;
}

/** Collation order of two labels, then code-unit order so that no two different labels tie. */
export function compareText(collator: Intl.Collator, a: string, b: string): number {
  return collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}

/** Numbers ascending, `null` last. */
export const nullsLast = (a: number | null, b: number | null): number => (a === b ? 0 : a === null ? 1 : b === null ? -1 : a - b);
