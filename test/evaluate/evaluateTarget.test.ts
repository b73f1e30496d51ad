import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ChisoError } from '../../src/errors';
import { evaluateTarget } from '../../src/evaluate/evaluateTarget';
import type { Target } from '../../src/model/target';

const ge = (value: number): Target => ({ kind: 'threshold', op: '>=', value });
const gt = (value: number): Target => ({ kind: 'threshold', op: '>', value });
const le = (value: number): Target => ({ kind: 'threshold', op: '<=', value });
const lt = (value: number): Target => ({ kind: 'threshold', op: '<', value });
const eq = (value: number): Target => ({ kind: 'threshold', op: '=', value });
const status = (t: Target, v: Parameters<typeof evaluateTarget>[1]) => evaluateTarget(t, v).status;

describe('evaluateTarget: exact at boundaries (float traps)', () => {
  it('57 of 100 meets >= 57 although 57 / 100 * 100 is 56.99999999999999 in floating point', () => {
    expect(57 / 100 * 100).toBe(56.99999999999999); // the trap is real
    expect(evaluateTarget(ge(57), { numerator: 57, denominator: 100 })).toEqual({ status: 'met', value: 57, gap: 0, attainment: 1 });
  });
  it('29 of 100 meets >= 29 (float gives 28.999999999999996)', () => {
    expect(29 / 100 * 100).toBe(28.999999999999996);
    expect(status(ge(29), { numerator: 29, denominator: 100 })).toBe('met');
  });
  it('7 of 100 meets <= 7 and = 7 (float gives 7.000000000000001)', () => {
    expect(7 / 100 * 100).toBe(7.000000000000001);
    expect(status(le(7), { numerator: 7, denominator: 100 })).toBe('met');
    expect(status(eq(7), { numerator: 7, denominator: 100 })).toBe('met');
    expect(status(lt(7), { numerator: 7, denominator: 100 })).toBe('not-met');
  });
  it('trên 80%: 80 of 100 and 80 do not meet > 80; 80.000000001 does', () => {
    expect(status(gt(80), { numerator: 80, denominator: 100 })).toBe('not-met');
    expect(status(gt(80), 80)).toBe('not-met');
    expect(status(gt(80), 80.000000001)).toBe('met');
    expect(status(gt(80), { numerator: 800000001, denominator: 1000000000 })).toBe('met');
  });
  it('a strict comparison at its bound is not met, with gap 0 (documented)', () => {
    expect(evaluateTarget(gt(80), 80)).toEqual({ status: 'not-met', value: 80, gap: 0, attainment: 1 });
    expect(evaluateTarget(lt(5), 5)).toEqual({ status: 'not-met', value: 5, gap: 0, attainment: 1 });
    // The same at a bound of 0 (0 against > 0, < 0): the rule's ratio is 0/0 there; at the bound is 1.
    expect(evaluateTarget(gt(0), 0)).toEqual({ status: 'not-met', value: 0, gap: 0, attainment: 1 });
    expect(evaluateTarget(lt(0), 0)).toEqual({ status: 'not-met', value: 0, gap: 0, attainment: 1 });
    expect(evaluateTarget(gt(0), { numerator: 0, denominator: 7 })).toEqual({ status: 'not-met', value: 0, gap: 0, attainment: 1 });
  });
  it('a share of 1 in 3 is compared exactly: 1/3 is below 33.3333333333333334 and above 33.3333333333333333', () => {
    expect(status(ge(33.333333333333336), { numerator: 1, denominator: 3 })).toBe('not-met');
    expect(status(le(33.333333333333336), { numerator: 1, denominator: 3 })).toBe('met');
    expect(status(ge(33.33333333333333), { numerator: 1, denominator: 3 })).toBe('met');
    expect(status(eq(33.333333333333336), { numerator: 1, denominator: 3 })).toBe('not-met');
  });
  it('0.1 + 0.2 is the number it is: 0.30000000000000004 does not meet <= 0.3, but 3 of 1000 (0.3 %) does', () => {
    expect(status(le(0.3), 0.1 + 0.2)).toBe('not-met');
    expect(status(le(0.3), { numerator: 3, denominator: 1000 })).toBe('met');
  });
  it('range 20–25 is inclusive at both ends', () => {
    const range: Target = { kind: 'range', min: 20, max: 25 };
    expect(status(range, 20)).toBe('met');
    expect(status(range, 25)).toBe('met');
    expect(status(range, { numerator: 1, denominator: 5 })).toBe('met');
    expect(status(range, { numerator: 1, denominator: 4 })).toBe('met');
    expect(status(range, 19.999999999999996)).toBe('not-met');
    expect(status(range, 25.000000000000004)).toBe('not-met');
    expect(evaluateTarget(range, 30)).toEqual({ status: 'not-met', value: 30, gap: 5, attainment: 25 / 30 });
    expect(evaluateTarget(range, 10)).toEqual({ status: 'not-met', value: 10, gap: 10, attainment: 0.5 });
  });
  it('rank top 10: 10 is in, 11 is out', () => {
    const top10: Target = { kind: 'rank', top: 10 };
    expect(evaluateTarget(top10, { rank: 10 })).toEqual({ status: 'met', value: 10, gap: 0, attainment: 1 });
    expect(evaluateTarget(top10, { rank: 11 })).toEqual({ status: 'not-met', value: 11, gap: 1, attainment: 10 / 11 });
    expect(evaluateTarget(top10, 1).status).toBe('met');
  });
  it('change: a 30 % cut from 2.3 to 1.61 meets giảm 30 % (float gives -29.99999999999999)', () => {
    expect((1.61 - 2.3) / 2.3 * 100).toBe(-29.99999999999999);
    const cut30: Target = { kind: 'change', op: '<=', value: -30, from: 'baseline' };
    expect(evaluateTarget(cut30, { baseline: 2.3, current: 1.61 })).toEqual({ status: 'met', value: -30, gap: 0, attainment: 1 });
    expect(evaluateTarget(cut30, -10)).toEqual({ status: 'not-met', value: -10, gap: 20, attainment: 1 / 3 });
    expect(evaluateTarget(cut30, 5).attainment).toBe(0);
    const up30: Target = { kind: 'change', op: '>=', value: 30, from: 'baseline' };
    expect(evaluateTarget(up30, { baseline: 100, current: 130 }).status).toBe('met');
    expect(evaluateTarget(up30, { baseline: 100, current: 129.99 }).status).toBe('not-met');
  });
  it('growth: 7 %/year compounded over 3 years is met exactly at 122.5043 from 100 (float gives 122.50430000000003)', () => {
    expect(100 * Math.pow(1.07, 3)).toBe(122.50430000000003);
    const g7: Target = { kind: 'growth', op: '>=', value: 7, per: 'year' };
    expect(evaluateTarget(g7, { baseline: 100, current: 122.5043, years: 3 }).status).toBe('met');
    expect(evaluateTarget(g7, { baseline: 100, current: 122.5042, years: 3 }).status).toBe('not-met');
    expect(evaluateTarget(g7, 7).status).toBe('met');
    expect(evaluateTarget(g7, 6.99).gap).toBe(0.01);
  });
  it('lower is better: 10 where <= 5 has gap 5 and attainment 0.5', () => {
    expect(evaluateTarget(le(5), 10)).toEqual({ status: 'not-met', value: 10, gap: 5, attainment: 0.5 });
  });
  it('gap and attainment of a real case: 36.18 % against at least 80 %', () => {
    // gap 80 − 36.18 = 43.82 exactly (float subtraction gives 43.82 here too, but 80 − 36.18 is computed in decimal)
    expect(evaluateTarget(ge(80), 36.18)).toEqual({ status: 'not-met', value: 36.18, gap: 43.82, attainment: 0.45225 });
    expect(evaluateTarget(ge(80), 98.76)).toEqual({ status: 'met', value: 98.76, gap: 0, attainment: 1 });
  });
  it('gap is computed in decimal: 0.3 − 0.1 is 0.2, not 0.19999999999999998', () => {
    expect(0.3 - 0.1).toBe(0.19999999999999998);
    expect(evaluateTarget(ge(0.3), 0.1).gap).toBe(0.2);
  });
  it('done and qualitative targets', () => {
    expect(evaluateTarget({ kind: 'done' }, true)).toEqual({ status: 'met', value: true, gap: null, attainment: 1 });
    expect(evaluateTarget({ kind: 'done' }, false)).toEqual({ status: 'not-met', value: false, gap: null, attainment: 0 });
    expect(evaluateTarget({ kind: 'qualitative' }, true).status).toBe('met');
    expect(evaluateTarget({ kind: 'qualitative' }, 42)).toEqual({ status: 'not-applicable', value: 42, gap: null, attainment: null, reason: 'qualitative-target' });
  });
  it('no data is a status, never a zero', () => {
    expect(evaluateTarget(ge(80), null)).toEqual({ status: 'no-data', value: null, gap: null, attainment: null, reason: 'no-observation' });
    expect(evaluateTarget(ge(80), undefined).status).toBe('no-data');
    expect(evaluateTarget(ge(80), { numerator: 0, denominator: 0 })).toEqual({ status: 'no-data', value: null, gap: null, attainment: null, reason: 'zero-denominator' });
  });
  it('percent scale: a ratio is read when declared, and checked', () => {
    expect(evaluateTarget(ge(80), 0.8, { measure: 'percent', scale: 'ratio' }).status).toBe('met');
    expect(evaluateTarget(ge(80), 0.57 , { scale: 'ratio' }).value).toBe(57);
    expect(() => evaluateTarget(ge(80), 80, { measure: 'percent', scale: 'ratio' })).toThrow(/ratio between 0 and 1/);
  });
});

