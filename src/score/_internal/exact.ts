// Results without binary noise: a group's index as the exact weighted mean of its children's indices
// as returned, and points as index × max exactly, each then the nearest float64. First in float64
// (nearMean, nearQuotient), which decides unless the result sits almost on a rounding midpoint;
// then, for values with few decimals, an integer path (n ÷ d of two integers below 2^53 is one
// correctly rounded division); anything else takes decimal.js. Each is the same exact number.
import type Decimal from 'decimal.js';
import { dec, toNumber } from '../../_shared/decimal';
import type { Plan } from './compile';
import { decimalPlaces, POW10, TWO_50, TWO_53 } from './places';

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
  const near = nearMean(plan, scaled, ok, shown, j);
  if (near === near) return near;
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
  return decimalMean(plan, ok, shown, j);
}

/**
 * `exactMean` in decimal.js: what the fast paths must give, bit for bit.
 *
 * @param plan - the compiled scheme
 * @param ok - which nodes have an index in this row
 * @param shown - the children's indices as returned
 * @param j - the group
 * @returns the mean
 */
export function decimalMean(plan: Plan, ok: Uint8Array, shown: Float64Array, j: number): number {
  const c0 = plan.childStart[j] as number;
  const c1 = plan.childStart[j + 1] as number;
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
 * `exactMean` without decimal.js, or NaN where it cannot decide: Σ W·X ÷ Σ W with W the scaled
 * weights and X = x + r each child's decimal text, r its residual. Σ W·x is carried exactly
 * (Dekker's product, Knuth's sum) up to the rounding of the low parts, Σ W·r in plain float64.
 *
 * @param plan - the compiled scheme
 * @param scaled - `scaledWeights(plan)`
 * @param ok - which nodes have an index in this row
 * @param shown - the children's indices as returned
 * @param j - the group
 * @returns the mean, or NaN
 */
export function nearMean(plan: Plan, scaled: Float64Array, ok: Uint8Array, shown: Float64Array, j: number): number {
  const c0 = plan.childStart[j] as number;
  const c1 = plan.childStart[j + 1] as number;
  let hi = 0;
  let lo = 0;
  let res = 0;
  let d = 0;
  let sigma = 0;
  let n = 0;
  for (let e = c0; e < c1; e += 1) {
    const k = plan.childList[e] as number;
    if (ok[k] !== 1) continue;
    const w = scaled[k] as number;
    const x = shown[k] as number;
    if (w < 0) return Number.NaN;
    const r = shownResidual(x);
    if (r !== r) return Number.NaN;
    const ph = w * x;
    const s = hi + ph;
    const b = s - hi;
    lo += hi - (s - b) + (ph - b) + productLow(w, x, ph);
    hi = s;
    res += w * r;
    d += w;
    sigma += w * Math.abs(x);
    n += 1;
  }
  if (n === 0 || d <= 0 || d >= TWO_53) return Number.NaN;
  return nearQuotient(hi, lo + res, d, sigma, n);
}

/** 2^27 + 1, Dekker's splitter. */
const SPLIT = 134217729;
/** u² with u = 2^−53, the unit roundoff. */
const U2 = 2 ** -106;
/** Powers of ten that are exact float64s (10^22 = 2^22 · 5^22, 5^22 < 2^53). */
const POW10_22 = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22];

/**
 * a·b − fl(a·b) exactly (Dekker's TwoProduct, no FMA), given ph = fl(a·b): exact while neither
 * overflows nor the parts underflow, which the ranges below keep.
 */
function productLow(a: number, b: number, ph: number): number {
  const ac = SPLIT * a;
  const a1 = ac - (ac - a);
  const a2 = a - a1;
  const bc = SPLIT * b;
  const b1 = bc - (bc - b);
  const b2 = b - b1;
  return a1 * b1 - ph + a1 * b2 + a2 * b1 + a2 * b2;
}

/**
 * X − x, where X is x's shortest round-trip decimal text read exactly (what `dec(x)` reads, as
 * V8's `String(x)` writes it: the fewest digits, then the closest to x), with a relative error
 * below 2.1u (u = 2^−53); NaN where not sure. |X − x| is at most half x's gap, so below u·|x|.
 * With p ≥ 0 places, X = N ÷ 10^p (see decimalPlaces); otherwise see `longResidual`.
 *
 * @param x - a child's index as returned
 * @param p - `decimalPlaces(x)`
 * @returns X − x, or NaN
 */
