// Fuzz (issue 13, item 13): every public function of the rank and score stages, called with hostile
// arguments in every position — null, undefined, numbers, strings, arrays of junk, objects nested far
// deeper than any real scheme — returns a result or throws a ChisoError, never a raw TypeError or
// RangeError. See harness.ts for the contract (`check`).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assignBand } from '../../src/rank/assignBand';
import { percentileRank } from '../../src/rank/percentileRank';
import { rank } from '../../src/rank/rank';
import { rankChange } from '../../src/rank/rankChange';
import { rankGroups } from '../../src/rank/rankGroups';
import { rankSensitivity } from '../../src/rank/rankSensitivity';
import { topN } from '../../src/rank/topN';
import { composite } from '../../src/score/composite';
import { schemes } from '../../src/score/schemes';
import { score } from '../../src/score/score';
import { check, deeplyNested, guardPrototype, HUGE_BOUND_MS, hostile, RUNS, Tally } from './harness';

guardPrototype();

/** Values that broke an entry point before: null, undefined, a number, a string, junk arrays, deep nesting. */
const arg = fc.oneof(
  { weight: 2, arbitrary: fc.constantFrom(null, undefined, 0, 1, -1, NaN, '', 'u', [], {}, [null], [undefined], [1, 2], [{}], [{ item: null, rank: 1 }], [{ rank: NaN, item: { u: 'a' } }]) },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 40 }).map((d) => deeplyNested(d * 50)) },
  { weight: 3, arbitrary: hostile },
);

const ranks = (result: unknown) => (Array.isArray(result) ? result.map((r) => (r as { rank?: unknown }).rank) : result);

type Entry = [name: string, arity: number, call: (...args: unknown[]) => unknown, computed?: (r: unknown) => unknown];
const entries: Entry[] = [
  ['rank', 2, (a, b) => rank(a as never, b as never), ranks],
  ['rankGroups', 2, (a, b) => rankGroups(a as never, b as never), (r) => (r as { ranking: unknown }[]).map((g) => ranks(g.ranking))],
  ['topN', 3, (a, b, c) => topN(a as never, b as never, c as never), ranks],
  ['percentileRank', 2, (a, b) => percentileRank(a as never, b as never), (r) => (r as { rank: unknown; percentile: unknown }[]).map((x) => [x.rank, x.percentile])],
  ['rankChange', 3, (a, b, c) => rankChange(a as never, b as never, c as never), (r) => (r as { rank: unknown; previous: unknown; change: unknown; label: unknown }[]).map((x) => [x.rank, x.previous, x.change, x.label])],
  ['assignBand', 2, (a, b) => assignBand(a as never, b as never)],
  ['rankSensitivity', 3, (a, b, c) => rankSensitivity(a as never, b as never, c as never)],
  ['score', 3, (a, b, c) => score(a as never, b as never, c as never)],
  ['composite', 2, (a, b) => composite(a as never, b as never)],
];

describe('fuzz: every rank and score function, hostile arguments in every position', () => {
  for (const [name, arity, call, computed] of entries) {
    it(`${name}: a result or a ChisoError`, () => {
      fc.assert(
        fc.property(fc.array(arg, { minLength: arity, maxLength: arity }), (args) => void check(name, () => call(...args), HUGE_BOUND_MS, [], computed)),
        { numRuns: RUNS.valid },
      );
    });
  }

  it('rankChange with rankings whose ranks are hostile: a label never spells NaN or a bare minus', () => {
    const tally = new Tally();
    const entry = fc.record({ item: fc.record({ u: fc.constantFrom('a', 'b', 'c') }), rank: fc.oneof(fc.constantFrom(null, NaN, Infinity, -Infinity, -1, 0, 1.5, -0, 2 ** 53), fc.integer({ min: 1, max: 5 }), hostile) });
    const ranking = fc.uniqueArray(entry, { maxLength: 4, selector: (e) => e.item.u });
    fc.assert(
      fc.property(ranking, ranking, (a, b) =>
        tally.add(
          check('rankChange', () => {
            const moves = rankChange(a as never, b as never, 'u');
            for (const m of moves) expect(m.label).toMatch(/^(?:new|—|=|\+[1-9]\d*(?:\.5)?|−[1-9]\d*(?:\.5)?|[+−]0\.5)$/);
            return moves.map((m) => [m.rank, m.previous, m.change]);
          }),
        ),
      ),
      { numRuns: RUNS.hostile },
    );
    expect(tally.ok).toBeGreaterThan(0);
    expect(tally.error).toBeGreaterThan(0);
  });

  it('schemes nested 1 to 3,000 levels deep: a score or a ChisoError, for score and rankSensitivity', () => {
    const deepScheme = (depth: number) => {
      let node: Record<string, unknown> = { id: 'leaf', name: { vi: 'L', en: 'L' }, indicator: 'x', rule: { kind: 'index' } };
      for (let i = 1; i < depth; i += 1) node = { id: `g${i}`, name: { vi: 'G', en: 'G' }, children: [node] };
      return { id: 's', name: { vi: 'S', en: 'S' }, root: node };
    };
    const obs = [{ unit: 'u', indicator: 'x', period: 2022, value: 0.5 }];
    fc.assert(
      fc.property(fc.oneof(fc.integer({ min: 1, max: 80 }), fc.integer({ min: 1, max: 3000 })), (depth) => {
        check('score', () => score(deepScheme(depth) as never, obs), HUGE_BOUND_MS);
        check('rankSensitivity', () => rankSensitivity(deepScheme(depth) as never, obs, { samples: 2 }), HUGE_BOUND_MS);
      }),
      { numRuns: 60 },
    );
  });

  it('schemes that contain themselves, or share a subtree at every level (2^40 paths): a ChisoError, fast', () => {
    const obs = [{ unit: 'u', indicator: 'x', period: 2022, value: 0.5 }];
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 40 }), fc.boolean(), (depth, cyclic) => {
        const leaf = { id: 'leaf', name: { vi: 'L', en: 'L' }, indicator: 'x', rule: { kind: 'index' } };
        let node: Record<string, unknown> = leaf;
        // Each group lists its child twice: read as a tree, 2^depth leaves.
        for (let i = 0; i < depth; i += 1) node = { id: `g${i}`, name: { vi: 'G', en: 'G' }, children: [node, node] };
        if (cyclic) (node['children'] as unknown[]).push(node);
        const scheme = { id: 's', name: { vi: 'S', en: 'S' }, root: node };
        expect(check('score', () => score(scheme as never, obs), HUGE_BOUND_MS)).toBe('error');
        expect(check('rankSensitivity', () => rankSensitivity(scheme as never, obs, { samples: 1 }), HUGE_BOUND_MS)).toBe('error');
      }),
      { numRuns: 40 },
    );
  });

  it('the built-in schemes with hostile options', () => {
    for (const s of Object.values(schemes)) {
      fc.assert(fc.property(hostile, (o) => void check('score', () => score(s, [], o as never))), { numRuns: 100 });
      fc.assert(fc.property(hostile, (o) => void check('rankSensitivity', () => rankSensitivity(s, [], o as never))), { numRuns: 100 });
    }
  });
});
