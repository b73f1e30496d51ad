import { describe, expect, it } from 'vitest';
import { dec } from '../../../src/_shared/decimal';
import { judge } from '../../../src/evaluate/_internal/judge';

// judge() takes readings its callers have already matched to the target's kind; a mismatch is a
// programming error inside chiso, and it says so with a TypeError rather than a wrong verdict.

describe('judge: a growth target below −100 %/year', () => {
  it('any rate (at least −100 %) beats "≥ −150 %/year": 1 + t/100 < 0, so the sign is decided at once', () => {
    // 100 → 50 over 2 years is (0.5)^(1/2) − 1 ≈ −29.29 %/year.
    const reading = { type: 'growth', baseline: dec(100), current: dec(50), years: 2 } as const;
    const met = judge({ kind: 'growth', op: '>=', value: -150, per: 'year' }, reading);
    expect(met.status).toBe('met');
    expect(met.value).toBeCloseTo((Math.SQRT1_2 - 1) * 100, 12);
    expect(judge({ kind: 'growth', op: '<=', value: -150, per: 'year' }, reading).status).toBe('not-met');
  });
});

describe('judge: readings of the wrong kind are programming errors', () => {
  const quantity = { type: 'quantity', p: dec(1), q: dec(1) } as const;
  it('a rank target needs a rank reading', () => {
    expect(() => judge({ kind: 'rank', top: 10 }, quantity)).toThrow(new TypeError('judge: rank target needs a rank reading'));
  });
  it('a range or threshold target needs a quantity', () => {
    expect(() => judge({ kind: 'range', min: 1, max: 2 }, { type: 'rank', rank: 1 })).toThrow(new TypeError('judge: range needs a quantity'));
    expect(() => judge({ kind: 'threshold', op: '>=', value: 1 }, { type: 'rank', rank: 1 })).toThrow(new TypeError('judge: threshold needs a quantity'));
  });
});
