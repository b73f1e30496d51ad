// Decimals as written: a value with k decimal places times 10^k is an integer, and differences of such
// integers are the exact decimal differences (what minmax, bands and zscore rely on).

export const TWO_53 = 9007199254740992;
export const TWO_50 = 1125899906842624;
export const POW10 = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

/**
 * The decimal places of a number as written (its shortest text), 0 to 15, or −1 for more (or for a
 * number too large to scale). With k places and |v|·10^k below 2^50, v·10^k rounds to the one integer
 * N with N ÷ 10^k = v as written, so differences of such integers are the exact decimal differences.
 */
export function decimalPlaces(v: number): number {
  // A quick no for most longer decimals. With k ≤ 15 places, v is within half its gap (≤ u·|v|,
  // u = 2^−53) of N ÷ 10^k, so v·10^15 is within u·|v·10^15| of the integer N·10^(15−k), and its
  // float64 product t within 2u·|t|(1 + u) of it. When |t| < 2^50 every k passes the size test
  // below, so a t farther than 2.5u·|t| from its nearest integer has no k: the loop would say −1.
  const t = v * 1e15;
  if (Math.abs(t) < TWO_50 && Math.abs(t - Math.round(t)) > 2.5 * 2 ** -53 * Math.abs(t)) return -1;
  for (let k = 0; k < POW10.length; k += 1) {
    const p = POW10[k] as number;
    const scaled = Math.round(v * p);
    if (Math.abs(scaled) >= TWO_50) return -1;
    if (scaled / p === v) return k;
  }
  return -1;
}
