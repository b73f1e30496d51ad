// @zone-sensitive: the time stage.
import { describe, expect, it } from 'vitest';
import { ChisoError } from '../../src/errors';
import { assessProgress } from '../../src/evaluate/assessProgress';

// Edge cases of assessProgress, each worked out by hand from the rules in its JSDoc: a year's figure
// counts at the end of that year; a date in year Y at day d counts as (Y − 1) + d / days-in-year.

const target = (value: number, op: '>=' | '>' | '<=' | '<' | '=' = '>=', by = '2025-12-31') => ({ kind: 'threshold', op, value, by }) as const;

describe('assessProgress: zone, direction of an "=" target', () => {
  it('a Date point is read in the zone given: 2023-12-31T20:00Z is still 2023-12-31 in UTC, already 2024-01-01 in Hà Nội', () => {
    const at = new Date('2023-12-31T20:00:00Z');
    // UTC: 2022 + 365/365 = 2023 → 2 years left to 2025-12-31 (= 2025.0).
    expect(assessProgress({ current: { date: at, value: 10 }, target: target(80), zone: 'UTC' }).yearsLeft).toBe(2);
    // Asia/Ho_Chi_Minh (UTC+7): 2023 + 1/366 → 2 − 1/366 years left.
    expect(assessProgress({ current: { date: at, value: 10 }, target: target(80) }).yearsLeft).toBeCloseTo(2 - 1 / 366, 14);
  });

  it('an "=" target below the baseline is a decrease; above it, an increase (linear: slopes −5 and −5, 2.5 and 2.5 → ratio 1)', () => {
    const down = assessProgress({ baseline: { year: 2021, value: 50 }, current: { year: 2023, value: 40 }, target: target(30, '='), method: 'linear' });
    expect(down).toMatchObject({ direction: 'decrease', actualRate: -5, requiredRate: -5, ratio: 1, category: 'on-track', projected: 30 });
    const up = assessProgress({ baseline: { year: 2021, value: 20 }, current: { year: 2023, value: 25 }, target: target(30, '='), method: 'linear' });
    expect(up).toMatchObject({ direction: 'increase', actualRate: 2.5, requiredRate: 2.5, ratio: 1, category: 'on-track' });
  });

  it('an "=" target equal to the baseline: moving off it either way is deterioration, never on-track', () => {
    // The target (80) was met at the baseline; 85 and 75 both miss "= 80", and no pace is required.
    for (const value of [85, 75]) {
      const p = assessProgress({ baseline: { year: 2021, value: 80 }, current: { year: 2023, value }, target: target(80, '='), method: 'linear' });
      expect(p).toMatchObject({ category: 'deterioration', ratio: null, requiredRate: 0 });
    }
  });

  it('a ">=" target equal to the baseline and a fall below it: deterioration (no pace required, ratio null)', () => {
    // compound: required (80/80)^(1/4) − 1 = 0; actual (70/80)^(1/2) − 1 < 0.
    const p = assessProgress({ baseline: { year: 2021, value: 80 }, current: { year: 2023, value: 70 }, target: target(80) });
    expect(p).toMatchObject({ category: 'deterioration', ratio: null, requiredRate: 0 });
    expect(p.actualRate).toBeCloseTo(Math.sqrt(70 / 80) - 1, 14);
  });
});

describe('assessProgress: without a baseline, after the deadline, far beyond the deadline', () => {
  it('achieved without a baseline, with the (negative) rate still required: √(80/90) − 1', () => {
    const p = assessProgress({ current: { year: 2023, value: 90 }, target: target(80) });
    expect(p.category).toBe('achieved');
    expect(p.requiredRate).toBeCloseTo(Math.sqrt(80 / 90) - 1, 14);
    expect(p).toMatchObject({ ratio: null, actualRate: null, projected: null, projectedAttainment: null });
  });

  it('missed without a baseline once the deadline has passed: no rate required, yearsLeft −1', () => {
    expect(assessProgress({ current: { year: 2026, value: 50 }, target: target(80) })).toMatchObject({ category: 'missed', requiredRate: null, yearsLeft: -1 });
  });

  it('a baseline after the deadline: no required pace (null ratio), missed; actual (60/50) − 1 = 0.2', () => {
    const p = assessProgress({ baseline: { year: 2026, value: 50 }, current: { year: 2027, value: 60 }, target: target(80) });
    expect(p).toMatchObject({ category: 'missed', ratio: null, requiredRate: null, yearsLeft: -2 });
    expect(p.actualRate).toBeCloseTo(0.2, 15);
  });

  it('a trend that reaches the target far in the future is dated there (any day up to 9999-12-31)', () => {
    // linear: 0.5 a year from 11 at the end of 2023 reaches 1000 after (1000 − 11) / 0.5 = 1978 years: the end of 4001.
    const p = assessProgress({ baseline: { year: 2021, value: 10 }, current: { year: 2023, value: 11 }, target: target(1000), method: 'linear' });
    expect(p).toMatchObject({ category: 'limited-progress', actualRate: 0.5, requiredRate: 247.5, projectedAttainment: '4001-12-31' });
  });

  it('a target of 0 under the compound method is an error naming the target value', () => {
    try {
      assessProgress({ baseline: { year: 2021, value: 5 }, current: { year: 2023, value: 3 }, target: target(0, '<=') });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ChisoError);
      const [issue] = (error as ChisoError).issues;
      expect(issue).toMatchObject({ path: ['input', 'target', 'value'], field: 'value', received: '0' });
      expect(issue?.message).toBe("Expected input.target.value to be a target value > 0 for the compound method (use method: 'linear') but got \"0\".");
    }
  });
});

describe('assessProgress: a pace beyond the range of a JS number', () => {
  it('1e-300 to 1e300 in 1/365 of a year needs a rate of about 1e219000: out_of_range, never Infinity', () => {
    // 2025-12-30 is 2024 + 364/365; the deadline 2025-12-31 is 2025.0; (1e600)^365 − 1 ≈ 1e219000.
    try {
      assessProgress({ current: { date: '2025-12-30', value: 1e-300 }, target: target(1e300) });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ChisoError);
      const [issue] = (error as ChisoError).issues;
      expect(issue).toMatchObject({ code: 'out_of_range', path: ['input'], received: '1e+219000' });
      expect(issue?.message).toBe('Expected input to be values whose required rate is a finite number (within ±1.7976931348623157e+308) but got "1e+219000".');
    }
  });
});