describe('evaluateTarget: bad input is a ChisoError, never a number', () => {
  const cases: [string, Target, unknown, RegExp, string][] = [
    ['NaN', ge(80), Number.NaN, /a finite number/, 'value'],
    ['Infinity', ge(80), Number.POSITIVE_INFINITY, /a finite number/, 'value'],
    ['negative numerator', ge(80), { numerator: -1, denominator: 10 }, /≥ 0/, 'numerator'],
    ['negative denominator', ge(80), { numerator: 1, denominator: -10 }, /≥ 0/, 'denominator'],
    ['numerator above denominator', ge(80), { numerator: 120, denominator: 100 }, /at most the denominator \(100\)/, 'numerator'],
    ['NaN denominator', ge(80), { numerator: 1, denominator: Number.NaN }, /finite/, 'denominator'],
    ['a boolean for a threshold', ge(80), true, /a number/, 'value'],
    ['a number for a done target', { kind: 'done' }, 1, /boolean/, 'value'],
    ['a rank of 0', { kind: 'rank', top: 10 }, { rank: 0 }, /positive whole number/, 'rank'],
    ['a fractional rank', { kind: 'rank', top: 10 }, 2.5, /positive whole number/, 'value'],
    ['a string', ge(80), '80', /a number/, 'value'],
    ['an unknown object', ge(80), { amount: 3 }, /a number/, 'value'],
    ['a zero baseline', { kind: 'change', op: '<=', value: -30, from: 'baseline' }, { baseline: 0, current: 1 }, /> 0/, 'baseline'],
    ['zero years', { kind: 'growth', op: '>=', value: 7, per: 'year' }, { baseline: 1, current: 2, years: 0 }, /whole number of years/, 'years'],
  ];
  it.each(cases)('%s', (_name, target, value, expected, field) => {
    let error: unknown;
    try {
      evaluateTarget(target, value as never);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ChisoError);
    const issue = (error as ChisoError).issues[0];
    expect(issue?.expected).toMatch(expected);
    expect(issue?.field).toBe(field);
    expect((error as ChisoError).message).toMatch(/^Expected .+ to be .+ but got ".*"\.$/);
  });
  it('a percent outside 0–100 when the measure says percent', () => {
    expect(() => evaluateTarget(ge(80), 100.5, { measure: 'percent' })).toThrow('Expected value to be a percent between 0 and 100 but got "100.5".');
    expect(() => evaluateTarget(ge(80), -1, { measure: 'grdp-share' })).toThrow(ChisoError);
  });
  it('a negative or fractional count', () => {
    expect(() => evaluateTarget(ge(300), -1, { measure: 'count' })).toThrow(/a count/);
    expect(() => evaluateTarget(ge(300), 2.5, { measure: 'count' })).toThrow(/a count/);
  });
  it('an invalid target names the field and the allowed values', () => {
    expect(() => evaluateTarget({ kind: 'threshold', op: '=>', value: 80 } as never, 1)).toThrow(
      'Expected target.op to be one of ">=", ">", "<=", "<", "=" (write ">=" for "=>") but got "=>".',
    );
    expect(() => evaluateTarget({ kind: 'range', min: 25, max: 20 } as never, 1)).toThrow(/target\.max/);
    expect(() => evaluateTarget({ kind: 'threshold', op: '>=', value: Number.NaN } as never, 1)).toThrow(/target\.value/);
    expect(() => evaluateTarget({ kind: 'threshold', op: '>=', value: 1, extra: 1 } as never, 1)).toThrow(/target\.extra/);
  });
});

