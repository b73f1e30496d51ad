import { describe, expect, it } from 'vitest';
import type { ChisoIssue } from '../../src/errors';
import { issuesOf } from '../helpers';
import type { Rule, Scheme, SchemeNode, UnitScore } from '../../src/model/scheme';
import { score } from '../../src/score/score';

// Edge cases of score(): the slow (schema) path of observations, shares under every rule, the
// fallbacks of the exact arithmetic (huge or many-decimal values), and nested exact coverage. Every
// expected number is worked out by hand from the rule's definition in src/model/scheme.ts.

const T = (s: string) => ({ vi: s, en: s });
const leaf = (id: string, rule: Rule, extra: Record<string, unknown> = {}): SchemeNode => ({ id, name: T(id), indicator: id, rule, ...extra }) as SchemeNode;
const group = (id: string, children: SchemeNode[], extra: Record<string, unknown> = {}): SchemeNode => ({ id, name: T(id), children, ...extra }) as SchemeNode;
const scheme = (root: SchemeNode, extra: Record<string, unknown> = {}): Scheme => ({ id: 'test', name: T('Test'), root, ...extra }) as Scheme;
const base = { unit: 'u', indicator: 'x', period: 2022 };

/** Scores observations (typed loosely: many are deliberately invalid) against a one-leaf scheme. */
const run = (rule: Rule, observations: unknown[]): UnitScore[] => score(scheme(leaf('x', rule)), observations as never);
const index = (rule: Rule, o: Record<string, unknown>): number | null => (run(rule, [{ ...base, ...o }])[0] as UnitScore).index;
/** Indices of units u0, u1, … (peers in one period), each observation given as its own fields. */
const peerIndices = (rule: Rule, fields: Record<string, unknown>[]): (number | null)[] => {
  const rows = run(rule, fields.map((f, i) => ({ ...base, unit: `u${i}`, ...f })));
  return fields.map((_, i) => rows.find((r) => r.unit === `u${i}`)?.index ?? null);
};

const only = (fn: () => unknown): ChisoIssue => {
  const issues = issuesOf(fn);
  expect(issues).toHaveLength(1);
  return issues[0] as ChisoIssue;
};

