// Results without binary noise: a group's index as the exact weighted mean of its children's indices
// as returned, and points as index × max exactly, each then the nearest float64. Values with few
// decimals (what reports publish) take an integer path: n ÷ d of two integers below 2^53 is one
// correctly rounded division. Anything else takes decimal.js.
import type Decimal from 'decimal.js';
import { dec, toNumber } from '../../_shared/decimal';
import type { Plan } from './compile';
import { decimalPlaces, POW10, TWO_53 } from './places';

/**
 * Each node's weight as an integer: its weight × 10^a, where a is the most decimal places among its
 * siblings' weights, so siblings stay in proportion; −1 where that integer is 2^53 or more.
 *
 * @param plan - the compiled scheme
 * @returns the scaled weights, by node
 */
export function scaledWeights(plan: Plan): Float64Array {
  const out = new Float64Array(plan.ids.length).fill(-1);
  for (let j = 0; j < plan.ids.length; j += 1) {
    const c0 = plan.childStart[j] as number;
    const c1 = plan.childStart[j + 1] as number;
    let places = 0;
    for (let e = c0; e < c1; e += 1) places = Math.max(places, (plan.dWeight[plan.childList[e] as number] as Decimal).decimalPlaces());
    for (let e = c0; e < c1; e += 1) {
      const k = plan.childList[e] as number;
      const w = (plan.dWeight[k] as Decimal).times(dec(10).pow(places));
      out[k] = w.lt(TWO_53) ? w.toNumber() : -1;
    }
  }
  return out;
}

/**
 * Σ w·x ÷ Σ w over group j's children with data (`ok`), x being each child's index as returned
 * (`shown`), worked out exactly and rounded once to the nearest float64.
 *
 * @param plan - the compiled scheme
 * @param scaled - `scaledWeights(plan)`
 * @param ok - which nodes have an index in this row
 * @param shown - the children's indices as returned
 * @param j - the group
 * @returns the mean
 */
export function exactMean(plan: Plan, scaled: Float64Array, ok: Uint8Array, shown: Float64Array, j: number): number {
  const c0 = plan.childStart[j] as number;
  const c1 = plan.childStart[j + 1] as number;
  let k10 = 0;
  let fits = true;
  for (let e = c0; e < c1 && fits; e += 1) {
    const k = plan.childList[e] as number;
    if (ok[k] !== 1) continue;
    const p = decimalPlaces(shown[k] as number);
    if (p < 0 || (scaled[k] as number) < 0) fits = false;
    else if (p > k10) k10 = p;
  }
  if (fits) {
    const scale = POW10[k10] as number;
    let n = 0;
    let d = 0;
    for (let e = c0; e < c1; e += 1) {
      const k = plan.childList[e] as number;
      if (ok[k] !== 1) continue;
      const w = scaled[k] as number;
      const term = w * Math.round((shown[k] as number) * scale);
      n += term;
      d += w;
      if (Math.abs(term) >= TWO_53 || Math.abs(n) >= TWO_53) {
        fits = false;
        break;
      }
    }
    if (fits && d * scale < TWO_53) return n / (d * scale);
  }
  let sum = dec(0);
  let weights = dec(0);
  for (let e = c0; e < c1; e += 1) {
    const k = plan.childList[e] as number;
    if (ok[k] !== 1) continue;
    const w = plan.dWeight[k] as Decimal;
    sum = sum.plus(w.times(shown[k] as number));
    weights = weights.plus(w);
  }
  return toNumber(sum.div(weights));
}

/**
 * x × max, exactly, then the nearest float64: 0.9357 × 100 is 93.57 (float64 says 93.57000000000001).
 *
 * @param x - an index as returned
 * @param max - the node's max
 * @returns the points
 */
export function exactPoints(x: number, max: number): number {
  if (max === 1 || x === 0) return x * max;
  const p = decimalPlaces(x);
  if (p >= 0 && Number.isInteger(max)) {
    const scale = POW10[p] as number;
    const n = Math.round(x * scale) * max;
    if (Math.abs(n) < TWO_53) return n / scale;
  }
  return toNumber(dec(x).times(max));
}
