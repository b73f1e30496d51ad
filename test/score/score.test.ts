import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ChisoError, type ChisoIssue } from '../../src/errors';
import { issuesOf } from '../helpers';
import type { Observation } from '../../src/model/observation';
import { SchemeSchema, type NodeScore, type Rule, type Scheme, type SchemeNode, type ScoreInput, type UnitScore } from '../../src/model/scheme';
import { score, type ScoreOptions } from '../../src/score/score';

// ---------------------------------------------------------------------------------------------
// Helpers

const T = (s: string) => ({ vi: s, en: s });
const leaf = (id: string, rule: Rule, extra: Record<string, unknown> = {}): SchemeNode => ({ id, name: T(id), indicator: id, rule, ...extra }) as SchemeNode;
const group = (id: string, children: SchemeNode[], extra: Record<string, unknown> = {}): SchemeNode => ({ id, name: T(id), children, ...extra }) as SchemeNode;
const scheme = (root: SchemeNode, extra: Record<string, unknown> = {}): Scheme => ({ id: 'test', name: T('Test'), root, ...extra }) as Scheme;
type Obs = ScoreInput | Observation;
const obs = (unit: string, indicator: string, value: number | boolean | string, period: number | string = 2022): Obs => ({ unit, indicator, period, value }) as Obs;

/** The index of a one-leaf scheme for one value. */
const one = (rule: Rule, value: number | boolean | string): number | null => (score(scheme(leaf('x', rule)), [obs('u', 'x', value)])[0] as UnitScore).index;

/** Indices of a one-leaf scheme for units u0, u1, … with these values (peers of each other). */
const peers = (rule: Rule, values: number[]): (number | null)[] => {
  const rows = score(scheme(leaf('x', rule)), values.map((v, i) => obs(`u${i}`, 'x', v)));
  return values.map((_, i) => rows.find((r) => r.unit === `u${i}`)?.index ?? null);
};

/** The issues of the ChisoError thrown by `fn`. */

const nodeOf = (row: UnitScore | undefined, id: string) => {
  const n = row?.nodes[id];
  if (n === undefined) throw new Error(`no node ${id}`);
  return n;
};

// ---------------------------------------------------------------------------------------------
// Rules, one by one, against hand-computed values

describe('rule: index', () => {
  it('uses a value in [0, 1] as is, including both ends', () => {
    expect(one({ kind: 'index' }, 0.8253)).toBe(0.8253);
    expect(one({ kind: 'index' }, 0)).toBe(0);
    expect(one({ kind: 'index' }, 1)).toBe(1);
  });
  it('rejects a value outside [0, 1] (a percent given where an index is expected)', () => {
    const [issue] = issuesOf(() => one({ kind: 'index' }, 82.53));
    expect(issue?.code).toBe('invalid_value');
    expect(issue?.message).toBe('Expected observations[0].value (unit "u", indicator "x") to be an index between 0 and 1 (rule "index" of leaf "x") but got "82.53".');
    expect(() => one({ kind: 'index' }, -0.0001)).toThrow(ChisoError);
    expect(() => one({ kind: 'index' }, 1.0000000000000002)).toThrow(ChisoError);
  });
});

describe('rule: proportional', () => {
  const rule: Rule = { kind: 'proportional', reference: 80 };
  it('is min(value / reference, 1): below, at, and capped above the reference', () => {
    expect(one(rule, 40)).toBe(0.5);
    expect(one(rule, 0)).toBe(0);
    expect(one(rule, 80)).toBe(1);
    expect(one(rule, 80.0000001)).toBe(1);
    expect(one(rule, 500)).toBe(1);
  });
  it('gives points = max × min(value / reference, 1)', () => {
    const [row] = score(scheme(group('all', [leaf('x', rule, { points: 20 }), leaf('y', { kind: 'boolean' }, { points: 80 })])), [obs('u', 'x', 60), obs('u', 'y', true)]);
    expect(nodeOf(row, 'x')).toMatchObject({ index: 0.75, points: 15, max: 20 });
    expect(row?.points).toBe(95);
    expect(row?.index).toBe(0.95);
  });
  it('rejects a negative value', () => {
    const [issue] = issuesOf(() => one(rule, -1));
    expect(issue?.expected).toBe('a number ≥ 0 (rule "proportional" of leaf "x")');
  });
});

describe('rule: bands (4 meetings a year = 20 of 20 points)', () => {
  // Listed out of order on purpose: the highest min reached wins whatever the order.
  const rule: Rule = {
    kind: 'bands',
    bands: [
      { min: 2, index: 0.5 },
      { min: 4, index: 1 },
      { min: 1, index: 0.25 },
      { min: 3, index: 0.75 },
    ],
  };
  it.each([
    [7, 1],
    [4, 1],
    [3.9999999999999996, 0.75],
    [3, 0.75],
    [2.9999999999999996, 0.5],
    [2, 0.5],
    [1, 0.25],
    [0.9999999999999999, 0],
    [0, 0],
    [-5, 0],
  ])('%s meetings → index %s', (meetings, index) => {
    expect(one(rule, meetings)).toBe(index);
  });
  it('points: 3 meetings of a 20-point leaf → 15 points', () => {
    const [row] = score(scheme(leaf('x', rule, { points: 20 })), [obs('u', 'x', 3)]);
    expect(row).toMatchObject({ index: 0.75, points: 15, max: 20 });
  });
  it('compares exactly: 57 of 100 reaches min 57 (57 / 100 * 100 is 56.99999999999999 in floating point)', () => {
    expect((57 / 100) * 100).not.toBe(57);
    const r: Rule = { kind: 'bands', bands: [{ min: 57, index: 1 }] };
    const rows = score(scheme(leaf('x', r)), [{ unit: 'u', indicator: 'x', period: 2022, numerator: 57, denominator: 100 }]);
    expect(rows[0]?.index).toBe(1);
    expect(nodeOf(rows[0], 'x').value).toBe(57);
  });
  it('compares the values as given: 0.1 + 0.2 reaches min 0.3, 0.3 does not reach 0.30000000000000004', () => {
    expect(one({ kind: 'bands', bands: [{ min: 0.3, index: 1 }] }, 0.1 + 0.2)).toBe(1);
    expect(one({ kind: 'bands', bands: [{ min: 0.30000000000000004, index: 1 }] }, 0.3)).toBe(0);
  });
});

