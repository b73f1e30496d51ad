// @zone-sensitive: a few cases pass `asOf` as a Date (an instant, read in a zone); the snapshot must be the same in every host zone.
// Guard for issue 14 (the house refactor): what `evaluate`, `evaluateColumns`, `rollUp`,
// `rollUpColumns` and `score` give on a corpus of inputs — every issue of every invalid one (code,
// path, unit, indicator, field, expected, received, message, in order, with each issue's own keys in
// their own order) and the full JSON of some valid but tricky ones — compared byte for byte with
// test/guards/__snapshots__/issue-snapshot.json, written from the code before the refactor.
//
// A normal run never writes the file: any difference fails. To change it deliberately (a behaviour
// change that is meant, reviewed and stated in a changeset), run
//   UPDATE_GUARDS=1 npx vitest run --config test/vitest.config.ts test/guards/issue-snapshot.test.ts
// then review `git diff test/guards/__snapshots__/issue-snapshot.json` line by line.
//
// Only the root entry is imported: paths inside src/ are what the refactor moves.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  catalogs,
  ChisoError,
  defineUnits,
  evaluate,
  evaluateColumns,
  rollUp,
  rollUpColumns,
  schemes,
  score,
  threeTier2021,
  twoTier2025,
  type Catalog,
  type Indicator,
  type ObservationColumns,
  type Rule,
  type Scheme,
  type SchemeNode,
  type Unit,
} from '../../src';

// ---------------------------------------------------------------------------------------------
// Recording an outcome as JSON that keeps what JSON alone would lose.

/**
 * The value as JSON-ready data: −0, NaN, ±Infinity, undefined, typed arrays, Dates and other
 * non-plain objects are tagged, so two outcomes that differ only there still differ. Own enumerable
 * keys in their own order (as `JSON.stringify` walks them), so key order is part of the guard.
 */
function encode(value: unknown, seen: Set<object> = new Set()): unknown {
  if (typeof value === 'number') {
    if (Object.is(value, -0)) return { $number: '-0' };
    if (!Number.isFinite(value)) return { $number: String(value) };
    return value;
  }
  if (value === undefined) return { $undefined: true };
  if (typeof value === 'bigint') return { $bigint: String(value) };
  if (typeof value === 'function' || typeof value === 'symbol') return { [`$${typeof value}`]: String(value) };
  if (value === null || typeof value !== 'object') return value;
  if (seen.has(value)) return { $cycle: true };
  seen.add(value);
  try {
    if (ArrayBuffer.isView(value)) return { [`$${value.constructor.name}`]: Array.from(value as unknown as ArrayLike<number>, (x) => encode(x, seen)) };
    if (value instanceof Date) return { $date: Number.isNaN(value.getTime()) ? 'Invalid Date' : value.toISOString() };
    if (Array.isArray(value)) return value.map((x) => encode(x, seen));
    const proto = Object.getPrototypeOf(value) as object | null;
    const out: Record<string, unknown> = {};
    if (proto !== Object.prototype && proto !== null) out['$class'] = (value as object).constructor?.name ?? 'unknown';
    for (const key of Object.keys(value)) out[key] = encode((value as Record<string, unknown>)[key], seen);
    return out;
  } finally {
    seen.delete(value);
  }
}

/** Several calls recorded under one case name, each with its own outcome. */
class Calls {
  constructor(readonly outcomes: readonly unknown[]) {}
}
const calls = (...runs: (() => unknown)[]): Calls => new Calls(runs.map(outcome));

/** What a call gave: its result, or what it threw (a ChisoError's message and every issue, in order). */
function outcome(run: () => unknown): unknown {
  let result: unknown;
  try {
    result = run();
    if (result instanceof Calls) return { calls: result.outcomes };
  } catch (error) {
    if (error instanceof ChisoError) {
      // Each issue as it is: its own keys in their own order (absent fields stay absent).
      return { throws: 'ChisoError', message: error.message, issues: error.issues.map((i) => encode(i)) };
    }
    const e = error as { name?: unknown; message?: unknown };
    return { throws: String(e?.name ?? typeof error), message: String(e?.message ?? error) };
  }
  return { returns: encode(result) };
}

// ---------------------------------------------------------------------------------------------
// Small, readable inputs.

const T = (s: string) => ({ vi: s, en: s });
const source = { document: 'GUARD', section: '1' };
const catalogOf = (id: string, indicators: Omit<Indicator, 'name' | 'pillar' | 'source'>[], hierarchy = threeTier2021): Catalog =>
  ({
    id,
    plan: { issuer: T('Guard'), title: T('Guard plan') },
    hierarchy,
    indicators: indicators.map((ind) => ({ name: T(ind.id), pillar: 'foundations', source, ...ind })),
  }) as Catalog;

/** One indicator of every measure, targets at several levels, with and without deadlines. */
const cat = catalogOf('guard', [
  { id: 'online', measure: 'percent', targets: [{ kind: 'threshold', op: '>=', value: 80, by: '2025-12-31' }, { kind: 'threshold', op: '>=', value: 57, level: 'commune' }] },
  { id: 'kiosks', measure: 'count', targets: [{ kind: 'threshold', op: '>=', value: 10, level: 'province' }, { kind: 'range', min: 2, max: 5, level: 'district' }] },
  { id: 'budget', measure: 'money', targets: [{ kind: 'threshold', op: '>=', value: 1000 }] },
  { id: 'gdp-digital', measure: 'grdp-share', targets: [{ kind: 'range', min: 20, max: 30, level: 'province' }] },
  { id: 'dti-rank', measure: 'rank', targets: [{ kind: 'rank', top: 10, level: 'province' }] },
  { id: 'platform', measure: 'done', targets: [{ kind: 'done', by: '2024-06-30' }] },
  { id: 'growth', measure: 'percent-change', targets: [{ kind: 'growth', op: '>=', value: 10, per: 'year' }, { kind: 'qualitative' }] },
]);

/** A money target whose gap no JS number holds. */
const hugeCat = catalogOf('huge', [{ id: 'budget', measure: 'money', targets: [{ kind: 'threshold', op: '>=', value: 1.7976931348623157e308 }] }]);