describe('observations the quick check leaves to the schema', () => {
  const idx: Rule = { kind: 'index' };

  it('a unit with spaces around it is trimmed (the schema trims), and scores as the trimmed id', () => {
    const [row] = run(idx, [{ ...base, unit: '  u ', value: 0.5 }]);
    expect(row).toMatchObject({ unit: 'u', index: 0.5 });
  });

  it('a unit of only spaces is empty once trimmed', () => {
    const issue = only(() => run(idx, [{ ...base, unit: '   ', value: 0.5 }]));
    expect(issue).toMatchObject({ path: ['observations', 0, 'unit'], expected: 'a non-empty string', received: '' });
  });

  it('a unit that is not a string: the issue names the indicator only', () => {
    const issue = only(() => run(idx, [{ ...base, unit: 5, value: 0.5 }]));
    expect(issue.path).toEqual(['observations', 0, 'unit']);
    expect(issue.unit).toBeUndefined();
    expect(issue.message).toBe('Expected observations[0].unit (indicator "x") to be of type string but got "5".');
  });

  it('an indicator that is not a string', () => {
    const issue = only(() => run(idx, [{ ...base, indicator: 5, value: 0.5 }]));
    expect(issue.message).toBe('Expected observations[0].indicator (unit "u") to be of type string but got "5".');
  });

  it.each([
    ['a year before 1900', { period: 1800 }, 'period', 'at least 1900', '1800'],
    ['an impossible date', { period: '2022-02-30' }, 'period', 'a real calendar date written YYYY-MM-DD', '2022-02-30'],
    ['a period that is neither', { period: true }, 'period', 'a year as a number (2024) or a date written YYYY-MM-DD', 'true'],
    ['an unknown scale', { scale: 'permille' }, 'scale', 'one of "percent", "ratio"', 'permille'],
    ['an empty source', { source: '' }, 'source', 'a non-empty string', ''],
    ['a source that is a number', { source: 3 }, 'source', 'of type string', '3'],
    ['an empty note', { note: '' }, 'note', 'a non-empty string', ''],
    ['a note that is a number', { note: 3 }, 'note', 'of type string', '3'],
    ['an empty category', { value: '' }, 'value', 'a non-empty string', ''],
    ['an unknown field', { extra: 1 }, 'extra', 'absent (not a known field)', '1'],
  ])('%s', (_, fields, field, expected, received) => {
    const issue = only(() => run(idx, [{ ...base, value: 0.5, ...fields }]));
    expect(issue).toMatchObject({ code: expect.any(String), path: ['observations', 0, field], unit: 'u', indicator: 'x', expected, received });
    expect(issue.message).toBe(`Expected observations[0].${field} (unit "u", indicator "x") to be ${expected} but got "${received}".`);
  });

  it('a source and a note that are fine do not change the score', () => {
    expect(index(idx, { value: 0.5, source: 'báo cáo', note: 'n' })).toBe(0.5);
  });

  it('a negative numerator, a done that is text, a fractional rank', () => {
    expect(only(() => run(idx, [{ ...base, numerator: -1, denominator: 2 }]))).toMatchObject({ path: ['observations', 0, 'numerator'], expected: 'at least 0', received: '-1' });
    expect(only(() => run({ kind: 'boolean' }, [{ ...base, done: 'yes' }]))).toMatchObject({ path: ['observations', 0, 'done'], expected: 'of type boolean', received: 'yes' });
    expect(only(() => run({ kind: 'rank' }, [{ ...base, rank: 1.5 }]))).toMatchObject({ path: ['observations', 0, 'rank'], expected: 'a finite integer', received: '1.5' });
  });

  it('a valid rank observation of a single unit ranks it 1 → index 1', () => {
    expect(index({ kind: 'rank' }, { rank: 2 })).toBe(1);
  });

  it('an observation that is not an object, an array, or has two shapes', () => {
    const expected = 'an observation with exactly one of value, numerator + denominator, done or rank';
    expect(only(() => run(idx, ['x']))).toMatchObject({ path: ['observations', 0], expected, received: 'x' });
    expect(only(() => run(idx, [[1, 2]]))).toMatchObject({ path: ['observations', 0], expected, received: '[1,2]' });
    expect(only(() => run(idx, [{ ...base, value: 0.5, done: true }]))).toMatchObject({ path: ['observations', 0], expected });
  });

  it('observations that are not an array', () => {
    expect(only(() => score(scheme(leaf('x', idx)), 5 as never)).message).toBe('Expected observations to be an array of observations, or observation columns but got "5".');
  });
});

