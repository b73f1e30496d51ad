/**
 * The indices of `keys` (whole numbers from 0 to `max`) in ascending order, stable (equal keys keep
 * their index order), by an LSD radix sort: one counting pass when `max` fits in 16 bits, else two
 * passes over digits of half the key's bit length each. Ids and row numbers are such keys, and this
 * orders a million of them in two passes over small bucket tables (1,024 buckets for ids below 2^20)
 * where {@link radixOrder} on their doubles takes four passes over 65,536.
 *
 * With `carry`, its numbers travel with their indices and are left in `carry` in the new order
 * (`carry[k]` is then the number of the index at `k`): a caller that needs them in that order reads
 * them in sequence instead of at random.
 */
export function uintOrder(keys: Uint32Array, max: number, carry?: Float64Array): Uint32Array {
  const n = keys.length;
  const bitLength = 32 - Math.clz32(max);
  const lowBits = bitLength <= 16 ? bitLength : Math.ceil(bitLength / 2);
  const highBits = bitLength - lowBits;
  const lowSize = 2 ** lowBits;
  const lowMask = lowSize - 1;
  // Both histograms in one read of the keys; the high one is empty when one pass suffices.
  const low = new Uint32Array(lowSize + 1);
  const high = new Uint32Array(2 ** highBits + 1);
  for (let i = 0; i < n; i += 1) {
    const k = keys[i] as number;
    low[(k & lowMask) + 1] = (low[(k & lowMask) + 1] as number) + 1;
    if (highBits > 0) high[(k >>> lowBits) + 1] = (high[(k >>> lowBits) + 1] as number) + 1;
  }
  // Prefix sums: low[d] is where digit d's first index goes.
  for (let d = 1; d < low.length; d += 1) low[d] = (low[d] as number) + (low[d - 1] as number);
  const first = new Uint32Array(n);
  // The high digit travels with its index, so the second pass reads it in sequence, not at random.
  const highDigit = new Uint32Array(highBits > 0 ? n : 0);
  const carried = carry === undefined ? undefined : new Float64Array(n);
  for (let i = 0; i < n; i += 1) {
    const k = keys[i] as number;
    const d = k & lowMask;
    const at = low[d] as number;
    first[at] = i;
    if (highBits > 0) highDigit[at] = k >>> lowBits;
    if (carried !== undefined) carried[at] = (carry as Float64Array)[i] as number;
    low[d] = at + 1;
  }
  if (highBits === 0) {
    if (carried !== undefined) (carry as Float64Array).set(carried);
    return first;
  }
  for (let d = 1; d < high.length; d += 1) high[d] = (high[d] as number) + (high[d - 1] as number);
  const second = new Uint32Array(n);
  for (let k = 0; k < n; k += 1) {
    const d = highDigit[k] as number;
    const at = high[d] as number;
    second[at] = first[k] as number;
    if (carried !== undefined) (carry as Float64Array)[at] = carried[k] as number;
    high[d] = at + 1;
  }
  return second;
}