describe('rule: categorical', () => {
  const rule: Rule = { kind: 'categorical', map: { full: 1, half: 0.5, zero: 0 } };
  it('maps each category to its index', () => {
    expect(one(rule, 'full')).toBe(1);
    expect(one(rule, 'half')).toBe(0.5);
    expect(one(rule, 'zero')).toBe(0);
  });
  it('rejects an unknown category (also one that is a property of every object), and a non-string', () => {
    const [issue] = issuesOf(() => one(rule, 'quarter'));
    expect(issue?.expected).toBe('one of "full", "half", "zero" (rule "categorical" of leaf "x")');
    expect(() => one(rule, 'constructor')).toThrow(ChisoError);
    expect(() => one(rule, 'toString')).toThrow(ChisoError);
    expect(() => one(rule, 1)).toThrow(ChisoError);
  });
});

describe('rule: boolean', () => {
  it('true → 1, false → 0, from a value or a done observation', () => {
    expect(one({ kind: 'boolean' }, true)).toBe(1);
    expect(one({ kind: 'boolean' }, false)).toBe(0);
    const rows = score(scheme(leaf('x', { kind: 'boolean' })), [{ unit: 'u', indicator: 'x', period: 2022, done: true }]);
    expect(rows[0]?.index).toBe(1);
    expect(nodeOf(rows[0], 'x').value).toBe(true);
  });
  it('rejects a number (1 is not true)', () => {
    expect(issuesOf(() => one({ kind: 'boolean' }, 1))[0]?.expected).toBe('a boolean (or done: true / false) (rule "boolean" of leaf "x")');
  });
});

describe('rule: minmax', () => {
  it('fixed goalposts: (value − min) / (max − min), truncated to [0, 1] by default', () => {
    const rule: Rule = { kind: 'minmax', min: 20, max: 220 };
    expect(one(rule, 70)).toBe(0.25);
    expect(one(rule, 20)).toBe(0);
    expect(one(rule, 220)).toBe(1);
    expect(one(rule, 260)).toBe(1);
    expect(one(rule, 0)).toBe(0);
  });
  it('fixed goalposts, lower is better: (max − value) / (max − min)', () => {
    expect(one({ kind: 'minmax', min: 0, max: 10, direction: 'lower' }, 2)).toBe(0.8);
    expect(one({ kind: 'minmax', min: 0, max: 10, direction: 'lower' }, 12)).toBe(0);
  });
  it('truncate: false lets a value beyond the goalposts go below 0 or above 1', () => {
    const rule: Rule = { kind: 'minmax', min: 0, max: 200, truncate: false };
    expect(one(rule, 250)).toBe(1.25);
    expect(one(rule, -50)).toBe(-0.25);
  });
  it('peers: against the lowest and highest value of the units in the same period', () => {
    expect(peers({ kind: 'minmax' }, [10, 40, 20, 30])).toEqual([0, 1, 1 / 3, 2 / 3]);
    expect(peers({ kind: 'minmax', direction: 'lower' }, [10, 40, 20, 30])).toEqual([1, 0, 2 / 3, 1 / 3]);
  });
  it('peers: all equal (or a single unit) → every one gets 1', () => {
    expect(peers({ kind: 'minmax' }, [5, 5, 5])).toEqual([1, 1, 1]);
    expect(peers({ kind: 'minmax' }, [5])).toEqual([1]);
  });
  it('peers are per period', () => {
    const rows = score(scheme(leaf('x', { kind: 'minmax' })), [obs('a', 'x', 10, 2022), obs('b', 'x', 20, 2022), obs('a', 'x', 50, 2023), obs('b', 'x', 30, 2023)]);
    expect(rows.map((r) => [r.period, r.unit, r.index])).toEqual([[2022, 'a', 0], [2022, 'b', 1], [2023, 'a', 1], [2023, 'b', 0]]);
  });
});

describe('rule: zscore (index = Φ(z), the leaf reports z)', () => {
  // Oracle: Python's math.erfc, Φ(z) = erfc(−z/√2) / 2.
  it('z = ±1 → Φ = 0.8413447460685429 / 0.15865525393145707', () => {
    const rows = score(scheme(leaf('x', { kind: 'zscore' })), [obs('a', 'x', -1), obs('b', 'x', 1)]);
    expect(nodeOf(rows[0], 'x').z).toBe(-1);
    expect(nodeOf(rows[1], 'x').z).toBe(1);
    expect(rows[0]?.index).toBeCloseTo(0.15865525393145707, 15);
    expect(rows[1]?.index).toBeCloseTo(0.8413447460685429, 15);
  });
  it('1..5: mean 3, population sd √2; the mean itself gets exactly 0.5', () => {
    const [a, , c, , e] = peers({ kind: 'zscore' }, [1, 2, 3, 4, 5]);
    expect(c).toBe(0.5);
    expect(e).toBeCloseTo(0.9213503964748575, 15);
    expect(a).toBeCloseTo(0.07864960352514257, 15);
  });
  it('one outlier among 9 equal values has z = 3; among 25, z = 5 (−5 when lower is better)', () => {
    const nine = peers({ kind: 'zscore' }, [...Array<number>(9).fill(0), 1]);
    expect(nine[9]).toBeCloseTo(0.9986501019683699, 15);
    expect(nine[0]).toBeCloseTo(0.36944134018176367, 15);
    const rows = score(scheme(leaf('x', { kind: 'zscore', direction: 'lower' })), [...Array<number>(25).fill(0), 1].map((v, i) => obs(`u${String(i).padStart(2, '0')}`, 'x', v)));
    const outlier = rows.find((r) => r.unit === 'u25');
    expect(nodeOf(outlier, 'x').z).toBeCloseTo(-5, 13);
    expect(Math.abs((outlier?.index as number) / 2.866515718791946e-7 - 1)).toBeLessThan(1e-12);
  });
  it('far tail: z = −10 keeps its relative precision (7.619853024160593e-24), never 0 or NaN', () => {
    const values = [...Array<number>(100).fill(0), 1];
    const rows = score(scheme(leaf('x', { kind: 'zscore', direction: 'lower' })), values.map((v, i) => obs(`u${String(i).padStart(3, '0')}`, 'x', v)));
    const index = rows.find((r) => r.unit === 'u100')?.index as number;
    expect(Math.abs(index / 7.619853024160593e-24 - 1)).toBeLessThan(1e-12);
  });
  it('all peers equal → z = 0 → 0.5', () => {
    expect(peers({ kind: 'zscore' }, [7, 7])).toEqual([0.5, 0.5]);
  });
});

