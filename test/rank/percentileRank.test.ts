import { describe, expect, it } from 'vitest';
import { percentileRank } from '../../src/rank/percentileRank';

describe('percentileRank: missing values', () => {
  it("missing: 'error' throws for a missing value, as rank does", () => {
    expect(() => percentileRank([1, null], { by: (x) => x, missing: 'error' })).toThrow('Expected items[1] to be a value (missing: "error") but got "null".');
  });
  it("missing: 'last' ranks a missing value last, counted in n (3): 2 → (2 + ½)/3, 1 → (1 + ½)/3, missing → (0 + ½)/3", () => {
    const out = percentileRank([1, null, 2], { by: (x) => x, missing: 'last' });
    expect(out.map((r) => [r.item, r.rank])).toEqual([[2, 1], [1, 2], [null, 3]]);
    expect(out[0]?.percentile).toBeCloseTo(250 / 3, 12);
    expect(out[1]?.percentile).toBe(50);
    expect(out[2]?.percentile).toBeCloseTo(50 / 3, 12);
  });
});