const unitList: Unit[] = [
  { id: 'p', name: 'Tỉnh', level: 'province' },
  { id: 'd1', name: 'Huyện 1', level: 'district', parent: 'p' },
  { id: 'd2', name: 'Huyện 2', level: 'district', parent: 'p' },
  { id: 'c1', name: 'Xã 1', level: 'commune', parent: 'd1' },
  { id: 'c2', name: 'Xã 2', level: 'commune', parent: 'd1' },
  { id: 'c3', name: 'Xã 3', level: 'commune', parent: 'd2' },
];
const opts = { asOf: '2025-12-31', units: unitList };
const registry = defineUnits(unitList, threeTier2021);
const measures = { online: 'percent', kiosks: 'count', budget: 'money', 'gdp-digital': 'grdp-share', 'dti-rank': 'rank', platform: 'done', growth: 'percent-change' } as const;
const ob = (unit: string, indicator: string, period: unknown, fields: Record<string, unknown>) => ({ unit, indicator, period, ...fields });

const leaf = (id: string, rule: Rule, extra: Record<string, unknown> = {}): SchemeNode => ({ id, name: T(id), indicator: id, rule, ...extra }) as SchemeNode;
const group = (id: string, children: unknown[], extra: Record<string, unknown> = {}): SchemeNode => ({ id, name: T(id), children, ...extra }) as SchemeNode;
const schemeOf = (root: unknown, extra: Record<string, unknown> = {}): Scheme => ({ id: 'guard-scheme', name: T('Guard scheme'), root, ...extra }) as Scheme;

/** A scheme with one leaf of each rule kind, in two groups (one geometric), points on the top level. */
const rich = schemeOf(
  group('root', [
    group('base', [
      leaf('idx', { kind: 'index' }),
      leaf('prop', { kind: 'proportional', reference: 80 }),
      leaf('band', { kind: 'bands', bands: [{ min: 50, index: 1 }, { min: 20, index: 0.5 }] }),
      leaf('cat', { kind: 'categorical', map: { full: 1, half: 0.5, none: 0 } }),
      leaf('flag', { kind: 'boolean' }),
    ], { points: 600 }),
    group('peers', [
      leaf('mm', { kind: 'minmax' }),
      leaf('mmf', { kind: 'minmax', min: 0, max: 200, direction: 'lower' }),
      leaf('z', { kind: 'zscore' }),
      leaf('dist', { kind: 'distanceToTarget', target: 20, direction: 'lower' }),
      leaf('rk', { kind: 'rank' }),
      leaf('pom', { kind: 'percentOfMax' }),
    ], { points: 400, aggregation: 'geometric' }),
  ]),
);
const S = (indicator: string, fields: Record<string, unknown>, unit = 'u', period: unknown = 2024) => ({ unit, indicator, period, ...fields });

const columns = (c: Record<string, unknown>): ObservationColumns => c as unknown as ObservationColumns;
const bad = <T>(x: unknown): T => x as T;

// ---------------------------------------------------------------------------------------------
// The corpus. Names are stable keys of the snapshot: never rename one without meaning to.

type Case = readonly [name: string, run: () => unknown];