describe('values a rule cannot read (the slow check names the leaf)', () => {
  it("a percent outside 0–100 with scale: 'percent'; a scale on a boolean", () => {
    expect(only(() => run({ kind: 'proportional', reference: 80 }, [{ ...base, value: 120, scale: 'percent' }]))).toMatchObject({
      path: ['observations', 0, 'value'],
      expected: "a percent between 0 and 100 (scale: 'percent')",
      received: '120',
    });
    expect(only(() => run({ kind: 'proportional', reference: 80 }, [{ ...base, value: -1, scale: 'percent' }])).received).toBe('-1');
    expect(only(() => run({ kind: 'boolean' }, [{ ...base, value: true, scale: 'ratio' }]))).toMatchObject({
      path: ['observations', 0, 'scale'],
      expected: 'absent for a value that is not a number',
      received: 'ratio',
    });
  });

  it("a percent within 0–100 with scale: 'percent' is read as the number", () => {
    // proportional to 80: 60 / 80 = 0.75.
    expect(index({ kind: 'proportional', reference: 80 }, { value: 60, scale: 'percent' })).toBe(0.75);
  });

  it('false, done, rank or a share where a number, boolean or category is expected: received is what was given (a share as its percent)', () => {
    expect(only(() => run({ kind: 'index' }, [{ ...base, value: false }]))).toMatchObject({ path: ['observations', 0, 'value'], expected: 'a number (rule "index" of leaf "x")', received: 'false' });
    expect(only(() => run({ kind: 'index' }, [{ ...base, done: true }]))).toMatchObject({ path: ['observations', 0, 'done'], expected: 'a number (rule "index" of leaf "x")', received: 'true' });
    expect(only(() => run({ kind: 'boolean' }, [{ ...base, rank: 3 }]))).toMatchObject({ path: ['observations', 0, 'rank'], received: '3' });
    // 1 of 4 is read as 25 (percent).
    expect(only(() => run({ kind: 'boolean' }, [{ ...base, numerator: 1, denominator: 4 }]))).toMatchObject({
      path: ['observations', 0, 'numerator'],
      expected: 'a boolean (or done: true / false) (rule "boolean" of leaf "x")',
      received: '25',
    });
  });

  it('a category rule lists its categories sorted, whatever the order of the map', () => {
    const rule: Rule = { kind: 'categorical', map: { b: 0.5, c: 0, a: 1 } };
    expect(only(() => run(rule, [{ ...base, done: true }])).expected).toBe('a category (one of "a", "b", "c") (rule "categorical" of leaf "x")');
  });

  it('done: false is read as false → index 0', () => {
    expect(index({ kind: 'boolean' }, { done: false })).toBe(0);
  });

  it('one indicator read by two leaves: only the leaf that cannot read the value is named', () => {
    const root = group('all', [leaf('as-index', { kind: 'index' }, { indicator: 'x' }), leaf('as-share', { kind: 'proportional', reference: 80 }, { indicator: 'x' })]);
    const issue = only(() => score(scheme(root), [{ ...base, value: 40 }]));
    expect(issue.expected).toBe('an index between 0 and 1 (rule "index" of leaf "as-index")');
    // Both can read 0.4: index 0.4, and proportional 0.4 / 80 = 0.005; the mean (equal weights) 0.2025.
    const [row] = score(scheme(root), [{ ...base, value: 0.4 }]);
    expect(row?.nodes['as-index']?.index).toBe(0.4);
    expect(row?.nodes['as-share']?.index).toBe(0.005);
    expect(row?.index).toBeCloseTo(0.2025, 15);
  });
});

describe('many rows: the store grows', () => {
  // Two indicators but only one observed: the store is sized for ⌈40 / 2⌉ + 16 = 36 rows and holds 40.
  const root = group('all', [leaf('a', { kind: 'proportional', reference: 100 }), leaf('b', { kind: 'index' })]);
  const units = Array.from({ length: 40 }, (_, i) => `u${String(i).padStart(2, '0')}`);

  it('shares: every row keeps its own n ÷ d (i of 40 against 100 % → i / 40)', () => {
    const rows = score(scheme(root), units.map((unit, i) => ({ unit, indicator: 'a', period: 2022, numerator: i, denominator: 40 })));
    expect(rows.map((r) => r.unit)).toEqual(units);
    rows.forEach((r, i) => {
      expect(r.nodes['a']?.index).toBe(i / 40);
      // b is missing and minCoverage is 1: the root has no data.
      expect(r.status).toBe('no-data');
    });
  });

  it('plain numbers', () => {
    const rows = score(scheme(root), units.map((unit, i) => ({ unit, indicator: 'b', period: 2022, value: i / 40 })));
    expect(rows.map((r) => r.nodes['b']?.index)).toEqual(units.map((_, i) => i / 40));
  });
});

describe('shares under rules of their own', () => {
  it("index: a ratio share (1 of 4, scale: 'ratio') is 0.25", () => {
    expect(index({ kind: 'index' }, { numerator: 1, denominator: 4, scale: 'ratio' })).toBe(0.25);
  });
  it("proportional: 1 of 2 as a ratio against reference 0.8 is 0.5 / 0.8 = 0.625", () => {
    expect(index({ kind: 'proportional', reference: 0.8 }, { numerator: 1, denominator: 2, scale: 'ratio' })).toBe(0.625);
  });
  it('distanceToTarget, lower is better: 25 % against 20 → 20 / 25 = 0.8; 20 % (1 of 5) → 1', () => {
    const rule: Rule = { kind: 'distanceToTarget', target: 20, direction: 'lower' };
    expect(index(rule, { numerator: 1, denominator: 4 })).toBe(0.8);
    expect(index(rule, { numerator: 1, denominator: 5 })).toBe(1);
  });
  it('bands: a band at or below 0 is reached by any share (25 % reaches min 0, not min 50)', () => {
    expect(index({ kind: 'bands', bands: [{ min: 50, index: 1 }, { min: 0, index: 0.5 }] }, { numerator: 1, denominator: 4 })).toBe(0.5);
    expect(index({ kind: 'bands', bands: [{ min: 50, index: 1 }, { min: -10, index: 0.25 }] }, { numerator: 0, denominator: 4 })).toBe(0.25);
  });
});

