// rank with a tieBreak (ordinal ties above all) against a plain reference: Array.prototype.sort on
// (value per order / precision / missing rules, tie-break key, input index), ranks 1..n. Under
// ordinal ties, tied items with equal tie-break keys are an error (issue 13, item 19): the input index
// would decide their ranks.
import Decimal from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ChisoError } from '../../src/errors';
import { rank, type TieMethod } from '../../src/rank/rank';

type Key = string | number;
type Item = { idx: number; v: number | null; t: Key };
type Opts = { order: 'desc' | 'asc'; missing: 'keep' | 'last'; precision: number | undefined };

// The documented key order: numbers first, ascending (−0 equals 0, equal infinities are equal), then
// strings by code unit; equal keys keep the input order (except under ordinal ties: an error).
const compareTie = (a: Key, b: Key): number => {
  if (typeof a === 'number' && typeof b === 'number') return a < b ? -1 : a > b ? 1 : 0;
  if (typeof a === 'number') return -1;
  if (typeof b === 'number') return 1;
  return a < b ? -1 : a > b ? 1 : 0;
};
// Half up on the shortest decimal text, as the `precision` option states.
const rounded = (v: number, places: number | undefined): number =>
  places === undefined ? v : new Decimal(String(v)).toDecimalPlaces(places, Decimal.ROUND_HALF_UP).toNumber();

/** [input index, ordinal rank] in rank order. */
function reference(items: readonly Item[], o: Opts): [number, number | null][] {
  const present = items.filter((x) => x.v !== null);
  const absent = items.filter((x) => x.v === null);
  const value = (x: Item) => rounded(x.v as number, o.precision);
  const byTie = (a: Item, b: Item) => compareTie(a.t, b.t) || a.idx - b.idx;
  present.sort((a, b) => {
    const va = value(a);
    const vb = value(b);
    const byValue = va === vb ? 0 : (o.order === 'desc' ? va > vb : va < vb) ? -1 : 1;
    return byValue || byTie(a, b);
  });
  absent.sort(byTie);
  return [...present.map((x, k): [number, number | null] => [x.idx, k + 1]), ...absent.map((x, k): [number, number | null] => [x.idx, o.missing === 'last' ? present.length + k + 1 : null])];
}

// Few distinct values and keys, so ties and duplicate keys are common; −0 next to 0 on both sides.
const value = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(0, -0, 1, -1, 2.5, -2.5, 0.3, 0.1 + 0.2, 1.005, 1.004999, -1.005, 1e-9, -1e-9, 123456.789, -7e300, 5e-324) },
  { weight: 2, arbitrary: fc.integer({ min: -3, max: 3 }) },
  { weight: 1, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }) },
  { weight: 1, arbitrary: fc.constant(null) },
);
const numericKey = fc.oneof(
  { weight: 5, arbitrary: fc.integer({ min: -4, max: 4 }) },
  { weight: 2, arbitrary: fc.constantFrom(0, -0, 0.5, -0.5, 65536, 4294967296, -4294967297, Number.MAX_SAFE_INTEGER, Infinity, -Infinity, 5e-324) },
  { weight: 1, arbitrary: fc.integer({ min: -1e9, max: 1e9 }) },
  { weight: 1, arbitrary: fc.double({ noNaN: true }) },
);
// Whole numbers from 0 to 2^32 − 1 (ids, row numbers) take the two-pass uint radix; 2^32 does not.
const wholeKey = fc.oneof(
  { weight: 5, arbitrary: fc.integer({ min: 0, max: 6 }) },
  { weight: 2, arbitrary: fc.constantFrom(0, -0, 65535, 65536, 2 ** 20, 2 ** 32 - 1, 2 ** 32) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 2 ** 32 - 1 }) },
);
const stringKey = fc.constantFrom('', 'a', 'b', 'B', 'aa', '10', '9', '-0', 'é');
const opts = fc.record({ order: fc.constantFrom('desc' as const, 'asc' as const), missing: fc.constantFrom('keep' as const, 'last' as const), precision: fc.constantFrom(undefined, 0, 1, 2, 9) });
const toItems = (rows: { v: number | null; t: Key }[]): Item[] => rows.map((r, idx) => ({ idx, ...r }));
const run = (items: Item[], o: Opts, ties: TieMethod, viaFunctions: boolean) =>
  rank(items, {
    by: viaFunctions ? (x: Item) => x.v : 'v',
    tieBreak: viaFunctions ? (x: Item) => x.t : 't',
    ties,
    order: o.order,
    missing: o.missing,
    ...(o.precision === undefined ? {} : { precision: o.precision }),
  }).map((r): [number, number | null] => [r.item.idx, r.rank]);

/**
 * Under ordinal ties, two items that tie on their (rounded) value — or are both missing under
 * `missing: 'last'` — and have equal tie-break keys would rank in input order: rank refuses them.
 * The input indices of the later item of each such pair (in (key, index) order), or [] when none.
 */