const evaluateCases: Case[] = [
  // observations that are not observations
  ['observations: a string', () => evaluate(cat, bad('x'), opts)],
  ['observations: undefined', () => evaluate(cat, bad(undefined), opts)],
  ['items: not objects (number, null, string, array, boolean)', () => evaluate(cat, bad([5, null, 'x', [1, 2], true]), opts)],
  ['items: no value field', () => evaluate(cat, bad([{ unit: 'p', indicator: 'budget', period: 2024 }]), opts)],
  ['items: two shapes (value + done, numerator alone, denominator alone)', () => evaluate(cat, bad([ob('p', 'budget', 2024, { value: 1, done: true }), ob('p', 'online', 2024, { numerator: 1 }), ob('p', 'online', 2023, { denominator: 1 })]), opts)],
  ['fields: wrong types (unit, indicator, value, done, rank, numerator)', () =>
    evaluate(cat, bad([ob(bad(5), 'budget', 2024, { value: 1 }), { unit: 'p', indicator: 6, period: 2024, value: 1 }, ob('p', 'budget', 2023, { value: '12' }), ob('p', 'platform', 2024, { done: 'yes' }), ob('p', 'dti-rank', 2024, { rank: '3' }), ob('p', 'online', 2022, { numerator: '1', denominator: 2 })]), opts)],
  ['fields: missing unit, indicator, period', () => evaluate(cat, bad([{ indicator: 'budget', period: 2024, value: 1 }, { unit: 'p', period: 2024, value: 1 }, { unit: 'p', indicator: 'budget', value: 1 }]), opts)],
  ['fields: unit empty or only spaces', () => evaluate(cat, bad([ob('', 'budget', 2024, { value: 1 }), ob('   ', 'budget', 2023, { value: 1 })]), { asOf: '2025-12-31' })],
  ['fields: indicator not kebab-case', () => evaluate(cat, bad([ob('p', 'Online_Rate', 2024, { value: 1 })]), opts)],
  ['fields: extra keys', () => evaluate(cat, bad([ob('p', 'budget', 2024, { value: 1, extra: 1, comment: 'x' })]), opts)],
  ['fields: empty source and note, note a number, unknown scale', () => evaluate(cat, bad([ob('p', 'budget', 2024, { value: 1, source: '' }), ob('p', 'budget', 2023, { value: 1, note: 5 }), ob('p', 'online', 2024, { value: 50, scale: 'permille' })]), opts)],
  ['periods: year out of range, fractional, impossible dates, other formats', () =>
    evaluate(cat, bad([1800, 2200, 2024.5, '2024-02-30', '2023-02-29', '2024/01/01', '2024-1-1', '31/12/2024', true, null, '2024'].map((period, i) => ob('p', 'budget', period, { value: i }))), opts)],
  ['unknown indicator', () => evaluate(cat, bad([ob('p', 'nope', 2024, { value: 1 }), ob('d1', 'online-rate', 2024, { value: 1 })]), opts)],
  ['unknown unit (units given)', () => evaluate(cat, bad([ob('stranger', 'budget', 2024, { value: 1 }), ob('p', 'budget', 2024, { value: 2 })]), opts)],
  ['duplicate observation (also after trimming the unit)', () => evaluate(cat, bad([ob('p', 'budget', 2024, { value: 1 }), ob('p', 'budget', 2024, { value: 2 }), ob(' p ', 'budget', 2024, { value: 3 }), ob('p', 'budget', '2024-12-31', { value: 4 })]), opts)],
  ['duplicate among many periods of one unit × indicator', () => evaluate(cat, bad([...Array.from({ length: 12 }, (_, i) => ob('p', 'budget', 2010 + i, { value: i })), ob('p', 'budget', 2015, { value: 99 })]), opts)],
  ['duplicate where the first is invalid', () => evaluate(cat, bad([ob('p', 'kiosks', 2024, { value: -1 }), ob('p', 'kiosks', 2024, { value: 3 })]), opts)],
  ['counts: negative, fractional, NaN, Infinity', () => evaluate(cat, bad([-1, 2.5, NaN, Infinity, -Infinity, -0].map((value, i) => ob('p', 'kiosks', 2018 + i, { value }))), opts)],
  ['money: NaN and ±Infinity', () => evaluate(cat, bad([NaN, Infinity, -Infinity].map((value, i) => ob('p', 'budget', 2020 + i, { value }))), opts)],
  ['shares: numerator above denominator, negative counts, 0 of 0, NaN, Infinity', () =>
    evaluate(cat, bad([[5, 4], [-1, 4], [1, -4], [0, 0], [NaN, 4], [1, Infinity], [Infinity, Infinity], [1, 0]].map(([numerator, denominator], i) => ob('c1', 'online', 2016 + i, { numerator, denominator }))), opts)],
  ['percents: above 100, below 0, a ratio above 1, a ratio below 0', () =>
    evaluate(cat, bad([ob('c1', 'online', 2020, { value: 120 }), ob('c1', 'online', 2021, { value: -5 }), ob('c1', 'online', 2022, { value: 1.5, scale: 'ratio' }), ob('c1', 'online', 2023, { value: -0.1, scale: 'ratio' }), ob('p', 'gdp-digital', 2024, { value: 100.5 })]), opts)],
  ['scale on a count, a share of a count, a share of money', () => evaluate(cat, bad([ob('p', 'kiosks', 2024, { value: 0.5, scale: 'ratio' }), ob('p', 'kiosks', 2023, { numerator: 1, denominator: 2 }), ob('p', 'budget', 2024, { numerator: 1, denominator: 2 })]), opts)],
  ['rank values: 0, negative, fractional, as a value, rank of a percent', () =>
    evaluate(cat, bad([ob('p', 'dti-rank', 2020, { rank: 0 }), ob('p', 'dti-rank', 2021, { rank: -1 }), ob('p', 'dti-rank', 2022, { rank: 1.5 }), ob('p', 'dti-rank', 2023, { value: 3 }), ob('p', 'online', 2024, { rank: 2 })]), opts)],
  ['done values: text, done on a count without a qualitative target, value of a done indicator', () =>
    evaluate(cat, bad([ob('p', 'platform', 2020, { done: 'yes' }), ob('p', 'kiosks', 2021, { done: true }), ob('p', 'platform', 2022, { value: 1 }), ob('p', 'platform', 2023, { numerator: 5, denominator: 4 })]), opts)],
  ['a gap beyond the range of a number', () => evaluate(hugeCat, bad([ob('p', 'budget', 2024, { value: -1.7976931348623157e308 })]), { asOf: '2025-12-31' })],
  ['many problems at once, in input order', () =>
    evaluate(cat, bad([ob('p', 'kiosks', 2024, { value: 3 }), ob('x', 'kiosks', 2024, { value: 3 }), ob('p', 'nope', 2024, { value: 3 }), 7, ob('c1', 'online', 2024, { numerator: 9, denominator: 3 }), ob('p', 'kiosks', 2024, { value: 4 }), ob('p', 'budget', 'soon', { value: 1 }), ob('p', 'budget', 2024, { value: NaN, extra: true })]), opts)],
  // catalog
  ['catalog: not an object', () => evaluate(bad('vinh-phuc'), [], opts)],
  ['catalog: an unknown measure, an unknown pillar, a range whose min is above its max', () =>
    evaluate(
      bad({ ...cat, indicators: [...cat.indicators, { id: 'budget', name: T('b'), pillar: 'foundations', source, measure: 'weight', targets: [] }, { id: 'sh', name: T('s'), pillar: 'x', source, measure: 'percent', targets: [{ kind: 'rank', top: 3 }, { kind: 'threshold', op: '>=', value: 5, level: 'hamlet' }, { kind: 'range', min: 9, max: 3 }, { kind: 'threshold', op: '>=', value: 150 }] }] }),
      [],
      opts,
    )],
  ['catalog: repeated indicator id, a kind that does not fit, an unknown target level, a target outside the measure’s bounds', () =>
    evaluate(
      bad({
        ...cat,
        indicators: [
          ...cat.indicators,
          { id: 'budget', name: T('b'), pillar: 'foundations', source, measure: 'money', targets: [] },
          { id: 'sh', name: T('s'), pillar: 'foundations', source, measure: 'percent', targets: [{ kind: 'rank', top: 3 }, { kind: 'threshold', op: '>=', value: 5, level: 'hamlet' }, { kind: 'threshold', op: '>=', value: 150 }, { kind: 'threshold', op: '<', value: 0 }] },
        ],
      }),
      [],
      opts,
    )],
  // options
  ['options: missing', () => evaluate(cat, [], bad(undefined))],
  ['options: no asOf, an extra key', () => evaluate(cat, [], bad({ when: '2025-12-31' }))],
  ['options: asOf impossible, badly written, a number', () => calls(
    () => evaluate(cat, [], { asOf: '2025-13-01' }),
    () => evaluate(cat, [], { asOf: '31/12/2025' }),
    () => evaluate(cat, [], { asOf: bad(20251231) }),
    () => evaluate(cat, [], { asOf: '2025-12-31T25:00:00Z' }),
    () => evaluate(cat, [], { asOf: '' }),
  )],
  ['options: asOf an invalid Date', () => evaluate(cat, [], { asOf: new Date(NaN) })],
  ['options: unknown zone', () => evaluate(cat, [], { asOf: '2025-12-31', zone: 'Mars/Olympus' })],
  ['options: unknown level', () => evaluate(cat, [], { asOf: '2025-12-31', level: 'hamlet' })],
  ['options: units not an array, a unit not an object', () => calls(() => evaluate(cat, [], { asOf: '2025-12-31', units: bad('p') }), () => evaluate(cat, [], { asOf: '2025-12-31', units: bad([5]) }))],
  ['options: units with a bad shape (no name, empty id, extra key)', () => evaluate(cat, [], { asOf: '2025-12-31', units: bad([{ id: 'p', level: 'province' }, { id: '', name: 'X', level: 'province' }, { id: 'q', name: 'Q', level: 'province', extra: 1 }]) })],
  ['options: units — repeated id, unknown level, unknown parent, parent not higher, a cycle', () =>
    evaluate(cat, [ob('p', 'budget', 2024, { value: 1 })] as never, {
      asOf: '2025-12-31',
      units: [
        { id: 'p', name: 'P', level: 'province' },
        { id: 'p', name: 'P again', level: 'province' },
        { id: 'w', name: 'W', level: 'ward' },
        { id: 'o', name: 'O', level: 'commune', parent: 'zz' },
        { id: 'lo', name: 'Lo', level: 'district', parent: 'c9' },
        { id: 'c9', name: 'C9', level: 'commune', parent: 'lo' },
        { id: 'a', name: 'A', level: 'district', parent: 'b' },
        { id: 'b', name: 'B', level: 'district', parent: 'a' },
        { id: 'dd', name: 'DD', level: 'district' },
        { id: 'up', name: 'Up', level: 'province', parent: 'dd' },
      ],
      level: 'hamlet',
    })],
  ['options and observations both wrong: option issues first', () => evaluate(cat, bad([ob('stranger', 'nope', 2024, { value: 1 })]), { asOf: '2025-12-31', units: [{ id: 'p', name: 'P', level: 'province' }, { id: 'p', name: 'P', level: 'province' }], level: 'hamlet' })],
];

