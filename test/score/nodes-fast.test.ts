// @zone-independent: scores of year periods; no dates are read.
// A row's node objects are built on first read from what `score` kept when it scored the row (each
// group's returned index): they must not depend on when or in which order rows are read, and must be
// the numbers worked out independently here — a leaf's points its index × max exactly (exactPoints,
// itself checked against decimal.js in exact-fast.test.ts), an arithmetic group of leaves the exact
// decimal mean of its children's returned indices (decimal.js, the leaves' stated points as
// weights), the root's node the row's own figures. Indices are short decimals (n ÷ 10^k, k ≤ 4) and
// long ones (any double in [0, 1]), so both the integer and the long-decimal paths are taken.
import Decimal from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { MissingPolicy, NodeScore, Scheme, ScoreInput, UnitScore } from '../../src/model/scheme';
import { exactPoints } from '../../src/score/_internal/exact';
import { score } from '../../src/score/score';
import { SEED } from '../fuzz/harness';

const T = (s: string) => ({ vi: s, en: s });

interface Shape {
  readonly groups: readonly { readonly geometric: boolean; readonly points: readonly number[] }[];
}

const schemeOf = (shape: Shape): Scheme =>
  ({
    id: 'nodes-fast',
    name: T('Nodes'),
    root: {
      id: 'root',
      name: T('Root'),
      children: shape.groups.map((g, i) => ({
        id: `g-${i}`,
        name: T(`G ${i}`),
        ...(g.geometric ? { aggregation: 'geometric' } : {}),
        children: g.points.map((points, k) => ({ id: `l-${i}-${k}`, name: T('L'), points, indicator: `i-${i}-${k}`, rule: { kind: 'index' } })),
      })),
    },
  }) as unknown as Scheme;

const shapeArb: fc.Arbitrary<Shape> = fc.record({
  groups: fc.array(
    fc.record({
      geometric: fc.boolean(),
      // Integer and decimal points (12.5), as schemes write them.
      points: fc.array(fc.oneof(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 1, max: 400 }).map((n) => n / 10)), { minLength: 1, maxLength: 6 }),
    }),
    { minLength: 1, maxLength: 4 },
  ),
});

const indexArb = fc.oneof(
  fc.tuple(fc.integer({ min: 0, max: 10_000 }), fc.integer({ min: 0, max: 4 })).map(([n, k]) => Math.min(1, n / 10 ** k)),
  fc.double({ min: 0, max: 1, noNaN: true }).map((x) => x + 0),
);

/** Every node's figures, in scheme order, as a flat list (status, index, points, max, coverage). */
const figures = (row: UnitScore): unknown[] => Object.entries(row.nodes).flatMap(([id, n]) => [id, n.status, n.index, n.points, n.max, n.coverage]);

const sameBits = (a: readonly unknown[], b: readonly unknown[]): void => {
  expect(a.length).toBe(b.length);
  for (let i = 0; i < a.length; i += 1) if (!Object.is(a[i], b[i])) expect([i, a[i]]).toEqual([i, b[i]]);
};

describe('score: node objects built on read', () => {
  it('property: the same numbers in any read order, and the exact points and means', () => {
    fc.assert(
      fc.property(
        shapeArb,
        fc.integer({ min: 1, max: 6 }),
        fc.constantFrom<MissingPolicy>('zero', 'reweight'),
        fc.infiniteStream(fc.option(indexArb, { freq: 6 })),
        (shape, unitCount, missing, values) => {
          const scheme = schemeOf(shape);
          const obs: ScoreInput[] = [];
          for (let u = 0; u < unitCount; u += 1) {
            for (let year = 2023; year <= 2024; year += 1) {
              shape.groups.forEach((g, i) =>
                g.points.forEach((_, k) => {
                  const v = values.next().value as number | null;
                  if (v !== null) obs.push({ unit: `u${u}`, indicator: `i-${i}-${k}`, period: year, value: v });
                }),
              );
            }
          }
          const options = { missing };
          // Nodes read row by row, then the root figures; and rows read backwards, root figures first.
          const first = score(scheme, obs, options);
          const a = first.map(figures);
          const aRoot = first.map((r) => [r.status, r.index, r.points, r.max, r.coverage]);
          const second = score(scheme, obs, options);
          const bRoot = second.map((r) => [r.status, r.index, r.points, r.max, r.coverage]);
          const b = new Array<unknown[]>(second.length);
          for (let r = second.length - 1; r >= 0; r -= 1) b[r] = figures(second[r] as UnitScore);
          sameBits(a.flat(), b.flat());
          sameBits(aRoot.flat(), bRoot.flat());
          for (const row of first) {
            const root = row.nodes['root'] as NodeScore;
            sameBits([root.status, root.index, root.points, root.max, root.coverage], [row.status, row.index, row.points, row.max, row.coverage]);
            shape.groups.forEach((g, i) => {
              const group = row.nodes[`g-${i}`] as NodeScore;
              let sum = new Decimal(0);
              let weights = new Decimal(0);
              g.points.forEach((points, k) => {
                const leaf = row.nodes[`l-${i}-${k}`] as NodeScore;
                if (leaf.index === null) return;
                // An `index` rule returns the value itself (a missing leaf under `zero` counts 0).
                expect(leaf.index).toBe(leaf.value ?? 0);
                // Leaf points: index × max exactly, the nearest double.
                expect(Object.is(leaf.points, exactPoints(leaf.index, leaf.max))).toBe(true);
                expect(leaf.points).toBe(new Decimal(leaf.index).times(leaf.max).toNumber());
                sum = sum.plus(new Decimal(points).times(leaf.index));
                weights = weights.plus(points);
              });
              // A geometric group's index is exp of a float sum, checked by the read orders only.
              if (group.index === null || g.geometric) return;
              expect(group.index).toBe(sum.div(weights).toNumber());
              expect(Object.is(group.points, exactPoints(group.index, group.max))).toBe(true);
            });
          }
        },
      ),
      { seed: SEED, numRuns: 400 },
    );
  });
});
