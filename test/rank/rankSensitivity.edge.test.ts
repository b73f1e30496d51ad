import { describe, expect, it } from 'vitest';
import type { Rule, Scheme, SchemeNode } from '../../src/model/scheme';
import { rankSensitivity } from '../../src/rank/rankSensitivity';

// With perturbation 0 every sampled weighting is the scheme's own, so every unit's median, p5 and p95
// must equal its nominal rank: a check that the re-aggregation (points as weights, geometric groups
// with a zero, leaves and whole groups without data) agrees with score().

const T = (s: string) => ({ vi: s, en: s });
const idx: Rule = { kind: 'index' };
const leaf = (id: string, extra: Record<string, unknown>): SchemeNode => ({ id, name: T(id), indicator: id, rule: idx, ...extra }) as SchemeNode;
const group = (id: string, children: SchemeNode[], extra: Record<string, unknown> = {}): SchemeNode => ({ id, name: T(id), children, ...extra }) as SchemeNode;

describe('rankSensitivity: points, geometric groups, missing data', () => {
  // root (100 points = 40 + 60): g (40, geometric: a 20, b 20) and c (60); minCoverage 0.5.
  const scheme = {
    id: 's',
    name: T('s'),
    minCoverage: 0.5,
    root: group('root', [group('g', [leaf('a', { points: 20 }), leaf('b', { points: 20 })], { points: 40, aggregation: 'geometric' }), leaf('c', { points: 60 })]),
  } as Scheme;
  const data = (unit: string, values: Record<string, number>) => Object.entries(values).map(([indicator, value]) => ({ unit, indicator, period: 2024, value }));
  const observations = [
    ...data('u1', { a: 1, b: 1, c: 1 }), // 1
    ...data('u2', { a: 0, b: 1, c: 1 }), // g = 0 (geometric with a zero) → 60 / 100 = 0.6
    ...data('u3', { a: 0.5, b: 0.5, c: 0.4 }), // g = 0.5 → (20 + 24) / 100 = 0.44
    ...data('u4', { a: 0, b: 1, c: 1 }), // 0.6, tied with u2
    ...data('u5', { b: 1, c: 1 }), // a missing: g = 1 (coverage 0.5), root 1 (coverage 0.8)
    ...data('u6', { c: 0.9 }), // g has no data; root 0.9 (coverage 0.6)
    ...data('u7', { a: 1 }), // root coverage 0.2 < 0.5: no-data, not ranked
  ];

  it('nominal competition ranks, ties by unit id; with no perturbation every sample agrees', () => {
    const rows = rankSensitivity(scheme, observations, { perturbation: 0 });
    expect(rows.map((r) => [r.unit, r.nominal])).toEqual([['u1', 1], ['u5', 1], ['u6', 3], ['u2', 4], ['u4', 4], ['u3', 6]]);
    for (const r of rows) expect([r.median, r.p5, r.p95]).toEqual([r.nominal, r.nominal, r.nominal]);
  });

  it('a scheme given by weights (no points) behaves the same way', () => {
    const byWeight = { ...scheme, root: group('root', [group('g', [leaf('a', {}), leaf('b', {})], { weight: 2, aggregation: 'geometric' }), leaf('c', { weight: 3 })]) } as Scheme;
    const rows = rankSensitivity(byWeight, observations, { perturbation: 0, samples: 10 });
    expect(rows.map((r) => [r.unit, r.nominal, r.p5, r.p95])).toEqual([['u1', 1, 1, 1], ['u5', 1, 1, 1], ['u6', 3, 3, 3], ['u2', 4, 4, 4], ['u4', 4, 4, 4], ['u3', 6, 6, 6]]);
  });
});
