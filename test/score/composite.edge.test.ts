import { describe, expect, it } from 'vitest';
import { composite } from '../../src/score/composite';

describe("composite with missing: 'error'", () => {
  it('every component present: the plain weighted mean, (0.5 + 1) / 2 = 0.75', () => {
    expect(composite([{ index: 0.5 }, { index: 1 }], { missing: 'error' })).toEqual({ status: 'ok', index: 0.75, coverage: 1 });
  });
  it('a missing component is an error naming it', () => {
    expect(() => composite([{ index: 0.5 }, { index: null }], { missing: 'error' })).toThrow(`Expected components[1].index to be a number in [0, 1] (missing: 'error') but got "null".`);
  });
});
