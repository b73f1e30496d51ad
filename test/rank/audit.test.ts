// @zone-independent: ranks numbers and scores invented schemes; no dates are read
// The rank stage's audit findings, each pinned by hand-worked values and a seeded property:
// 1. rankSensitivity with perturbation 0 gives every unit its nominal rank in every sample (the
//    samples compare as exactly as score does: 0.1, 0.2, 0.3 and 0.3, 0.2, 0.1 both mean 0.2);
// 2. topN takes the items tied at the edge whatever the tie method (competition rank ≤ n);
// 3. percentileRank honours missing: 'last' (the missing items share the last place).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ChisoError } from '../../src/errors';
import type { Scheme, SchemeNode } from '../../src/model/scheme';
import { percentileRank } from '../../src/rank/percentileRank';
import { rank } from '../../src/rank/rank';
import { rankSensitivity } from '../../src/rank/rankSensitivity';
import { topN } from '../../src/rank/topN';
import { score } from '../../src/score/score';
import { SEED, runs } from '../fuzz/harness';

const leaf = (id: string, weight?: number): SchemeNode =>
  ({ id, name: { vi: id, en: id }, indicator: id, rule: { kind: 'index' }, ...(weight === undefined ? {} : { weight }) }) as SchemeNode;

describe('rankSensitivity: perturbation 0 keeps the nominal ranks', () => {
  it("the audit's case: A (0.1, 0.2, 0.3) and B (0.3, 0.2, 0.1) on three equal weights both mean 0.2 and tie first in every sample", () => {
    const scheme = { id: 's', name: { vi: 's', en: 's' }, root: { id: 'root', name: { vi: 'r', en: 'r' }, children: [leaf('x'), leaf('y'), leaf('z')] } } as Scheme;
    const values: Record<string, number[]> = { A: [0.1, 0.2, 0.3], B: [0.3, 0.2, 0.1] };
    const obs = Object.entries(values).flatMap(([unit, vs]) => vs.map((value, i) => ({ unit, indicator: 'xyz'[i] as string, period: 2024, value })));
    // (0.1 + 0.2 + 0.3) / 3 is exactly 0.2 in decimal; in float64 the two orders give 0.20000000000000004 and 0.19999999999999998.
    expect((0.1 + 0.2 + 0.3) / 3).not.toBe((0.3 + 0.2 + 0.1) / 3);
    expect(score(scheme, obs).map((r) => [r.unit, r.index])).toEqual([['A', 0.2], ['B', 0.2]]);
    expect(rankSensitivity(scheme, obs, { samples: 10, perturbation: 0 })).toEqual([
      { unit: 'A', nominal: 1, median: 1, p5: 1, p95: 1 },
      { unit: 'B', nominal: 1, median: 1, p5: 1, p95: 1 },
    ]);
  });

  it('decimal weights (0.1 and 0.3) weigh as score weighs them: 0.25·0.1 + 0.75·0.5 = 0.4 for both orders of a tie', () => {
    // Two groups; C's leaves are D's mirrored within equal-weight pairs, so both are exactly 0.4.
    const scheme = {
      id: 's',
      name: { vi: 's', en: 's' },
      root: {
        id: 'root',
        name: { vi: 'r', en: 'r' },
        children: [
          { id: 'g1', name: { vi: 'g1', en: 'g1' }, weight: 0.1, children: [leaf('a'), leaf('b')] },
          { id: 'g2', name: { vi: 'g2', en: 'g2' }, weight: 0.3, children: [leaf('c'), leaf('d'), leaf('e')] },
        ],
      },
    } as Scheme;
    const values: Record<string, number[]> = { C: [0.07, 0.13, 0.1, 0.6, 0.8], D: [0.13, 0.07, 0.8, 0.6, 0.1] };
    const obs = Object.entries(values).flatMap(([unit, vs]) => vs.map((value, i) => ({ unit, indicator: 'abcde'[i] as string, period: 2024, value })));
    expect(score(scheme, obs).map((r) => r.index)).toEqual([0.4, 0.4]);
    expect(rankSensitivity(scheme, obs, { samples: 5, perturbation: 0 }).map((r) => [r.unit, r.nominal, r.p5, r.p95])).toEqual([
      ['C', 1, 1, 1],
      ['D', 1, 1, 1],
    ]);
  });

  it('property: on random arithmetic schemes (decimal weights, missing leaves, minCoverage), every sample at perturbation 0 ranks each unit as rank ranks score', () => {
    // Leaf values from a few short decimals, so exact ties that float64 splits are common.
    const value = fc.option(fc.constantFrom(0, 0.1, 0.2, 0.3, 0.05, 0.15, 0.7, 0.35, 1), { nil: null });
    const weight = fc.constantFrom(1, 2, 3, 0.1, 0.3, 0.7, 1.5);
    const shape = fc.array(fc.array(weight, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 3 });
    fc.assert(
      fc.property(shape, fc.array(weight, { minLength: 3, maxLength: 3 }), fc.boolean(), fc.integer({ min: 2, max: 8 }), fc.infiniteStream(value), (groups, groupWeights, covered, unitCount, stream) => {
        const leaves: string[] = [];
        const children = groups.map((ws, g) => ({
          id: `g${g}`,
          name: { vi: `g${g}`, en: `g${g}` },
          weight: groupWeights[g] as number,
          children: ws.map((w, l) => {
            leaves.push(`l${g}-${l}`);
            return leaf(`l${g}-${l}`, w);
          }),
        }));
        const scheme = { id: 's', name: { vi: 's', en: 's' }, ...(covered ? { minCoverage: 0.5 } : {}), root: { id: 'root', name: { vi: 'r', en: 'r' }, children } } as Scheme;
        const it = stream[Symbol.iterator]();
        const obs = Array.from({ length: unitCount }, (_, u) => leaves.map((indicator) => ({ unit: `u${u}`, indicator, period: 2024, value: it.next().value as number | null })))
          .flat()
          .filter((o): o is { unit: string; indicator: string; period: number; value: number } => o.value !== null);
        const scored = score(scheme, obs).filter((r) => r.status === 'ok' && r.index !== null);
        const expected = new Map(rank(scored, { by: 'index' }).map((r) => [r.item.unit, r.rank]));
        const out = rankSensitivity(scheme, obs, { samples: 3, perturbation: 0, seed: 5 });
        expect(out.length).toBe(scored.length);
        for (const r of out) expect([r.unit, r.nominal, r.median, r.p5, r.p95]).toEqual([r.unit, expected.get(r.unit), r.nominal, r.nominal, r.nominal]);
      }),
      { seed: SEED, numRuns: runs(150) },
    );
  });
});

