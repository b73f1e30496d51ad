// @zone-independent: scores of year periods; no dates are read.
// `score` returns an index without binary noise: for inputs written with four decimals (as the DTI
// report publishes them), the provincial DTI index and points are the exact decimal weighted mean
// (computed independently here with decimal.js, weights 100×5, 200, 150, 150 of 1,000), which float64
// alone gives as e.g. 0.5179549999999999 for 0.517955.
import Decimal from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { schemes } from '../../src/score/schemes';
import { score } from '../../src/score/score';
import { SEED } from '../fuzz/harness';

const PILLARS = ['dti-digital-awareness', 'dti-digital-institutions', 'dti-digital-infrastructure', 'dti-digital-human-resources', 'dti-cybersecurity', 'dti-digital-government', 'dti-digital-economy', 'dti-digital-society'];
const POINTS = [100, 100, 100, 100, 100, 200, 150, 150];

const dti = (values: readonly number[]) =>
  score(schemes.dtiProvince2022, values.map((value, i) => ({ unit: 'x', indicator: PILLARS[i] as string, period: 2022, value })))[0]!;

/** Σ points·value ÷ 1,000 in decimal, exactly. */
const exactIndex = (values: readonly number[]) => values.reduce((s, v, i) => s.plus(new Decimal(v).times(POINTS[i] as number)), new Decimal(0)).div(1000);

describe('score: the index without binary noise', () => {
  it('a case where float64 shows noise: 0.517955, 517.955 points', () => {
    const values = [0, 0.4729, 0.9458, 0.4187, 0.8916, 0.3645, 0.8374, 0.3103];
    // The plain float64 sum shows the noise the result must not have.
    expect(values.reduce((s, v, i) => s + (v * (POINTS[i] as number)) / 1000, 0)).toBe(0.5179549999999999);
    const row = dti(values);
    expect(row.index).toBe(0.517955);
    expect(row.points).toBe(517.955);
  });

  it('Đà Nẵng 2022 (published pillars): 0.800175, 800.175 points', () => {
    const row = dti([1, 0.9, 0.8253, 0.8487, 0.7578, 0.8575, 0.7836, 0.5197]);
    expect([row.index, row.points]).toEqual([0.800175, 800.175]);
  });

  it('property: four-decimal pillars give the exact decimal index and points', () => {
    const pillar = fc.integer({ min: 0, max: 10000 }).map((n) => n / 10000);
    fc.assert(
      fc.property(fc.array(pillar, { minLength: 8, maxLength: 8 }), (values) => {
        const row = dti(values);
        const exact = exactIndex(values);
        expect(row.index).toBe(exact.toNumber());
        expect(row.points).toBe(exact.times(1000).toNumber());
        expect(row.nodes['dti-foundation']?.index).toBe(values.slice(0, 5).reduce((s, v) => s.plus(v), new Decimal(0)).div(5).toNumber());
      }),
      { seed: SEED, numRuns: 2000 },
    );
  });

});
