// Issue 13 (Hardening II), the rank stage: items 12 (small inputs took the radix sort's 65,536
// buckets), 13 (raw TypeErrors and a "−NaN" label from rankChange), 19 (ordinal ranks followed the
// input order when tie-break keys were equal too) and 20 (rankSensitivity cut seeds to 32 bits).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ChisoError } from '../../src/errors';
import type { Scheme, ScoreInput } from '../../src/model/scheme';
import { COMPARISON_BELOW, rankCore, type RankOptions, type TieMethod } from '../../src/rank/_internal/rankCore';
import { seededRandom } from '../../src/rank/_internal/seededRandom';
import { percentileRank } from '../../src/rank/percentileRank';
import { rank } from '../../src/rank/rank';
import { rankChange } from '../../src/rank/rankChange';
import { rankGroups } from '../../src/rank/rankGroups';
import { rankSensitivity } from '../../src/rank/rankSensitivity';

type Key = string | number;
type Item = { idx: number; v: number | null; t: Key };
const METHODS: readonly TieMethod[] = ['competition', 'dense', 'ordinal', 'fractional'];

/** The outcome of a call: its `[input index, rank]` pairs in rank order, or the issues of its ChisoError. */
function outcome(call: () => { item: Item; rank: number | null }[]): { ranks: [number, number | null][] } | { issues: string[] } {
  try {
    return { ranks: call().map((r) => [r.item.idx, r.rank]) };
  } catch (error) {
    if (!(error instanceof ChisoError)) throw error;
    return { issues: error.issues.map((i) => i.message) };
  }
}

const issueOf = (call: () => unknown) => {
  try {
    call();
  } catch (error) {
    if (error instanceof ChisoError) return error.issues[0];
    throw error;
  }
  return undefined;
};

// Values with many ties (and −0, rounding cases, non-decimal doubles that take the four-pass radix
// sort); tie-break keys of every kind the fast path distinguishes: whole numbers below 2^32 (the
// two-pass uint sort), other numbers (the double radix sort), strings (comparison only).
const value = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(0, -0, 1, -1, 2.5, 0.3, 0.1 + 0.2, 1.005, 1e-9, 123456.789, -7e300, Math.PI) },
  { weight: 2, arbitrary: fc.integer({ min: -3, max: 3 }) },
  { weight: 1, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }) },
  { weight: 1, arbitrary: fc.constant(null) },
);
const key = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: 0, max: 50 }) },
  { weight: 2, arbitrary: fc.integer({ min: 0, max: 2 ** 32 - 1 }) },
  { weight: 1, arbitrary: fc.constantFrom(-0, 0.5, -3, 2 ** 32, Infinity, -Infinity, 5e-324) },
  { weight: 1, arbitrary: fc.double({ noNaN: true }) },
  { weight: 1, arbitrary: fc.constantFrom('a', 'b', 'B', '10', '9', '') },
);
/** Keys of one kind per input, as real data have (ids, row numbers, codes), so the fast paths are reached. */
const keysOfOneKind = fc.oneof(
  fc.constant(fc.integer({ min: 0, max: 2 ** 20 })),
  fc.constant(fc.integer({ min: 0, max: 2 ** 32 - 1 })),
  fc.constant(fc.double({ noNaN: true })),
  fc.constant(key),
);
const options = fc.record({
  order: fc.constantFrom('desc' as const, 'asc' as const),
  ties: fc.constantFrom(...METHODS),
  missing: fc.constantFrom('keep' as const, 'last' as const, 'error' as const),
  precision: fc.constantFrom(undefined, 0, 2),
  tieBreak: fc.constantFrom(undefined, 't' as const, 'fn' as const),
  by: fc.constantFrom('v' as const, 'fn' as const),
});
type Opts = typeof options extends fc.Arbitrary<infer O> ? O : never;
const toOptions = (o: Opts): RankOptions<Item> => ({
  by: o.by === 'fn' ? (x: Item) => x.v : 'v',
  order: o.order,
  ties: o.ties,
  missing: o.missing,
  ...(o.precision === undefined ? {} : { precision: o.precision }),
  ...(o.tieBreak === undefined ? {} : { tieBreak: o.tieBreak === 'fn' ? (x: Item) => x.t : 't' }),
});
/** Rows with distinct tie-break keys (−0 is 0) in half the runs, so ordinal ties are defined there. */
const rows = (maxLength: number) =>
  fc.tuple(keysOfOneKind.chain((k) => fc.array(fc.record({ v: value, t: k as fc.Arbitrary<Key> }), { maxLength })), fc.boolean()).map(([list, distinct]) => {
    const seen = new Set<string>();
    const kept = distinct ? list.filter((r) => (seen.has(`${typeof r.t}:${String(r.t === 0 ? 0 : r.t)}`) ? false : (seen.add(`${typeof r.t}:${String(r.t === 0 ? 0 : r.t)}`), true))) : list;
    return kept.map((r, idx): Item => ({ idx, ...r }));
  });
