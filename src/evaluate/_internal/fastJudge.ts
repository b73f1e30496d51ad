import type { TargetEvaluation } from '../../model/result';
import type { Target } from '../../model/target';

// `judge` for the common case, without decimals: a value P/Q (integers, Q > 0) against bounds that
// are short decimals. Used by `evaluate` and `evaluateColumns`; test/evaluate/_internal/fastJudge.test.ts
// checks it against `judge` itself.

/**
 * A finite number's shortest decimal text as an integer over a power of ten, `x = int / 10^scale`,
 * when both fit in the safe integers; `undefined` otherwise (the caller then works in decimal).
 */
export function decimalParts(x: number): Scaled | undefined {
  if (Number.isSafeInteger(x)) return { int: x === 0 ? 0 : x, pow: 1 };
  const text = String(x);
  if (text.includes('e')) return undefined;
  const dot = text.indexOf('.');
  if (dot < 0) return undefined;
  const scale = text.length - dot - 1;
  const int = Number(text.slice(0, dot) + text.slice(dot + 1));
  if (scale > 15 || !Number.isSafeInteger(int)) return undefined;
  return { int, pow: 10 ** scale };
}

/** A target's bound(s) as exact integer ratios, for the fast comparisons; `undefined` when a bound does not fit. */
export interface Bounds {
  readonly op: '>=' | '>' | '<=' | '<' | '=' | 'range';
  readonly lo: Scaled;
  readonly hi: Scaled | undefined;
}

export function boundsOf(target: Target): Bounds | undefined {
  if (target.kind === 'threshold' || target.kind === 'change' || target.kind === 'growth') {
    const lo = decimalParts(target.value);
    return lo === undefined ? undefined : { op: target.op, lo, hi: undefined };
  }
  if (target.kind === 'range') {
    const lo = decimalParts(target.min);
    const hi = decimalParts(target.max);
    return lo === undefined || hi === undefined ? undefined : { op: 'range', lo, hi };
  }
  return undefined;
}

export type Scaled = { readonly int: number; readonly pow: number };

/** Sign of P/Q − t, from P·pow vs int·Q; `undefined` when a product is not exact. */
function cmpScaled(P: number, Q: number, t: Scaled): number | undefined {
  const left = P * t.pow;
  const right = t.int * Q;
  if (!Number.isSafeInteger(left) || !Number.isSafeInteger(right)) return undefined;
  return left < right ? -1 : left > right ? 1 : 0;
}

/** `judge`'s verdict for P/Q against the bound t (whose comparison was exact). */
function verdictScaled(met: boolean, P: number, Q: number, t: Scaled): TargetEvaluation | undefined {
  const value = P === 0 ? 0 : P / Q;
  if (met) return { status: 'met', value, gap: 0, attainment: 1 };
  const scaledV = P * t.pow;
  const scaledT = t.int * Q;
  const diff = scaledT - scaledV;
  const den = Q * t.pow;
  if (!Number.isSafeInteger(diff) || !Number.isSafeInteger(den)) return undefined;
  let attainment = 0;
  // At the bound (a strict comparison, 0 against > 0 included): 1, as `judge` says.
  if (diff === 0) attainment = 1;
  else if (P !== 0 && t.int !== 0 && P < 0 === t.int < 0) {
    const a = Math.abs(scaledV);
    const c = Math.abs(scaledT);
    attainment = a < c ? a / c : c / a;
  }
  return { status: 'not-met', value, gap: diff === 0 ? 0 : Math.abs(diff) / den, attainment };
}

/**
 * `judge` on the value P/Q (integers, Q > 0) in safe-integer arithmetic, giving the very numbers
 * `judge` gives in decimal: every product is checked to be exact, and each result is one IEEE
 * division of two exact integers, i.e. the correctly rounded ratio, which is what rounding the
 * 200-digit decimal quotient to a number gives. `undefined` when a product would not be exact.
 */
export function fastJudge(b: Bounds, P: number, Q: number): TargetEvaluation | undefined {
  if (b.op === 'range') {
    const hi = b.hi as Scaled;
    const lo = cmpScaled(P, Q, b.lo);
    const up = cmpScaled(P, Q, hi);
    if (lo === undefined || up === undefined) return undefined;
    if (lo < 0) return verdictScaled(false, P, Q, b.lo);
    if (up > 0) return verdictScaled(false, P, Q, hi);
    return verdictScaled(true, P, Q, b.lo);
  }
  const sign = cmpScaled(P, Q, b.lo);
  if (sign === undefined) return undefined;
  const met = b.op === '>=' ? sign >= 0 : b.op === '>' ? sign > 0 : b.op === '<=' ? sign <= 0 : b.op === '<' ? sign < 0 : sign === 0;
  return verdictScaled(met, P, Q, b.lo);
}