const columnCases: Case[] = [
  ['columns: null, a string, a number', () => calls(...[null, 'unit,indicator', 42].map((c) => () => evaluateColumns(cat, bad(c), opts)))],
  ['columns: a column missing', () => evaluateColumns(cat, columns({ unit: ['p'], indicator: ['budget'], period: [2024] }), opts)],
  ['columns: not array-like, lengths differ', () => evaluateColumns(cat, columns({ unit: 'abc', indicator: new DataView(new ArrayBuffer(2)), period: [2024], value: Float64Array.of(1, 2), denominator: { length: 0 } }), opts)],
  ['columns: lengths differ (denominator short)', () => evaluateColumns(cat, columns({ unit: ['p', 'p'], indicator: ['budget', 'budget'], period: [2024, 2023], value: [1, 2], denominator: [null] }), opts)],
  ['rows: unit not text, unknown unit, value not a number, NaN, Infinity', () =>
    evaluateColumns(cat, columns({ unit: ['p', 7, 'stranger', 'p', 'p', 'p', null], indicator: ['budget', 'budget', 'budget', 'budget', 'budget', 'budget', 'budget'], period: [2018, 2019, 2020, 2021, 2022, 2023, 2024], value: [1, 1, 1, '1', NaN, Infinity, 1] }), opts)],
  ['rows: unknown indicator, indicator not text', () => evaluateColumns(cat, columns({ unit: ['p', 'p', 'p'], indicator: ['nope', 5, 'Online_Rate'], period: [2024, 2024, 2024], value: [1, 1, 1] }), opts)],
  ['rows: bad periods', () => evaluateColumns(cat, columns({ unit: Array(8).fill('p'), indicator: Array(8).fill('budget'), period: [1800, 2200, 2024.5, '2024-02-30', '2024/01/01', null, true, NaN], value: [1, 2, 3, 4, 5, 6, 7, 8] }), opts)],
  ['rows: shares — negative, numerator above denominator, 0 of 0, NaN denominator, denominator on a count', () =>
    evaluateColumns(cat, columns({ unit: ['c1', 'c1', 'c1', 'c1', 'c1', 'p'], indicator: ['online', 'online', 'online', 'online', 'online', 'kiosks'], period: [2019, 2020, 2021, 2022, 2023, 2024], value: [5, -1, 10, 0, 1, 1], denominator: [-4, 4, 5, 0, NaN, 2] }), opts)],
  ['rows: percent out of range, negative count, fractional count', () => evaluateColumns(cat, columns({ unit: ['c1', 'c1', 'p', 'p'], indicator: ['online', 'online', 'kiosks', 'kiosks'], period: Int32Array.of(2023, 2024, 2023, 2024), value: Float64Array.of(120, -5, -1, 2.5) }), opts)],
  ['rows: rank 0, rank with a denominator, done as a plain value, done as a share above 1', () =>
    evaluateColumns(cat, columns({ unit: ['p', 'p', 'p', 'p', 'p'], indicator: ['dti-rank', 'dti-rank', 'platform', 'platform', 'dti-rank'], period: [2022, 2023, 2023, 2024, 2024], value: [0, 2, 1, 5, 1.5], denominator: [null, 5, null, 4, null] }), opts)],
  ['rows: duplicates (also a typed-array year against a text date)', () =>
    evaluateColumns(cat, columns({ unit: ['p', 'p', ' p', 'p'], indicator: ['budget', 'budget', 'budget', 'budget'], period: [2024, 2024, 2024, '2024-12-31'], value: [1, 2, 3, 4] }), opts)],
  ['rows: many problems at once, in row order', () =>
    evaluateColumns(cat, columns({ unit: ['p', 'x', 'p', 'c1', 'p', 'p'], indicator: ['kiosks', 'kiosks', 'nope', 'online', 'kiosks', 'budget'], period: [2024, 2024, 2024, 2024, 2024, 'soon'], value: [3, 3, 3, 9, 4, NaN], denominator: [null, null, null, 3, null, null] }), opts)],
  ['columns and options both wrong', () => evaluateColumns(cat, bad(null), { asOf: '2025-12-31', level: 'hamlet' })],
  ['options: asOf impossible, zone unknown', () => calls(() => evaluateColumns(cat, columns({ unit: [], indicator: [], period: [], value: [] }), { asOf: '2025-02-29' }), () => evaluateColumns(cat, columns({ unit: [], indicator: [], period: [], value: [] }), { asOf: '2025-12-31', zone: 'Nowhere/Land' }))],
  ['a gap beyond the range of a number', () => evaluateColumns(hugeCat, columns({ unit: ['p'], indicator: ['budget'], period: [2024], value: [-1.7976931348623157e308] }), { asOf: '2025-12-31' })],
];

