import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareKeys } from '../../src/_shared/compareKeys';

describe('compareKeys', () => {
  it('numbers by value, then strings by code unit', () => {
    const keys: (string | number)[] = ['b', 10, 'a', 9, '10', -1];
    expect([...keys].sort(compareKeys)).toEqual([-1, 9, 10, '10', 'a', 'b']);
    expect(compareKeys('a', 'a')).toBe(0);
  });
  it('is a total order: sorting any shuffle gives one result (property)', () => {
    const key = fc.oneof(fc.integer({ min: -50, max: 50 }), fc.string({ maxLength: 3 }));
    fc.assert(
      fc.property(fc.array(key, { maxLength: 12 }), fc.func(fc.integer()), (keys, f) => {
        const shuffled = keys.map((k, i) => ({ k, r: f(i) })).sort((x, y) => x.r - y.r).map((x) => x.k);
        expect([...shuffled].sort(compareKeys)).toEqual([...keys].sort(compareKeys));
      }),
      { seed: 8, numRuns: 300 },
    );
  });
});