describe('fixed minmax: exact integers where they fit, float otherwise', () => {
  it('a ratio share between 0.2 and 0.6: 1 of 2 → (0.5 − 0.2) / 0.4 = 0.75; lower is better → 0.25', () => {
    expect(index({ kind: 'minmax', min: 0.2, max: 0.6 }, { numerator: 1, denominator: 2, scale: 'ratio' })).toBe(0.75);
    expect(index({ kind: 'minmax', min: 0.2, max: 0.6, direction: 'lower' }, { numerator: 1, denominator: 2, scale: 'ratio' })).toBe(0.25);
  });
  it('a share of non-integer counts (1.5 of 3 = 50 %) between 20 and 100: 30 / 80 = 0.375; lower 50 / 80 = 0.625', () => {
    expect(index({ kind: 'minmax', min: 20, max: 100 }, { numerator: 1.5, denominator: 3 })).toBe(0.375);
    expect(index({ kind: 'minmax', min: 20, max: 100, direction: 'lower' }, { numerator: 1.5, denominator: 3 })).toBe(0.625);
  });
  it('a share of huge counts (2^51 of 2^51 = 100 %) between 0 and 200 → 0.5', () => {
    expect(index({ kind: 'minmax', min: 0, max: 200 }, { numerator: 2 ** 51, denominator: 2 ** 51 })).toBe(0.5);
  });
  it('goalposts too large to scale (0 to 1e300): the float formula; 2.5e299 → 0.25, lower → 0.75', () => {
    expect(index({ kind: 'minmax', min: 0, max: 1e300 }, { value: 2.5e299 })).toBeCloseTo(0.25, 15);
    expect(index({ kind: 'minmax', min: 0, max: 1e300, direction: 'lower' }, { value: 2.5e299 })).toBeCloseTo(0.75, 15);
    // A share against them: 50 / 1e300.
    expect(index({ kind: 'minmax', min: 0, max: 1e300, truncate: false }, { numerator: 1, denominator: 2 })).toBeCloseTo(5e-299, 313);
  });
});