// An independent oracle: exact rational comparison in BigInt, with targets written as decimals of at
// most 4 places (scaled by 10^4), against the decimal.js implementation.
describe('evaluateTarget agrees with a BigInt oracle on shares', () => {
  const ops = ['>=', '>', '<=', '<', '='] as const;
  it('for any numerator ≤ denominator and any target with ≤ 4 decimals', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000_000 }).chain((den) => fc.tuple(fc.integer({ min: 0, max: den }), fc.constant(den))),
        fc.integer({ min: 0, max: 1_000_000 }),
        fc.constantFrom(...ops),
        ([num, den], scaledTarget, op) => {
          // num/den·100 op t/10^4  ⇔  num·100·10^4 op t·den
          const left = BigInt(num) * 1_000_000n;
          const right = BigInt(scaledTarget) * BigInt(den);
          const expected = { '>=': left >= right, '>': left > right, '<=': left <= right, '<': left < right, '=': left === right }[op];
          const target: Target = { kind: 'threshold', op, value: scaledTarget / 10_000 };
          return evaluateTarget(target, { numerator: num, denominator: den }).status === (expected ? 'met' : 'not-met');
        },
      ),
      { numRuns: 3000, seed: 20211208 },
    );
  });
  it('on the boundary itself: k/den compared with the exact value it equals', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000 }), (k) => {
        // k of 10000 is exactly k/100 percent: always meets >= and <= and =, never > or <.
        const value = k / 100;
        const share = { numerator: k, denominator: 10_000 };
        return (
          status(ge(value), share) === 'met' &&
          status(le(value), share) === 'met' &&
          status(eq(value), share) === 'met' &&
          status(gt(value), share) === 'not-met' &&
          status(lt(value), share) === 'not-met'
        );
      }),
      { numRuns: 2000, seed: 7 },
    );
  });
  it('never returns NaN or Infinity, and gap/attainment stay in range', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e12, max: 1e12 }), fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e12, max: 1e12 }), fc.constantFrom(...ops), (v, t, op) => {
        const r = evaluateTarget({ kind: 'threshold', op, value: t }, v);
        const inRange = typeof r.value === 'number' && Number.isFinite(r.value) && r.gap !== null && r.gap >= 0 && Number.isFinite(r.gap) && r.attainment !== null && r.attainment >= 0 && r.attainment <= 1;
        const consistent = r.status === 'met' ? r.gap === 0 && r.attainment === 1 : r.status === 'not-met';
        return inRange && consistent;
      }),
      { numRuns: 2000, seed: 42 },
    );
  });
});

describe('evaluateTarget: a rolled-up done (share of units done)', () => {
  it('is met only when every unit is done', () => {
    expect(evaluateTarget({ kind: 'done' }, { numerator: 3, denominator: 3 }, { measure: 'done' })).toEqual({ status: 'met', value: 100, gap: 0, attainment: 1 });
    expect(evaluateTarget({ kind: 'done' }, { numerator: 2, denominator: 3 }, { measure: 'done' })).toMatchObject({ status: 'not-met', gap: 100 / 3, attainment: 2 / 3 });
  });
});
