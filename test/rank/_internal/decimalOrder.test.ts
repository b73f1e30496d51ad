// decimalOrder against the plain reference: the indices sorted by (key, index) with a comparison sort.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decimalOrder } from '../../../src/rank/_internal/decimalOrder';

const reference = (keys: readonly number[]): number[] =>
  keys
    .map((k, i) => [k, i] as const)
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1]))
    .map(([, i]) => i);
const order = (keys: readonly number[]) => {
  const got = decimalOrder(Float64Array.from(keys));
  return got === undefined ? undefined : Array.from(got);
};

describe('decimalOrder', () => {
  it('orders decimals of a few places stably, as a comparison sort does', () => {
    expect(order([57.5, 100, 0, 57.5, 99.99, -3.25])).toEqual([5, 2, 0, 3, 4, 1]);
    expect(order([])).toEqual([]);
    expect(order([3])).toEqual([0]);
  });

  it('keeps neighbours one step of the last place apart, at every scale up to 6 places', () => {
    for (const k of [0, 1, 2, 3, 4, 5, 6]) {
      const step = 1 / 10 ** k;
      const keys = [1000 + step, 1000, 1000 - step, 1000 + 2 * step, 1000];
      expect(order(keys)).toEqual(reference(keys));
    }
  });

  it('declines what it cannot order as integers: 7 places, 0.1 + 0.2, 2^31 at its scale, 1e300', () => {
    expect(order([0.1234567, 1])).toBeUndefined();
    expect(order([0.1 + 0.2, 0.3])).toBeUndefined();
    expect(order([2 ** 31, 0])).toBeUndefined();
    expect(order([214.7483648, 0])).toBeUndefined();
    expect(order([1e300])).toBeUndefined();
    expect(order([2 ** 31 - 1, -(2 ** 31 - 1)])).toEqual([1, 0]);
  });

  it('agrees with a comparison sort whenever it answers, and answers for decimals of ≤ 6 places in range (property)', () => {
    // Places up to p, every key's m = key × 10^p within 31 bits: it must answer.
    const decimals = fc
      .integer({ min: 0, max: 6 })
      .chain((p) => fc.array(fc.tuple(fc.integer({ min: -(2 ** 31) + 1, max: 2 ** 31 - 1 }), fc.integer({ min: 0, max: p })), { maxLength: 200 }).map((xs) => xs.map(([m, q]) => Math.trunc(m / 10 ** (p - q)) / 10 ** q)));
    fc.assert(
      fc.property(decimals, (keys) => {
        const sane = keys.map((k) => (Object.is(k, -0) ? 0 : k));
        expect(order(sane)).toEqual(reference(sane));
      }),
      { numRuns: 500 },
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer()), { maxLength: 100 }), (keys) => {
        const sane = keys.map((k) => (Object.is(k, -0) ? 0 : k));
        const got = order(sane);
        if (got !== undefined) expect(got).toEqual(reference(sane));
      }),
      { numRuns: 500 },
    );
  });
});
