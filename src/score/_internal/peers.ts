// Peer normalisation: rules that compare a unit with the units that have a value for the same leaf
// in the same period — minmax without goalposts, zscore, rank and percent of max.
import type Decimal from 'decimal.js';
import { ABSENT, NONE, NUMBER, R_MINMAX_PEERS, R_PERCENT_OF_MAX, R_RANK, R_ZSCORE, SHARE_PERCENT, SHARE_RATIO } from './codes';
import type { LeafPlan } from './compile';
import { POW10, TWO_50, TWO_53, decimalPlaces } from './places';
import type { Store } from './store';

/** Φ(z), the standard normal CDF, to about 1e-16 absolute. */
function normalCdf(z: number): number {
  if (z === 0) return 0.5;
  const x = Math.abs(z) / Math.SQRT2;
  let erfc: number;
  if (x < 3) {
    // erf(x) = 2/√π · e^(−x²) · Σ (2x²)ⁿ · x / (1·3·…·(2n+1)): every term positive, no cancellation.
    let term = x;
    let sum = x;
    for (let n = 1; n < 500 && term > sum * 1e-18; n += 1) {
      term *= (2 * x * x) / (2 * n + 1);
      sum += term;
    }
    erfc = 1 - (2 / Math.sqrt(Math.PI)) * Math.exp(-x * x) * sum;
  } else {
    // erfc(x) = e^(−x²)/√π · 1/(x + (1/2)/(x + 1/(x + (3/2)/(x + …)))), evaluated from the tail.
    let t = x;
    for (let k = 120; k >= 1; k -= 1) t = x + k / 2 / t;
    erfc = Math.exp(-x * x) / Math.sqrt(Math.PI) / t;
  }
  const tail = erfc / 2;
  return z > 0 ? 1 - tail : tail;
}

/** Scratch space for one leaf × period of a peer rule. */
interface PeerScratch {
  /** Row ids of the peers. */
  at: Int32Array;
  values: Float64Array;
}

/** A peer leaf's values by row id (NaN where missing) and its results by row id. */
export interface PeerColumn {
  readonly values: Float64Array;
  readonly index: Float64Array;
  readonly z: Float64Array | undefined;
  /** Whether any value is a share: then minmax works on fractions, rank ties are decided in decimal, zscore is float64. */
  hasShare: boolean;
}

/**
 * The decimal places shared by values[0 .. n) (the most any has), when every value scaled by 10^k is
 * an integer below 2^50 (and, for spread n > 1, n²·N² stays below 2^53); −1 otherwise.
 */
function commonPlaces(values: Float64Array, n: number, spread: number): number {
  let k = 0;
  let top = 0;
  for (let i = 0; i < n; i += 1) {
    const v = values[i] as number;
    // Most values share the places found so far: one check.
    const p = POW10[k] as number;
    if (Math.round(v * p) / p !== v) {
      const own = decimalPlaces(v);
      if (own < 0) return -1;
      k = Math.max(k, own);
    }
    top = Math.max(top, Math.abs(v));
  }
  const scaled = top * (POW10[k] as number);
  if (!(scaled < TWO_50)) return -1;
  // spread = 1: differences of two such integers; spread = n: zscore's n·Σ N² and S², at most n²·N².
  return spread === 1 || spread * spread * scaled * scaled < TWO_53 ? k : -1;
}

/**
 * Minmax among peers some of whose values are shares: each value as a fraction P ÷ Q of small
 * integers (a share n·100 ÷ d, a number N ÷ 10^k), so that differences are exact cross-products.
 * Returns false (nothing set) when a value has no such form.
 */
function rationalMinmax(lower: boolean, n: number, at: Int32Array, values: Float64Array, store: Store, slotInRow: number, set: (i: number, x: number) => void): boolean {
  const P = new Float64Array(n);
  const Q = new Float64Array(n);
  let topP = 0;
  let topQ = 0;
  for (let i = 0; i < n; i += 1) {
    const slot = (at[i] as number) * store.width + slotInRow;
    const kind = store.kinds[slot];
    if (kind === SHARE_PERCENT || kind === SHARE_RATIO) {
      const num = (store.shareN as Float64Array)[slot] as number;
      const den = (store.shareD as Float64Array)[slot] as number;
      if (!Number.isSafeInteger(num) || !Number.isSafeInteger(den)) return false;
      P[i] = kind === SHARE_PERCENT ? num * 100 : num;
      Q[i] = den;
    } else {
      const v = values[i] as number;
      const k = decimalPlaces(v);
      if (k < 0) return false;
      P[i] = Math.round(v * (POW10[k] as number));
      Q[i] = POW10[k] as number;
    }
    topP = Math.max(topP, Math.abs(P[i] as number));
    topQ = Math.max(topQ, Q[i] as number);
  }
  // Every product P·Q below 2^52, so a difference of two is exact.
  if (!(topP * topQ < TWO_53 / 2)) return false;
  const cmp = (i: number, j: number): number => (P[i] as number) * (Q[j] as number) - (P[j] as number) * (Q[i] as number);
  let h = 0;
  let l = 0;
  for (let i = 1; i < n; i += 1) {
    if (cmp(i, h) > 0) h = i;
    if (cmp(i, l) < 0) l = i;
  }
  const span = cmp(h, l);
  for (let i = 0; i < n; i += 1) {
    // (v − lo) ÷ (hi − lo) = (P·Qlo − Plo·Q) ÷ span × Qhi ÷ Q, and (hi − v) likewise; three roundings
    // may not leave [0, 1].
    const x = span === 0 ? 1 : lower ? (cmp(h, i) / span) * ((Q[l] as number) / (Q[i] as number)) : (cmp(i, l) / span) * ((Q[h] as number) / (Q[i] as number));
    set(i, x > 1 ? 1 : x);
  }
  return true;
}

