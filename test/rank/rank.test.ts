import * as aq from 'arquero';
import { rank as d3rank } from 'd3-array';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ChisoError } from '../../src/errors';
import { rank, type TieMethod } from '../../src/rank/rank';

type Row = { id: string; v: number | null };
const rows = (values: (number | null)[]): Row[] => values.map((v, i) => ({ id: `u${String(i).padStart(4, '0')}`, v }));
const ranksById = (values: (number | null)[], ties: TieMethod, extra: object = {}) =>
  Object.fromEntries(rank(rows(values), { by: 'v', ties, tieBreak: 'id', ...extra }).map((r) => [r.item.id, r.rank]));

describe('rank: tie methods', () => {
  const v = [0.8, 0.9, 0.8, 0.7];
  it.each([
    ['competition', [2, 1, 2, 4]],
    ['dense', [2, 1, 2, 3]],
    ['ordinal', [2, 1, 3, 4]],
    ['fractional', [2.5, 1, 2.5, 4]],
  ] as const)('%s', (ties, expected) => {
    const r = ranksById(v, ties);
    expect(['u0000', 'u0001', 'u0002', 'u0003'].map((id) => r[id])).toEqual(expected);
  });
  it('the national DTI convention: two provinces at 15th, the next at 17th', () => {
    const scores = Array.from({ length: 17 }, (_, i) => 1 - i / 100);
    scores[15] = scores[14]!;
    expect(rank(scores, { by: (x) => x }).slice(13).map((r) => r.rank)).toEqual([14, 15, 15, 17]);
  });
  it('asc order ranks the lowest first', () => {
    expect(rank([5, 3, 9], { by: (x) => x, order: 'asc' }).map((r) => [r.item, r.rank])).toEqual([[3, 1], [5, 2], [9, 3]]);
  });
  it('missing values: keep (null, last), last (ranked after all), error', () => {
    expect(rank(rows([1, null, 2]), { by: 'v' }).map((r) => [r.item.id, r.rank])).toEqual([['u0002', 1], ['u0000', 2], ['u0001', null]]);
    expect(rank(rows([1, null, 2, null]), { by: 'v', missing: 'last' }).map((r) => r.rank)).toEqual([1, 2, 3, 3]);
    expect(rank(rows([1, null, 2, null]), { by: 'v', missing: 'last', ties: 'fractional' }).map((r) => r.rank)).toEqual([1, 2, 3.5, 3.5]);
    expect(rank(rows([1, null, 2, null]), { by: 'v', missing: 'last', ties: 'ordinal', tieBreak: 'id' }).map((r) => r.rank)).toEqual([1, 2, 3, 4]);
    expect(() => rank(rows([1, null]), { by: 'v', missing: 'error' })).toThrow(ChisoError);
  });
  it('equality is on the values as given, or at a stated precision', () => {
    expect(rank([0.1 + 0.2, 0.3], { by: (x) => x }).map((r) => r.rank)).toEqual([1, 2]);
    expect(rank([0.1 + 0.2, 0.3], { by: (x) => x, precision: 4 }).map((r) => r.rank)).toEqual([1, 1]);
    // rounding half up on the decimal text: 1.005 → 1.01 ties with 1.01 (toFixed would say 1.00)
    expect(rank([1.005, 1.01, 1.0], { by: (x) => x, precision: 2 }).map((r) => [r.item, r.rank])).toEqual([[1.005, 1], [1.01, 1], [1.0, 3]]);
  });
  it('bad input is a ChisoError', () => {
    expect(() => rank([1, Number.NaN], { by: (x) => x })).toThrow(/finite number/);
    expect(() => rank([1, Number.POSITIVE_INFINITY], { by: (x) => x })).toThrow(ChisoError);
    expect(() => rank(['1'], { by: (x) => x as never })).toThrow(/finite number/);
    expect(() => rank([1, 2], { by: (x) => x, ties: 'ordinal' })).toThrow(/tieBreak/);
    expect(() => rank([1], { by: (x) => x, ties: 'average' as never })).toThrow(/ties/);
    expect(() => rank([1], { by: (x) => x, precision: -1 })).toThrow(/precision/);
  });
});

