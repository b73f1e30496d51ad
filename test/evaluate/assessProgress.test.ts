// @zone-sensitive: the time stage.
import { describe, expect, it } from 'vitest';
import { ChisoError } from '../../src/errors';
import { assessProgress } from '../../src/evaluate/assessProgress';

const by2025 = (value: number, op: '>=' | '>' | '<=' | '<' = '>=') => ({ kind: 'threshold', op, value, by: '2025-12-31' }) as const;

describe('assessProgress: compound growth (Eurostat / Open SDG)', () => {
  it('hand-computed: 20 → 45 over 2021–2023 toward 80 by 2025', () => {
    // actual (45/20)^(1/2) − 1 = 0.5; required (80/20)^(1/4) − 1 = √2 − 1 = 0.41421356…; ratio 1.2071…
    const p = assessProgress({ baseline: { year: 2021, value: 20 }, current: { year: 2023, value: 45 }, target: by2025(80) });
    expect(p).toMatchObject({ category: 'on-track', actualRate: 0.5, direction: 'increase', yearsLeft: 2 });
    expect(p.requiredRate).toBeCloseTo(Math.SQRT2 - 1, 14);
    expect(p.ratio).toBeCloseTo(0.5 / (Math.SQRT2 - 1), 11);
    expect(p.projected).toBeCloseTo(45 * 1.5 ** 2, 10); // 101.25
  });
  // Baseline 100 in 2020, target 200 by 2024 (4 years): required (2)^(1/4) − 1. A current value in 2022
  // of 100·(1 + k·r)^2 gives a ratio of exactly k.
  const r = Math.pow(2, 1 / 4) - 1;
  const at = (k: number) =>
    assessProgress({
      baseline: { year: 2020, value: 100 },
      current: { year: 2022, value: 100 * (1 + k * r) ** 2 },
      target: { kind: 'threshold', op: '>=', value: 200, by: '2024-12-31' },
    });
  it.each([
    [1.2, 'on-track'],
    [0.95, 'on-track'],
    [0.9499, 'acceleration-needed'],
    [0.6, 'acceleration-needed'],
    [0.5999, 'limited-progress'],
    [0, 'limited-progress'],
    [-0.01, 'deterioration'],
  ])('ratio %d → %s', (k, category) => {
    expect(at(k).category).toBe(category);
    expect(at(k).ratio).toBeCloseTo(k, 9);
  });
  it('achieved when the current value already meets the target (compared exactly)', () => {
    expect(assessProgress({ baseline: { year: 2021, value: 50 }, current: { year: 2023, value: 80 }, target: by2025(80) }).category).toBe('achieved');
    expect(assessProgress({ baseline: { year: 2021, value: 50 }, current: { year: 2023, value: 80 }, target: by2025(80, '>') }).category).not.toBe('achieved');
  });
  it('lower is better: a fall toward a ceiling is progress, a rise is deterioration', () => {
    // required (20/50)^(1/5) − 1 < 0; actual (40/50)^(1/2) − 1 < 0
    const down = assessProgress({ baseline: { year: 2020, value: 50 }, current: { year: 2022, value: 40 }, target: by2025(20, '<=') });
    expect(down.direction).toBe('decrease');
    expect(down.ratio).toBeCloseTo((Math.sqrt(0.8) - 1) / (Math.pow(0.4, 1 / 5) - 1), 10);
    expect(down.category).toBe('acceleration-needed');
    expect(assessProgress({ baseline: { year: 2020, value: 50 }, current: { year: 2022, value: 55 }, target: by2025(20, '<=') }).category).toBe('deterioration');
  });
  it('projects the date of attainment, or none when moving away', () => {
    // 45·1.5^s = 80 → s = ln(16/9)/ln(1.5) = 1.419…, from the end of 2023 → early June 2025
    expect(assessProgress({ baseline: { year: 2021, value: 20 }, current: { year: 2023, value: 45 }, target: by2025(80) }).projectedAttainment).toBe('2025-06-02');
    expect(assessProgress({ baseline: { year: 2021, value: 50 }, current: { year: 2023, value: 45 }, target: by2025(80) }).projectedAttainment).toBeNull();
  });
  it('stated rules: one point, a passed deadline, zero values, points out of order', () => {
    const one = assessProgress({ current: { date: '2023-05-31', value: 36.18 }, target: by2025(80) });
    expect(one.category).toBe('insufficient-data');
    // from 2023-05-31 (2022 + 151/365) to the end of 2025: (80/36.18)^(1/(3 − 151/365)) − 1
    expect(one.requiredRate).toBeCloseTo(Math.pow(80 / 36.18, 1 / (3 - 151 / 365)) - 1, 12);
    expect(assessProgress({ current: { date: '2023-05-31', value: 98.76 }, target: by2025(80) }).category).toBe('achieved');
    expect(assessProgress({ baseline: { year: 2021, value: 20 }, current: { year: 2026, value: 45 }, target: by2025(80) }).category).toBe('missed');
    expect(() => assessProgress({ baseline: { year: 2021, value: 0 }, current: { year: 2023, value: 45 }, target: by2025(80) })).toThrow(/method: 'linear'/);
    expect(() => assessProgress({ baseline: { year: 2023, value: 20 }, current: { year: 2023, value: 45 }, target: by2025(80) })).toThrow(/after the baseline/);
    expect(() => assessProgress({ current: { year: 2023, value: 45 }, target: { kind: 'threshold', op: '>=', value: 80 } })).toThrow(ChisoError);
    expect(() => assessProgress({ current: { year: 2023, value: Number.NaN }, target: by2025(80) })).toThrow(/finite/);
  });
});

describe('assessProgress: linear', () => {
  it('exact thresholds: 0 → 38 over 2020–2024 toward 100 by 2030 is 9.5 vs 10 a year, ratio 0.95', () => {
    const p = assessProgress({ baseline: { year: 2020, value: 0 }, current: { year: 2024, value: 38 }, target: { kind: 'threshold', op: '>=', value: 100, by: '2030-12-31' }, method: 'linear' });
    expect(p).toMatchObject({ category: 'on-track', ratio: 0.95, actualRate: 9.5, requiredRate: 10, projected: 95 });
    const q = assessProgress({ baseline: { year: 2020, value: 0 }, current: { year: 2024, value: 24 }, target: { kind: 'threshold', op: '>=', value: 100, by: '2030-12-31' }, method: 'linear' });
    expect(q).toMatchObject({ category: 'acceleration-needed', ratio: 0.6 });
  });
});