describe('minmax among peers: fallbacks', () => {
  it('integers past 2^50 use the float span: 0, 2e15, 1e15 → 0, 1, 0.5 (lower: 1, 0, 0.5)', () => {
    expect(peerIndices({ kind: 'minmax' }, [{ value: 0 }, { value: 2e15 }, { value: 1e15 }])).toEqual([0, 1, 0.5]);
    expect(peerIndices({ kind: 'minmax', direction: 'lower' }, [{ value: 0 }, { value: 2e15 }, { value: 1e15 }])).toEqual([1, 0, 0.5]);
  });
  it('values near ±1.7e308 (their span overflows) are halved first: −1.7e308, 0, 1.7e308 → 0, 0.5, 1', () => {
    const values = [{ value: -1.7e308 }, { value: 0 }, { value: 1.7e308 }];
    expect(peerIndices({ kind: 'minmax' }, values)).toEqual([0, 0.5, 1]);
    expect(peerIndices({ kind: 'minmax', direction: 'lower' }, values)).toEqual([1, 0.5, 0]);
  });
  it('shares and numbers as exact fractions: 25 %, 50 %, 30 → (30 − 25) / 25 = 0.2; lower 0.8', () => {
    const values = [{ numerator: 1, denominator: 4 }, { numerator: 1, denominator: 2 }, { value: 30 }];
    expect(peerIndices({ kind: 'minmax' }, values)).toEqual([0, 1, 0.2]);
    expect(peerIndices({ kind: 'minmax', direction: 'lower' }, values)).toEqual([1, 0, 0.8]);
  });
  it("ratio shares: 0.25 (1 of 4), 0.5, 0.35 → (0.35 − 0.25) / 0.25 = 0.4", () => {
    expect(peerIndices({ kind: 'minmax' }, [{ numerator: 1, denominator: 4, scale: 'ratio' }, { value: 0.5 }, { value: 0.35 }])).toEqual([0, 1, 0.4]);
  });
  it('equal shares (1 of 2 and 2 of 4) → 1 each', () => {
    expect(peerIndices({ kind: 'minmax' }, [{ numerator: 1, denominator: 2 }, { numerator: 2, denominator: 4 }])).toEqual([1, 1]);
  });
  it('a share of non-integer counts, a number with 16+ decimals, or counts too large: float span', () => {
    // 0.5 of 1 = 50 %, 25 %, 100: (50 − 25) / 75 = 1/3.
    expect(peerIndices({ kind: 'minmax' }, [{ numerator: 0.5, denominator: 1 }, { numerator: 1, denominator: 4 }, { value: 100 }])).toEqual([25 / 75, 0, 1]);
    // 1/3 has no short decimal form: 25 %, 1/3, 100 → 1/3 is the lowest, 25 gets (25 − 1/3) / (100 − 1/3).
    const third = peerIndices({ kind: 'minmax' }, [{ numerator: 1, denominator: 4 }, { value: 1 / 3 }, { value: 100 }]);
    expect(third[1]).toBe(0);
    expect(third[2]).toBe(1);
    expect(third[0]).toBeCloseTo((25 - 1 / 3) / (100 - 1 / 3), 15);
    // 1 of 2^50 (a tiny percent) and 2: P·Q reaches 100 · 2^50 > 2^52.
    const tiny = peerIndices({ kind: 'minmax' }, [{ numerator: 1, denominator: 2 ** 50 }, { value: 2 }, { value: 1 }]);
    expect(tiny[0]).toBe(0);
    expect(tiny[1]).toBe(1);
    expect(tiny[2]).toBeCloseTo((1 - 100 / 2 ** 50) / (2 - 100 / 2 ** 50), 15);
  });
});

describe('zscore: fallbacks', () => {
  const PHI_1 = 0.8413447460685429; // Φ(1), Python math.erfc(-1/√2) / 2
  const zOf = (rows: UnitScore[], unit: string) => rows.find((r) => r.unit === unit)?.nodes['x']?.z;
  it('shares: 25 % and 75 % → mean 50, sd 25, z = ∓1', () => {
    const rows = run({ kind: 'zscore' }, [{ ...base, unit: 'a', numerator: 1, denominator: 4 }, { ...base, unit: 'b', numerator: 3, denominator: 4 }]);
    expect(zOf(rows, 'a')).toBe(-1);
    expect(zOf(rows, 'b')).toBe(1);
    expect(rows[1]?.index).toBeCloseTo(PHI_1, 15);
  });
  it('n²·N² past 2^53 (1e8 and 3e8): z = ∓1 in two float passes', () => {
    const rows = run({ kind: 'zscore' }, [{ ...base, unit: 'a', value: 1e8 }, { ...base, unit: 'b', value: 3e8 }]);
    expect([zOf(rows, 'a'), zOf(rows, 'b')]).toEqual([-1, 1]);
  });
  it('values far from 1 (2^700, 3·2^700 and 2^−700, 3·2^−700) are scaled by a power of 2 first: z = ∓1 exactly', () => {
    for (const s of [2 ** 700, 2 ** -700]) {
      const rows = run({ kind: 'zscore' }, [{ ...base, unit: 'a', value: s }, { ...base, unit: 'b', value: 3 * s }]);
      expect([zOf(rows, 'a'), zOf(rows, 'b')]).toEqual([-1, 1]);
    }
  });
});

