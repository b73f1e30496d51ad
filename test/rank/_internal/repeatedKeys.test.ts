// hasRepeatedKey (issue 13, item 19: rank's fast path for ordinal ties must know whether two items
// share a tie-break id): true exactly when two keys are equal, in its bitset form (keys up to a few
// times the count) and in its sorted form (sparse keys up to 2^32 − 1).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { uintOrder } from '../../../src/rank/_internal/uintOrder';
import { hasRepeatedKey } from '../../../src/rank/_internal/repeatedKeys';

const repeated = (list: readonly number[]) => {
  const keys = Uint32Array.from(list);
  const max = Math.max(0, ...list);
  return hasRepeatedKey(keys, max, () => uintOrder(keys, max));
};

describe('hasRepeatedKey', () => {
  it('is true exactly when two keys are equal (property, dense and sparse keys)', () => {
    const key = fc.oneof(fc.integer({ min: 0, max: 9 }), fc.integer({ min: 0, max: 70_000 }), fc.integer({ min: 0, max: 2 ** 20 }), fc.integer({ min: 0, max: 2 ** 32 - 1 }));
    fc.assert(
      fc.property(fc.array(key, { maxLength: 300 }), fc.boolean(), (keys, repeatOne) => {
        const list = repeatOne && keys.length > 0 ? [...keys, keys[keys.length >> 1] as number] : keys;
        expect(repeated(list)).toBe(new Set(list).size < list.length);
      }),
      { numRuns: 1000, seed: 1319 },
    );
  });

  it('boundaries: 0 and 2^32 − 1, neighbours in the bitset words, sparse keys that differ in one bit', () => {
    expect(repeated([])).toBe(false);
    expect(repeated([0])).toBe(false);
    expect(repeated([0, 0])).toBe(true);
    expect(repeated([31, 32, 63, 64])).toBe(false);
    expect(repeated([31, 32, 63, 64, 32])).toBe(true);
    expect(repeated([2 ** 32 - 1, 2 ** 32 - 2])).toBe(false);
    expect(repeated([2 ** 32 - 1, 7, 2 ** 32 - 1])).toBe(true);
    expect(repeated([2 ** 31, 0, 2 ** 31 + 1])).toBe(false);
  });

  it('a permutation of a million ids has no repeat; one id written twice is found', () => {
    const n = 1_000_000;
    const ids = Uint32Array.from({ length: n }, (_, i) => (i * 7919) % n);
    expect(hasRepeatedKey(ids, n - 1, () => uintOrder(ids, n - 1))).toBe(false);
    ids[n - 1] = ids[0] as number;
    expect(hasRepeatedKey(ids, n - 1, () => uintOrder(ids, n - 1))).toBe(true);
  });
});
