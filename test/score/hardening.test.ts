// Issue 13 (Hardening II), item 13, the score stage: a scheme nested ~1,000 levels deep threw
// `RangeError: Maximum call stack size exceeded` (inside zod's recursive schema, before any check of
// chiso's ran). Schemes are now bounded at 64 levels, checked without recursion before parsing.
import { describe, expect, it } from 'vitest';
import { ChisoError } from '../../src/errors';
import { MAX_SCHEME_DEPTH } from '../../src/_shared/schemeDepth';
import type { Scheme } from '../../src/model/scheme';
import { rankSensitivity } from '../../src/rank/rankSensitivity';
import { score } from '../../src/score/score';

/** A chain of groups `levels` deep in all (the root is level 1), ending in one leaf of indicator x. */
function chain(levels: number): Scheme {
  let node: Record<string, unknown> = { id: 'leaf', name: { vi: 'Lá', en: 'Leaf' }, indicator: 'x', rule: { kind: 'index' } };
  for (let level = levels - 1; level >= 1; level -= 1) node = { id: `g${level}`, name: { vi: 'Nhóm', en: 'Group' }, children: [node] };
  return { id: 'deep', name: { vi: 'Sâu', en: 'Deep' }, root: node } as unknown as Scheme;
}

const obs = [{ unit: 'u', indicator: 'x', period: 2024, value: 0.25 }];

const errorOf = (call: () => unknown): ChisoError => {
  try {
    call();
  } catch (error) {
    if (error instanceof ChisoError) return error;
    throw error;
  }
  throw new Error('expected a ChisoError');
};

describe('score: scheme depth', () => {
  it('the limit is 64 levels, root included', () => {
    expect(MAX_SCHEME_DEPTH).toBe(64);
  });

  it('a scheme 64 levels deep scores: the leaf index carries up unchanged through every one-child group', () => {
    const [row] = score(chain(64), obs);
    // One leaf of index 0.25 under groups of one child each: every group's index is the leaf's.
    expect(row).toMatchObject({ unit: 'u', status: 'ok', index: 0.25, points: 0.25, max: 1 });
    expect(Object.keys(row!.nodes)).toHaveLength(64);
  });

  it('65 levels: a ChisoError naming the first node too deep', () => {
    const error = errorOf(() => score(chain(65), obs));
    expect(error.issues).toHaveLength(1);
    const [issue] = error.issues;
    expect(issue?.code).toBe('too_deep');
    expect(issue?.path).toEqual(['scheme', 'root', ...Array.from({ length: 64 }, (_, i) => ['children', 0] as const).flat()]);
    expect(issue?.expected).toBe('a node at most 64 levels below the top of the scheme (the root is level 1)');
    expect(issue?.received).toBe('a node at level 65');
  });

  it('1,000 and 100,000 levels: a ChisoError, not a RangeError (before: Maximum call stack size exceeded)', () => {
    for (const levels of [1000, 100_000]) {
      expect(errorOf(() => score(chain(levels), obs)).issues[0]?.code).toBe('too_deep');
      expect(errorOf(() => rankSensitivity(chain(levels), obs, { samples: 1 })).issues[0]?.code).toBe('too_deep');
    }
  });

  it('a scheme that contains itself: a ChisoError naming the cycle, not a RangeError', () => {
    const root: Record<string, unknown> = { id: 'root', name: { vi: 'Gốc', en: 'Root' }, children: [] };
    (root['children'] as unknown[]).push(root);
    const scheme = { id: 'loop', name: { vi: 'Vòng', en: 'Loop' }, root } as unknown as Scheme;
    for (const call of [() => score(scheme, obs), () => rankSensitivity(scheme, obs)]) {
      const issue = errorOf(call).issues[0];
      expect(issue?.code).toBe('cycle');
      expect(issue?.path).toEqual(['scheme', 'root', 'children', 0]);
    }
  });

  it('one node object listed twice: a ChisoError naming both places, before the schema reads it again', () => {
    const leaf = { id: 'leaf', name: { vi: 'Lá', en: 'Leaf' }, indicator: 'x', rule: { kind: 'index' } };
    let node: Record<string, unknown> = leaf;
    // 30 groups each listing its child twice: 2^30 leaves read as a tree, which zod would try.
    for (let i = 0; i < 30; i += 1) node = { id: `g${i}`, name: { vi: 'G', en: 'G' }, children: [node, node] };
    const start = performance.now();
    expect(['duplicate_node', 'too_shared']).toContain(errorOf(() => score({ id: 's', name: { vi: 'S', en: 'S' }, root: node } as unknown as Scheme, obs)).issues[0]?.code);
    expect(performance.now() - start).toBeLessThan(2000);
    // Listed twice side by side: the second place is named, with the first.
    const twice = { id: 's', name: { vi: 'S', en: 'S' }, root: { id: 'root', name: { vi: 'G', en: 'G' }, children: [leaf, leaf] } } as unknown as Scheme;
    expect(errorOf(() => score(twice, obs)).issues[0]).toMatchObject({
      code: 'duplicate_node',
      path: ['scheme', 'root', 'children', 1],
      message: 'Expected scheme.root.children[1] to be a node listed once in the scheme (node ids are unique) but got "the node at scheme.root.children[0] again".',
    });
    // Other objects may be shared: one rule object for several leaves is fine.
    const rule = { kind: 'index' };
    const shared = { id: 's', name: { vi: 'S', en: 'S' }, root: { id: 'root', name: { vi: 'G', en: 'G' }, children: ['x', 'y'].map((id) => ({ id, name: { vi: id, en: id }, indicator: 'x', rule })) } } as unknown as Scheme;
    expect(score(shared, obs)[0]?.index).toBe(0.25);
  });

  it('a wide scheme is not deep: 5,000 leaves under one root score', () => {
    const children = Array.from({ length: 5000 }, (_, i) => ({ id: `l${i}`, name: { vi: 'L', en: 'L' }, indicator: `x${i}`, rule: { kind: 'index' } }));
    const scheme = { id: 'wide', name: { vi: 'Rộng', en: 'Wide' }, root: { id: 'root', name: { vi: 'Gốc', en: 'Root' }, children } } as unknown as Scheme;
    // Only x0 has data (index 1); the 4,999 missing leaves count as 0 (missing: 'zero'): 1 ÷ 5,000.
    const [row] = score(scheme, [{ unit: 'u', indicator: 'x0', period: 2024, value: 1 }], { missing: 'zero' });
    expect(row?.index).toBeCloseTo(1 / 5000, 15);
  });
});
