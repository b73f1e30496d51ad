import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ChisoError } from '../../src/errors';
import { composite } from '../../src/score/composite';

describe('composite', () => {
  it('reproduces the published 2022 DTI totals from the eight main indicators and the 922/QĐ-BTTTT points', () => {
    // Weights are the points of Quyết định 922/QĐ-BTTTT: 100 × 5, digital government 200, economy 150, society 150.
    const points = [100, 100, 100, 100, 100, 200, 150, 150];
    const daNang = [1.0, 0.9, 0.8253, 0.8487, 0.7578, 0.8575, 0.7836, 0.5197];
    const hcmc = [0.8917, 0.9, 0.8258, 0.6267, 0.558, 0.8406, 0.7611, 0.359];
    const dn = composite(daNang.map((index, i) => ({ index, weight: points[i]! })));
    const hc = composite(hcmc.map((index, i) => ({ index, weight: points[i]! })));
    expect(dn.status).toBe('ok');
    expect(Math.abs(dn.index! - 0.8002)).toBeLessThanOrEqual(0.0002);
    expect(Math.abs(hc.index! - 0.7163)).toBeLessThanOrEqual(0.0002);
  });

  it('weighted arithmetic and geometric means, worked by hand', () => {
    // (0.9·100 + 0.6·200) ÷ 300 = 210 ÷ 300 = 0.7
    expect(composite([{ index: 0.9, weight: 100 }, { index: 0.6, weight: 200 }])).toEqual({ status: 'ok', index: 0.7, coverage: 1 });
    // √(0.25 · 1) = 0.5; 0.25^(1/3) · 1^(2/3) with weights 1 and 2 = 0.6299605249474366
    expect(composite([{ index: 0.25 }, { index: 1 }], { aggregation: 'geometric' }).index).toBeCloseTo(0.5, 15);
    expect(composite([{ index: 0.25, weight: 1 }, { index: 1, weight: 2 }], { aggregation: 'geometric' }).index).toBeCloseTo(0.6299605249474366, 14);
    // A zero under a geometric mean makes the whole zero.
    expect(composite([{ index: 0 }, { index: 1 }], { aggregation: 'geometric' }).index).toBe(0);
  });

  it('missing data: reweight with minCoverage, zero, error', () => {
    expect(composite([{ index: 0.9 }, { index: null }])).toEqual({ status: 'no-data', index: null, coverage: 0.5 });
    expect(composite([{ index: 0.9 }, { index: null }], { minCoverage: 0.5 })).toEqual({ status: 'ok', index: 0.9, coverage: 0.5 });
    // 3 of 4 weight units have data: 0.75 < 0.8, so no index.
    expect(composite([{ index: 0.9, weight: 3 }, { index: null }], { minCoverage: 0.8 })).toEqual({ status: 'no-data', index: null, coverage: 0.75 });
    // zero: (0.9 + 0) ÷ 2
    expect(composite([{ index: 0.9 }, { index: null }], { missing: 'zero' })).toEqual({ status: 'ok', index: 0.45, coverage: 0.5 });
    expect(composite([{ index: null }, { index: null }])).toEqual({ status: 'no-data', index: null, coverage: 0 });
    expect(composite([{ index: null }], { missing: 'zero' })).toEqual({ status: 'ok', index: 0, coverage: 0 });
    expect(() => composite([{ index: 0.5 }, { index: null }], { missing: 'error' })).toThrow(ChisoError);
  });

  it('rejects bad input with a located message', () => {
    expect(() => composite([])).toThrow('Expected components to be a list of at least 1 item but got "[]".');
    expect(() => composite([{ index: 1.5 }])).toThrow('Expected components[0].index to be at most 1 but got "1.5".');
    expect(() => composite([{ index: Number.NaN }])).toThrow(ChisoError);
    expect(() => composite([{ index: 0.5, weight: 0 }])).toThrow(ChisoError);
    expect(() => composite([{ index: null }], { missing: 'error' })).toThrow(
      'Expected components[0].index to be a number in [0, 1] (missing: \'error\') but got "null".',
    );
  });

  it('property: equals the weighted mean computed directly, whatever the order of the components', () => {
    const part = fc.record({ index: fc.double({ min: 0, max: 1, noNaN: true }), weight: fc.integer({ min: 1, max: 1000 }) });
    fc.assert(
      fc.property(fc.array(part, { minLength: 1, maxLength: 20 }), fc.context(), (parts, ctx) => {
        const total = parts.reduce((s, p) => s + p.weight, 0);
        const direct = parts.reduce((s, p) => s + p.index * p.weight, 0) / total;
        const got = composite(parts);
        ctx.log(JSON.stringify(got));
        expect(got.status).toBe('ok');
        expect(Math.abs(got.index! - direct)).toBeLessThanOrEqual(1e-12);
        expect(composite([...parts].reverse()).index).toBe(got.index);
        // A mean never leaves the range of what it averages.
        expect(got.index!).toBeGreaterThanOrEqual(Math.min(...parts.map((p) => p.index)));
        expect(got.index!).toBeLessThanOrEqual(Math.max(...parts.map((p) => p.index)));
      }),
      { seed: 20261126, numRuns: 300 },
    );
  });
});