describe('rule: distanceToTarget', () => {
  it('higher is better: min(value / target, 1)', () => {
    const rule: Rule = { kind: 'distanceToTarget', target: 80 };
    expect(one(rule, 60)).toBe(0.75);
    expect(one(rule, 80)).toBe(1);
    expect(one(rule, 100)).toBe(1);
  });
  it('lower is better: 1 at or below the target, target / value above it', () => {
    const rule: Rule = { kind: 'distanceToTarget', target: 5, direction: 'lower' };
    expect(one(rule, 0)).toBe(1);
    expect(one(rule, 5)).toBe(1);
    expect(one(rule, 10)).toBe(0.5);
  });
  it('rejects a negative value', () => {
    expect(() => one({ kind: 'distanceToTarget', target: 5 }, -1)).toThrow(ChisoError);
  });
});

describe('rule: rank', () => {
  it('(n − rank) / (n − 1) with competition ranks', () => {
    // ranks 3, 1, 1, 4 of n = 4
    expect(peers({ kind: 'rank' }, [10, 20, 20, 5])).toEqual([1 / 3, 1, 1, 0]);
    // lower is better: ranks 2, 3, 3, 1
    expect(peers({ kind: 'rank', direction: 'lower' }, [10, 20, 20, 5])).toEqual([2 / 3, 1 / 3, 1 / 3, 1]);
  });
  it('a single unit → 1', () => {
    expect(peers({ kind: 'rank' }, [42])).toEqual([1]);
  });
  it('reads a rank observation as its number (rank 1 is best, so use direction: lower)', () => {
    const rows = score(scheme(leaf('x', { kind: 'rank', direction: 'lower' })), [
      { unit: 'a', indicator: 'x', period: 2022, rank: 1 },
      { unit: 'b', indicator: 'x', period: 2022, rank: 7 },
    ]);
    expect(rows.map((r) => r.index)).toEqual([1, 0]);
    expect(nodeOf(rows[1], 'x').value).toBe(7);
  });
});

describe('rule: percentOfMax', () => {
  it('value / the highest value among the peers', () => {
    expect(peers({ kind: 'percentOfMax' }, [50, 100, 0, 25])).toEqual([0.5, 1, 0, 0.25]);
  });
  it('all peers at 0 → every one gets 1', () => {
    expect(peers({ kind: 'percentOfMax' }, [0, 0])).toEqual([1, 1]);
  });
  it('rejects a negative value', () => {
    expect(() => peers({ kind: 'percentOfMax' }, [1, -1])).toThrow(ChisoError);
  });
});

// ---------------------------------------------------------------------------------------------
// Weights, points, aggregation

describe('weights and points', () => {
  it('weights: the weighted mean of the children (weight 1 by default); max 1 at the root', () => {
    const s = scheme(group('all', [leaf('a', { kind: 'index' }), leaf('b', { kind: 'index' }, { weight: 3 })]));
    const [row] = score(s, [obs('u', 'a', 1), obs('u', 'b', 0.2)]);
    // (1·1 + 3·0.2) / 4 = 0.4
    expect(row).toMatchObject({ index: 0.4, points: 0.4, max: 1 });
    expect(nodeOf(row, 'a')).toMatchObject({ max: 0.25, points: 0.25 });
    expect(nodeOf(row, 'b')).toMatchObject({ max: 0.75, index: 0.2 });
  });
  it('points: a group without points gets the sum of its children; weights below points share them out', () => {
    const s = scheme(
      group('all', [
        group('g', [leaf('a', { kind: 'index' }, { points: 30 }), leaf('b', { kind: 'index' }, { points: 70 })]),
        group('h', [leaf('c', { kind: 'index' }), leaf('d', { kind: 'index' }, { weight: 3 })], { points: 100 }),
      ]),
    );
    const [row] = score(s, [obs('u', 'a', 0.5), obs('u', 'b', 1), obs('u', 'c', 1), obs('u', 'd', 0)]);
    expect(row?.max).toBe(200);
    expect(nodeOf(row, 'g')).toMatchObject({ max: 100, points: 85, index: 0.85 });
    expect(nodeOf(row, 'c')).toMatchObject({ max: 25, points: 25 });
    expect(nodeOf(row, 'd')).toMatchObject({ max: 75, points: 0 });
    expect(nodeOf(row, 'h')).toMatchObject({ max: 100, points: 25, index: 0.25 });
    expect(row).toMatchObject({ points: 110, index: 0.55 });
  });
  it('a stated group total must equal its children’s points exactly (33.3 + 33.3 + 33.4 = 100 in decimal)', () => {
    const s = scheme(group('all', ['a', 'b', 'c'].map((id, i) => leaf(id, { kind: 'index' }, { points: [33.3, 33.3, 33.4][i] })), { points: 100 }));
    expect(SchemeSchema.safeParse(s).success).toBe(true);
    const [row] = score(s, [obs('u', 'a', 1), obs('u', 'b', 1), obs('u', 'c', 1)]);
    expect(row).toMatchObject({ points: 100, index: 1, max: 100 });
  });
});