const shuffled = <T>(list: readonly T[], seed: number): T[] => {
  const out = [...list];
  const random = seededRandom(seed);
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
};

describe('item 12: small inputs take a comparison sort, with the same ranks', () => {
  it('the comparison path and the radix path give the same ranks (or the same errors), every option', () => {
    fc.assert(
      fc.property(rows(160), options, (items, o) => {
        const opts = toOptions(o);
        expect(outcome(() => rankCore(items, opts, Infinity))).toEqual(outcome(() => rankCore(items, opts, 0)));
      }),
      { numRuns: 1500, seed: 1213 },
    );
  });

  it('around the threshold (n = threshold − 1, threshold, threshold + 1): rank agrees with both paths', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1, max: 1 }), fc.integer({ min: 0, max: 2 ** 31 }), options, (offset, seed, o) => {
        const n = COMPARISON_BELOW + offset;
        const random = seededRandom(seed);
        // Few distinct values (ties everywhere), some missing; ids shuffled, distinct in half the runs.
        const ids = shuffled(Array.from({ length: n }, (_, i) => (seed % 2 === 0 ? i : i % 300)), seed);
        const items: Item[] = ids.map((t, idx) => ({ idx, t, v: random() < 0.05 ? null : Math.round(random() * 40) / 4 }));
        const opts = toOptions(o);
        const expected = outcome(() => rankCore(items, opts, Infinity));
        expect(outcome(() => rank(items, opts))).toEqual(expected);
        expect(outcome(() => rankCore(items, opts, 0))).toEqual(expected);
      }),
      { numRuns: 60, seed: 1214 },
    );
  });

  it('the threshold is the documented one', () => {
    expect(COMPARISON_BELOW).toBe(1024);
  });

  it('a rank of 3 values no longer costs a pass over 65,536 buckets (timing, with a wide margin)', () => {
    // Before: about 0.3–1 ms per call whatever the size (1,000 calls: 300–1,000 ms). Now a few µs.
    // Values that are not short decimals, which took the four-pass radix sort.
    const calls = 1000;
    const start = performance.now();
    for (let i = 0; i < calls; i += 1) rank([{ v: Math.PI * (i + 1) }, { v: Math.E }, { v: 1 / 3 }], { by: 'v' });
    expect(performance.now() - start).toBeLessThan(150);
  });

  it('rankGroups of 10,000 items in 700 groups costs about as much as one rank, not one radix sort per group', () => {
    const items = Array.from({ length: 10_000 }, (_, i) => ({ id: (i * 7919) % 10_000, g: i % 700, v: Math.sin(i) }));
    rankGroups(items, { by: 'v', groupBy: 'g', ties: 'ordinal', tieBreak: 'id' });
    const start = performance.now();
    const groups = rankGroups(items, { by: 'v', groupBy: 'g', ties: 'ordinal', tieBreak: 'id' });
    // Before: 0.7–1 s (700 radix sorts); now tens of ms on a busy machine.
    expect(performance.now() - start).toBeLessThan(300);
    expect(groups).toHaveLength(700);
    expect(groups.every((g) => g.ranking.every((r, k) => r.rank === k + 1))).toBe(true);
  });
});

