// uintOrder against the plain reference: the indices sorted by (key, index) with Array.prototype.sort.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { uintOrder } from '../../../src/rank/_internal/uintOrder';

const reference = (keys: readonly number[]): number[] =>
  keys
    .map((k, i) => [k, i] as const)
    .sort((a, b) => a[0] - b[0] || a[1] - b[1])
    .map(([, i]) => i);

const check = (keys: number[]): void => {
  expect(Array.from(uintOrder(Uint32Array.from(keys), Math.max(0, ...keys)))).toEqual(reference(keys));
};

describe('uintOrder', () => {
  it('orders ids stably: equal keys keep their index order', () => {
    check([3, 1, 3, 0, 1]);
    //      indices of 0, then the two 1s, then the two 3s
    expect(Array.from(uintOrder(Uint32Array.from([3, 1, 3, 0, 1]), 3))).toEqual([3, 1, 4, 0, 2]);
  });

  it('handles no keys, one key, and keys that are all 0', () => {
    expect(Array.from(uintOrder(new Uint32Array(0), 0))).toEqual([]);
    check([7]);
    check([0, 0, 0]);
  });

  it('one counting pass up to 2^16 − 1, two passes above, up to 2^32 − 1 (every boundary)', () => {
    for (const top of [1, 2, 255, 256, 65535, 65536, 65537, 2 ** 20, 2 ** 31, 2 ** 32 - 1]) check([top, 0, top - 1, 1, top, Math.floor(top / 2)]);
  });

  it('agrees with a comparison sort on random keys (property)', () => {
    const key = fc.oneof(fc.integer({ min: 0, max: 9 }), fc.integer({ min: 0, max: 70000 }), fc.integer({ min: 0, max: 2 ** 32 - 1 }));
    fc.assert(fc.property(fc.array(key, { maxLength: 300 }), check), { numRuns: 500 });
  });

  it('is a permutation of the indices (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 2 ** 32 - 1 }), { maxLength: 200 }), (keys) => {
        const order = Array.from(uintOrder(Uint32Array.from(keys), Math.max(0, ...keys)));
        expect([...order].sort((a, b) => a - b)).toEqual(keys.map((_, i) => i));
      }),
    );
  });

  it('carries numbers along: carry[k] ends as the number of the index at k, one pass or two (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.oneof(fc.integer({ min: 0, max: 9 }), fc.integer({ min: 0, max: 2 ** 32 - 1 })), fc.double({ noNaN: true })), { maxLength: 200 }), (pairs) => {
        const keys = pairs.map(([k]) => k);
        const carry = Float64Array.from(pairs, ([, x]) => x);
        const order = Array.from(uintOrder(Uint32Array.from(keys), Math.max(0, ...keys), carry));
        expect(order).toEqual(reference(keys));
        expect(Array.from(carry)).toEqual(order.map((i) => (pairs[i] as [number, number])[1]));
      }),
      { numRuns: 300 },
    );
  });
});
