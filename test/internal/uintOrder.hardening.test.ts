// uintOrder's `seen.repeated` (issue 13, item 19: rank's fast path for ordinal ties must know whether
// two items share a tie-break id, without reading the keys again at random): true exactly when two
// keys are equal, in one counting pass and in two; the order and the carried numbers are unchanged.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { uintOrder } from '../../src/internal/uintOrder';

describe('uintOrder: repeated keys', () => {
  it('is true exactly when two keys are equal (property, every digit width)', () => {
    const key = fc.oneof(fc.integer({ min: 0, max: 9 }), fc.integer({ min: 0, max: 70_000 }), fc.integer({ min: 0, max: 2 ** 20 }), fc.integer({ min: 0, max: 2 ** 32 - 1 }));
    fc.assert(
      fc.property(fc.array(key, { maxLength: 300 }), fc.boolean(), (keys, repeatOne) => {
        const list = repeatOne && keys.length > 0 ? [...keys, keys[keys.length >> 1] as number] : keys;
        const seen = { repeated: false };
        const carry = Float64Array.from(list, (_, i) => i + 0.5);
        const order = uintOrder(Uint32Array.from(list), Math.max(0, ...list), carry, seen);
        expect(seen.repeated).toBe(new Set(list).size < list.length);
        // Same order and carry as without `seen`.
        const plainCarry = Float64Array.from(list, (_, i) => i + 0.5);
        expect(Array.from(order)).toEqual(Array.from(uintOrder(Uint32Array.from(list), Math.max(0, ...list), plainCarry)));
        expect(Array.from(carry)).toEqual(Array.from(plainCarry));
      }),
      { numRuns: 1000, seed: 1319 },
    );
  });

  it('boundaries: equal keys that differ in no digit, or only in the high or the low digit', () => {
    const repeated = (keys: number[]) => {
      const seen = { repeated: false };
      uintOrder(Uint32Array.from(keys), Math.max(0, ...keys), undefined, seen);
      return seen.repeated;
    };
    expect(repeated([])).toBe(false);
    expect(repeated([5])).toBe(false);
    expect(repeated([0, 0])).toBe(true);
    expect(repeated([65535, 65535, 1])).toBe(true);
    // Two passes (max ≥ 2^16): same low digit, different high digit; same high, different low.
    expect(repeated([2 ** 20, 0, 2 ** 20 + 2 ** 10])).toBe(false);
    expect(repeated([2 ** 20 + 1, 2 ** 20, 1])).toBe(false);
    expect(repeated([2 ** 32 - 1, 7, 2 ** 32 - 1])).toBe(true);
    expect(repeated([3, 2 ** 32 - 1, 3])).toBe(true);
  });
});