describe('item 13: raw JavaScript errors and −NaN', () => {
  it('rankChange(null, [], "u") is a ChisoError naming `previous`', () => {
    expect(issueOf(() => rankChange(null as never, [], 'u' as never))).toMatchObject({ code: 'invalid_type', path: ['previous'], message: 'Expected previous to be a ranking (an array of { item, rank }, as rank returns) but got "null".' });
    expect(issueOf(() => rankChange([], 7 as never, 'u' as never))?.path).toEqual(['current']);
    expect(issueOf(() => rankChange([null] as never, [], 'u' as never))?.path).toEqual(['previous', 0]);
    expect(issueOf(() => rankChange([{ item: null, rank: 1 }] as never, [], 'u' as never))?.path).toEqual(['previous', 0, 'item']);
    expect(issueOf(() => rankChange([], [], null as never))?.path).toEqual(['key']);
  });

  it('a rank of NaN (or any rank rank cannot give) is an error, never a "−NaN" label', () => {
    const previous = [{ item: { u: 'a' }, rank: 1 }];
    for (const bad of [NaN, Infinity, -1, 0, 1.25, 2 ** 53, '1']) {
      expect(issueOf(() => rankChange(previous, [{ item: { u: 'a' }, rank: bad as number }], 'u'))).toMatchObject({ code: 'invalid_value', path: ['current', 0, 'rank'], field: 'rank' });
      expect(issueOf(() => rankChange([{ item: { u: 'a' }, rank: bad as number }], previous, 'u'))?.path).toEqual(['previous', 0, 'rank']);
    }
    // What rank gives still works: whole ranks, halves from fractional ties, null.
    const moves = rankChange(
      [{ item: { u: 'a' }, rank: 1.5 }, { item: { u: 'b' }, rank: 1.5 }, { item: { u: 'c' }, rank: null }],
      [{ item: { u: 'b' }, rank: 1 }, { item: { u: 'a' }, rank: 3 }, { item: { u: 'c' }, rank: 2 }],
      'u',
    );
    expect(moves.map((m) => m.label)).toEqual(['+0.5', '\u22121.5', '—']);
  });

  it('percentileRank and rankGroups with null options: a ChisoError, not a TypeError', () => {
    expect(issueOf(() => percentileRank([1], null as never))?.path).toEqual(['options']);
    expect(issueOf(() => rankGroups([1], null as never))?.path).toEqual(['options']);
    expect(issueOf(() => rankGroups([1], { by: 'v', groupBy: null } as never))?.path).toEqual(['options', 'groupBy']);
    expect(issueOf(() => rankGroups([undefined], { by: 'v', groupBy: 'g' } as never))?.path).toEqual(['items', 0]);
  });
});

describe('item 19: ordinal ranks never follow the input order', () => {
  it('a1 b2 and b1 a2: tied values with equal tie-break keys are an error naming both, in both orders', () => {
    const a = { id: 'a', v: 1, t: 1 };
    const b = { id: 'b', v: 1, t: 1 };
    for (const items of [[a, b], [b, a]]) {
      expect(issueOf(() => rank(items, { by: 'v', ties: 'ordinal', tieBreak: 't' }))).toMatchObject({
        code: 'duplicate_key',
        path: ['items', 1],
        field: 'tieBreak',
        message: 'Expected items[1] to be an item whose tie-break key differs from that of items[0], which has the same value (ordinal ranks would otherwise depend on the input order) but got "1".',
      });
    }
    // Large inputs take the radix path: the same error.
    // Item 2999 has the value (2999 % 7 = 3) and the key of item 3.
    const many = Array.from({ length: 3000 }, (_, i) => ({ id: String(i), v: i % 7, t: i === 2999 ? 3 : i }));
    expect(issueOf(() => rank(many, { by: 'v', ties: 'ordinal', tieBreak: 't' }))).toMatchObject({ code: 'duplicate_key', path: ['items', 2999] });
    expect(issueOf(() => rank(many.map((x) => ({ ...x, t: x.t + 0.5 })), { by: 'v', ties: 'ordinal', tieBreak: 't' }))).toMatchObject({ code: 'duplicate_key', path: ['items', 2999] });
  });

  it('equal tie-break keys are fine where they decide nothing', () => {
    // Different values: the values decide.
    expect(rank([{ v: 1, t: 1 }, { v: 2, t: 1 }], { by: 'v', ties: 'ordinal', tieBreak: 't' }).map((r) => r.item.v)).toEqual([2, 1]);
    // Missing values kept unranked (null): listed, not ranked.
    expect(rank([{ v: null, t: 1 }, { v: null, t: 1 }, { v: 3, t: 2 }], { by: 'v', ties: 'ordinal', tieBreak: 't' }).map((r) => r.rank)).toEqual([1, null, null]);
    // ...but ranked one by one under missing: 'last', so there they are an error too.
    expect(issueOf(() => rank([{ v: null, t: 1 }, { v: null, t: 1 }], { by: 'v', ties: 'ordinal', tieBreak: 't', missing: 'last' }))?.code).toBe('duplicate_key');
    // The same item twice (or a primitive twice) ranks the same whichever comes first.
    const x = { v: 1, t: 1 };
    expect(rank([x, x], { by: 'v', ties: 'ordinal', tieBreak: 't' }).map((r) => r.rank)).toEqual([1, 2]);
    expect(rank([3, 1, 3], { by: (n) => n, ties: 'ordinal', tieBreak: (n) => n }).map((r) => [r.item, r.rank])).toEqual([[3, 1], [3, 2], [1, 3]]);
    // Other tie methods share the rank: equal keys only order the listing.
    expect(rank([{ v: 1, t: 1, id: 'b' }, { v: 1, t: 1, id: 'a' }], { by: 'v', tieBreak: 't' }).map((r) => [r.item.id, r.rank])).toEqual([['b', 1], ['a', 1]]);
  });

  it('property: every item keeps its rank under any permutation of the input (every method, with and without tieBreak, both paths)', () => {
    fc.assert(
      fc.property(rows(60), options, fc.integer(), fc.boolean(), (items, o, seed, radix) => {
        const opts = toOptions(o);
        const below = radix ? 0 : Infinity;
        const rankOf = (list: readonly Item[]) => {
          const got = outcome(() => rankCore(list, opts, below));
          if ('issues' in got) return 'error';
          // Under ordinal without tieBreak rank refuses; otherwise each item's rank, by item.
          return [...got.ranks].sort((a, b) => a[0] - b[0]);
        };
        expect(rankOf(shuffled(items, seed))).toEqual(rankOf(items));
      }),
      { numRuns: 1500, seed: 1219 },
    );
  });
});