describe('periods and exact coverage', () => {
  it('rows come by period (a year after its dates), then unit, whatever the input order', () => {
    const rows = run({ kind: 'index' }, [
      { ...base, period: 2023, value: 0.1 },
      { ...base, period: '2022-06-30', value: 0.2 },
      { ...base, period: 2022, value: 0.3 },
      { ...base, period: '2023-01-31', value: 0.4 },
    ]);
    expect(rows.map((r) => r.period)).toEqual(['2022-06-30', 2022, '2023-01-31', 2023]);
  });

  it('coverage exactly at minCoverage, nested: each group of four with one missing covers 0.75, and so does the root', () => {
    // Weights 0.1 make the float sums inexact (0.1 + 0.1 + 0.1 ≠ 0.3), so the exact decimal check decides.
    const g = (id: string) => group(id, ['a', 'b', 'c', 'd'].map((l) => leaf(`${id}-${l}`, { kind: 'index' }, { weight: 0.1 })), { weight: 0.1 });
    const sch = scheme(group('root', [g('g1'), g('g2')]), { minCoverage: 0.75 });
    const observations = ['g1', 'g2'].flatMap((id) => ['a', 'b', 'c'].map((l) => ({ unit: 'u', indicator: `${id}-${l}`, period: 2022, value: 0.5 })));
    const [row] = score(sch, observations);
    expect(row?.nodes['g1']).toMatchObject({ status: 'ok', coverage: 0.75, index: 0.5 });
    expect(row).toMatchObject({ status: 'ok', coverage: 0.75, index: 0.5 });
  });
});

describe('one indicator, two leaves of different kinds', () => {
  it('true read by a boolean leaf and an index leaf: only the index leaf complains', () => {
    const root = group('all', [leaf('flag', { kind: 'boolean' }, { indicator: 'x' }), leaf('idx', { kind: 'index' }, { indicator: 'x' })]);
    expect(only(() => score(scheme(root), [{ ...base, value: true }])).expected).toBe('a number (rule "index" of leaf "idx")');
  });
  it('a category in one map but not the other: only the other leaf complains', () => {
    const root = group('all', [
      leaf('c1', { kind: 'categorical', map: { full: 1, half: 0.5 } }, { indicator: 'x' }),
      leaf('c2', { kind: 'categorical', map: { full: 1 } }, { indicator: 'x' }),
    ]);
    expect(only(() => score(scheme(root), [{ ...base, value: 'half' }])).expected).toBe('one of "full" (rule "categorical" of leaf "c2")');
    // A category both know: full → 1 in both.
    expect(score(scheme(root), [{ ...base, value: 'full' }])[0]?.index).toBe(1);
  });
});

describe('rank among ratio shares is decided in exact decimal', () => {
  it('1 of 3 (1/3) ranks above 0.3333333333333333, although both are the same float', () => {
    expect(1 / 3).toBe(0.3333333333333333);
    // n = 2: the better gets (2 − 1) / 1 = 1, the other (2 − 2) / 1 = 0; a float tie would give 1 and 1.
    expect(peerIndices({ kind: 'rank' }, [{ value: 0.3333333333333333 }, { numerator: 1, denominator: 3, scale: 'ratio' }])).toEqual([0, 1]);
  });
});

describe('a mean never leaves the range of its children', () => {
  const geo = (a: number, b: number) =>
    score(scheme(group('g', [leaf('a', { kind: 'index' }), leaf('b', { kind: 'index' })], { aggregation: 'geometric' })), [
      { ...base, indicator: 'a', value: a },
      { ...base, indicator: 'b', value: b },
    ])[0]?.index;
  it('exp of the mean log rounds above the larger child (0.013940095901489263): clamped to it', () => {
    const [a, b] = [0.013940095901489258, 0.013940095901489261];
    expect(Math.exp((Math.log(a) + Math.log(b)) / 2)).toBe(0.013940095901489263);
    expect(geo(a, b)).toBe(b);
  });
  it('exp of the mean log rounds below the smaller child (0.10142174363136289): clamped to it', () => {
    const [a, b] = [0.10142174363136292, 0.10142174363136294];
    expect(Math.exp((Math.log(a) + Math.log(b)) / 2)).toBe(0.10142174363136289);
    expect(geo(a, b)).toBe(a);
  });
});

