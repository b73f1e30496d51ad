// radixOrder against the plain reference: the indices sorted by (key, index).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { radixOrder } from '../../src/_shared/radixOrder';

// −0 is left out: callers map it to 0 first (rank does), and its bits sort it before 0.
const reference = (keys: readonly number[], list: readonly number[]): number[] =>
  list
    .map((i, pos) => [keys[i] as number, pos, i] as const)
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1]))
    .map(([, , i]) => i);

const key = fc.oneof(
  fc.constantFrom(0, 1, -1, 0.5, -0.5, 1e-300, -1e-300, 5e-324, Number.MAX_VALUE, -Number.MAX_VALUE, Infinity, -Infinity),
  fc.integer({ min: -5, max: 5 }),
  fc.double({ noNaN: true }).filter((x) => !Object.is(x, -0)),
);

describe('radixOrder', () => {
  it('sorts every index stably by its key', () => {
    expect(Array.from(radixOrder(Float64Array.from([2, -1, 2, 0.5, -Infinity])))).toEqual([4, 1, 3, 0, 2]);
    expect(Array.from(radixOrder(new Float64Array(0)))).toEqual([]);
  });

  it('agrees with a comparison sort (property)', () => {
    fc.assert(
      fc.property(fc.array(key, { maxLength: 200 }), (keys) => {
        expect(Array.from(radixOrder(Float64Array.from(keys)))).toEqual(reference(keys, keys.map((_, i) => i)));
      }),
      { numRuns: 500 },
    );
  });
});
