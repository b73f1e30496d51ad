/** 2^32: the seed is split into its low 32 bits and the rest. */
const TWO_32 = 4294967296;

/** murmur3's 32-bit finaliser: a bijection on 32-bit integers that maps 0 to 0 and mixes every bit into every bit. */
function fmix32(x: number): number {
  let h = x ^ (x >>> 16);
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) | 0;
}

/**
 * A seeded generator of numbers uniform in [0, 1) that uses the whole seed: mulberry32 (a small,
 * well-mixed 32-bit generator, enough for reproducible weight draws) runs on the seed's low 32 bits,
 * and the bits above them (for a safe integer, up to 21 more and the sign) are mixed into every
 * output through a salt. The state (low bits, salt) differs for any two safe integers, since the
 * salt is a bijection of the high bits; seeds from 0 to 2^32 − 1 have a salt of 0 and draw exactly
 * what mulberry32 alone drew before (so results published with those seeds still reproduce).
 * The caller checks that the seed is a safe integer.
 *
 * @param seed - a safe integer
 * @returns the generator: each call gives the next number in [0, 1)
 * @example
 * const a = seededRandom(1);
 * const b = seededRandom(2 ** 32 + 1);
 * a() === b();
 * //=> false
 */
export function seededRandom(seed: number): () => number {
  const high = Math.floor(seed / TWO_32);
  // The low 32 bits, exact: seed − high·2^32 is a whole number from 0 to 2^32 − 1 for a safe integer.
  let state = (seed - high * TWO_32) | 0;
  const salt = fmix32(high | 0);
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state) ^ salt;
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / TWO_32;
  };
}