describe('rank: properties', () => {
  const values = fc.array(fc.oneof(fc.integer({ min: 0, max: 6 }), fc.constant(null)), { minLength: 0, maxLength: 60 });
  const methods: TieMethod[] = ['competition', 'dense', 'ordinal', 'fractional'];
  it('is a permutation of the items, with ranks in non-decreasing order', () => {
    fc.assert(
      fc.property(values, fc.constantFrom(...methods), fc.constantFrom('keep', 'last') as fc.Arbitrary<'keep' | 'last'>, (vs, ties, missing) => {
        const out = rank(rows(vs), { by: 'v', ties, missing, tieBreak: 'id' });
        const ids = out.map((r) => r.item.id).sort();
        const ranked = out.filter((r) => r.rank !== null).map((r) => r.rank as number);
        return JSON.stringify(ids) === JSON.stringify(rows(vs).map((r) => r.id)) && ranked.every((r, i) => i === 0 || r >= ranked[i - 1]!);
      }),
      { numRuns: 500, seed: 1 },
    );
  });
  it('equal values share a rank (competition, dense, fractional); ordinal gives 1..n', () => {
    fc.assert(
      fc.property(values, (vs) => {
        for (const ties of ['competition', 'dense', 'fractional'] as const) {
          const out = rank(rows(vs), { by: 'v', ties });
          const byValue = new Map<number, Set<number | null>>();
          for (const r of out) if (r.item.v !== null) byValue.set(r.item.v, (byValue.get(r.item.v) ?? new Set()).add(r.rank));
          if ([...byValue.values()].some((s) => s.size !== 1)) return false;
        }
        const ordinal = rank(rows(vs), { by: 'v', ties: 'ordinal', tieBreak: 'id', missing: 'last' }).map((r) => r.rank);
        return ordinal.every((r, i) => r === i + 1);
      }),
      { numRuns: 500, seed: 2 },
    );
  });
  it('ordinal (and every method, with a tieBreak) is invariant under shuffles', () => {
    fc.assert(
      fc.property(values.chain((vs) => fc.tuple(fc.constant(rows(vs)), fc.shuffledSubarray(rows(vs), { minLength: vs.length, maxLength: vs.length }))), ([a, b]) => {
        return methods.every((ties) => JSON.stringify(rank(a, { by: 'v', ties, tieBreak: 'id' })) === JSON.stringify(rank(b, { by: 'v', ties, tieBreak: 'id' })));
      }),
      { numRuns: 300, seed: 3 },
    );
  });
  it('fractional ranks sum to n(n+1)/2', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 5 }), { maxLength: 80 }), (vs) => {
        const sum = rank(vs, { by: (x) => x, ties: 'fractional' }).reduce((s, r) => s + (r.rank as number), 0);
        return sum === (vs.length * (vs.length + 1)) / 2;
      }),
      { numRuns: 500, seed: 4 },
    );
  });
});

describe('rank agrees with independent implementations (arquero, d3-array)', () => {
  it('competition = arquero rank, dense = dense_rank, fractional = avg_rank, on data with many ties', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 1, maxLength: 200 }), (vs) => {
        const table = aq.table({ i: vs.map((_, i) => i), v: vs }).orderby(aq.desc('v')).derive({ c: () => aq.op.rank(), d: () => aq.op.dense_rank(), f: () => aq.op.avg_rank() });
        const oracle = new Map((table.objects() as Record<string, number>[]).map((o) => [o['i'], o]));
        const ours = (ties: TieMethod) => new Map(rank(vs.map((v, i) => ({ i, v })), { by: 'v', ties }).map((r) => [r.item.i, r.rank]));
        const c = ours('competition');
        const d = ours('dense');
        const f = ours('fractional');
        return vs.every((_, i) => c.get(i) === oracle.get(i)?.['c'] && d.get(i) === oracle.get(i)?.['d'] && f.get(i) === oracle.get(i)?.['f']);
      }),
      { numRuns: 300, seed: 5 },
    );
  });
  it('ascending competition ranks = d3-array rank + 1', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 }), { maxLength: 200 }), (vs) => {
        const d3 = d3rank(vs);
        const ours = new Map(rank(vs.map((v, i) => ({ i, v: v === 0 ? 0 : v })), { by: 'v', order: 'asc' }).map((r) => [r.item.i, r.rank]));
        return vs.every((_, i) => ours.get(i) === (d3[i] as number) + 1);
      }),
      { numRuns: 300, seed: 6 },
    );
  });
});
