import { uintOrder } from './uintOrder';

/** At most this many decimal places: scores of 1,000 points to 6 places still fit in 31 bits. */
const MAX_PLACES = 6;
const SCALES = [1, 10, 100, 1e3, 1e4, 1e5, 1e6];
const LIMIT = 2 ** 31;

/**
 * The indices of `keys` in ascending order, stable, when every key is a decimal of at most six
 * places whose scaled integer fits in 31 bits (counts, percents to two places, indices to four,
 * points to six: what ranks are mostly taken of); `undefined` otherwise, and the caller sorts the
 * doubles' bits ({@link radixOrder}).
 *
 * Each key k is the double nearest to m ÷ 10^p for a whole m (checked: `m / 10^p === k`). Such
 * doubles keep the order and the equalities of their m exactly, since m ÷ 10^p values are at least
 * 10^−6 apart and far wider apart than the doubles there, so sorting the m (shifted to start at 0)
 * with {@link uintOrder} orders the keys: one counting pass when they span less than 2^16 (0–100 to
 * two places spans 10,001), two otherwise — where the doubles' bits need four. Keys must not be NaN
 * or −0.
 */
export function decimalOrder(keys: Float64Array): Uint32Array | undefined {
  const n = keys.length;
  // The places needed: raised as keys need more, so most keys are checked once.
  let places = 0;
  let scale = 1;
  for (let i = 0; i < n; i += 1) {
    const k = keys[i] as number;
    while (Math.round(k * scale) / scale !== k) {
      if (places === MAX_PLACES) return undefined;
      places += 1;
      scale = SCALES[places] as number;
    }
  }
  const scaled = new Float64Array(n);
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < n; i += 1) {
    const k = keys[i] as number;
    const m = Math.round(k * scale);
    // Out of 31 bits, or a key that is not the double nearest m ÷ 10^p at the final scale.
    if (!(m < LIMIT && m > -LIMIT) || m / scale !== k) return undefined;
    scaled[i] = m;
    if (m < min) min = m;
    if (m > max) max = m;
  }
  const shifted = new Uint32Array(n);
  for (let i = 0; i < n; i += 1) shifted[i] = (scaled[i] as number) - min;
  return uintOrder(shifted, n === 0 ? 0 : max - min);
}