describe('item 20: rankSensitivity uses the whole seed', () => {
  // Four units with the same nominal index, each ahead on one leaf: every weighting ranks them anew.
  const leaves = ['a', 'b', 'c', 'd'];
  const scheme = {
    id: 'toy',
    name: { vi: 'Thử', en: 'Toy' },
    root: { id: 'root', name: { vi: 'Tổng', en: 'Total' }, children: leaves.map((l) => ({ id: l, name: { vi: l, en: l }, indicator: l, rule: { kind: 'index' } })) },
  } as Scheme;
  const data: ScoreInput[] = [0, 1, 2, 3].flatMap((i) => leaves.map((l, j) => ({ unit: `u${i}`, indicator: l, period: 2024, value: i === j ? 0.9 : 0.5 })));
  const run = (seed: number) => rankSensitivity(scheme, data, { samples: 3, seed });

  it('1 and 2^32 + 1, −1 and 2^32 − 1 give different draws', () => {
    expect(run(2 ** 32 + 1)).not.toEqual(run(1));
    expect(run(-1)).not.toEqual(run(2 ** 32 - 1));
    expect(run(2 ** 32 + 1)).toEqual(run(2 ** 32 + 1));
  });

  it('non-integers and integers beyond 2^53 − 1 are errors; the extremes of the safe range work', () => {
    for (const seed of [1.5, 2 ** 53, -(2 ** 53), NaN, Infinity]) expect(issueOf(() => run(seed))?.path).toEqual(['options', 'seed']);
    expect(run(Number.MAX_SAFE_INTEGER)).toHaveLength(4);
    expect(run(-Number.MAX_SAFE_INTEGER)).toHaveLength(4);
  });

  it('seeds from 0 to 2^32 − 1 draw exactly what mulberry32 drew before (published results reproduce)', () => {
    // mulberry32 as published (Tommy Ettinger), on the seed's 32 bits: the generator before this change.
    const mulberry32 = (seed: number) => {
      let a = seed | 0;
      return () => {
        a = (a + 0x6d2b79f5) | 0;
        let t = Math.imul(a ^ (a >>> 15), 1 | a);
        t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
      };
    };
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 32 - 1 }), (seed) => {
        const a = seededRandom(seed);
        const b = mulberry32(seed);
        for (let k = 0; k < 5; k += 1) expect(a()).toBe(b());
      }),
      { numRuns: 300, seed: 1220 },
    );
  });

  it('property: seeds that differ only above bit 32 (or in sign) give different first draws', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 32 - 1 }), fc.integer({ min: -(2 ** 21), max: 2 ** 21 - 1 }), fc.integer({ min: -(2 ** 21), max: 2 ** 21 - 1 }), (low, h1, h2) => {
        fc.pre(h1 !== h2);
        const s1 = h1 * 2 ** 32 + low;
        const s2 = h2 * 2 ** 32 + low;
        fc.pre(Number.isSafeInteger(s1) && Number.isSafeInteger(s2));
        const a = seededRandom(s1);
        const b = seededRandom(s2);
        // The states differ by construction; the first outputs could coincide only by a 2^−32 chance.
        expect(a()).not.toBe(b());
      }),
      { numRuns: 2000, seed: 1221 },
    );
  });

  it('every draw is in [0, 1)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -Number.MAX_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }), (seed) => {
        const next = seededRandom(seed);
        for (let k = 0; k < 20; k += 1) {
          const x = next();
          expect(x >= 0 && x < 1).toBe(true);
        }
      }),
      { numRuns: 300, seed: 1222 },
    );
  });
});