const rollUpCases: Case[] = [
  ['observations: not an array', () => rollUp(bad(7), registry, { measures })],
  ['items: not objects, fields of the wrong type', () => rollUp(bad(['x', null, ob(bad(5), 'kiosks', 2024, { value: 1 }), { unit: 'c1', indicator: 6, period: 2024, value: 1 }, ob('c1', 'kiosks', 2024, { value: 1, done: true })]), registry, { measures })],
  ['unknown unit, unknown indicator (no measure)', () => rollUp(bad([ob('c9', 'kiosks', 2024, { value: 1 }), ob('c1', 'nope', 2024, { value: 1 })]), registry, { measures })],
  ['duplicate observation', () => rollUp(bad([ob('c1', 'kiosks', 2024, { value: 1 }), ob('c1', 'kiosks', 2024, { value: 2 }), ob(' c1', 'kiosks', 2024, { value: 3 })]), registry, { measures })],
  ['counts: negative, NaN, Infinity; shares: numerator above denominator, negative denominator', () =>
    rollUp(bad([ob('c1', 'kiosks', 2020, { value: -1 }), ob('c1', 'kiosks', 2021, { value: NaN }), ob('c1', 'kiosks', 2022, { value: Infinity }), ob('c1', 'online', 2023, { numerator: 5, denominator: 4 }), ob('c1', 'online', 2024, { numerator: 1, denominator: -4 })]), registry, { measures })],
  ['cannot roll up: a percent value and a rank on units with a parent', () => rollUp(bad([ob('c1', 'online', 2024, { value: 50 }), ob('d1', 'dti-rank', 2024, { rank: 3 }), ob('c2', 'growth', 2024, { value: 5 })]), registry, { measures })],
  ['mixed shapes among one parent’s children (done and done-as-share)', () => rollUp(bad([ob('c1', 'platform', 2024, { done: true }), ob('c2', 'platform', 2024, { numerator: 1, denominator: 2 })]), registry, { measures })],
  ['a sum beyond the range of a number', () => rollUp(bad([ob('c1', 'budget', 2024, { value: 1.7976931348623157e308 }), ob('c2', 'budget', 2024, { value: 1.7976931348623157e308 })]), registry, { measures })],
  ['a whole sum no number holds (2^53 − 1 + 2)', () => rollUp(bad([ob('c1', 'kiosks', 2024, { value: 9007199254740991 }), ob('c2', 'kiosks', 2024, { value: 2 })]), registry, { measures })],
  ['options: missing, not an object', () => calls(() => rollUp([], registry, bad(undefined)), () => rollUp([], registry, bad('x')))],
  ['options: minCoverage out of range or text, unknown from, extra key', () => calls(
    () => rollUp([], registry, { measures, minCoverage: 1.5 }),
    () => rollUp([], registry, { measures, minCoverage: -0.1 }),
    () => rollUp([], registry, { measures, minCoverage: bad('half') }),
    () => rollUp([], registry, { measures, minCoverage: NaN }),
    () => rollUp([], registry, { measures, from: bad('roots') }),
    () => rollUp([], registry, bad({ measures, extra: 1 })),
  )],
  ['options: a measure that is not one, a measure the catalog gives differently, an invalid catalog', () => calls(
    () => rollUp([], registry, { measures: bad({ kiosks: 'weight' }) }),
    () => rollUp([], registry, { catalog: cat, measures: { kiosks: 'money' } }),
    () => rollUp([], registry, { catalog: bad({ id: 'x' }) }),
  )],
  ['registry: not a registry, a unit repeated, an unknown parent, levels its hierarchy lacks', () => calls(
    () => rollUp([], bad('registry'), { measures }),
    () => rollUp([], bad({ hierarchy: threeTier2021, units: [...registry.units, registry.units[0]] }), { measures }),
    () => rollUp([], bad({ hierarchy: threeTier2021, units: [{ id: 'c', name: 'C', level: 'commune', parent: 'nowhere' }] }), { measures }),
    () => rollUp([], bad({ hierarchy: twoTier2025, units: registry.units }), { measures }),
  )],
  ['options, registry and observations all wrong', () => rollUp(bad([ob('c9', 'nope', 2024, { value: 1 })]), bad({ hierarchy: threeTier2021 }), bad({ minCoverage: 2 }))],
  ['many problems at once, in input order', () =>
    rollUp(bad([ob('c1', 'kiosks', 2024, { value: 3 }), ob('x', 'kiosks', 2024, { value: 3 }), ob('c1', 'nope', 2024, { value: 3 }), 7, ob('c1', 'online', 2024, { numerator: 9, denominator: 3 }), ob('c1', 'kiosks', 2024, { value: 4 }), ob('c2', 'online', 2024, { value: 40 })]), registry, { measures })],
];

const rollUpColumnCases: Case[] = [
  ['columns: null, lengths differ, not array-like', () => calls(
    () => rollUpColumns(bad(null), registry, { measures }),
    () => rollUpColumns(columns({ unit: ['c1'], indicator: ['kiosks', 'kiosks'], period: [2024], value: [1] }), registry, { measures }),
    () => rollUpColumns(columns({ unit: 'c1', indicator: ['kiosks'], period: [2024], value: [1] }), registry, { measures }),
  )],
  ['rows: unknown unit, unknown indicator, bad period, value not a number, NaN', () =>
    rollUpColumns(columns({ unit: ['c9', 'c1', 'c1', 'c1', 'c1'], indicator: ['kiosks', 'nope', 'kiosks', 'kiosks', 'kiosks'], period: [2024, 2024, '2024-02-30', 2023, 2022], value: [1, 1, 1, '1', NaN] }), registry, { measures })],
  ['rows: negative count, numerator above denominator, duplicate', () =>
    rollUpColumns(columns({ unit: ['c1', 'c1', 'c2', 'c2'], indicator: ['kiosks', 'online', 'kiosks', 'kiosks'], period: [2024, 2024, 2024, 2024], value: [-1, 5, 1, 2], denominator: [null, 4, null, null] }), registry, { measures })],
  ['rows: a percent value and a rank on units with a parent', () => rollUpColumns(columns({ unit: ['c1', 'd1'], indicator: ['online', 'dti-rank'], period: [2024, 2024], value: [50, 3] }), registry, { measures })],
  ['a sum beyond the range of a number', () => rollUpColumns(columns({ unit: ['c1', 'c2'], indicator: ['budget', 'budget'], period: [2024, 2024], value: [1.7976931348623157e308, 1.7976931348623157e308] }), registry, { measures })],
  ['options: minCoverage above 1', () => rollUpColumns(columns({ unit: [], indicator: [], period: [], value: [] }), registry, { measures, minCoverage: 1.5 })],
];

