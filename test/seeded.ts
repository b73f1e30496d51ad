// The one seeded generator of the tests and benchmarks (mulberry32): the same seed gives the same
// numbers in [0, 1) on every run and machine. No test framework is imported, so benchmarks run by
// plain `tsx` may use it.

/** mulberry32: a small seeded generator of numbers in [0, 1). */
export function seeded(seed: number): () => number {
  let s = seed | 0;
  return () => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