function repeatedKeys(items: readonly Item[], o: Opts): number[] {
  const groups = new Map<string, Item[]>();
  for (const x of items) {
    if (x.v === null && o.missing === 'keep') continue;
    const g = x.v === null ? 'missing' : String(rounded(x.v, o.precision) || 0);
    groups.set(g, [...(groups.get(g) ?? []), x]);
  }
  const out: number[] = [];
  for (const list of groups.values()) {
    const sorted = [...list].sort((a, b) => compareTie(a.t, b.t) || a.idx - b.idx);
    for (let k = 1; k < sorted.length; k += 1) if (compareTie(sorted[k - 1]!.t, sorted[k]!.t) === 0) out.push(Math.max(sorted[k - 1]!.idx, sorted[k]!.idx));
  }
  return out.sort((a, b) => a - b);
}

/** The rows with repeated tie-break keys dropped (−0 is 0), so the ranking is defined. */
const distinctKeys = (rows: readonly { v: number | null; t: Key }[]) => {
  const seen = new Set<string>();
  return rows.filter((r) => {
    const k = `${typeof r.t}:${String(r.t === 0 ? 0 : r.t)}`;
    return seen.has(k) ? false : (seen.add(k), true);
  });
};

/** Ordinal ranks as the reference gives them, or the items rank must refuse (repeated keys among tied items). */
function expectOrdinal(items: Item[], o: Opts, viaFunctions: boolean): void {
  const repeated = repeatedKeys(items, o);
  if (repeated.length === 0) {
    expect(run(items, o, 'ordinal', viaFunctions)).toEqual(reference(items, o));
    return;
  }
  let error: unknown;
  try {
    run(items, o, 'ordinal', viaFunctions);
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(ChisoError);
  const issues = (error as ChisoError).issues;
  expect(issues.every((i) => i.code === 'duplicate_key' && i.field === 'tieBreak')).toBe(true);
  expect(issues.map((i) => i.path[1]).sort((a, b) => (a as number) - (b as number))).toEqual(repeated);
}

describe('rank: ordinal ties follow (value, tieBreak, input index)', () => {
  // Half the runs keep every row (repeated keys are common: rank must refuse exactly the tied ones),
  // half drop repeated keys (the ranking is then defined and compared with the reference).
  const check = (keys: fc.Arbitrary<Key>) =>
    fc.assert(
      fc.property(fc.array(fc.record({ v: value, t: keys }), { maxLength: 120 }), opts, fc.boolean(), fc.boolean(), (rows, o, viaFunctions, distinct) => {
        expectOrdinal(toItems(distinct ? distinctKeys(rows) : rows), o, viaFunctions);
      }),
      { numRuns: 400 },
    );
  it('numeric tie-break keys (negative, −0, ±Infinity, duplicates)', () => check(numericKey));
  it('whole-number tie-break keys from 0 to 2^32 − 1 (ids), with 2^32 and −0 among them', () => check(wholeKey));
  it('string tie-break keys', () => check(stringKey));
  it('mixed number and string keys: numbers first', () => check(fc.oneof(numericKey, stringKey)));
  it('tie-break keys already ascending in input order (an index, ids as listed; −0 next to 0)', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ v: value, t: numericKey }), { maxLength: 120 }), opts, fc.boolean(), (rows, o, viaFunctions) => {
        const keys = rows.map((r) => r.t as number).sort((a, b) => compareTie(a, b));
        const items = toItems(rows.map((r, i) => ({ v: r.v, t: keys[i] as number })));
        expectOrdinal(items, o, viaFunctions);
        expectOrdinal(toItems(distinctKeys(items)), o, viaFunctions);
      }),
      { numRuns: 300 },
    );
  });
  it('every tie method lists tied items in the same order as ordinal', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ v: value, t: fc.oneof(numericKey, numericKey, stringKey) }), { maxLength: 60 }), opts, fc.constantFrom<TieMethod>('competition', 'dense', 'fractional'), (rows, o, ties) => {
        const items = toItems(rows);
        expect(run(items, o, ties, false).map(([idx]) => idx)).toEqual(reference(items, o).map(([idx]) => idx));
      }),
    );
  });
  it('a large input with full-width keys (every radix digit in play)', () => {
    // A seeded generator (mulberry32), so the test is the same on every run.
    let seed = 7;
    const random = () => {
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    const items = toItems(Array.from({ length: 30_000 }, () => ({ v: random() < 0.05 ? null : Math.round(random() * 200) / 10 - 10, t: (random() - 0.5) * 2 ** (random() * 80) })));
    for (const o of [{ order: 'desc', missing: 'last', precision: undefined }, { order: 'asc', missing: 'keep', precision: 0 }] as const) {
      expect(run(items, o, 'ordinal', false)).toEqual(reference(items, o));
    }
  });
  it('an invalid tie-break key of an untied item is not read into the order, as before', () => {
    // Only tied items are ordered by their key, so only theirs must be valid.
    const items = [{ v: 2, t: {} as unknown as number }, { v: 1, t: 2 }, { v: 1, t: 1 }];
    expect(rank(items, { by: 'v', ties: 'ordinal', tieBreak: 't' }).map((r) => [r.item.v, r.item.t, r.rank])).toEqual([[2, {}, 1], [1, 1, 2], [1, 2, 3]]);
    expect(() => rank([...items, { v: 2, t: 0 }], { by: 'v', ties: 'ordinal', tieBreak: 't' })).toThrow('Expected items[0] to be a string or a number to order tied items by but got "{}".');
  });
});