describe('aggregation', () => {
  const children = [leaf('a', { kind: 'index' }), leaf('b', { kind: 'index' })];
  it('geometric: Π indexᵢ^(wᵢ/Σw) — √(0.25 · 1) = 0.5; with weights 1 and 3, 0.25^(1/4) = √0.5', () => {
    expect(score(scheme(group('g', children, { aggregation: 'geometric' })), [obs('u', 'a', 0.25), obs('u', 'b', 1)])[0]?.index).toBe(0.5);
    const weighted = scheme(group('g', [leaf('a', { kind: 'index' }), leaf('b', { kind: 'index' }, { weight: 3 })], { aggregation: 'geometric' }));
    expect(score(weighted, [obs('u', 'a', 0.25), obs('u', 'b', 1)])[0]?.index).toBeCloseTo(Math.SQRT1_2, 15);
  });
  it('geometric: one child at 0 makes the group 0 (arithmetic would give 0.5)', () => {
    const data = [obs('u', 'a', 0), obs('u', 'b', 1)];
    expect(score(scheme(group('g', children, { aggregation: 'geometric' })), data)[0]?.index).toBe(0);
    expect(score(scheme(group('g', children)), data)[0]?.index).toBe(0.5);
  });
  it('geometric under missing: "zero": one missing leaf makes the group 0', () => {
    const [row] = score(scheme(group('g', children, { aggregation: 'geometric' })), [obs('u', 'a', 0.9)], { missing: 'zero' });
    expect(row).toMatchObject({ status: 'ok', index: 0, coverage: 0.5 });
  });
  it('geometric under reweight: the mean of the children that have data', () => {
    const [row] = score(scheme(group('g', children, { aggregation: 'geometric' })), [obs('u', 'a', 0.81)], { minCoverage: 0.5 });
    expect(row).toMatchObject({ status: 'ok', index: 0.81, coverage: 0.5 });
  });
});

// ---------------------------------------------------------------------------------------------
// Missing data

describe('missing data', () => {
  const four = scheme(group('all', ['a', 'b', 'c', 'd'].map((id) => leaf(id, { kind: 'index' }, { points: 25 }))));
  const threeOfFour = [obs('u', 'a', 1), obs('u', 'b', 0.5), obs('u', 'c', 0.3)];
  it('default (reweight, minCoverage 1): a unit missing a leaf is no-data, never a number; its present leaves still show', () => {
    const [row] = score(four, threeOfFour);
    expect(row).toMatchObject({ status: 'no-data', index: null, points: null, max: 100, coverage: 0.75 });
    expect(nodeOf(row, 'a')).toEqual({ status: 'ok', index: 1, points: 25, max: 25, coverage: 1, value: 1 });
    expect(nodeOf(row, 'd')).toEqual({ status: 'no-data', index: null, points: null, max: 25, coverage: 0, value: null });
  });
  it('reweight: coverage exactly at minCoverage is enough; the index is the mean of the leaves with data', () => {
    const [row] = score(four, threeOfFour, { minCoverage: 0.75 });
    // (1 + 0.5 + 0.3) / 3 = 0.6 → 60 of 100 points
    expect(row).toMatchObject({ status: 'ok', index: 0.6, points: 60, coverage: 0.75 });
  });
  it('reweight: just below / just above minCoverage', () => {
    expect(score(four, threeOfFour, { minCoverage: 0.7500000000000001 })[0]?.status).toBe('no-data');
    expect(score(four, threeOfFour, { minCoverage: 0.7499999999999999 })[0]?.status).toBe('ok');
  });
  it('coverage is weighted: missing the weight-2 leaf of 1 + 1 + 2 leaves half the weight', () => {
    const s = scheme(group('all', [leaf('a', { kind: 'index' }), leaf('b', { kind: 'index' }), leaf('c', { kind: 'index' }, { weight: 2 })]));
    expect(score(s, [obs('u', 'a', 1), obs('u', 'b', 0)], { minCoverage: 0.5 })[0]).toMatchObject({ status: 'ok', coverage: 0.5, index: 0.5 });
    expect(score(s, [obs('u', 'a', 1), obs('u', 'c', 0)], { minCoverage: 0.5 })[0]).toMatchObject({ status: 'ok', coverage: 0.75 });
    expect(score(s, [obs('u', 'a', 1), obs('u', 'b', 0)], { minCoverage: 0.6 })[0]?.status).toBe('no-data');
  });
  it('coverage nests: a group with half its data counts for half', () => {
    const s = scheme(group('all', [group('g', [leaf('a', { kind: 'index' }), leaf('b', { kind: 'index' })]), leaf('c', { kind: 'index' })]));
    const [row] = score(s, [obs('u', 'a', 0.4), obs('u', 'c', 1)], { minCoverage: 0.5 });
    expect(nodeOf(row, 'g')).toMatchObject({ status: 'ok', coverage: 0.5, index: 0.4 });
    expect(row).toMatchObject({ status: 'ok', coverage: 0.75, index: 0.7 });
    const [strict] = score(s, [obs('u', 'a', 0.4), obs('u', 'c', 1)], { minCoverage: 0.8 });
    expect(nodeOf(strict, 'g').status).toBe('no-data');
    expect(strict).toMatchObject({ status: 'no-data', coverage: 0.5 });
  });
  it('zero: a missing leaf counts 0 points; its coverage 0 keeps the gap visible', () => {
    const [row] = score(four, threeOfFour, { missing: 'zero' });
    expect(row).toMatchObject({ status: 'ok', index: 0.45, points: 45, coverage: 0.75 });
    expect(nodeOf(row, 'd')).toEqual({ status: 'ok', index: 0, points: 0, max: 25, coverage: 0, value: null });
  });
  it('error: names every missing unit × indicator', () => {
    const issues = issuesOf(() => score(four, [...threeOfFour, obs('v', 'a', 1)], { missing: 'error' }));
    expect(issues.map((i) => [i.code, i.unit, i.indicator])).toEqual([
      ['missing_observation', 'u', 'd'],
      ['missing_observation', 'v', 'b'],
      ['missing_observation', 'v', 'c'],
      ['missing_observation', 'v', 'd'],
    ]);
    expect(issues[0]?.message).toBe('Expected observations (unit "u", indicator "d") to be an observation for period 2022 of leaf "d" (missing: "error") but got "nothing".');
  });
  it('the scheme sets the policy; options override it', () => {
    const zeroScheme = { ...four, missing: 'zero' as const };
    expect(score(zeroScheme, threeOfFour)[0]?.index).toBe(0.45);
    expect(score({ ...four, minCoverage: 0.75 }, threeOfFour)[0]?.index).toBe(0.6);
    expect(score(zeroScheme, threeOfFour, { missing: 'reweight' })[0]?.status).toBe('no-data');
  });
  it('0 of 0 is missing (a share of nothing), not 0 %', () => {
    const s = scheme(group('all', [leaf('a', { kind: 'proportional', reference: 100 }), leaf('b', { kind: 'index' })]));
    const data: Obs[] = [{ unit: 'u', indicator: 'a', period: 2022, numerator: 0, denominator: 0 }, obs('u', 'b', 1)];
    expect(score(s, data)[0]).toMatchObject({ status: 'no-data', coverage: 0.5 });
    expect(nodeOf(score(s, data)[0], 'a').value).toBeNull();
    expect(issuesOf(() => score(s, data, { missing: 'error' }))[0]?.received).toBe('0 of 0 (a share of nothing)');
  });
});

