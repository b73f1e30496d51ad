// @zone-independent: Date values appear only as opaque objects in walked graphs; no day is computed.
// Hardening II (issue 13), item 2: the shared mechanisms that walk a caller's value — the graph check
// in front of every `parseOrThrow`, and the text of what was got — on recursive schemas and on values
// full of shared references.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ChisoError, type ChisoIssue } from '../../src/errors';
import { checkInputGraph } from '../../src/_shared/inputGraph';
import { formatReceived } from '../../src/_shared/issue';
import { parseOrThrow } from '../../src/_shared/zod';
import { SchemeSchema } from '../../src/model/scheme';
import { SEED } from '../fuzz/harness';
import { issuesOf } from '../helpers';


const name = { vi: 'N', en: 'N' };
const leaf = { id: 'leaf', name, indicator: 'x', rule: { kind: 'boolean' } };

describe('parseOrThrow on a recursive schema (a scoring scheme)', () => {
  it('a group whose children refer twice to the next group, 60 deep: fails at once instead of reading 2^60 nodes', () => {
    let node: Record<string, unknown> = leaf;
    for (let i = 0; i < 60; i += 1) node = { id: `g${i}`, name, children: [node, node] };
    const issues = issuesOf(() => parseOrThrow(SchemeSchema, { id: 's', name, root: node }, ['scheme']));
    expect(issues.map((i) => i.code)).toEqual(['too_shared']);
    expect(issues[0]?.path).toEqual(['scheme', 'root', 'children', 1]);
    expect(issues[0]?.received).toBe('a second reference to scheme.root.children[0]');
  });

  it('a group that contains itself: a cycle, not a stack overflow', () => {
    const group: Record<string, unknown> = { id: 'g', name };
    group['children'] = [leaf, group];
    const issues = issuesOf(() => parseOrThrow(SchemeSchema, { id: 's', name, root: group }, ['scheme']));
    expect(issues).toEqual([expect.objectContaining({ code: 'cycle', path: ['scheme', 'root', 'children', 1], received: 'a reference back to scheme.root' })]);
  });

  it('a leaf shared by many groups is fine for the graph check (the scheme then says the ids repeat)', () => {
    const groups = Array.from({ length: 3 }, (_, i) => ({ id: `g${i}`, name, children: [leaf] }));
    const issues = issuesOf(() => parseOrThrow(SchemeSchema, { id: 's', name, root: { id: 'root', name, children: groups } }));
    expect(issues.map((i) => i.code)).toEqual(['custom', 'custom']);
    expect(issues[0]?.message).toContain('a node id not used before in this scheme');
  });
});

describe('checkInputGraph', () => {
  it('plain trees, primitives and moderate sharing pass', () => {
    expect(checkInputGraph(1)).toEqual([]);
    expect(checkInputGraph(null)).toEqual([]);
    const shared = { a: 1 };
    expect(checkInputGraph({ x: [shared, shared, { y: shared }] })).toEqual([]);
  });
  it('counts the objects a shared reference adds: just over the limit fails, just under passes', () => {
    // Level k holds two references to level k - 1: read as a tree the top is 2^(k+1) - 1 objects.
    let node: object = { leaf: true };
    for (let k = 1; k <= 10; k += 1) node = { a: node, b: node };
    // 2^11 - 1 = 2047 objects read; 11 distinct, and the leaf read a second time costs what its reference does: 2047 - 11 - 1 = 2035 extra.
    expect(checkInputGraph(node, [], { maxSharedCopies: 2035 })).toEqual([]);
    expect(checkInputGraph(node, [], { maxSharedCopies: 2034 }).map((i) => i.code)).toEqual(['too_shared']);
  });
});

describe('formatReceived: the text JSON.stringify gives, cut the same way, for any value', () => {
  const reference = (value: unknown): string => {
    let text: string;
    try {
      text = JSON.stringify(value) ?? String(value);
    } catch {
      text = Array.isArray(value) ? 'an array' : 'an object';
    }
    return text.length > 80 ? `${text.slice(0, 77)}...` : text;
  };
  it('the same text as before (except that a value JSON cannot write past the cut is shown up to the cut)', () => {
    fc.assert(
      fc.property(
        fc.anything({ maxDepth: 5, withBigInt: true, withDate: true, withMap: true, withSet: true, withSparseArray: true, withTypedArray: true, withBoxedValues: true, withNullPrototype: true, withObjectString: true }),
        (value) => {
          // Primitives and a Date on its own are shown their own way, not as JSON.
          if (typeof value !== 'object' || value === null || value instanceof Date) return;
          const got = formatReceived(value);
          const want = reference(value);
          if ((want === 'an array' || want === 'an object') && got.endsWith('...')) return;
          expect(got).toBe(want);
        },
      ),
      { seed: SEED, numRuns: 3000 },
    );
  });
});
