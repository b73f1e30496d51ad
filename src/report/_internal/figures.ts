// The figures of a scorecard row for people — value, gap, attainment — written so that none of them
// reads as the other verdict. Rounding to 2 decimals can: 79.999 against "≥ 80" prints as 80, a gap
// of 0.001 as 0, an attainment of 0.99999 as 100% — for a target not met. The verdict is exact (see
// evaluate's judge); these texts only have to stop contradicting it.
import Decimal from 'decimal.js';
import { dec } from '../../_shared/decimal';
import { formatFixed, fractionDigits, numberFormatter, percentFormatter } from '../../_shared/format';
import type { ScorecardRow } from '../../model/result';
import type { Comparison, Target } from '../../model/target';
import { reportLabels, type ReportLang } from '../labels';
import { holds } from '../../_shared/holds';

/** The decimals every figure for people has unless a row near its bound needs more. */
const BASE_DIGITS = 2;

/**
 * Beyond this distance from every bound, rounding to 2 decimals (a move of at most 0.005) cannot
 * carry a value across: the exact check is skipped, so a 100 000-row table pays nothing for it.
 */
const FAR = 0.01;

const OPS: Readonly<Record<Comparison, string>> = { '>=': '≥', '>': '>', '<=': '≤', '<': '<', '=': '=' };

/** The fields of a row its figures are written from. */
export type FigureRow = Pick<ScorecardRow, 'status' | 'value' | 'gap' | 'attainment' | 'target'>;

/** A row's figures as text for people (`null` where the row has no such number), and whether any left the plain rounding. */
export interface RowFigures {
  readonly value: string | null;
  readonly gap: string | null;
  readonly attainment: string | null;
  /** The fraction digits the value is written with: 2, or more near a bound (a chart of the row may need them too). */
  readonly digits: number;
  /** Whether a figure was widened or qualified (`79,999`, `< 0,01`, `0 (cần > 80)`, `< 100%`): then the table says why. */
  readonly adjusted: boolean;
}

/** How a shown number meets the target as written: the bounds it is compared with, and the test. */
interface BoundTest {
  readonly bounds: readonly number[];
  readonly met: (v: Decimal) => boolean;
}

/** The target as the table writes it, as a test of a shown value; `null` for a target with no number to compare with. */
function boundTest(target: Target | null): BoundTest | null {
  if (target === null) return null;
  switch (target.kind) {
    case 'threshold':
    case 'change':
    case 'growth': {
      const { op, value } = target;
      const bound = dec(value);
      return { bounds: [value], met: (v) => holds(op, v.cmp(bound)) };
    }
    case 'range': {
      const min = dec(target.min);
      const max = dec(target.max);
      return { bounds: [target.min, target.max], met: (v) => v.gte(min) && v.lte(max) };
    }
    case 'rank': {
      const top = dec(target.top);
      return { bounds: [target.top], met: (v) => v.lte(top) };
    }
    case 'done':
      // A rolled-up done target is a share of units done, met at 100 %.
      return { bounds: [100], met: (v) => v.gte(100) };
    case 'qualitative':
      return null;
  }
}

/**
 * How many decimals a row's value needs so that, rounded, it meets the target as written exactly
 * when the status says met: 2, or more up to the value's own digits (past them the shown value is
 * the number itself, and a value exactly at a strict bound is then rightly shown as the bound).
 */
function valueDigits(row: FigureRow, value: number): number {
  if (row.status !== 'met' && row.status !== 'not-met') return BASE_DIGITS;
  const test = boundTest(row.target);
  if (test === null || test.bounds.every((b) => Math.abs(value - b) > FAR)) return BASE_DIGITS;
  const met = row.status === 'met';
  const own = fractionDigits(value);
  const exact = dec(value);
  let digits = BASE_DIGITS;
  while (digits < own && test.met(exact.toDecimalPlaces(digits, Decimal.ROUND_HALF_UP)) !== met) digits++;
  return digits;
}

/** Whether a gap, not 0, reads as 0 at `digits` decimals. */
function gapReadsZero(gap: number, digits: number): boolean {
  return dec(gap).toDecimalPlaces(digits, Decimal.ROUND_HALF_UP).isZero();
}

/** Whether an attainment reads as 100 % at `digits` decimals of percent. */
function attainmentReadsFull(attainment: number, digits: number): boolean {
  return dec(attainment).times(100).toDecimalPlaces(digits, Decimal.ROUND_HALF_UP).gte(100);
}

/** The decimals a row's figures need so that none reads as the other verdict; `null` where the row has no such number. */
export interface FigureDigits {
  /** The value's decimals: {@link valueDigits}. */
  readonly value: number | null;
  /** The gap's: the value's, or more until a not-met row's gap that is not 0 shows its first non-zero digit. */
  readonly gap: number | null;
  /** The attainment's, in decimals of percent: 2, or more until a not-met row's attainment short of 1 shows below 100 %. */
  readonly attainment: number | null;
  /** Whether any of them is more than 2. */
  readonly widened: boolean;
}

