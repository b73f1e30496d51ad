// The columnar store: one cell per unit × period × indicator in typed arrays, so millions of
// observations cost no object each once read.
import type Decimal from 'decimal.js';
import { dec } from '../../_shared/decimal';
import type { Period } from '../../model/observation';
import { SHARE_PERCENT, SHARE_RATIO } from './codes';

/** The cells of every unit × period (rows) × indicator (slots): `kind`, the number, and what a number cannot hold. */
export class Store {
  kinds: Uint8Array;
  nums: Float64Array;
  shareN: Float64Array | undefined;
  shareD: Float64Array | undefined;
  readonly text = new Map<number, string>();
  rows = 0;
  readonly units: string[] = [];
  readonly periods: Period[] = [];

  constructor(
    readonly width: number,
    private capacity: number,
  ) {
    this.kinds = new Uint8Array(capacity * width);
    this.nums = new Float64Array(capacity * width);
  }

  addRow(unit: string, period: Period): number {
    if (this.rows === this.capacity) {
      this.capacity *= 2;
      this.kinds = grow(this.kinds, new Uint8Array(this.capacity * this.width));
      this.nums = grow(this.nums, new Float64Array(this.capacity * this.width));
      if (this.shareN !== undefined) this.shareN = grow(this.shareN, new Float64Array(this.capacity * this.width));
      if (this.shareD !== undefined) this.shareD = grow(this.shareD, new Float64Array(this.capacity * this.width));
    }
    this.units.push(unit);
    this.periods.push(period);
    return this.rows++;
  }

  setShare(slot: number, n: number, d: number): void {
    this.shareN ??= new Float64Array(this.capacity * this.width);
    this.shareD ??= new Float64Array(this.capacity * this.width);
    this.shareN[slot] = n;
    this.shareD[slot] = d;
  }

  /** A cell's number in exact decimal (a share as n ÷ d, times 100 for a percent), as the comparisons on it need. */
  exact(slot: number): Decimal {
    const kind = this.kinds[slot] as number;
    if (kind !== SHARE_PERCENT && kind !== SHARE_RATIO) return dec(this.nums[slot] as number);
    const share = dec((this.shareN as Float64Array)[slot] as number).div((this.shareD as Float64Array)[slot] as number);
    return kind === SHARE_PERCENT ? share.times(100) : share;
  }
}

function grow<T extends Uint8Array | Float64Array>(from: T, to: T): T {
  to.set(from);
  return to;
}