describe('each row’s nodes are built when first read', () => {
  // Two leaves of 60 and 40 points: u scores 0.5 on a (30 points) and 1 on b (40 points).
  const twoLeaves = scheme(group('root', [leaf('a', { kind: 'proportional', reference: 80 }, { points: 60 }), leaf('b', { kind: 'boolean' }, { points: 40 })]));
  const data = () => [
    { unit: 'u', indicator: 'a', period: 2022, value: 40 },
    { unit: 'u', indicator: 'b', period: 2022, value: true },
  ];
  const expected = {
    root: { status: 'ok', index: 0.7, points: 70, max: 100, coverage: 1 },
    a: { status: 'ok', index: 0.5, points: 30, max: 60, coverage: 1, value: 40 },
    b: { status: 'ok', index: 1, points: 40, max: 40, coverage: 1, value: true },
  };

  it('is an own enumerable property, last, seen by Object.keys, JSON, spread and structuredClone', () => {
    const [row] = score(twoLeaves, data()) as [UnitScore];
    expect(Object.keys(row)).toEqual(['unit', 'period', 'status', 'index', 'points', 'max', 'coverage', 'nodes']);
    expect(Object.getOwnPropertyDescriptor(row, 'nodes')?.enumerable).toBe(true);
    expect(JSON.parse(JSON.stringify(row)).nodes).toStrictEqual(expected);
    expect({ ...row }.nodes).toStrictEqual(expected);
    expect(structuredClone(row).nodes).toStrictEqual(expected);
  });

  it('gives the same object on every read, and takes an assignment', () => {
    const [row] = score(twoLeaves, data()) as [UnitScore];
    const first = row.nodes;
    expect(row.nodes).toBe(first);
    const replaced = { only: expected.a } as UnitScore['nodes'];
    row.nodes = replaced;
    expect(row.nodes).toBe(replaced);
  });

  it('is read from the cells score copied, not from the input (changed afterwards)', () => {
    const input = data();
    const [row] = score(twoLeaves, input) as [UnitScore];
    (input[0] as { value: number }).value = 80;
    (input[1] as { value: boolean }).value = false;
    expect(row.nodes).toStrictEqual(expected);
  });

  it('works on a frozen row', () => {
    const [row] = score(twoLeaves, data()) as [UnitScore];
    Object.freeze(row);
    expect(row.nodes).toStrictEqual(expected);
  });
});

describe('observation columns', () => {
  const shares = scheme(group('root', [leaf('a', { kind: 'proportional', reference: 80 }, { points: 60 }), leaf('b', { kind: 'index' }, { points: 40 })]));

  it('a row with a denominator is a share, as numerator + denominator would be', () => {
    const columns = { unit: ['u', 'u', 'v', 'v'], indicator: ['a', 'b', 'a', 'b'], period: Int32Array.of(2022, 2022, 2022, 2022), value: [1, 0.5, 40, 1], denominator: [3, null, null, null] };
    const objects = [
      { unit: 'u', indicator: 'a', period: 2022, numerator: 1, denominator: 3 },
      { unit: 'u', indicator: 'b', period: 2022, value: 0.5 },
      { unit: 'v', indicator: 'a', period: 2022, value: 40 },
      { unit: 'v', indicator: 'b', period: 2022, value: 1 },
    ];
    const got = score(shares, columns);
    expect(got).toEqual(score(shares, objects));
    // 1 of 3 is 33.3… % against 80: 100 ÷ 240 of 60 points, + 0.5 × 40.
    expect(got[0]?.points).toBeCloseTo((100 / 240) * 60 + 20, 12);
  });

  it('more rows than one chunk of 4,096 are read, with row numbers counted across chunks', () => {
    const n = 10_000;
    const units = Array.from({ length: n }, (_, i) => `u${i}`);
    const columns = { unit: units, indicator: units.map(() => 'b'), period: new Int32Array(n).fill(2022), value: Float64Array.from(units, (_, i) => (i === 9_000 ? 2 : (i % 100) / 100)) };
    const issue = only(() => score(shares, columns));
    expect(issue.path).toEqual(['columns', 'value', 9_000]);
    expect(issue.message).toMatch(/^Expected columns\.value\[9000\] \(unit "u9000", indicator "b"\) to be .+ but got "2"\.$/);
    columns.value[9_000] = 0.25;
    expect(score(shares, columns).find((r) => r.unit === 'u9000')?.nodes['b']?.index).toBe(0.25);
  });

  it('columns that are not columns', () => {
    expect(only(() => score(shares, { unit: ['u'], indicator: ['a', 'b'], period: [2022], value: [1] })).path).toEqual(['columns', 'indicator']);
    expect(only(() => score(shares, 'x' as never)).path).toEqual(['observations']);
  });
});
