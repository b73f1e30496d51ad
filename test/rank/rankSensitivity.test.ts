import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Scheme, ScoreInput } from '../../src/model/scheme';
import { rankSensitivity } from '../../src/rank/rankSensitivity';

// An invented three-leaf index (not a real scheme): two pillars, one with two leaves.
const scheme: Scheme = {
  id: 'toy',
  name: { vi: 'Chỉ số thử', en: 'Toy index' },
  root: {
    id: 'root',
    name: { vi: 'Tổng', en: 'Total' },
    points: 100,
    children: [
      {
        id: 'gov',
        name: { vi: 'Chính quyền số', en: 'Digital government' },
        points: 60,
        children: [
          { id: 'online', name: { vi: 'Trực tuyến', en: 'Online' }, points: 30, indicator: 'online', rule: { kind: 'index' } },
          { id: 'signed', name: { vi: 'Ký số', en: 'Signed' }, points: 30, indicator: 'signed', rule: { kind: 'index' } },
        ],
      },
      { id: 'eco', name: { vi: 'Kinh tế số', en: 'Digital economy' }, points: 40, indicator: 'eco', rule: { kind: 'index' } },
    ],
  },
} as Scheme;

const unit = (id: string, online: number, signed: number, eco: number): ScoreInput[] => [
  { unit: id, indicator: 'online', period: 2024, value: online },
  { unit: id, indicator: 'signed', period: 2024, value: signed },
  { unit: id, indicator: 'eco', period: 2024, value: eco },
];

describe('rankSensitivity', () => {
  const data = [...unit('a', 0.9, 0.9, 0.9), ...unit('b', 0.6, 0.5, 0.55), ...unit('c', 0.5, 0.6, 0.56), ...unit('d', 0.1, 0.1, 0.1)];
  it('a unit ahead on every leaf keeps its rank; close units trade places', () => {
    const r = rankSensitivity(scheme, data, { samples: 400, seed: 7 });
    expect(r.map((x) => x.unit)).toEqual(['a', 'c', 'b', 'd']);
    expect(r[0]).toEqual({ unit: 'a', nominal: 1, median: 1, p5: 1, p95: 1 });
    expect(r[3]).toEqual({ unit: 'd', nominal: 4, median: 4, p5: 4, p95: 4 });
    // b and c differ by 0.002 at nominal weights: ±20 % weights move them between 2nd and 3rd
    expect([r[1]?.p5, r[1]?.p95]).toEqual([2, 3]);
    expect([r[2]?.p5, r[2]?.p95]).toEqual([2, 3]);
  });
  it('same seed, same result; no perturbation, the nominal ranks', () => {
    expect(rankSensitivity(scheme, data, { samples: 200, seed: 3 })).toEqual(rankSensitivity(scheme, data, { samples: 200, seed: 3 }));
    for (const x of rankSensitivity(scheme, data, { samples: 50, perturbation: 0 })) expect([x.median, x.p5, x.p95]).toEqual([x.nominal, x.nominal, x.nominal]);
  });
  it('switching the aggregation is an option, and still seeded', () => {
    const r = rankSensitivity(scheme, data, { samples: 200, seed: 9, switchAggregation: true });
    expect(r[0]?.p95).toBe(1);
    expect(r).toEqual(rankSensitivity(scheme, data, { samples: 200, seed: 9, switchAggregation: true }));
  });
  it('property: a unit at least as good on every leaf is never ranked below in median', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true })), { minLength: 2, maxLength: 6 }), (leaves) => {
        const rows = leaves.flatMap(([x, y, z], i) => unit(`u${i}`, x, y, z));
        const best = leaves.reduce((m, l) => [Math.max(m[0], l[0]), Math.max(m[1], l[1]), Math.max(m[2], l[2])] as [number, number, number], [0, 0, 0] as [number, number, number]);
        const r = rankSensitivity(scheme, [...rows, ...unit('top', ...best)], { samples: 30, seed: 1 });
        return r.find((x) => x.unit === 'top')?.p95 === 1;
      }),
      { numRuns: 50, seed: 11 },
    );
  });
  it('several periods need `period`', () => {
    const two = [...data, ...unit('a', 0.1, 0.1, 0.1).map((o) => ({ ...o, period: 2025 }))];
    expect(() => rankSensitivity(scheme, two)).toThrow(/period/);
    expect(rankSensitivity(scheme, two, { period: 2025, samples: 10 })).toHaveLength(1);
  });
});
