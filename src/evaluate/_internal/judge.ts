import type Decimal from 'decimal.js';
import type { Target } from '../../model/target';
import type { TargetEvaluation } from '../../model/result';
import { dec, toNumber } from '../../_shared/decimal';
import { fail } from '../../_shared/issue';
import { holds } from '../../_shared/holds';

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

/** Where the judged value is in the caller's input, for the error when a result would not be finite. */
export interface JudgeContext {
  readonly path: readonly (string | number)[];
  readonly unit?: string | undefined;
  readonly indicator?: string | undefined;
  /** The observation's `source` (e.g. `roll-up`), named in the error. */
  readonly source?: string | undefined;
}

/**
 * The nearest JS number to an exact result. Finite inputs can still give a result beyond ±1.8e308
 * (a gap between −1e308 and 1e308, a change from 1e-300 to 1e300): that is an error, never Infinity.
 */
function finite(d: Decimal, what: string, ctx: JudgeContext): number {
  const n = toNumber(d);
  if (Number.isFinite(n)) return n;
  return fail({ code: 'out_of_range', path: ctx.path, field: 'value', unit: ctx.unit, indicator: ctx.indicator, source: ctx.source, expected: `a value whose ${what} is a finite number (within ±1.7976931348623157e+308)`, received: d.toSignificantDigits(6).toString() });
}

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

/**
 * Progress toward a bound `t` not yet reached: the smaller magnitude over the larger when value and
 * bound have the same sign, else 0. One rule covers "higher is better" (36.18 of 80 → 0.45225),
 * "lower is better" (10 where ≤ 5 → 0.5), reductions (−10 % where ≤ −30 % → 1/3) and ranks.
 */
function partial(v: Decimal, t: Decimal): number {
  // At the bound (a strict comparison not met there, 0 against > 0 included): all the way, as 80 against > 80.
  if (v.eq(t)) return 1;
  if (v.isZero() || t.isZero() || v.isNegative() !== t.isNegative()) return 0;
  const a = v.abs();
  const b = t.abs();
  return toNumber(a.lt(b) ? a.div(b) : b.div(a));
}

function verdict(met: boolean, v: Decimal, bound: Decimal, ctx: JudgeContext): TargetEvaluation {
  const value = finite(v, 'compared value', ctx);
  return met
    ? { status: 'met', value, gap: 0, attainment: 1 }
    : { status: 'not-met', value, gap: finite(bound.minus(v).abs(), 'gap to the target', ctx), attainment: partial(v, bound) };
}

/**
 * Judges an already-validated reading against an already-validated target.
 *
 * @throws {ChisoError} when the value or the gap, computed exactly, is beyond the range of a JS number
 */
export function judge(target: Target, reading: Reading, ctx: JudgeContext = { path: ['value'] }): TargetEvaluation {
  if (reading.type === 'none') return { status: 'no-data', value: null, gap: null, attainment: null, reason: 'no-observation' };
  if (reading.type === 'zero-denominator') {
    return { status: 'no-data', value: null, gap: null, attainment: null, reason: 'zero-denominator' };
  }
  if (reading.type === 'done' && target.kind !== 'done' && target.kind !== 'qualitative') {
    // A done / not-done value is allowed for an indicator with a qualitative target; its numeric targets cannot judge it.
    return { status: 'not-applicable', value: reading.done, gap: null, attainment: null, reason: 'qualitative-value' };
  }
  switch (target.kind) {
    case 'qualitative':
    case 'done': {
      if (reading.type === 'quantity' && target.kind === 'done') {
        // A rolled-up `done` is the share of units done: the target is met when every unit is done.
        const v = valueOf(reading);
        const met = compare(reading, dec(ONE_HUNDRED)) >= 0;
        return { status: met ? 'met' : 'not-met', value: finite(v, 'compared value', ctx), gap: met ? 0 : toNumber(dec(ONE_HUNDRED).minus(v)), attainment: met ? 1 : toNumber(v.div(ONE_HUNDRED)) };
      }
      if (reading.type !== 'done') {
        const shown = reading.type === 'rank' ? reading.rank : finite(valueOf(reading), 'value', ctx);
        return { status: 'not-applicable', value: shown, gap: null, attainment: null, reason: 'qualitative-target' };
      }
      return { status: reading.done ? 'met' : 'not-met', value: reading.done, gap: null, attainment: reading.done ? 1 : 0 };
    }
    case 'rank': {
      if (reading.type !== 'rank') throw new TypeError('judge: rank target needs a rank reading');
      return verdict(reading.rank <= target.top, dec(reading.rank), dec(target.top), ctx);
    }
    case 'range': {
      if (reading.type !== 'quantity' && reading.type !== 'growth') throw new TypeError('judge: range needs a quantity');
      const v = valueOf(reading);
      const min = dec(target.min);
      const max = dec(target.max);
      if (compare(reading, min) < 0) return verdict(false, v, min, ctx);
      if (compare(reading, max) > 0) return verdict(false, v, max, ctx);
      return verdict(true, v, min, ctx);
    }
    case 'threshold':
    case 'change':
    case 'growth': {
      if (reading.type !== 'quantity' && reading.type !== 'growth') throw new TypeError('judge: threshold needs a quantity');
      const t = dec(target.value);
      return verdict(holds(target.op, compare(reading, t)), valueOf(reading), t, ctx);
    }
  }
}