// ---------------------------------------------------------------------------------------------
// Observations

describe('observations', () => {
  const s = scheme(group('all', [leaf('pct', { kind: 'proportional', reference: 80 }), leaf('done', { kind: 'boolean' }), leaf('cat', { kind: 'categorical', map: { yes: 1, no: 0 } })]));
  it('take ScoreInputs and the library’s observations together; counts become an exact percent', () => {
    const [row] = score(s, [
      { unit: 'u', indicator: 'pct', period: 2022, numerator: 1, denominator: 3 },
      { unit: 'u', indicator: 'done', period: 2022, done: true },
      { unit: 'u', indicator: 'cat', period: 2022, value: 'yes' },
    ]);
    // 1/3 = 33.33…% of 80 → 0.41666…
    expect(nodeOf(row, 'pct').index).toBe(5 / 12);
    expect(nodeOf(row, 'pct').value).toBe(100 / 3);
    // (5/12 + 1 + 1) / 3 = 29/36, computed exactly (in floating point (5 / 12 + 2) / 3 is one ulp off)
    expect(row?.index).toBe(29 / 36);
  });
  it("a share with scale: 'ratio' is read as 0–1", () => {
    const [row] = score(scheme(leaf('x', { kind: 'index' })), [{ unit: 'u', indicator: 'x', period: 2022, numerator: 3, denominator: 4, scale: 'ratio' }]);
    expect(row?.index).toBe(0.75);
  });
  it('rows: one per unit × period, ordered by period (a year after its dates) then unit, whatever the input order', () => {
    const x = scheme(leaf('x', { kind: 'index' }));
    const rows = score(x, [obs('b', 'x', 0.1, 2023), obs('a', 'x', 0.2, 2023), obs('b', 'x', 0.3, '2023-06-30'), obs('a', 'x', 0.4, 2022), obs('a', 'x', 0.5, '2023-12-31')]);
    expect(rows.map((r) => [r.period, r.unit])).toEqual([[2022, 'a'], ['2023-06-30', 'b'], ['2023-12-31', 'a'], [2023, 'a'], [2023, 'b']]);
  });
  it('nodes are listed in scheme order (depth first)', () => {
    const t = scheme(group('root', [group('g', [leaf('b', { kind: 'index' }), leaf('a', { kind: 'index' })]), leaf('c', { kind: 'index' })]));
    const [row] = score(t, [obs('u', 'c', 1), obs('u', 'a', 1), obs('u', 'b', 1)]);
    expect(Object.keys(row?.nodes ?? {})).toEqual(['root', 'g', 'b', 'a', 'c']);
  });
  it('two leaves may read the same indicator with different rules', () => {
    const t = scheme(group('all', [leaf('x', { kind: 'proportional', reference: 10 }), { id: 'y', name: T('y'), indicator: 'x', rule: { kind: 'minmax', min: 0, max: 20 } } as SchemeNode]));
    expect(score(t, [obs('u', 'x', 5)])[0]?.index).toBe(0.375);
  });
  it('no observations → no rows', () => {
    expect(score(s, [])).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------
// Errors

describe('errors: observations', () => {
  const s = scheme(group('all', [leaf('a', { kind: 'index' }), leaf('b', { kind: 'index' })]));
  it('NaN and ±Infinity are errors, never numbers', () => {
    for (const bad of [Number.NaN, Infinity, -Infinity]) {
      const [issue] = issuesOf(() => score(s, [obs('u', 'a', bad)]));
      expect(issue?.path).toEqual(['observations', 0, 'value']);
      expect(issue?.unit).toBe('u');
    }
  });
  it('an indicator that no leaf uses is an error (not silently dropped)', () => {
    const [issue] = issuesOf(() => score(s, [obs('u', 'a', 1), obs('u', 'typo', 1)]));
    expect(issue).toMatchObject({ code: 'unknown_indicator', path: ['observations', 1, 'indicator'], indicator: 'typo' });
    expect(issue?.message).toBe('Expected observations[1].indicator (unit "u", indicator "typo") to be an indicator used by a leaf of scheme "test" but got "typo".');
  });
  it('a duplicate unit × indicator × period is an error; another period (or a date in the same year) is not', () => {
    const [issue] = issuesOf(() => score(s, [obs('u', 'a', 1), obs('u', 'a', 0.5)]));
    expect(issue).toMatchObject({ code: 'duplicate_observation', path: ['observations', 1] });
    expect(() => score(s, [obs('u', 'a', 1, 2022), obs('u', 'a', 1, 2023), obs('u', 'a', 1, '2022-12-31')])).not.toThrow();
    expect(() => score(s, [obs('u', 'a', 1), { unit: 'u', indicator: 'a', period: 2022, numerator: 1, denominator: 2, scale: 'ratio' }])).toThrow(ChisoError);
  });
  it('a numerator above its denominator, a ratio outside 0–1, a value of the wrong type', () => {
    const issues = issuesOf(() =>
      score(scheme(group('all', [leaf('a', { kind: 'proportional', reference: 1 }), leaf('b', { kind: 'boolean' })])), [
        { unit: 'u', indicator: 'a', period: 2022, numerator: 5, denominator: 4 },
        { unit: 'v', indicator: 'a', period: 2022, value: 1.5, scale: 'ratio' },
        obs('w', 'a', true),
        obs('w', 'b', 'yes'),
      ]),
    );
    expect(issues.map((i) => [i.path.join('.'), i.code])).toEqual([
      ['observations.0.numerator', 'invalid_value'],
      ['observations.1.value', 'invalid_value'],
      ['observations.2.value', 'invalid_value'],
      ['observations.3.value', 'invalid_value'],
    ]);
  });
  it('collects every problem into one ChisoError', () => {
    const issues = issuesOf(() => score(s, [obs('u', 'a', Number.NaN), obs('u', 'b', 2), { unit: '', indicator: 'a', period: 1800, value: 1 } as Obs, { unit: 'u' } as unknown as Obs]));
    expect(issues.length).toBe(5);
  });
  it('observations must be an array', () => {
    expect(issuesOf(() => score(s, 'nope' as unknown as Obs[]))[0]?.path).toEqual(['observations']);
  });
});

describe('errors: scheme and options', () => {
  const bad = (root: SchemeNode, extra: Record<string, unknown> = {}) => issuesOf(() => score(scheme(root, extra), []));
  const paths = (issues: readonly ChisoIssue[]) => issues.map((i) => i.path.join('.'));
  it('a node with both weight and points', () => {
    expect(paths(bad(group('g', [leaf('a', { kind: 'index' }, { weight: 1, points: 10 })])))).toEqual(['scheme.root.children.0.weight']);
  });
  it('siblings that give points only in part', () => {
    expect(paths(bad(group('g', [leaf('a', { kind: 'index' }, { points: 10 }), leaf('b', { kind: 'index' })])))).toEqual(['scheme.root.children.1.points']);
  });
  it("a group whose points are not its children's sum", () => {
    const issues = bad(group('g', [leaf('a', { kind: 'index' }, { points: 10 }), leaf('b', { kind: 'index' }, { points: 20 })], { points: 100 }));
    expect(paths(issues)).toEqual(['scheme.root.points']);
    expect(issues[0]?.message).toBe("Expected scheme.root.points to be equal to the sum of its children's points (30) but got \"100\".");
  });
  it('points under a weighted group (they could not be its share)', () => {
    const root = group('r', [group('g', [leaf('a', { kind: 'index' }, { points: 10 })], { weight: 2 }), leaf('b', { kind: 'index' })]);
    expect(paths(bad(root))).toEqual(['scheme.root.children.0.weight']);
  });
  it('a group with implicit points among siblings without', () => {
    const root = group('r', [group('g', [leaf('a', { kind: 'index' }, { points: 10 })]), leaf('b', { kind: 'index' })]);
    expect(paths(bad(root))).toEqual(['scheme.root.children.1.points']);
  });
  it('a duplicate node id; a weight on the root', () => {
    expect(paths(bad(group('g', [leaf('a', { kind: 'index' }), leaf('a', { kind: 'index' })])))).toEqual(['scheme.root.children.1.id']);
    expect(paths(bad(leaf('a', { kind: 'index' }, { weight: 2 })))).toEqual(['scheme.root.weight']);
  });
  it('bad rules name their field', () => {
    const root = group('g', [
      leaf('a', { kind: 'proportional', reference: 0 }),
      leaf('b', { kind: 'bands', bands: [{ min: 1, index: 1 }, { min: 1, index: 0.5 }] }),
      leaf('c', { kind: 'bands', bands: [{ min: 1, index: 1.5 }] }),
      leaf('d', { kind: 'minmax', min: 0 } as Rule),
      leaf('e', { kind: 'minmax', min: 5, max: 5 }),
      leaf('f', { kind: 'categorical', map: {} }),
      leaf('h', { kind: 'median' } as unknown as Rule),
    ]);
    expect(paths(bad(root))).toEqual([
      'scheme.root.children.0.rule.reference',
      'scheme.root.children.1.rule.bands.1.min',
      'scheme.root.children.2.rule.bands.0.index',
      'scheme.root.children.3.rule.max',
      'scheme.root.children.4.rule.max',
      'scheme.root.children.5.rule.map',
      'scheme.root.children.6.rule.kind',
    ]);
  });
  it('a node that is neither a group nor a leaf', () => {
    const [issue] = bad(group('g', [{ id: 'q', name: T('q') } as SchemeNode]));
    expect(issue?.message).toBe('Expected scheme.root.children[0] to be a group (with children) or a leaf (with indicator and rule) but got "{"id":"q","name":{"vi":"q","en":"q"}}".');
  });
  it('an untruncated minmax under a geometric group (a negative index has no geometric mean)', () => {
    const root = group('g', [group('h', [leaf('a', { kind: 'minmax', min: 0, max: 1, truncate: false })])], { aggregation: 'geometric' });
    expect(paths(bad(root))).toEqual(['scheme.root.children.0.children.0.rule.truncate']);
    expect(() => score(scheme(group('g', [leaf('a', { kind: 'minmax', min: 0, max: 1, truncate: false })])), [])).not.toThrow();
  });
  it('invalid options', () => {
    const s = scheme(leaf('a', { kind: 'index' }));
    expect(issuesOf(() => score(s, [], { minCoverage: 0 }))[0]?.path).toEqual(['options', 'minCoverage']);
    expect(issuesOf(() => score(s, [], { minCoverage: 1.5 }))[0]?.path).toEqual(['options', 'minCoverage']);
    expect(issuesOf(() => score(s, [], { missing: 'drop' } as unknown as ScoreOptions))[0]?.path).toEqual(['options', 'missing']);
    expect(() => score({ ...s, minCoverage: 0 }, [])).toThrow(ChisoError);
  });
});

// ---------------------------------------------------------------------------------------------
// Properties

type Kind = Rule['kind'];
const RULES: fc.Arbitrary<Rule> = fc.oneof(
  fc.constant<Rule>({ kind: 'index' }),
  fc.integer({ min: 1, max: 100 }).map((reference): Rule => ({ kind: 'proportional', reference })),
  fc
    .uniqueArray(fc.integer({ min: 0, max: 100 }), { minLength: 1, maxLength: 4 })
    .chain((mins) => fc.tuple(...mins.map(() => fc.double({ min: 0, max: 1, noNaN: true }))).map((idx): Rule => ({ kind: 'bands', bands: mins.map((min, i) => ({ min, index: Math.abs(idx[i] as number) })) }))),
  fc.constant<Rule>({ kind: 'categorical', map: { full: 1, half: 0.5, zero: 0 } }),
  fc.constant<Rule>({ kind: 'boolean' }),
  fc.constant<Rule>({ kind: 'minmax', min: 10, max: 90 }),
  fc.constantFrom<Rule>({ kind: 'minmax' }, { kind: 'minmax', direction: 'lower' }),
  fc.constantFrom<Rule>({ kind: 'zscore' }, { kind: 'zscore', direction: 'lower' }),
  fc.integer({ min: 1, max: 100 }).chain((target) => fc.constantFrom<Rule>({ kind: 'distanceToTarget', target }, { kind: 'distanceToTarget', target, direction: 'lower' })),
  fc.constantFrom<Rule>({ kind: 'rank' }, { kind: 'rank', direction: 'lower' }),
  fc.constant<Rule>({ kind: 'percentOfMax' }),
);

const valueFor = (kind: Kind): fc.Arbitrary<number | boolean | string> => {
  if (kind === 'index') return fc.double({ min: 0, max: 1, noNaN: true }).map(Math.abs);
  if (kind === 'categorical') return fc.constantFrom('full', 'half', 'zero');
  if (kind === 'boolean') return fc.boolean();
  // Small integers make ties likely; doubles make long decimals.
  return fc.oneof(fc.integer({ min: 0, max: 12 }), fc.double({ min: 0, max: 200, noNaN: true }).map(Math.abs));
};

interface Shape {
  rule?: Rule;
  weight: number;
  aggregation?: 'arithmetic' | 'geometric';
  children?: Shape[];
}

const { tree } = fc.letrec<{ tree: Shape; leafShape: Shape; groupShape: Shape }>((tie) => ({
  tree: fc.oneof({ maxDepth: 3, depthIdentifier: 'tree', withCrossShrink: true }, tie('leafShape'), tie('groupShape'), tie('groupShape')),
  leafShape: fc.record({ rule: RULES, weight: fc.integer({ min: 1, max: 9 }) }),
  groupShape: fc.record({
    weight: fc.integer({ min: 1, max: 9 }),
    aggregation: fc.constantFrom<'arithmetic' | 'geometric'>('arithmetic', 'geometric'),
    children: fc.array(tie('tree'), { minLength: 1, maxLength: 4, depthIdentifier: 'tree' }),
  }),
}));

/** Builds a scheme from a shape: ids n0, n1, … in depth-first order, each leaf reading its own indicator. */
function build(shape: Shape, usePoints: boolean): { scheme: Scheme; leaves: { id: string; rule: Rule }[] } {
  const leaves: { id: string; rule: Rule }[] = [];
  let next = 0;
  const make = (s: Shape, isRoot: boolean): SchemeNode => {
    const id = `n${next++}`;
    const weighting = isRoot ? {} : usePoints ? (s.children === undefined ? { points: s.weight } : {}) : { weight: s.weight };
    if (s.children === undefined) {
      leaves.push({ id, rule: s.rule as Rule });
      return { id, name: T(id), indicator: id, rule: s.rule as Rule, ...weighting } as SchemeNode;
    }
    return { id, name: T(id), aggregation: s.aggregation, ...weighting, children: s.children.map((c) => make(c, false)) } as SchemeNode;
  };
  return { scheme: scheme(make(shape, true)), leaves };
}

const PERIODS = [2022, '2023-06-30'] as const;

/** A random scheme, data for up to 4 units × 2 periods (about 1 in 5 values missing) and a missing policy. */
const CASE = fc
  .record({ shape: tree, usePoints: fc.boolean(), units: fc.integer({ min: 1, max: 4 }) })
  .chain(({ shape, usePoints, units }) => {
    const built = build(shape, usePoints);
    const cells = PERIODS.flatMap((period) => Array.from({ length: units }, (_, u) => built.leaves.map((l) => ({ unit: `u${u}`, period, leaf: l }))).flat());
    return fc.record({
      built: fc.constant(built),
      observations: fc
        .tuple(...cells.map((c) => fc.option(valueFor(c.leaf.rule.kind), { freq: 5, nil: undefined }).map((value) => (value === undefined ? undefined : obs(c.unit, c.leaf.id, value, c.period)))))
        .map((list) => list.filter((o): o is Obs => o !== undefined)),
      options: fc.oneof(
        fc.constant<ScoreOptions>({ missing: 'zero' }),
        fc.double({ min: 0.01, max: 1, noNaN: true }).map((minCoverage): ScoreOptions => ({ missing: 'reweight', minCoverage })),
        fc.constant<ScoreOptions>({}),
      ),
    });
  });

const allNodes = (rows: UnitScore[]) => rows.flatMap((r) => Object.values(r.nodes));

describe('properties', () => {
  it('every generated scheme is valid', () => {
    fc.assert(fc.property(tree, fc.boolean(), (shape, usePoints) => SchemeSchema.safeParse(build(shape, usePoints).scheme).success));
  });

  it('index in [0, 1] at every node (for bounded rules); numbers are finite; null exactly when no-data', () => {
    fc.assert(
      fc.property(CASE, ({ built, observations, options }) => {
        for (const n of allNodes(score(built.scheme, observations, options))) {
          expect(n.index === null).toBe(n.status === 'no-data');
          expect(n.points === null).toBe(n.status === 'no-data');
          if (n.index !== null) {
            expect(n.index).toBeGreaterThanOrEqual(0);
            expect(n.index).toBeLessThanOrEqual(1);
          }
          for (const x of [n.index, n.points, n.max, n.coverage, n.z ?? null]) if (x !== null) expect(Number.isFinite(x)).toBe(true);
          expect(n.coverage).toBeGreaterThanOrEqual(0);
          expect(n.coverage).toBeLessThanOrEqual(1);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('points = index × max at every node; the leaves’ maxes add up to the root’s', () => {
    fc.assert(
      fc.property(CASE, ({ built, observations, options }) => {
        const rows = score(built.scheme, observations, options);
        for (const n of allNodes(rows)) {
          if (n.index === null || n.points === null) continue;
          expect(Math.abs(n.points - n.index * n.max)).toBeLessThanOrEqual(1e-12 * Math.max(1, n.max));
        }
        for (const row of rows) {
          const leafMax = built.leaves.reduce((a, l) => a + (row.nodes[l.id]?.max ?? Number.NaN), 0);
          expect(Math.abs(leafMax - row.max)).toBeLessThanOrEqual(1e-9 * row.max);
          expect(row.max).toBe(row.nodes[built.scheme.root.id]?.max);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('a group of equal children has the children’s index exactly (arithmetic and geometric, any weights)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 1000 }), { minLength: 1, maxLength: 6 }),
        fc.double({ min: 0, max: 1, noNaN: true }).map(Math.abs),
        fc.constantFrom<'arithmetic' | 'geometric'>('arithmetic', 'geometric'),
        fc.boolean(),
        (weights, v, aggregation, usePoints) => {
          const children = weights.map((w, i) => leaf(`c${i}`, { kind: 'index' }, usePoints ? { points: w } : { weight: w }));
          const [row] = score(scheme(group('g', children, { aggregation })), weights.map((_, i) => obs('u', `c${i}`, v)));
          expect(row?.index).toBe(v);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('shuffling the input never changes the output (JSON-identical)', () => {
    fc.assert(
      fc.property(
        CASE.chain((c) => fc.record({ c: fc.constant(c), shuffled: fc.shuffledSubarray(c.observations, { minLength: c.observations.length, maxLength: c.observations.length }) })),
        ({ c, shuffled }) => {
          expect(JSON.stringify(score(c.built.scheme, shuffled, c.options))).toBe(JSON.stringify(score(c.built.scheme, c.observations, c.options)));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('a row’s own figures are its root node’s (status, index, points, max, coverage)', () => {
    fc.assert(
      fc.property(CASE, ({ built, observations, options }) => {
        for (const row of score(built.scheme, observations, options)) {
          const root = row.nodes[built.scheme.root.id] as NodeScore;
          expect({ status: row.status, index: row.index, points: row.points, max: row.max, coverage: row.coverage }).toStrictEqual({
            status: root.status,
            index: root.index,
            points: root.points,
            max: root.max,
            coverage: root.coverage,
          });
        }
      }),
      { numRuns: 200 },
    );
  });

  it('node objects built on first read do not depend on which rows were read before', () => {
    fc.assert(
      fc.property(
        CASE.chain((c) => {
          const n = score(c.built.scheme, c.observations, c.options).length;
          const positions = Array.from({ length: n }, (_, i) => i);
          return fc.record({ c: fc.constant(c), readOrder: fc.shuffledSubarray(positions, { minLength: n, maxLength: n }) });
        }),
        ({ c, readOrder }) => {
          const inOrder = score(c.built.scheme, c.observations, c.options).map((r) => r.nodes);
          const rows = score(c.built.scheme, c.observations, c.options);
          const shuffled: Record<string, NodeScore>[] = [];
          for (const i of readOrder) shuffled[i] = (rows[i] as UnitScore).nodes;
          expect(JSON.stringify(shuffled)).toBe(JSON.stringify(inOrder));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('observation columns score as the same observations given as objects (property)', () => {
    fc.assert(
      fc.property(CASE, ({ built, observations, options }) => {
        fc.pre(observations.every((o) => typeof (o as { value?: unknown }).value === 'number'));
        const columns = {
          unit: observations.map((o) => o.unit),
          indicator: observations.map((o) => o.indicator),
          period: observations.map((o) => o.period),
          value: Float64Array.from(observations, (o) => (o as { value: number }).value),
        };
        expect(JSON.stringify(score(built.scheme, columns, options))).toBe(JSON.stringify(score(built.scheme, observations, options)));
      }),
      { numRuns: 200 },
    );
  });

  it('the scheme survives a JSON round trip and scores the same', () => {
    fc.assert(
      fc.property(CASE, ({ built, observations, options }) => {
        const loaded = JSON.parse(JSON.stringify(built.scheme)) as Scheme;
        expect(score(loaded, observations, options)).toEqual(score(built.scheme, observations, options));
      }),
      { numRuns: 50 },
    );
  });
});