/**
 * Indices of a peer-based rule for the rows of one period (row ids order[from .. to), in output
 * order) that have a value for the leaf; writes them (and z) by row id.
 */
function peerIndices(leaf: LeafPlan, column: PeerColumn, order: Int32Array, from: number, to: number, scratch: PeerScratch, store: Store, slotInRow: number): void {
  const { at, values } = scratch;
  const col = column.values;
  let n = 0;
  let hi = -Infinity;
  let lo = Infinity;
  for (let r = from; r < to; r += 1) {
    const row = order[r] as number;
    const v = col[row] as number;
    if (v !== v) continue; // NaN: no value
    at[n] = row;
    values[n] = v;
    if (v > hi) hi = v;
    if (v < lo) lo = v;
    n += 1;
  }
  if (n === 0) return;
  const index = column.index;
  const set = (i: number, x: number): void => {
    index[at[i] as number] = x + 0;
  };
  switch (leaf.code) {
    case R_MINMAX_PEERS: {
      // Differences of nearly equal values cancel: with few decimal places (the usual data), they are
      // taken on the integers value·10^k, exactly, so the index is the decimal one, rounded once.
      // (A share's value is a rounded quotient, not a decimal as written: shares go the rational way.)
      const k = column.hasShare ? -1 : commonPlaces(values, n, 1);
      if (k >= 0) {
        const p = POW10[k] as number;
        const top = Math.round(hi * p);
        const bottom = Math.round(lo * p);
        for (let i = 0; i < n; i += 1) {
          const v = Math.round((values[i] as number) * p);
          set(i, top === bottom ? 1 : leaf.lower ? (top - v) / (top - bottom) : (v - bottom) / (top - bottom));
        }
        return;
      }
      if (column.hasShare && rationalMinmax(leaf.lower, n, at, values, store, slotInRow, set)) return;
      let span = hi - lo;
      // Values near ±1.7e308 would overflow the span: halve everything (exact but for subnormals).
      const half = !Number.isFinite(span);
      if (half) span = hi / 2 - lo / 2;
      for (let i = 0; i < n; i += 1) {
        const v = values[i] as number;
        if (span === 0) set(i, 1);
        else if (half) set(i, leaf.lower ? (hi / 2 - v / 2) / span : (v / 2 - lo / 2) / span);
        else set(i, leaf.lower ? (hi - v) / span : (v - lo) / span);
      }
      return;
    }
    case R_PERCENT_OF_MAX:
      for (let i = 0; i < n; i += 1) set(i, hi === 0 ? 1 : (values[i] as number) / hi);
      return;
    case R_ZSCORE: {
      const zs = column.z as Float64Array;
      const put = (i: number, raw: number): void => {
        const z = leaf.lower ? -raw || 0 : raw + 0;
        set(i, normalCdf(z));
        zs[at[i] as number] = z;
      };
      // With few decimal places: z = (n·N − S) ÷ √(n·Σ N² − S²) on the integers N = value·10^k, exact
      // but for the square root and the division (so the mean itself is exactly 0).
      const k = column.hasShare ? -1 : commonPlaces(values, n, n);
      if (k >= 0) {
        const p = POW10[k] as number;
        let sum = 0;
        let squares = 0;
        for (let i = 0; i < n; i += 1) {
          const v = Math.round((values[i] as number) * p);
          values[i] = v;
          sum += v;
          squares += v * v;
        }
        const sd = Math.sqrt(n * squares - sum * sum);
        for (let i = 0; i < n; i += 1) put(i, sd === 0 ? 0 : (n * (values[i] as number) - sum) / sd);
        return;
      }
      // Otherwise two passes (mean, then squared deviations), each a compensated sum; all equal →
      // z = 0. z does not change with the scale, so values far from 1 are first scaled by a power of
      // 2 (exactly), lest their squares overflow or underflow.
      const m = Math.max(Math.abs(hi), Math.abs(lo));
      const f = m > 2 ** 500 ? 2 ** -600 : m < 2 ** -500 ? 2 ** 600 : 1;
      if (f !== 1) for (let i = 0; i < n; i += 1) values[i] = (values[i] as number) * f;
      let sum = 0;
      let c = 0;
      for (let i = 0; i < n; i += 1) {
        const v = values[i] as number;
        const t = sum + v;
        c += Math.abs(sum) >= Math.abs(v) ? sum - t + v : v - t + sum;
        sum = t;
      }
      const mean = (sum + c) / n;
      let ss = 0;
      let cc = 0;
      for (let i = 0; i < n; i += 1) {
        const dv = (values[i] as number) - mean;
        const sq = dv * dv;
        const t = ss + sq;
        cc += ss >= sq ? ss - t + sq : sq - t + ss;
        ss = t;
      }
      const sd = hi === lo ? 0 : Math.sqrt((ss + cc) / n);
      for (let i = 0; i < n; i += 1) put(i, sd === 0 ? 0 : ((values[i] as number) - mean) / sd);
      return;
    }
    case R_RANK: {
      // Best first; competition ranks (1 2 2 4). Ties are equal numbers; with shares, values a few
      // ulps apart are told apart (or found equal) in exact decimal.
      const ord = Array.from({ length: n }, (_, i) => i);
      const sign = leaf.lower ? 1 : -1;
      ord.sort((x, y) => sign * ((values[x] as number) - (values[y] as number)) || x - y);
      const tie = new Uint8Array(n);
      for (let p = 1; p < n; p += 1) tie[p] = values[ord[p] as number] === values[ord[p - 1] as number] ? 1 : 0;
      if (column.hasShare) exactRuns(ord, values, at, store, slotInRow, tie, sign);
      let rank = 1;
      for (let p = 0; p < n; p += 1) {
        if (p > 0 && tie[p] === 0) rank = p + 1;
        set(ord[p] as number, n === 1 ? 1 : (n - rank) / (n - 1));
      }
      return;
    }
  }
}