describe('topN: items tied at the edge are in, whatever the tie method', () => {
  // [5, 4, 4, 3], n = 2: 5 is first; the two 4s have one item better than them (competition rank 2 ≤ 2); 3 has three.
  const items = [5, 4, 4, 3].map((v, i) => ({ i, v }));
  it.each([
    ['competition', [[0, 1], [1, 2], [2, 2]]],
    ['dense', [[0, 1], [1, 2], [2, 2]]],
    ['ordinal', [[0, 1], [1, 2], [2, 3]]],
    ['fractional', [[0, 1], [1, 2.5], [2, 2.5]]],
  ] as const)('%s: 3 items, with the method’s own ranks', (ties, expected) => {
    expect(topN(items, 2, { by: 'v', ties, tieBreak: 'i' }).map((r) => [r.item.i, r.rank])).toEqual(expected);
  });
  it('dense counts items, not values: top 3 of [5, 4, 4, 3] leaves out 3 (dense rank 3, but three items do better)', () => {
    expect(topN(items, 3, { by: 'v', ties: 'dense' }).map((r) => r.item.i)).toEqual([0, 1, 2]);
  });
  it("missing: 'last' items qualify when fewer than n items have values", () => {
    expect(topN([{ v: 5 }, { v: null }, { v: null }], 2, { by: 'v', missing: 'last', ties: 'fractional' }).map((r) => r.rank)).toEqual([1, 2.5, 2.5]);
    expect(topN([{ v: 5 }, { v: null }], 2, { by: 'v' }).map((r) => r.rank)).toEqual([1]);
  });
  it('property: an item is in exactly when fewer than n items are strictly better, for every method', () => {
    const method = fc.constantFrom('competition', 'dense', 'ordinal', 'fractional' as const);
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 5 }), { maxLength: 30 }), fc.integer({ min: 1, max: 12 }), method, (values, n, ties) => {
        const list = values.map((v, i) => ({ i, v }));
        const chosen = topN(list, n, { by: 'v', ties, tieBreak: 'i' }).map((r) => r.item.i).sort((a, b) => a - b);
        const expected = list.filter((x) => list.filter((y) => y.v > x.v).length < n).map((x) => x.i);
        expect(chosen).toEqual(expected);
      }),
      { seed: SEED, numRuns: runs(300) },
    );
  });
});

describe("percentileRank: missing: 'last'", () => {
  it('ranks the missing items last, tied with each other and counted in n: [10, 20, null, null] → 87.5, 62.5, 25, 25', () => {
    // n = 4. 20: 3 worse, 1 tied → 3.5/4; 10: 2 worse → 2.5/4; each null: 0 worse, 2 tied → 1/4.
    expect(percentileRank([10, 20, null, null], { by: (x) => x, missing: 'last' }).map((r) => [r.item, r.rank, r.percentile])).toEqual([
      [20, 1, 87.5],
      [10, 2, 62.5],
      [null, 3, 25],
      [null, 3, 25],
    ]);
    // Lowest first (asc): 1 beats 3 (2 and the null) → (3 + ½)/4; the null is last whichever end is better.
    expect(percentileRank([{ v: 2 }, { v: null }, { v: 1 }, { v: 3 }], { by: 'v', order: 'asc', missing: 'last' }).map((r) => [r.item.v, r.percentile])).toEqual([
      [1, 87.5],
      [2, 62.5],
      [3, 37.5],
      [null, 12.5],
    ]);
  });
  it("keep (the default) still gives a missing item no rank and leaves it out of n: [10, 20, null] → 75, 25, null", () => {
    expect(percentileRank([10, 20, null], { by: (x) => x }).map((r) => [r.item, r.rank, r.percentile])).toEqual([
      [20, 1, 75],
      [10, 2, 25],
      [null, null, null],
    ]);
  });
  it('an unknown missing policy is an error, as in rank (it was read as keep)', () => {
    expect(() => percentileRank([1, null], { by: (x) => x, missing: 'first' as 'last' })).toThrow(ChisoError);
  });
});