export function residual(x: number, p: number): number {
  if (x === 0) return 0;
  const a = Math.abs(x);
  let r: number;
  if (p >= 0) {
    // x·10^p = ph + pl exactly; N − ph is exact (Sterbenz: N ≥ 1 is within a gap of x·10^p).
    const scale = POW10_22[p] as number;
    const ph = a * scale;
    r = (Math.round(ph) - ph - productLow(a, scale, ph)) / scale;
  } else r = longResidual(a);
  return x < 0 ? -r : r;
}

/**
 * `residual(x, decimalPlaces(x))` for the usual index below 1.12, in one product: with t = |x|·10^15
 * below 2^50, x has at most 15 places exactly when n = round(t) gives n ÷ 10^15 = |x| (that
 * division is correctly rounded, as is reading the text back; the one decimal with at most 15
 * places in x's gap is then n ÷ 10^15, and t lies within 2.5u·t of n — see decimalPlaces — which
 * skips the division for most longer decimals). X − |x| = (n − t − tl) ÷ 10^15, t + tl = |x|·10^15
 * exactly, n − t exact (Sterbenz), two roundings.
 *
 * @param x - a child's index as returned
 * @returns X − x, or NaN
 */
export function shownResidual(x: number): number {
  if (x === 0) return 0;
  const a = Math.abs(x);
  const t = a * 1e15;
  if (!(t < TWO_50)) return residual(x, decimalPlaces(x));
  const n = Math.round(t);
  const r = Math.abs(t - n) <= 2.5 * 2 ** -53 * t && n / 1e15 === a ? (n - t - productLow(a, 1e15, t)) / 1e15 : longResidual(a);
  return x < 0 ? -r : r;
}

/**
 * `residual` for a > 0 with more than 15 places (callers have ruled out 15 or fewer; decimalPlaces'
 * −1 for a below 1.12 or shownResidual), without writing it out. With K such that
 * a·10^K is in [10^16, 10^17) (K ≤ 22, so every 10^k below is an exact float64), the candidates
 * with 15, 16 and 17 significant digits are the integers nearest a·10^(K−2), a·10^(K−1), a·10^K
 * (a shorter text is also a 15-digit one, padded). Each a·10^k = th + tl exactly (Dekker), and
 * g = a·10^k − M = (th − round(th)) + (tl − round(tl)), ± 1 into [−½, ½]: both differences are exact
 * (Sterbenz), their sum of at most 1 rounds once and the ± 1 is exact, so g errs by at most 2^−53. A
 * candidate reads back as a when |g| is below half a's gap (× 10^k) on its side, and never sits
 * exactly there in this range (a midpoint between float64s needs more than 17 digits); two
 * candidates can tie (g = ½: 999999999999999.25 is as near ….2 as ….3), which V8 settles by a rule
 * not copied here. So a |g| within 2^−50 of either is left undecided (NaN), not guessed. The first candidate
 * that reads back is the shortest; the nearest integer is the closest among its length; 17 digits
 * always read back. X − a = −g ÷ 10^k, rounded once more.
 */
function longResidual(a: number): number {
  if (!(a >= 1e-6 && a < 1e15)) return Number.NaN;
  // The decade from the power of two at or below a, off by one at most, which one step mends (and
  // `top` checks).
  const pow = powerBelow(a);
  const e = lastExponent();
  let K = Math.min(22, 16 - Math.floor(e * 0.3010299956639812));
  if (K < 1) return Number.NaN;
  if (a * (POW10_22[K] as number) < 1e16) K += 1;
  else if (a * (POW10_22[K] as number) >= 1e17) K -= 1;
  if (K < 2 || K > 22) return Number.NaN;
  const top = a * (POW10_22[K] as number);
  if (!(top > 1e16 && top < 1e17 - 64)) return Number.NaN;
  // Half the gap above a, and below it (half that at a power of two).
  const halfUp = pow * 2 ** -53;
  const halfDown = a === pow ? halfUp / 2 : halfUp;
  // With K = 17 (a in [0.1, 1)) the 15-digit candidate has 15 places, which the callers ruled out.
  for (let digits = K === 17 ? 16 : 15; digits <= 17; digits += 1) {
    const scale = POW10_22[K - 17 + digits] as number;
    const th = a * scale;
    const tl = productLow(a, scale, th);
    let g = th - Math.round(th) + (tl - Math.round(tl));
    if (g > 0.5) g -= 1;
    else if (g < -0.5) g += 1;
    const m = Math.abs(g);
    if (Math.abs(m - 0.5) <= 2 ** -50) return Number.NaN;
    if (digits < 17) {
      const half = (g > 0 ? halfDown : halfUp) * scale;
      if (Math.abs(m - half) <= 2 ** -50) return Number.NaN;
      if (m > half) continue;
    }
    return -g / scale;
  }
  return Number.NaN;
}