/**
 * The decimals of a row's figures as numbers, for a medium that shows a number with a format of its
 * own (a spreadsheet cell) where {@link figureWriter} would write `< 0,01` or `< 100%`: a gap that is
 * exactly 0, or an attainment of 1, cannot be widened and keeps 2.
 */
export function figureDigits(row: FigureRow): FigureDigits {
  const value = typeof row.value === 'number' ? valueDigits(row, row.value) : null;
  const base = value ?? BASE_DIGITS;
  const notMet = row.status === 'not-met';
  let gap: number | null = null;
  if (row.gap !== null) {
    gap = base;
    // At the gap's own digits it is itself, so it reads as 0 no longer (the loop ends there).
    const own = fractionDigits(row.gap);
    if (notMet && row.gap > 0) while (gap < own && gapReadsZero(row.gap, gap)) gap++;
  }
  let attainment: number | null = null;
  if (row.attainment !== null) {
    attainment = BASE_DIGITS;
    const own = Math.max(0, fractionDigits(row.attainment) - 2);
    if (notMet && row.attainment < 1) while (attainment < own && attainmentReadsFull(row.attainment, attainment)) attainment++;
  }
  return { value, gap, attainment, widened: [value, gap, attainment].some((d) => d !== null && d > BASE_DIGITS) };
}

/**
 * A writer of rows' figures in one language: the value with the decimals {@link valueDigits} asks
 * for; a gap not zero that would round to 0 as `< 0,01` (`< 0,001` at 3 decimals), and the zero gap
 * of a value exactly at a strict bound as `0 (cần > 80)` — its exact gap is 0, yet a bare 0 reads as
 * met; an attainment short of 1 that would round to 100 % as `< 100%`. Met rows, and rows far from
 * their bounds, print as plain rounding does.
 *
 * @param lang - `vi` or `en`
 * @returns the writer of one row's figures, and of a target's numbers (at their full precision, so
 *   the bound a figure is compared with is the bound as written)
 * @throws never
 *
 * @example
 * const f = figureWriter('vi');
 * f.row({ status: 'not-met', value: 79.999, gap: 0.001, attainment: 0.9999875, target: { kind: 'threshold', op: '>=', value: 80 } });
 * //=> { value: '79,999', gap: '0,001', attainment: '< 100%', digits: 3, adjusted: true }
 * f.row({ status: 'not-met', value: 80, gap: 0, attainment: 1, target: { kind: 'threshold', op: '>', value: 80 } });
 * //=> { value: '80', gap: '0 (cần > 80)', attainment: '< 100%', digits: 2, adjusted: true }
 */
export function figureWriter(lang: ReportLang): { readonly row: (row: FigureRow) => RowFigures; readonly target: (n: number) => string } {
  const num = numberFormatter(lang, BASE_DIGITS);
  const pct = percentFormatter(lang, BASE_DIGITS);
  const needs = reportLabels[lang].target.needs;
  const at = (n: number, digits: number) => (digits === BASE_DIGITS ? num(n) : formatFixed(n, digits, lang));
  const target = (n: number) => at(n, Math.max(BASE_DIGITS, fractionDigits(n)));
  const row = (r: FigureRow): RowFigures => {
    const digits = typeof r.value === 'number' ? valueDigits(r, r.value) : BASE_DIGITS;
    const value = typeof r.value === 'number' ? at(r.value, digits) : null;
    let adjusted = digits > BASE_DIGITS;
    const notMet = r.status === 'not-met';
    let gap: string | null = null;
    if (r.gap !== null) {
      if (!notMet || r.gap >= FAR) gap = at(r.gap, digits);
      else if (r.gap === 0 && r.target?.kind === 'threshold' && (r.target.op === '>' || r.target.op === '<')) {
        gap = `${at(0, digits)} (${needs} ${OPS[r.target.op]} ${target(r.target.value)})`;
        adjusted = true;
      } else if (gapReadsZero(r.gap, digits)) {
        // Not zero (or a zero that only the float's range made one): the smallest step shown, as a ceiling.
        gap = `< ${formatFixed(10 ** -digits, digits, lang)}`;
        adjusted = true;
      } else gap = at(r.gap, digits);
    }
    let attainment: string | null = null;
    if (r.attainment !== null) {
      if (notMet && attainmentReadsFull(r.attainment, BASE_DIGITS)) {
        attainment = `< ${pct(1)}`;
        adjusted = true;
      } else attainment = pct(r.attainment);
    }
    return { value, gap, attainment, digits, adjusted };
  };
  return { row, target };
}
