import { describe, expect, it } from 'vitest';
import type { Observation } from '../../src/model/observation';
import type { Rule, Scheme, SchemeNode, ScoreInput, UnitScore } from '../../src/model/scheme';
import { score } from '../../src/score/score';

// score() does its index arithmetic in float64; these are the places where it must not: boundaries
// (bands, minCoverage, rank ties) and differences of nearly equal values, each with a case that plain
// floating point gets wrong. Every expected value is the one exact decimal arithmetic gives.

const T = (s: string) => ({ vi: s, en: s });
const leaf = (id: string, rule: Rule, extra: Record<string, unknown> = {}): SchemeNode => ({ id, name: T(id), indicator: id, rule, ...extra }) as SchemeNode;
const group = (id: string, children: SchemeNode[], extra: Record<string, unknown> = {}): SchemeNode => ({ id, name: T(id), children, ...extra }) as SchemeNode;
const scheme = (root: SchemeNode): Scheme => ({ id: 'test', name: T('Test'), root }) as Scheme;
type Obs = ScoreInput | Observation;
const value = (unit: string, v: number, indicator = 'x'): Obs => ({ unit, indicator, period: 2022, value: v });
const share = (unit: string, numerator: number, denominator: number, extra: Record<string, unknown> = {}): Obs => ({ unit, indicator: 'x', period: 2022, numerator, denominator, ...extra }) as Obs;
const indices = (rows: UnitScore[]) => Object.fromEntries(rows.map((r) => [r.unit, r.index]));

describe('bands on shares: cross-multiplied, with the min as written', () => {
  const at = (min: number): Scheme => scheme(leaf('x', { kind: 'bands', bands: [{ min, index: 1 }] }));
  it('1 of 1,000 is exactly 0.1 %, so it reaches min 0.1 (whose double is a little above 0.1)', () => {
    expect(0.1 * 1000).toBe(100);
    expect(indices(score(at(0.1), [share('a', 1, 1000), share('b', 1, 1001), share('c', 999, 1_000_000)]))).toEqual({ a: 1, b: 0, c: 0 });
  });
  it('a ratio compares as a ratio: 1 of 3 reaches 0.3333333333333333 and not 0.3333333333333334', () => {
    expect(score(at(0.3333333333333333), [share('a', 1, 3, { scale: 'ratio' })])[0]?.index).toBe(1);
    expect(score(at(0.3333333333333334), [share('a', 1, 3, { scale: 'ratio' })])[0]?.index).toBe(0);
  });
  it('counts that are not whole numbers are compared in decimal: 28.5 of 50 is 57 %, 28.49 of 50 is not', () => {
    expect(indices(score(at(57), [share('a', 28.5, 50), share('b', 28.49, 50)]))).toEqual({ a: 1, b: 0 });
  });
});

describe('minCoverage: coverage near the threshold is recomputed exactly', () => {
  // Weights 0.1, 0.2, 0.3 with the first missing: coverage 0.5 / 0.6 = 5/6 exactly, whose nearest
  // double 0.8333333333333334 is above 5/6, and which floating point also reaches from 0.5 / 0.6.
  const s = scheme(group('g', [leaf('a', { kind: 'index' }, { weight: 0.1 }), leaf('b', { kind: 'index' }, { weight: 0.2 }), leaf('c', { kind: 'index' }, { weight: 0.3 })]));
  const data = [value('u', 1, 'b'), value('u', 0.5, 'c')];
  it('5/6 does not reach minCoverage 0.8333333333333334 (floating point says it does)', () => {
    expect((0.2 + 0.3) / 0.6).toBe(0.8333333333333334);
    expect(score(s, data, { minCoverage: 0.8333333333333334 })[0]).toMatchObject({ status: 'no-data', coverage: 0.8333333333333334 });
  });
  it('5/6 reaches minCoverage 0.8333333333333333', () => {
    expect(score(s, data, { minCoverage: 0.8333333333333333 })[0]).toMatchObject({ status: 'ok', index: 0.7, coverage: 0.8333333333333334 });
  });
});

describe('differences of nearly equal values are the decimal ones', () => {
  it('minmax among peers: 199.98 between 199.97 and 199.99 is exactly 0.5, and 1.2 between 1.1 and 1.3', () => {
    expect((199.98 - 199.97) / (199.99 - 199.97)).toBe(0.49999999999928946);
    expect((1.2 - 1.1) / (1.3 - 1.1)).toBe(0.49999999999999944);
    const minmax = scheme(leaf('x', { kind: 'minmax' }));
    expect(indices(score(minmax, [value('a', 199.97), value('b', 199.98), value('c', 199.99)]))).toEqual({ a: 0, b: 0.5, c: 1 });
    expect(indices(score(minmax, [value('a', 1.1), value('b', 1.2), value('c', 1.3)]))).toEqual({ a: 0, b: 0.5, c: 1 });
  });
  it('minmax with fixed goalposts: 0.3 between 0.1 and 0.5 is exactly 0.5', () => {
    expect((0.3 - 0.1) / (0.5 - 0.1)).not.toBe(0.5);
    expect(score(scheme(leaf('x', { kind: 'minmax', min: 0.1, max: 0.5 })), [value('a', 0.3)])[0]?.index).toBe(0.5);
  });
  it('minmax of a share: 4 of 39 (10.256… %) between 10 and 90 is exactly 1/312', () => {
    expect(score(scheme(leaf('x', { kind: 'minmax', min: 10, max: 90 })), [share('a', 4, 39)])[0]?.index).toBe(1 / 312);
  });
  it('minmax among peers, shares and numbers mixed: 62.85 between 5 and 25 of 39 (64.10… %)', () => {
    const rows = score(scheme(leaf('x', { kind: 'minmax' })), [value('a', 62.85), share('b', 25, 39), value('c', 5)]);
    // (62.85 − 5) ÷ (2500/39 − 5) = 2256.15 / 2305 = 0.97880694143167028…, the nearest double of which
    // is not 2256.15 / 2305 in floating point (…704: 2256.15 is itself rounded).
    expect(2256.15 / 2305).toBe(0.9788069414316704);
    expect(indices(rows)).toEqual({ a: 0.9788069414316702, b: 1, c: 0 });
  });
  it('zscore: 199.98 is the mean of 199.97, 199.98 and 199.99 (z = 0, index 0.5), the others ±√1.5', () => {
    const naiveMean = (199.97 + 199.98 + 199.99) / 3;
    expect(199.98 - naiveMean).not.toBe(0);
    const rows = score(scheme(leaf('x', { kind: 'zscore' })), [value('a', 199.97), value('b', 199.98), value('c', 199.99)]);
    const z = rows.map((r) => r.nodes['x']?.z as number);
    expect(z[1]).toBe(0);
    expect(rows[1]?.index).toBe(0.5);
    expect(z[2]).toBe(-(z[0] as number));
    expect(Math.abs((z[2] as number) - Math.sqrt(1.5))).toBeLessThan(1e-15);
  });
});

describe('rank ties between shares are exact', () => {
  it('1 of 3 and 2 of 6 tie; 33.333333333333336 is above them and 33.33333333333333 below', () => {
    expect((1 * 100) / 3).toBe(33.333333333333336);
    const rows = score(scheme(leaf('x', { kind: 'rank' })), [share('a', 1, 3), share('b', 2, 6), value('c', 33.333333333333336), value('d', 33.33333333333333)]);
    // Competition ranks 2, 2, 1, 4 of 4.
    expect(indices(rows)).toEqual({ a: 2 / 3, b: 2 / 3, c: 1, d: 0 });
  });
});