/** A float64's bits, made on first use; `high` is the index of the word with sign and exponent. */
let bits: { f64: Float64Array; u32: Uint32Array; high: number } | undefined;

/** The power of two at or below a normal a > 0: a with its significand's bits cleared. */
function powerBelow(a: number): number {
  if (bits === undefined) {
    const f64 = new Float64Array(1);
    const u32 = new Uint32Array(f64.buffer);
    f64[0] = 1;
    bits = { f64, u32, high: u32[1] === 0x3ff00000 ? 1 : 0 };
  }
  const { f64, u32, high } = bits;
  f64[0] = a;
  u32[high] = (u32[high] as number) & 0x7ff00000;
  u32[1 - high] = 0;
  return f64[0] as number;
}

/** The binary exponent of the last powerBelow (its high word holds nothing else). */
function lastExponent(): number {
  const { u32, high } = bits as NonNullable<typeof bits>;
  return ((u32[high] as number) >>> 20) - 1023;
}

/** hi + z − y·d, with y·d = th + tl exactly and hi − th by Knuth's sum: three roundings. */
function remainder(hi: number, z: number, d: number, y: number): number {
  const th = y * d;
  const tl = productLow(y, d, th);
  const s = hi - th;
  const b = s - hi;
  const e2 = hi - (s - b) + (-th - b);
  return s + (e2 + z - tl);
}

/**
 * The nearest float64 to S ÷ d, or NaN where that is not sure, S = Σ W·X being the exact sum that
 * hi + z stands for (nearMean: hi the Knuth sum of the products' high parts, z the float64 sum of
 * their low parts, Knuth's errors and W·r). With u = 2^−53 and Σ = Σ |W·x| over n terms, first
 * order (the factor 2 in the margin covers the rest): each low part and each Knuth error is at most
 * u·Σ, so those 2n terms total (n+1)u·Σ and adding them (two roundings per term) errs by at most
 * 2n·(n+1)u²Σ; each r is within 2.1u of X − x, itself at most u·|x|, and forming Σ W·r (a product
 * and a sum per term) adds at most (n + 4.1)u²Σ; lo + res rounds once more, (n+3)u²Σ. So
 * |S − (hi + z)| < (2n² + 4n + 8)u²Σ. Then y·d = th + tl exactly (Dekker), hi − th is split exactly
 * (Knuth), and the remainder S − y·d is formed with three roundings of terms under (n+8)u·Σ (y is
 * within a gap of S ÷ d): (3n + 24)u²Σ. All in, below (2n² + 8n + 40)u²Σ; the margin is twice that.
 * y is the answer when the remainder lies strictly inside (−d·gapBelow/2, d·gapAbove/2) with that
 * margin, so a tie (round half even) or a near one is never decided here.
 *
 * @param hi - the high sum
 * @param z - the low sum
 * @param d - Σ W, an integer below 2^53 (1 for points)
 * @param sigma - Σ |W·x|
 * @param n - the number of terms
 * @returns the quotient, or NaN
 */
function nearQuotient(hi: number, z: number, d: number, sigma: number, n: number): number {
  // fl(fl(hi + z) ÷ d) may be a gap off; one step on the remainder brings it to the nearest.
  const y0 = (hi + z) / d;
  const y = y0 + remainder(hi, z, d, y0) / d;
  if (y === 0) return hi === 0 && z === 0 && sigma === 0 ? 0 : Number.NaN;
  const a = Math.abs(y);
  if (!(a > 1e-290 && a < 1e290 && sigma < 1e290)) return Number.NaN;
  const margin = 2 * (2 * n * n + 8 * n + 40) * U2 * sigma;
  const rem = y < 0 ? -remainder(hi, z, d, y) : remainder(hi, z, d, y);
  const pow = powerBelow(a);
  const gap = pow * 2 ** -52;
  const below = a === pow ? gap / 2 : gap;
  return rem + margin < (d * gap) / 2 && rem - margin > -(d * below) / 2 ? y : Number.NaN;
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
  if (Number.isInteger(max) && max > 0 && max < TWO_53) {
    const r = residual(x, p);
    if (r === r) {
      const ph = x * max;
      const near = nearQuotient(ph, productLow(x, max, ph) + max * r, 1, Math.abs(ph), 1);
      if (near === near) return near;
    }
  }
  return decimalPoints(x, max);
}

/**
 * `exactPoints` in decimal.js: what the fast paths must give, bit for bit.
 *
 * @param x - an index as returned
 * @param max - the node's max
 * @returns the points
 */
export function decimalPoints(x: number, max: number): number {
  return toNumber(dec(x).times(max));
}