const scoreCases: Case[] = [
  // scheme
  ['scheme: not an object, no root', () => calls(() => score(bad('dti'), []), () => score(bad({ id: 's', name: T('s') }), []))],
  ['scheme: a node neither group nor leaf, an unknown rule kind, an id not kebab-case', () =>
    score(schemeOf(group('root', [{ id: 'x', name: T('x') }, leaf('y', bad({ kind: 'magic' })), leaf('Bad_Id', { kind: 'index' })])), [])],
  ['scheme: repeated node ids, weight with points, siblings mixing points, points not the sum', () =>
    score(schemeOf(group('root', [group('g', [leaf('a', { kind: 'index' }, { points: 10 }), leaf('b', { kind: 'index' })], { points: 30 }), leaf('a', { kind: 'index' }, { weight: 2, points: 3 })])), [])],
  ['scheme: group points not the sum of its children’s, a weight on a group of points', () =>
    score(schemeOf(group('root', [group('g', [leaf('a', { kind: 'index' }, { points: 10 }), leaf('b', { kind: 'index' }, { points: 20 })], { points: 40 }), group('h', [leaf('c', { kind: 'index' }, { points: 10 })], { weight: 2 })])), [])],
  ['scheme: bad rules (minmax with one goalpost, max ≤ min, repeated band min, empty map, reference ≤ 0, band index > 1)', () =>
    score(
      schemeOf(group('root', [
        leaf('a', { kind: 'minmax', min: 0 }),
        leaf('b', { kind: 'minmax', min: 5, max: 5 }),
        leaf('c', { kind: 'bands', bands: [{ min: 1, index: 1 }, { min: 1.0, index: 0.5 }] }),
        leaf('d', { kind: 'categorical', map: {} }),
        leaf('e', { kind: 'proportional', reference: 0 }),
        leaf('f', { kind: 'bands', bands: [{ min: 1, index: 1.5 }] }),
        leaf('g', bad({ kind: 'distanceToTarget', target: -1, direction: 'up' })),
      ])),
      [],
    )],
  ['scheme: truncate false under a geometric group, negative weight, empty children', () =>
    score(schemeOf(group('root', [group('g', [leaf('a', { kind: 'minmax', min: 0, max: 1, truncate: false })], { aggregation: 'geometric' }), leaf('b', { kind: 'index' }, { weight: -1 }), group('h', [])])), [])],
  ['scheme: minCoverage and missing of the scheme invalid', () => score(schemeOf(leaf('a', { kind: 'index' }), { minCoverage: 0, missing: 'ignore' }), [])],
  // options
  ['options: missing policy unknown, minCoverage 0 and above 1, extra key', () => calls(
    () => score(rich, [], { missing: bad('sometimes') }),
    () => score(rich, [], { minCoverage: 0 }),
    () => score(rich, [], { minCoverage: 1.5 }),
    () => score(rich, [], bad({ strict: true })),
  )],
  // observations
  ['observations: not an array', () => score(rich, bad(5))],
  ['items: not objects, two shapes, no value', () => score(rich, bad(['x', [1, 2], null, S('idx', { value: 0.5, done: true }), S('idx', {})]))],
  ['fields: wrong types, empty unit, bad period, unknown scale, extra key, empty category', () =>
    score(rich, bad([S('idx', { value: 0.5 }, bad(5)), { unit: 'u', indicator: 5, period: 2024, value: 0.5 }, S('idx', { value: 0.5 }, '   '), S('idx', { value: 0.5 }, 'u', 1800), S('idx', { value: 0.5 }, 'u', '2022-02-30'), S('idx', { value: 0.5, scale: 'permille' }, 'v'), S('idx', { value: 0.5, extra: 1 }, 'w'), S('cat', { value: '' })]))],
  ['an indicator no leaf uses', () => score(rich, bad([S('nope', { value: 1 }), S('idx', { value: 0.5 })]))],
  ['duplicate observation (also after trimming)', () => score(rich, bad([S('idx', { value: 0.5 }), S('idx', { value: 0.6 }), S('idx', { value: 0.7 }, ' u ')]))],
  ['values: NaN, ±Infinity', () => score(rich, bad([S('mm', { value: NaN }, 'a'), S('mm', { value: Infinity }, 'b'), S('mm', { value: -Infinity }, 'c'), S('prop', { numerator: NaN, denominator: 2 }, 'd')]))],
  ['values a rule cannot read', () =>
    score(rich, bad([
      S('idx', { value: 1.5 }, 'a'),
      S('idx', { value: false }, 'b'),
      S('prop', { value: -1 }, 'c'),
      S('cat', { value: 'quarter' }, 'd'),
      S('flag', { value: 1 }, 'e'),
      S('dist', { value: -2 }, 'f'),
      S('pom', { value: -3 }, 'g'),
      S('band', { value: true }, 'h'),
      S('flag', { numerator: 1, denominator: 4 }, 'i'),
      S('mm', { rank: 3 }, 'j'),
    ]))],
  ['shares and scales: numerator above denominator, negative, percent out of range, ratio above 1, scale on a boolean, fractional rank, done as text', () =>
    score(rich, bad([
      S('prop', { numerator: 5, denominator: 4 }, 'a'),
      S('prop', { numerator: -1, denominator: 4 }, 'b'),
      S('prop', { value: 120, scale: 'percent' }, 'c'),
      S('prop', { value: 1.5, scale: 'ratio' }, 'd'),
      S('flag', { value: true, scale: 'ratio' }, 'e'),
      S('rk', { rank: 1.5 }, 'f'),
      S('rk', { rank: 0 }, 'g'),
      S('flag', { done: 'yes' }, 'h'),
    ]))],
  ['missing leaves under missing: error', () => score(rich, bad([S('idx', { value: 0.5 }), S('prop', { value: 40 }, 'v')]), { missing: 'error' })],
  ['columns: lengths differ, not columns, bad rows', () => calls(
    () => score(rich, columns({ unit: ['u'], indicator: ['idx', 'idx'], period: [2024], value: [0.5] })),
    () => score(rich, columns({ unit: ['u', 'u', 'u', 7, 'u'], indicator: ['idx', 'nope', 'prop', 'idx', 'idx'], period: [2024, 2024, 2024, 2024, 2024], value: [1.5, 1, 5, 0.5, 0.5], denominator: [null, null, 4, null, null] })),
    () => score(rich, columns({ unit: ['u', 'u'], indicator: ['idx', 'idx'], period: [2024, 2024], value: [0.5, 0.6] })),
  )],
  ['many problems at once, in input order', () => score(rich, bad([S('idx', { value: 0.5 }), 7, S('nope', { value: 1 }), S('idx', { value: 0.5 }), S('prop', { numerator: 9, denominator: 3 }), S('mm', { value: NaN, extra: 1 })]))],
];

// Valid but tricky inputs: their full results are guarded too.

