import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boundsOf, decimalParts, fastJudge } from '../../../src/evaluate/_internal/fastJudge';
import { dec } from '../../../src/_shared/decimal';
import { judge, type Reading } from '../../../src/evaluate/_internal/judge';
import type { Target } from '../../../src/model/target';

// The oracle is `judge`, which works in 200-digit decimals: for every value and bound where the
// integer path answers, its status, value, gap and attainment must be the very same numbers.

const decimalNumber = fc.oneof(
  fc.integer({ min: -100_000, max: 100_000 }),
  fc.tuple(fc.integer({ min: -10_000_000, max: 10_000_000 }), fc.integer({ min: 0, max: 6 })).map(([n, k]) => n / 10 ** k),
  fc.double({ min: -1e6, max: 1e6, noNaN: true }),
);
const target: fc.Arbitrary<Target> = fc.oneof(
  fc.record({ op: fc.constantFrom('>=', '>', '<=', '<', '='), value: decimalNumber }).map(({ op, value }) => ({ kind: 'threshold', op, value }) as Target),
  fc.tuple(decimalNumber, decimalNumber).map(([a, b]) => ({ kind: 'range', min: Math.min(a, b), max: Math.max(a, b) }) as Target),
  fc.record({ op: fc.constantFrom('>=', '<='), value: decimalNumber }).map(({ op, value }) => ({ kind: 'change', op, value, from: 'baseline' }) as Target),
);

function same(target: Target, reading: Reading, P: number, Q: number): boolean {
  const b = boundsOf(target);
  const fast = b === undefined ? undefined : fastJudge(b, P, Q);
  if (fast === undefined) return false;
  const slow = judge(target, reading);
  expect(Object.keys(fast)).toEqual(Object.keys(slow));
  for (const key of Object.keys(slow) as (keyof typeof slow)[]) {
    if (!Object.is(fast[key], slow[key])) expect({ target, P, Q, key, fast: fast[key] }).toEqual({ target, P, Q, key, fast: slow[key] });
  }
  return true;
}

describe('fastJudge', () => {
  it('reads a number as the integer over a power of ten of its shortest decimal text', () => {
    expect(decimalParts(57.5)).toEqual({ int: 575, pow: 10 });
    expect(decimalParts(-0.125)).toEqual({ int: -125, pow: 1000 });
    expect(decimalParts(300)).toEqual({ int: 300, pow: 1 });
    expect(decimalParts(1e-7)).toBeUndefined();
  });

  it('gives what judge gives for plain numbers (property)', () => {
    let answered = 0;
    fc.assert(
      fc.property(target, decimalNumber, (t, v) => {
        const parts = decimalParts(v);
        if (parts === undefined) return;
        if (same(t, { type: 'quantity', p: dec(v), q: dec(1) }, parts.int, parts.pow)) answered += 1;
      }),
      { numRuns: 3000, seed: 11 },
    );
    // Many cases take the integer path (a third of the values are doubles with no short decimal text).
    expect(answered).toBeGreaterThan(1000);
  });

  it('gives what judge gives for shares of whole counts, n of d as n·100 / d (property)', () => {
    let answered = 0;
    fc.assert(
      fc.property(target, fc.nat(1_000_000), fc.integer({ min: 1, max: 1_000_000 }), (t, a, d) => {
        const n = a % (d + 1);
        if (same(t, { type: 'quantity', p: dec(n).times(100), q: dec(d) }, n * 100, d)) answered += 1;
      }),
      { numRuns: 3000, seed: 12 },
    );
    expect(answered).toBeGreaterThan(1500);
  });

  it('is exact where floating point is not: 57 of 100 meets ≥ 57, 0.3 is 0.2 short of 0.5', () => {
    const b = boundsOf({ kind: 'threshold', op: '>=', value: 57 });
    expect(b && fastJudge(b, 5700, 100)).toEqual({ status: 'met', value: 57, gap: 0, attainment: 1 });
    const half = boundsOf({ kind: 'threshold', op: '>=', value: 0.5 });
    // 0.5 − 0.3 is 0.2 exactly; in floating point it is 0.2 too, but 0.3 − 0.1 would be 0.19999999999999998.
    expect(half && fastJudge(half, 3, 10)).toEqual({ status: 'not-met', value: 0.3, gap: 0.2, attainment: 0.6 });
    const third = boundsOf({ kind: 'threshold', op: '>=', value: 0.3 });
    expect(third && fastJudge(third, 1, 10)).toEqual({ status: 'not-met', value: 0.1, gap: 0.2, attainment: 1 / 3 });
  });
});
