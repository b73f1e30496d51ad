// Own normalisation: the index of a leaf from the unit's own value (proportional, distance to
// target, bands, categorical, boolean, index, a minmax with fixed goalposts), and the leaves of one
// row, a peer leaf's index taken from its column.
import { dec } from '../../_shared/decimal';
import type { NodeScore } from '../../model/scheme';
import { ABSENT, BOOL, CATEGORY, NONE, NUMBER, R_BANDS, R_CATEGORICAL, R_DISTANCE, R_INDEX, R_MINMAX, R_PROPORTIONAL, SHARE_PERCENT } from './codes';
import type { BandPlan, LeafPlan } from './compile';
import type { PeerColumn } from './peers';
import { POW10, TWO_50, TWO_53, decimalPlaces } from './places';
import type { Store } from './store';

/** Whether n·s ÷ d (a share, n ≥ 0, d > 0) reaches band b, compared exactly. */
function shareReaches(bands: BandPlan, b: number, n: number, s: number, d: number): boolean {
  const min = bands.min[b] as number;
  if (min <= 0) return true;
  const pow = bands.pow[b] as number;
  if (pow > 0 && Number.isSafeInteger(n) && Number.isSafeInteger(d)) {
    // n·s·10^k ≥ M·d in integers; each product is exact when it stays below 2^53.
    const left = n * s * pow;
    const right = (bands.scaled[b] as number) * d;
    if (left < TWO_53 && right < TWO_53) return left >= right;
  }
  return dec(n).times(s).gte(dec(min).times(d));
}

/**
 * The index of a rule that needs only the unit's own value (the value is present), for what
 * {@link leafRow} does not score inline: a share, a category, and any value of a fixed minmax. Plain
 * numbers and booleans under the other rules are scored inline there and never reach here.
 */
function ownIndex(leaf: LeafPlan, store: Store, slot: number): number {
  const kind = store.kinds[slot] as number;
  const v = store.nums[slot] as number;
  switch (leaf.code) {
    case R_INDEX:
      // A ratio share (a percent share cannot be an index).
      return v + 0;
    case R_CATEGORICAL:
      return (leaf.categories as ReadonlyMap<string, number>).get(store.text.get(slot) as string) as number;
    case R_PROPORTIONAL:
    case R_DISTANCE: {
      const t = leaf.a;
      // A share n·s ÷ d: one division of the products, so 1 of 3 against 80 is exactly 100 ÷ 240.
      const p = ((store.shareN as Float64Array)[slot] as number) * (kind === SHARE_PERCENT ? 100 : 1);
      const q = (store.shareD as Float64Array)[slot] as number;
      if (leaf.lower) return p <= t * q ? 1 : (t * q) / p;
      return Math.min(p / (q * t), 1);
    }
    case R_BANDS: {
      const bands = leaf.bands as BandPlan;
      const count = bands.min.length;
      const n = (store.shareN as Float64Array)[slot] as number;
      const d = (store.shareD as Float64Array)[slot] as number;
      const s = kind === SHARE_PERCENT ? 100 : 1;
      for (let b = 0; b < count; b += 1) if (shareReaches(bands, b, n, s, d)) return bands.index[b] as number;
      return 0;
    }
    default: {
      // R_MINMAX (fixed goalposts), the one other rule that reaches here.
      let raw: number;
      const own = kind === NUMBER && leaf.places >= 0 ? decimalPlaces(v) : -1;
      const p = own < 0 ? 0 : (POW10[Math.max(own, leaf.places)] as number);
      const lo = Math.round(leaf.a * p);
      const hi = Math.round(leaf.b * p);
      const x = Math.round(v * p);
      if (p > 0 && Math.abs(lo) < TWO_50 && Math.abs(hi) < TWO_50 && Math.abs(x) < TWO_50) {
        // In integers value·10^k: the exact decimal differences (see decimalPlaces).
        raw = leaf.lower ? (hi - x) / (hi - lo) : (x - lo) / (hi - lo);
      } else {
        raw = kind === NUMBER ? Number.NaN : shareMinmax(leaf, store, slot);
        if (raw !== raw) raw = leaf.lower ? (leaf.b - v) / (leaf.b - leaf.a) : (v - leaf.a) / (leaf.b - leaf.a);
      }
      if (!leaf.truncate) return raw + 0;
      return raw <= 0 ? 0 : raw > 1 ? 1 : raw;
    }
  }
}