const vpObservations = [
  ob('vp-districts', 'tthc-dossiers-fully-online', '2023-05-31', { value: 98.76 }),
  ob('vp-districts', 'tthc-dossiers-fully-online', '2022-12-31', { value: 60 }),
  ob('vp-districts', 'tthc-dossiers-fully-online', '2023-06-30', { value: 99 }),
  ob('vp-district-agencies', 'tthc-dossiers-fully-online', '2023-05-31', { numerator: 57, denominator: 100 }),
];
const trickyObservations = [
  // 57 of 100 meets ≥ 57 exactly (not 56.99999999999999); 1 of 3 at a commune; a later one superseding.
  ob('c1', 'online', 2024, { numerator: 57, denominator: 100 }),
  ob('c2', 'online', '2024-06-30', { numerator: 1, denominator: 3 }),
  ob('c2', 'online', 2025, { value: 0.8, scale: 'ratio' }),
  ob('c3', 'online', 2026, { value: 90 }),
  ob('p', 'kiosks', 2025, { value: 10 }),
  ob('d1', 'kiosks', 2025, { value: 6 }),
  ob('d2', 'kiosks', 2025, { value: 2 }),
  ob('c1', 'kiosks', 2025, { value: 1 }),
  ob('p', 'budget', 2025, { value: 0.1 + 0.2 }),
  ob('p', 'gdp-digital', 2025, { numerator: 21, denominator: 100 }),
  ob('p', 'dti-rank', 2024, { rank: 12 }),
  ob('d1', 'platform', '2024-06-30', { done: true }),
  ob('d2', 'platform', '2024-07-01', { done: false }),
  ob('p', 'platform', 2024, { numerator: 3, denominator: 4 }),
  ob('p', 'growth', 2025, { value: -0 }),
  ob('d1', 'growth', 2025, { done: true }),
];
const trickyColumns: ObservationColumns = {
  unit: ['c1', 'c2', 'c3', 'p', 'd1', 'd2', 'p', 'p', 'p', 'p', 'c1'],
  indicator: ['online', 'online', 'online', 'kiosks', 'kiosks', 'kiosks', 'budget', 'gdp-digital', 'dti-rank', 'platform', 'online'],
  period: ['2024-12-31', '2024-06-30', '2026-01-01', 2025, 2025, 2025, 2025, 2025, 2024, 2024, 2023],
  value: Float64Array.of(57, 1, 90, 10, 6, 2, 0.30000000000000004, 21, 12, 3, 99.99),
  denominator: [100, 3, null, null, null, null, null, 100, null, 4, null],
};
const rollUpObservations = [
  ob('c1', 'online', 2024, { numerator: 3, denominator: 4 }),
  ob('c2', 'online', 2024, { numerator: 5, denominator: 10 }),
  ob('c3', 'online', 2024, { numerator: 0, denominator: 0 }),
  ob('c1', 'budget', 2024, { value: 0.1 }),
  ob('c2', 'budget', 2024, { value: 0.2 }),
  ob('c3', 'budget', 2024, { value: 9007199254740991 }),
  ob('d2', 'budget', 2024, { value: 5 }),
  ob('c1', 'platform', 2024, { done: true }),
  ob('c2', 'platform', 2024, { done: false }),
  ob('c3', 'platform', 2024, { done: true }),
  ob('c1', 'kiosks', '2024-06-30', { value: 2 }),
  ob('p', 'dti-rank', 2024, { rank: 5 }),
  ob('p', 'growth', 2024, { value: 7.5 }),
];
const peers = (indicator: string, values: readonly unknown[]) => values.map((v, i) => (typeof v === 'object' && v !== null ? S(indicator, v as Record<string, unknown>, `u${i}`) : S(indicator, { value: v }, `u${i}`)));
const richObservations = [
  ...peers('idx', [0.5, 0, 1, 0.25]),
  ...peers('prop', [40, { numerator: 57, denominator: 100 }, 100, 0]),
  ...peers('band', [50, 49.999, { numerator: 1, denominator: 5 }, 19]),
  ...peers('cat', ['full', 'half', 'none', 'half']),
  ...peers('flag', [true, false, { done: true }]),
  ...peers('mm', [199.97, 199.99, 199.98, 199.98]),
  ...peers('mmf', [0, 200, 100, 250]),
  ...peers('z', [1, 2, 3, 4]),
  ...peers('dist', [{ numerator: 1, denominator: 4 }, 20, 10, 40]),
  ...peers('rk', [{ rank: 1 }, 5, 5, { numerator: 1, denominator: 3, scale: 'ratio' }]),
  ...peers('pom', [0, 3, 6, 6]),
  S('idx', { value: 0.75 }, 'u0', '2024-06-30'),
];

const resultCases: Case[] = [
  // Units at the district level only, so the guard leans on few rows of the catalog's data.
  ['evaluate: catalogs.vinhPhuc302, superseded, after asOf, 57 of 100', () => evaluate(catalogs.vinhPhuc302, bad(vpObservations), { asOf: '2023-05-31', level: 'district', units: [{ id: 'vp-districts', name: 'Cấp huyện', level: 'district' }, { id: 'vp-district-agencies', name: 'Phòng, ban cấp huyện', level: 'district' }] })],
  ['evaluate: one indicator of every measure, three levels, deadlines due and not', () => evaluate(cat, bad(trickyObservations), opts)],
  ['evaluate: only the district level', () => evaluate(cat, bad(trickyObservations), { ...opts, level: 'district' })],
  ['evaluate: no units given (every unit taken at one level)', () => evaluate(cat, bad(trickyObservations.filter((o) => o.unit.startsWith('c'))), { asOf: '2024-12-31', level: 'commune' })],
  ['evaluate: asOf an instant, read in Vietnam and in Tokyo', () => calls(
    () => evaluate(cat, bad([ob('p', 'budget', '2026-01-01', { value: 1000 })]), { asOf: new Date(Date.UTC(2025, 11, 31, 16, 30)) }),
    () => evaluate(cat, bad([ob('p', 'budget', '2026-01-01', { value: 1000 })]), { asOf: new Date(Date.UTC(2025, 11, 31, 16, 30)), zone: 'Asia/Tokyo' }),
    () => evaluate(cat, bad([ob('p', 'budget', '2026-01-01', { value: 1000 })]), { asOf: '2025-12-31T16:30:00Z', zone: 'Asia/Tokyo' }),
  )],
  ['evaluateColumns: typed arrays, shares, a rank, superseded and after asOf', () => evaluateColumns(cat, trickyColumns, opts)],
  ['evaluateColumns: catalogs.vinhPhuc302', () =>
    evaluateColumns(catalogs.vinhPhuc302, { unit: ['vp-districts', 'vp-districts'], indicator: ['tthc-dossiers-fully-online', 'tthc-dossiers-fully-online'], period: ['2023-05-31', '2022-12-31'], value: [98.76, 60] }, { asOf: '2023-05-31', units: [{ id: 'vp-districts', name: 'Cấp huyện', level: 'district' }] })],
  ['rollUp: shares add, exact sums, done as a share, own figure kept, 0 of 0', () => rollUp(bad(rollUpObservations), registry, { catalog: cat })],
  ['rollUp: from leaves, minCoverage 0.5', () => rollUp(bad(rollUpObservations), registry, { catalog: cat, from: 'leaves', minCoverage: 0.5 })],
  ['rollUp: minCoverage 2/3 compared exactly', () => rollUp(bad(rollUpObservations.filter((o) => o.indicator === 'online' || o.indicator === 'platform')), registry, { measures, minCoverage: 2 / 3 })],
  ['rollUpColumns: the same figures as columns', () =>
    rollUpColumns(
      { unit: ['c1', 'c2', 'c3', 'c1', 'c2', 'c3', 'd2'], indicator: ['online', 'online', 'online', 'budget', 'budget', 'budget', 'budget'], period: Int32Array.of(2024, 2024, 2024, 2024, 2024, 2024, 2024), value: [3, 5, 0, 0.1, 0.2, 9007199254740991, 5], denominator: [4, 10, 0, null, null, null, null] },
      registry,
      { measures, from: 'leaves' },
    )],
  ['score: every rule, peers, geometric group, a date period beside a year', () => score(rich, bad(richObservations))],
  ['score: missing zero', () => score(rich, bad(richObservations), { missing: 'zero' })],
  ['score: reweight with minCoverage 0.5', () => score(rich, bad(richObservations), { missing: 'reweight', minCoverage: 0.5 })],
  ['score: the provincial DTI', () =>
    score(schemes.dtiProvince2022, bad([
      ['dti-digital-awareness', 1], ['dti-digital-institutions', 0.9], ['dti-digital-infrastructure', 0.8253],
      ['dti-digital-human-resources', 0.8487], ['dti-cybersecurity', 0.7578], ['dti-digital-government', 0.8575],
      ['dti-digital-economy', 0.7836], ['dti-digital-society', 0.5197],
    ].flatMap(([indicator, value]) => [S(indicator as string, { value }, 'da-nang', 2022), S(indicator as string, { value: (value as number) / 2 }, 'ha-giang', 2022)])))],
  ['score: columns', () => score(rich, { unit: ['a', 'b', 'c', 'a'], indicator: ['mm', 'mm', 'mm', 'prop'], period: Int32Array.of(2024, 2024, 2024, 2024), value: Float64Array.of(1, 2, 2, 57), denominator: [null, null, null, 100] })],
];

