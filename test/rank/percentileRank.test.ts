import { describe, expect, it } from 'vitest';
import { percentileRank } from '../../src/rank/percentileRank';

describe('percentileRank: missing values', () => {
  it("missing: 'error' throws for a missing value, as rank does", () => {
    expect(() => percentileRank([1, null], { by: (x) => x, missing: 'error' })).toThrow('Expected items[1] to be a value (missing: "error") but got "null".');
  });
  it("missing: 'last' still gives a missing value no percentile (n counts values only: 2 → 75, 1 → 25)", () => {
    expect(percentileRank([1, null, 2], { by: (x) => x, missing: 'last' }).map((r) => [r.item, r.rank, r.percentile])).toEqual([
      [2, 1, 75],
      [1, 2, 25],
      [null, null, null],
    ]);
  });
});