/**
 * A fixed minmax of a share n·s ÷ d in integers: (n·s·10^k − A·d) ÷ (d·(B − A)) with the goalposts
 * A = min·10^k, B = max·10^k, exact but for the one division when every product stays below 2^53;
 * NaN when they do not.
 */
function shareMinmax(leaf: LeafPlan, store: Store, slot: number): number {
  const n = (store.shareN as Float64Array)[slot] as number;
  const d = (store.shareD as Float64Array)[slot] as number;
  if (!Number.isSafeInteger(n) || !Number.isSafeInteger(d) || leaf.places < 0) return Number.NaN;
  const p = POW10[leaf.places] as number;
  const lo = Math.round(leaf.a * p);
  const hi = Math.round(leaf.b * p);
  const top = n * (store.kinds[slot] === SHARE_PERCENT ? 100 : 1) * p;
  const span = d * (hi - lo);
  const bound = Math.max(Math.abs(top), Math.abs(lo * d), Math.abs(hi * d), Math.abs(span));
  if (!(bound < TWO_53 / 2)) return Number.NaN;
  return leaf.lower ? (hi * d - top) / span : (top - lo * d) / span;
}

/** The leaves of one row, filled by {@link leafRow}: whether each has data, its index, value and z. */
export interface LeafRow {
  readonly has: Uint8Array;
  readonly index: Float64Array;
  readonly value: NodeScore['value'][];
  readonly z: Float64Array;
}

/**
 * Fills the leaves of one row: data or not, index (own rule, or from the peer column), value, z.
 *
 * @param leaves - the compiled leaves
 * @param store - the cells
 * @param row - the row id
 * @param slotOf - each leaf's slot in a row
 * @param peers - each peer leaf's column, already scored (`undefined` for a leaf of its own rule)
 * @param out - written: one entry per leaf
 */
export function leafRow(leaves: readonly LeafPlan[], store: Store, row: number, slotOf: Int32Array, peers: readonly (PeerColumn | undefined)[], out: LeafRow): void {
  const { kinds, nums } = store;
  const { has, index, value, z } = out;
  const cells = row * store.width;
  for (let l = 0; l < leaves.length; l += 1) {
    const slot = cells + (slotOf[l] as number);
    const kind = kinds[slot];
    if (kind === ABSENT || kind === NONE) {
      has[l] = 0;
      value[l] = null;
      continue;
    }
    has[l] = 1;
    const v = nums[slot] as number;
    // The value shown: the number (−0 as 0), the boolean, the category.
    value[l] = kind === BOOL ? v === 1 : kind === CATEGORY ? (store.text.get(slot) as string) : v + 0;
    const peer = peers[l];
    if (peer !== undefined) {
      index[l] = peer.index[row] as number;
      if (peer.z !== undefined) z[l] = peer.z[row] as number;
      continue;
    }
    const leaf = leaves[l] as LeafPlan;
    if (kind !== NUMBER && kind !== BOOL) {
      index[l] = ownIndex(leaf, store, slot);
      continue;
    }
    // The common case inline: a plain number (or boolean) and a rule of its own.
    let x: number;
    switch (leaf.code) {
      case R_PROPORTIONAL:
      case R_DISTANCE:
        x = leaf.lower ? (v <= leaf.a ? 1 : leaf.a / v) : v >= leaf.a ? 1 : v / leaf.a;
        break;
      case R_BANDS: {
        const bands = leaf.bands as BandPlan;
        x = 0;
        // Two JS numbers compare exactly.
        for (let b = 0; b < bands.min.length; b += 1) {
          if (v >= (bands.min[b] as number)) {
            x = bands.index[b] as number;
            break;
          }
        }
        break;
      }
      case R_MINMAX:
        x = ownIndex(leaf, store, slot);
        break;
      default:
        // boolean, index
        x = v + 0;
    }
    index[l] = x;
  }
}
