import type Decimal from 'decimal.js';
import type { Target } from '../model/target';
import type { TargetEvaluation } from '../model/result';
import { dec, toNumber } from './decimal';

/**
 * A value read and validated, kept exact: a quantity is the rational p/q (q > 0), so a share given
 * as counts is compared by cross-multiplication and never through a rounded float.
 */
export type Reading =
  | { readonly type: 'none' }
  | { readonly type: 'zero-denominator' }
  | { readonly type: 'quantity'; readonly p: Decimal; readonly q: Decimal }
  | { readonly type: 'growth'; readonly baseline: Decimal; readonly current: Decimal; readonly years: number }
  | { readonly type: 'rank'; readonly rank: number }
  | { readonly type: 'done'; readonly done: boolean };

const ONE_HUNDRED = 100;

/** Sign of (reading − t): −1, 0 or 1, computed exactly. */
function compare(reading: Extract<Reading, { type: 'quantity' | 'growth' }>, t: Decimal): number {
  if (reading.type === 'quantity') return reading.p.cmp(t.times(reading.q));
  // rate r ≷ t  ⇔  current ≷ baseline · (1 + t/100)^years, since x ↦ x^years is increasing on x ≥ 0.
  const factor = dec(1).plus(t.div(ONE_HUNDRED));
  if (factor.isNegative()) return 1;
  return reading.current.cmp(reading.baseline.times(factor.pow(reading.years)));
}

/** The reading as one decimal in the target's unit (for display, gap and attainment only). */
function valueOf(reading: Extract<Reading, { type: 'quantity' | 'growth' }>): Decimal {
  if (reading.type === 'quantity') return reading.p.div(reading.q);
  return reading.current.div(reading.baseline).pow(dec(1).div(reading.years)).minus(1).times(ONE_HUNDRED);
}

function holds(op: '>=' | '>' | '<=' | '<' | '=', sign: number): boolean {
  switch (op) {
    case '>=':
      return sign >= 0;
    case '>':
      return sign > 0;
    case '<=':
      return sign <= 0;
    case '<':
      return sign < 0;
    case '=':
      return sign === 0;
  }
}

/**
 * Progress toward a bound `t` not yet reached: the smaller magnitude over the larger when value and
 * bound have the same sign, else 0. One rule covers "higher is better" (36.18 of 80 → 0.45225),
 * "lower is better" (10 where ≤ 5 → 0.5), reductions (−10 % where ≤ −30 % → 1/3) and ranks.
 */
function partial(v: Decimal, t: Decimal): number {
  if (v.isZero() || t.isZero() || v.isNegative() !== t.isNegative()) return 0;
  const a = v.abs();
  const b = t.abs();
  return toNumber(a.lt(b) ? a.div(b) : b.div(a));
}

function verdict(met: boolean, v: Decimal, bound: Decimal): TargetEvaluation {
  return met
    ? { status: 'met', value: toNumber(v), gap: 0, attainment: 1 }
    : { status: 'not-met', value: toNumber(v), gap: toNumber(bound.minus(v).abs()), attainment: partial(v, bound) };
}

/** Judges an already-validated reading against an already-validated target. */
export function judge(target: Target, reading: Reading): TargetEvaluation {
  if (reading.type === 'none') return { status: 'no-data', value: null, gap: null, attainment: null, reason: 'no-observation' };
  if (reading.type === 'zero-denominator') {
    return { status: 'no-data', value: null, gap: null, attainment: null, reason: 'zero-denominator' };
  }
  switch (target.kind) {
    case 'qualitative':
    case 'done': {
      if (reading.type === 'quantity' && target.kind === 'done') {
        // A rolled-up `done` is the share of units done: the target is met when every unit is done.
        const v = valueOf(reading);
        const met = compare(reading, dec(ONE_HUNDRED)) >= 0;
        return { status: met ? 'met' : 'not-met', value: toNumber(v), gap: met ? 0 : toNumber(dec(ONE_HUNDRED).minus(v)), attainment: met ? 1 : toNumber(v.div(ONE_HUNDRED)) };
      }
      if (reading.type !== 'done') {
        const shown = reading.type === 'rank' ? reading.rank : toNumber(valueOf(reading));
        return { status: 'not-applicable', value: shown, gap: null, attainment: null, reason: 'qualitative-target' };
      }
      return { status: reading.done ? 'met' : 'not-met', value: reading.done, gap: null, attainment: reading.done ? 1 : 0 };
    }
    case 'rank': {
      if (reading.type !== 'rank') throw new TypeError('judge: rank target needs a rank reading');
      return verdict(reading.rank <= target.top, dec(reading.rank), dec(target.top));
    }
    case 'range': {
      if (reading.type !== 'quantity' && reading.type !== 'growth') throw new TypeError('judge: range needs a quantity');
      const v = valueOf(reading);
      const min = dec(target.min);
      const max = dec(target.max);
      if (compare(reading, min) < 0) return verdict(false, v, min);
      if (compare(reading, max) > 0) return verdict(false, v, max);
      return verdict(true, v, min);
    }
    case 'threshold':
    case 'change':
    case 'growth': {
      if (reading.type !== 'quantity' && reading.type !== 'growth') throw new TypeError('judge: threshold needs a quantity');
      const t = dec(target.value);
      return verdict(holds(target.op, compare(reading, t)), valueOf(reading), t);
    }
  }
}