const groups: readonly (readonly [string, readonly Case[]])[] = [
  ['evaluate', evaluateCases],
  ['evaluateColumns', columnCases],
  ['rollUp', rollUpCases],
  ['rollUpColumns', rollUpColumnCases],
  ['score', scoreCases],
  ['results', resultCases],
];

// ---------------------------------------------------------------------------------------------

const snapshotPath = fileURLToPath(new URL('./__snapshots__/issue-snapshot.json', import.meta.url));
const UPDATE = process.env['UPDATE_GUARDS'] === '1';
const HOW = 'UPDATE_GUARDS=1 npx vitest run --config test/vitest.config.ts test/guards/issue-snapshot.test.ts';

/** Runs every case; a case whose `run` returns a list of outcomes (several calls) keeps them as they are. */
function record(): Record<string, Record<string, unknown>> {
  const out: Record<string, Record<string, unknown>> = {};
  for (const [group, cases] of groups) {
    const byName: Record<string, unknown> = {};
    for (const [name, run] of cases) {
      if (Object.hasOwn(byName, name)) throw new Error(`two cases named ${JSON.stringify(name)} in ${group}`);
      byName[name] = outcome(run);
    }
    out[group] = byName;
  }
  return out;
}

/**
 * The snapshot's text: JSON indented by two spaces, except that an issue, a list of plain values, and
 * any object or array whose JSON fits in {@link LINE} characters is written on one line, so a diff
 * shows whole issues.
 * Key order is kept as is.
 */
function pretty(value: unknown, indent = ''): string {
  const flat = JSON.stringify(value);
  if (value === null || typeof value !== 'object' || flat.length + indent.length <= LINE || isIssue(value)) return flat;
  // A list of plain values (a column, a path) stays on one line however long.
  if (Array.isArray(value) && value.every((x) => x === null || typeof x !== 'object')) return flat;
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return `[\n${value.map((x) => inner + pretty(x, inner)).join(',\n')}\n${indent}]`;
  }
  const entries = Object.entries(value as Record<string, unknown>);
  if (entries.length === 0) return '{}';
  return `{\n${entries.map(([k, v]) => `${inner}${JSON.stringify(k)}: ${pretty(v, inner)}`).join(',\n')}\n${indent}}`;
}
const LINE = 120;
const isIssue = (value: object): boolean => Object.hasOwn(value, 'code') && Object.hasOwn(value, 'message') && Object.hasOwn(value, 'path');
const text = (value: unknown): string => `${pretty(value)}\n`;

describe('issue snapshot: issues and results of today’s code, byte for byte', () => {
  const actual = record();
  const actualText = text(actual);

  if (UPDATE) {
    it('writes the snapshot (UPDATE_GUARDS=1)', () => {
      mkdirSync(fileURLToPath(new URL('./__snapshots__/', import.meta.url)), { recursive: true });
      writeFileSync(snapshotPath, actualText, 'utf8');
    });
    return;
  }

  const stored = existsSync(snapshotPath) ? (JSON.parse(readFileSync(snapshotPath, 'utf8')) as Record<string, Record<string, unknown>>) : undefined;

  it('the snapshot file exists', () => {
    expect(stored, `test/guards/__snapshots__/issue-snapshot.json is missing: write it with ${HOW}`).toBeDefined();
  });

  it('the corpus is large enough to mean something', () => {
    const invalid = groups.filter(([g]) => g !== 'results').reduce((n, [, cases]) => n + cases.length, 0);
    expect(invalid).toBeGreaterThanOrEqual(60);
  });

  // One test per case, so a failure names the case; then the whole file, so a case added, removed or
  // moved (or a formatting change) fails too.
  for (const [group, cases] of groups) {
    describe(group, () => {
      for (const [name] of cases) {
        it(name, () => {
          const want = stored?.[group]?.[name];
          expect(want, `no snapshot for ${group} › ${name}: add it deliberately with ${HOW}`).toBeDefined();
          expect(text(actual[group]?.[name]), `${group} › ${name} differs from the snapshot (${HOW} rewrites it)`).toBe(text(want));
        });
      }
    });
  }

  it('the whole snapshot file is byte-identical', () => {
    if (stored === undefined) return;
    expect(actualText, `differs from test/guards/__snapshots__/issue-snapshot.json (${HOW} rewrites it)`).toBe(readFileSync(snapshotPath, 'utf8'));
  });
});