/** Re-sorts runs of nearly equal values in exact decimal, and marks exact ties (the rare path of rank with shares). */
function exactRuns(ord: number[], values: Float64Array, rows: Int32Array, store: Store, slotInRow: number, tie: Uint8Array, sign: number): void {
  const n = ord.length;
  const near = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-12 * Math.max(Math.abs(a), Math.abs(b));
  for (let start = 0; start < n; ) {
    let end = start + 1;
    while (end < n && near(values[ord[end - 1] as number] as number, values[ord[end] as number] as number)) end += 1;
    if (end - start > 1) {
      const run = ord.slice(start, end).map((i) => ({ i, d: store.exact((rows[i] as number) * store.width + slotInRow) }));
      run.sort((x, y) => sign * x.d.cmp(y.d) || x.i - y.i);
      run.forEach((e, k) => {
        ord[start + k] = e.i;
        if (k > 0) tie[start + k] = e.d.eq((run[k - 1] as { d: Decimal }).d) ? 1 : 0;
      });
    }
    start = end;
  }
}

/**
 * Peer-based leaves, leaf by leaf and period by period: their values are first copied into one
 * column per leaf (by row id, one pass over the cells), so the periods are read from small arrays.
 *
 * @param leaves - the compiled leaves
 * @param store - the cells
 * @param order - row ids in output order
 * @param segments - where each period's rows start in `order` (and where the last ends)
 * @param slotOf - each leaf's slot in a row
 * @returns each peer leaf's column of indices (and z) by row id; `undefined` for the other leaves
 */
export function scorePeers(leaves: readonly LeafPlan[], store: Store, order: Int32Array, segments: readonly number[], slotOf: Int32Array): (PeerColumn | undefined)[] {
  const rowCount = store.rows;
  const width = store.width;
  const columns = leaves.map((leaf): PeerColumn | undefined =>
    leaf.code < R_MINMAX_PEERS
      ? undefined
      : { values: new Float64Array(rowCount), index: new Float64Array(rowCount), z: leaf.code === R_ZSCORE ? new Float64Array(rowCount) : undefined, hasShare: false },
  );
  const peers = leaves.flatMap((_, l) => (columns[l] === undefined ? [] : [l]));
  if (peers.length === 0) return columns;
  const { kinds, nums } = store;
  for (let row = 0; row < rowCount; row += 1) {
    const cells = row * width;
    for (const l of peers) {
      const column = columns[l] as PeerColumn;
      const slot = cells + (slotOf[l] as number);
      const kind = kinds[slot] as number;
      if (kind === ABSENT || kind === NONE) column.values[row] = Number.NaN;
      else {
        column.values[row] = nums[slot] as number;
        if (kind !== NUMBER) column.hasShare = true;
      }
    }
  }
  let longest = 0;
  for (let p = 1; p < segments.length; p += 1) longest = Math.max(longest, (segments[p] as number) - (segments[p - 1] as number));
  const scratch: PeerScratch = { at: new Int32Array(longest), values: new Float64Array(longest) };
  for (const l of peers) {
    for (let p = 1; p < segments.length; p += 1) {
      peerIndices(leaves[l] as LeafPlan, columns[l] as PeerColumn, order, segments[p - 1] as number, segments[p] as number, scratch, store, slotOf[l] as number);
    }
  }
  return columns;
}
