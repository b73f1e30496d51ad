/**
 * The indices of `keys` in ascending order, stable (equal keys keep their index order), by an LSD
 * radix sort on the keys' IEEE-754 bits: four passes of 16 bits, linear in the number of keys, so a
 * million values are ordered in less time than a comparison sort takes. Keys must not be NaN.
 */
export function radixOrder(keys: Float64Array): Uint32Array {
  const n = keys.length;
  const bits = new Uint32Array(keys.buffer, keys.byteOffset, n * 2);
  // Map each double to an unsigned 64-bit integer that sorts the same way: flip the sign bit of
  // positives, all bits of negatives. Little-endian: bits[2i] is the low word, bits[2i + 1] the high.
  const lo = new Uint32Array(n);
  const hi = new Uint32Array(n);
  for (let i = 0; i < n; i += 1) {
    const h = bits[2 * i + 1] as number;
    const l = bits[2 * i] as number;
    if (h & 0x80000000) {
      hi[i] = ~h >>> 0;
      lo[i] = ~l >>> 0;
    } else {
      hi[i] = (h | 0x80000000) >>> 0;
      lo[i] = l;
    }
  }
  let order = new Uint32Array(n);
  let next = new Uint32Array(n);
  for (let i = 0; i < n; i += 1) order[i] = i;
  const counts = new Uint32Array(65536);
  const passes: [Uint32Array, number][] = [
    [lo, 0],
    [lo, 16],
    [hi, 0],
    [hi, 16],
  ];
  for (const [word, shift] of passes) {
    counts.fill(0);
    for (let i = 0; i < n; i += 1) {
      const d = ((word[i] as number) >>> shift) & 0xffff;
      counts[d] = (counts[d] as number) + 1;
    }
    // A pass where every key has the same digit changes nothing: skip it.
    if ((counts[((word[0] as number) >>> shift) & 0xffff] as number) === n) continue;
    let sum = 0;
    for (let d = 0; d < 65536; d += 1) {
      const c = counts[d] as number;
      counts[d] = sum;
      sum += c;
    }
    for (let k = 0; k < n; k += 1) {
      const i = order[k] as number;
      const d = ((word[i] as number) >>> shift) & 0xffff;
      next[counts[d] as number] = i;
      counts[d] = (counts[d] as number) + 1;
    }
    [order, next] = [next, order];
  }
  return order;
}
