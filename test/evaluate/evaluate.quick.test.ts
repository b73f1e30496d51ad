import fc from 'fast-check';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { ChisoError } from '../../src/errors';
import { evaluate } from '../../src/evaluate/evaluate';
import { evaluateTarget } from '../../src/evaluate/evaluateTarget';
import { quickObservation } from '../../src/model/intake/quickObservation';
import { readValue } from '../../src/evaluate/_internal/read';
import type { Catalog } from '../../src/model/catalog';
import { twoTier2025 } from '../../src/model/hierarchies';
import type { Measure } from '../../src/model/indicator';
import { FractionObservationSchema, ValueObservationSchema, type Observation } from '../../src/model/observation';
import type { Scorecard } from '../../src/model/result';
import type { Target } from '../../src/model/target';
import type { Unit } from '../../src/model/unit';

// `evaluate` takes plain, valid observations through `quickObservation` instead of the observation
// schemas and `readValue`. Two oracles:
// - the full path itself: a second copy of `evaluate` loaded with `quickObservation` replaced by one
//   that never accepts, so every observation goes through the schemas. On any input, valid or not,
//   both copies must give the same scorecard (same keys in the same order, numbers equal by
//   Object.is, so 0 and -0 differ) or throw ChisoError with the same issues;
// - for valid inputs, each row recomputed on its own with the public `evaluateTarget`, from the
//   observation a reader picks by hand (the latest period usable at `asOf`).

const T = (s: string) => ({ vi: s, en: s });
const source = { document: 'TEST', section: '1' };
const indicator = (id: string, measure: Measure, targets: Target[]) => ({ id, name: T(id), pillar: 'digital-government' as const, measure, source, targets });

const catalog: Catalog = {
  id: 'quick-test',
  plan: { issuer: T('Test'), title: T('Test') },
  hierarchy: twoTier2025,
  indicators: [
    indicator('share', 'percent', [
      { kind: 'threshold', op: '>=', value: 57, level: 'commune', by: '2025-12-31' },
      { kind: 'threshold', op: '>=', value: 57.5, level: 'province', by: '2024-06-30' },
      { kind: 'range', min: 20, max: 25 },
    ]),
    indicator('gshare', 'grdp-share', [
      { kind: 'threshold', op: '>', value: 0.1 },
      { kind: 'threshold', op: '<=', value: 99.99 },
      { kind: 'qualitative' },
    ]),
    indicator('count', 'count', [
      { kind: 'threshold', op: '>=', value: 20, level: 'commune' },
      { kind: 'threshold', op: '=', value: 7 },
      // Bounds that do not fit fastJudge's scaled integers (1e15 + 0.5 has 17 significant digits),
      // so the decimal path judges them; a count bound must lie in 0 … 2⁵³ − 1 (1e16 no longer
      // does), and 2⁵³ − 1 itself, the largest count, is a valid bound met by every count.
      { kind: 'threshold', op: '<', value: 1e15 + 0.5 },
      { kind: 'threshold', op: '<=', value: Number.MAX_SAFE_INTEGER },
      { kind: 'threshold', op: '=', value: 0 },
    ]),
    indicator('money', 'money', [
      { kind: 'threshold', op: '>=', value: 0.3 },
      { kind: 'range', min: 1e-7, max: 1e21 },
    ]),
    indicator('change', 'percent-change', [
      { kind: 'change', op: '<=', value: -30, from: 'baseline' },
      { kind: 'growth', op: '>=', value: 7, per: 'year' },
      { kind: 'threshold', op: '>=', value: 2.5 },
    ]),
    indicator('rank', 'rank', [{ kind: 'rank', top: 10 }]),
    indicator('done', 'done', [{ kind: 'done', by: '2024-12-31' }]),
    indicator('bare', 'percent', []),
  ],
} as Catalog;

const measureOf = new Map(catalog.indicators.map((i) => [i.id, i.measure]));
const units: Unit[] = [
  { id: 'p1', name: 'P1', level: 'province' },
  { id: 'c1', name: 'C1', level: 'commune', parent: 'p1' },
  { id: 'c2', name: 'C2', level: 'commune', parent: 'p1' },
];

// Boundaries: 57 of 100 meets ≥ 57 although 57 / 100 * 100 is 56.99999999999999 in floating point.
const edgeNumbers = [57, 56.99999999999999, 57.00000000000001, 57.5, 0.57, 0.575, 0.1 + 0.2, 0.3, 0.1, 100, 100.5, 0, -0, -1, 1, 7, 19, 20, 2.5, 1e21, 1e-7, 5e-324, 2 ** 53, 2 ** 53 + 2, 1e16, -30, -29.999999999999996, 99.99, 99.990000001] as const;
const badNumbers = [NaN, Infinity, -Infinity] as const;
const plainNumber = fc.oneof(fc.constantFrom(...edgeNumbers), fc.integer({ min: -5, max: 150 }), fc.double({ min: -200, max: 200, noNaN: true }));
const count = fc.oneof(fc.constantFrom(0, 1, 57, 100, 575, 1000, 2 ** 53 - 1), fc.nat(1000));

type Figure = Record<string, unknown>;
const figure: fc.Arbitrary<Figure> = fc.oneof(
  { weight: 4, arbitrary: plainNumber.map((value) => ({ value })) },
  { weight: 4, arbitrary: fc.tuple(count, count).map(([a, b]) => ({ numerator: Math.min(a, b), denominator: Math.max(a, b) })) },
  { weight: 2, arbitrary: fc.tuple(fc.oneof(count, plainNumber, fc.constantFrom(...badNumbers, 1e300)), fc.oneof(count, plainNumber, fc.constantFrom(...badNumbers, 1e300))).map(([numerator, denominator]) => ({ numerator, denominator })) },
  { weight: 1, arbitrary: fc.constantFrom(...badNumbers, '5', null).map((value) => ({ value })) },
  { weight: 1, arbitrary: fc.boolean().map((done) => ({ done })) },
  { weight: 1, arbitrary: fc.constantFrom(1, 10, 11, 0, 2.5).map((rank) => ({ rank })) },
  { weight: 1, arbitrary: fc.constantFrom({ value: 1, numerator: 1, denominator: 2 }, { numerator: 1 }, { denominator: 2 }, {}, { value: 1, done: true }) },
);

/** Optional keys, each absent, valid, invalid, or present as `undefined`. */
const extras = fc.record(
  {
    scale: fc.constantFrom('percent', 'ratio', 'bogus', undefined),
    source: fc.constantFrom('roll-up', '', undefined),
    note: fc.constantFrom('n', undefined),
    extra: fc.constant(1),
  },
  { requiredKeys: [] },
);

const anyCell = fc.record({
  unit: fc.constantFrom('p1', 'c1', 'c2', 'c3', ' c1', 'c2 ', '', '  ', 5),
  indicator: fc.constantFrom('share', 'gshare', 'count', 'money', 'change', 'rank', 'done', 'bare', 'nope', 'Share'),
  period: fc.constantFrom<unknown>(2023, 2024, 2025, 2024, 2025, '2024-06-30', '2024-12-31', '2024-02-29', '2025-02-29', '2024', 1899, 2200, 2199, 2024.5),
  figure,
  extras,
  // How the object is built: keys in order, keys reversed, without a prototype, or not an object.
  form: fc.constantFrom('plain', 'plain', 'plain', 'reversed', 'null-prototype', 'instance', 'hidden-done', 'number', 'null', 'array'),
});
type Cell = { unit: unknown; indicator: string; period: unknown; figure: Figure; extras: Record<string, unknown>; form: string };

/** Valid observations only: known units, indicators and periods, a figure that fits the measure. */
const validCell = fc
  .record({
    // A unit id with spaces around it is valid: the schema trims it (the quick path leaves it to the schema).
    unit: fc.constantFrom('p1', 'c1', 'c2', 'p1', 'c1', 'c2', ' c1', 'c2 '),
    indicator: fc.constantFrom('share', 'gshare', 'count', 'money', 'change', 'rank', 'done', 'bare'),
    period: fc.constantFrom<unknown>(2023, 2024, 2025, '2024-06-30', '2024-12-31', '2025-03-31'),
    n: count,
    d: count,
    x: plainNumber,
    ratio: fc.oneof(fc.constantFrom(0.57, 0.575, 0.5, 1, 0.3, 0.2), fc.double({ min: 0, max: 1, noNaN: true })),
    done: fc.boolean(),
    rank: fc.integer({ min: 1, max: 30 }),
    pick: fc.nat(3),
    extras: fc.record({ scale: fc.constant('percent'), source: fc.constant('roll-up'), note: fc.constant('n') }, { requiredKeys: [] }),
    form: fc.constantFrom('plain', 'reversed'),
  })
  .map((c): Cell => {
    const m = measureOf.get(c.indicator) as Measure;
    const share = { numerator: Math.min(c.n, c.d), denominator: Math.max(c.n, c.d) };
    const percent = Math.min(100, Math.abs(c.x));
    let figure: Figure;
    let extras: Record<string, unknown> = c.extras;
    if (m === 'percent' || m === 'grdp-share') {
      figure = [share, { value: percent }, { value: c.ratio }, share][c.pick] as Figure;
      if (c.pick === 2) extras = { ...extras, scale: 'ratio' };
    } else if (m === 'count') figure = { value: c.n };
    else if (m === 'money' || m === 'percent-change') figure = { value: c.x };
    else if (m === 'rank') figure = { rank: c.rank };
    else figure = c.pick === 0 ? share : { done: c.done };
    return { unit: c.unit, indicator: c.indicator, period: c.period, figure, extras, form: c.form };
  });

/** One thing wrong (or merely unusual) with an otherwise valid observation. */
const MUTATIONS: ((c: Cell, k: number) => Cell)[] = [
  (c, k) => ({ ...c, unit: ['c3', '', '  ', 5, null][k % 5] }),
  (c, k) => ({ ...c, indicator: ['nope', 'Share', 'share '][k % 3] as string }),
  (c, k) => ({ ...c, period: ['2025-02-29', '2024-13-01', '2024', 1899, 2200, 2024.5, null, '2024-02-29'][k % 8] }),
  (c, k) => ({ ...c, figure: [{ value: NaN }, { value: Infinity }, { value: -1 }, { value: 100.5 }, { value: 2.5 }, { value: 1.5 }, { numerator: 5, denominator: 4 }, { numerator: -1, denominator: 4 }, { numerator: 1, denominator: Infinity }, { numerator: 0, denominator: 0 }, { numerator: 2.5, denominator: 10 }, { value: -0 }, { rank: 3 }, { done: false }][k % 14] as Figure }),
  (c, k) => ({ ...c, extras: [{ scale: 'bogus' }, { source: '' }, { note: undefined }, { extra: 1 }, { scale: undefined }, { scale: 'ratio' }][k % 6] as Record<string, unknown> }),
  (c, k) => ({ ...c, form: ['null-prototype', 'instance', 'hidden-done', 'hidden-value', 'number', 'null', 'array'][k % 7] as string }),
];
const mutatedCell = fc.tuple(validCell, fc.nat(MUTATIONS.length - 1), fc.nat(100)).map(([c, m, k]) => (MUTATIONS[m] as (c: Cell, k: number) => Cell)(c, k));

function build(c: Cell): unknown {
  if (c.form === 'number') return 5;
  if (c.form === 'null') return null;
  if (c.form === 'array') return [c.unit, c.indicator];
  const entries: [string, unknown][] = [['unit', c.unit], ['indicator', c.indicator], ['period', c.period], ...Object.entries(c.extras), ...Object.entries(c.figure)];
  if (c.form === 'reversed') entries.reverse();
  const target: Record<string, unknown> = c.form === 'null-prototype' ? Object.create(null) : c.form === 'instance' ? new (class Obs {})() : {};
  for (const [k, v] of entries) target[k] = v;
  // A second shape that `for … in` does not see but `in` does: not one observation.
  if (c.form === 'hidden-done') Object.defineProperty(target, 'done', { value: true, enumerable: false });
  if (c.form === 'hidden-value' && !('value' in target)) Object.defineProperty(target, 'value', { value: 1, enumerable: false });
  return target;
}

const optionsArb = fc.record({
  asOf: fc.constantFrom('2023-12-31', '2024-06-30', '2024-12-31', '2025-12-31', '2024-02-29'),
  units: fc.boolean(),
  level: fc.constantFrom(undefined, 'commune', 'province'),
});
function toOptions(o: { asOf: string; units: boolean; level: string | undefined }): Parameters<typeof evaluate>[2] {
  return { asOf: o.asOf, ...(o.units ? { units } : {}), ...(o.level === undefined ? {} : { level: o.level }) };
}

/** Same structure, same keys in the same order, primitives equal by Object.is; `where` names the first difference. */
function sameDeep(a: unknown, b: unknown, where = '$'): string | undefined {
  if (typeof a !== 'object' || a === null || typeof b !== 'object' || b === null) return Object.is(a, b) ? undefined : `${where}: ${String(a)} vs ${String(b)}`;
  if (Array.isArray(a) !== Array.isArray(b)) return `${where}: array vs object`;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.join('\u0000') !== kb.join('\u0000')) return `${where}: keys ${ka.join(',')} vs ${kb.join(',')}`;
  for (const k of ka) {
    const d = sameDeep((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${where}.${k}`);
    if (d !== undefined) return d;
  }
  return undefined;
}

type Outcome = { ok: true; card: Scorecard } | { ok: false; error: unknown };
const attempt = (f: () => Scorecard): Outcome => {
  try {
    return { ok: true, card: f() };
  } catch (error) {
    return { ok: false, error };
  }
};

let fullPath: typeof evaluate;
const neverQuick = vi.fn(() => undefined);
beforeAll(async () => {
  vi.resetModules();
  vi.doMock('../../src/model/intake/quickObservation', () => ({ quickObservation: neverQuick }));
  fullPath = (await import('../../src/evaluate/evaluate')).evaluate;
  vi.doUnmock('../../src/model/intake/quickObservation');
  vi.resetModules();
});

function expectSameAsFullPath(observations: unknown[], options: Parameters<typeof evaluate>[2]): Outcome {
  const quick = attempt(() => evaluate(catalog, observations as Observation[], options));
  const full = attempt(() => fullPath(catalog, observations as Observation[], options));
  if (!full.ok) {
    // The full path's ChisoError is its own copy of the class: compare by name, message and issues.
    expect(quick.ok).toBe(false);
    if (quick.ok) return quick;
    expect(quick.error).toBeInstanceOf(ChisoError);
    expect((full.error as Error).name).toBe('ChisoError');
    expect((quick.error as Error).message).toBe((full.error as Error).message);
    expect(sameDeep((quick.error as ChisoError).issues, (full.error as ChisoError).issues)).toBeUndefined();
    return quick;
  }
  if (!quick.ok) throw quick.error;
  expect(sameDeep(quick.card, full.card)).toBeUndefined();
  expect(JSON.stringify(quick.card)).toBe(JSON.stringify(full.card));
  return quick;
}

/** The figure of an observation as `evaluateTarget` takes it. */
function valueOf(o: Observation): Parameters<typeof evaluateTarget>[1] {
  if ('value' in o) return o.value;
  if ('numerator' in o) return { numerator: o.numerator, denominator: o.denominator };
  if ('done' in o) return o.done;
  return { rank: o.rank };
}
const periodKey = (p: number | string): string => (typeof p === 'number' ? `${p}-12-31~` : p);
const usable = (p: number | string, asOf: string): boolean => (typeof p === 'number' ? p <= Number(asOf.slice(0, 4)) : p <= asOf);

describe('evaluate: the quick path for plain observations', () => {
  it('quickObservation accepts only what the schema and readValue accept, and gives the same object (property)', () => {
    let accepted = 0;
    let tried = 0;
    const measures = new Map(catalog.indicators.map((i) => [i.id, i]));
    const registry = new Map(units.map((u) => [u.id, u]));
    fc.assert(
      fc.property(fc.oneof(anyCell, validCell, mutatedCell), fc.boolean(), (cell, withUnits) => {
        const raw = build(cell);
        tried += 1;
        const o = quickObservation(raw, measures, withUnits ? registry : undefined, new Map());
        if (o === undefined) return;
        accepted += 1;
        const schema = 'value' in o ? ValueObservationSchema : FractionObservationSchema;
        const parsed = schema.safeParse(raw);
        expect(parsed.success).toBe(true);
        expect(sameDeep(o, parsed.data)).toBeUndefined();
        if (withUnits) expect(registry.has(o.unit)).toBe(true);
        const ind = measures.get(o.indicator);
        expect(ind).toBeDefined();
        const issues: unknown[] = [];
        const reading = readValue(valueOf(o), { path: ['x'], unit: o.unit, indicator: o.indicator, measure: ind?.measure, kinds: ind?.targets.map((t) => t.kind) ?? [], scale: o.scale }, issues as never[]);
        expect(issues).toEqual([]);
        expect(reading).toBeDefined();
      }),
      { numRuns: 3000, seed: 20_251_126 },
    );
    // Not vacuous: a good share of the inputs took the quick path.
    expect(accepted / tried).toBeGreaterThan(0.2);
  });

  it('gives the full path’s scorecard or its issues, on valid and invalid mixes (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof({ weight: 6, arbitrary: validCell }, { weight: 2, arbitrary: mutatedCell }, { weight: 1, arbitrary: anyCell }), { maxLength: 25 }), optionsArb, (cells, o) => {
        expectSameAsFullPath(cells.map(build), toOptions(o));
      }),
      { numRuns: 400, seed: 11 },
    );
    // The second copy did consult its (never accepting) quick check, so it is the copy without one.
    expect(neverQuick).toHaveBeenCalled();
  });

  it('on valid observations, each row is what evaluateTarget gives for the latest usable observation (property)', () => {
    let judged = 0;
    fc.assert(
      fc.property(fc.uniqueArray(validCell, { selector: (c) => `${String(c.unit).trim()}|${c.indicator}|${typeof c.period}|${String(c.period)}`, maxLength: 30 }), optionsArb, (cells, opts) => {
        const observations = cells.map(build) as Observation[];
        const options = toOptions(opts);
        const outcome = expectSameAsFullPath(observations, options);
        if (!outcome.ok) throw outcome.error;
        for (const row of outcome.card.rows) {
          const candidates = observations
            .filter((x) => x.unit.trim() === row.unit && x.indicator === row.indicator && usable(x.period, opts.asOf))
            .sort((a, b) => (periodKey(a.period) < periodKey(b.period) ? 1 : -1));
          const latest = candidates[0];
          expect(row.period).toBe(latest?.period ?? null);
          if (latest !== undefined) expect(row.observation).toEqual({ ...latest, unit: latest.unit.trim() });
          if (row.target === null || row.reason === 'unit-level-unknown') continue;
          const measure = measureOf.get(row.indicator) as Measure;
          const scale = latest !== undefined && 'scale' in latest ? latest.scale : undefined;
          const expected = evaluateTarget(row.target, latest === undefined ? undefined : valueOf(latest), { measure, ...(scale === undefined ? {} : { scale }) });
          expect(sameDeep({ status: row.status, value: row.value, gap: row.gap, attainment: row.attainment, reason: row.reason }, { status: expected.status, value: expected.value, gap: expected.gap, attainment: expected.attainment, reason: expected.reason })).toBeUndefined();
          judged += 1;
        }
      }),
      { numRuns: 300, seed: 12 },
    );
    expect(judged).toBeGreaterThan(1000);
  });

  it('57 of 100 meets ≥ 57 % and 56.99999999999999 does not; key order and -0 are kept', () => {
    const card = evaluate(catalog, [
      { period: 2024, numerator: 57, denominator: 100, indicator: 'share', unit: 'c1' } as Observation,
      { unit: 'c2', indicator: 'share', period: 2024, value: 56.99999999999999 },
      { unit: 'c2', indicator: 'money', period: 2024, value: -0, source: 'roll-up' },
    ], { asOf: '2024-12-31', units, level: 'commune' });
    const share = card.rows.filter((r) => r.indicator === 'share' && r.targetIndex === 0);
    expect(share.map((r) => [r.unit, r.status, r.value])).toEqual([['c1', 'met', 57], ['c2', 'not-met', 56.99999999999999]]);
    expect(Object.keys(share[0]?.observation ?? {})).toEqual(['unit', 'indicator', 'period', 'numerator', 'denominator']);
    const money = card.rows.find((r) => r.unit === 'c2' && r.indicator === 'money');
    // The observation keeps -0 as given; the compared value is 0 (both paths give 0, checked above).
    expect(Object.is((money?.observation as { value: number }).value, -0)).toBe(true);
    expect(Object.is(money?.value, 0)).toBe(true);
    expect(Object.keys(money?.observation ?? {})).toEqual(['unit', 'indicator', 'period', 'source', 'value']);
  });

  it('still reports every problem: a negative count, a share above its whole, a duplicate, an extra key', () => {
    const issues = (observations: unknown[]) => {
      try {
        evaluate(catalog, observations as Observation[], { asOf: '2025-12-31', units });
      } catch (error) {
        expect(error).toBeInstanceOf(ChisoError);
        return (error as ChisoError).issues.map((i) => `${i.code} ${i.path.join('.')}`);
      }
      return [];
    };
    expect(issues([
      { unit: 'c1', indicator: 'count', period: 2025, value: -1 },
      { unit: 'c1', indicator: 'share', period: 2025, numerator: 5, denominator: 4 },
      { unit: 'c1', indicator: 'money', period: 2025, value: 1 },
      { unit: 'c1', indicator: 'money', period: 2025, value: 2 },
      { unit: 'c1', indicator: 'count', period: 2024, value: 1, extra: true },
      { unit: 'c1', indicator: 'share', period: 2024, value: 100.5 },
      // An observation with an invalid value still takes its period: a second one is a duplicate.
      { unit: 'c1', indicator: 'share', period: 2024, value: 50 },
      { unit: 'c1', indicator: 'count', period: 2024, value: 3 },
    ])).toEqual([
      'invalid_value observations.0',
      'invalid_value observations.1.numerator',
      'duplicate_observation observations.3',
      'unrecognized_key observations.4.extra',
      'invalid_value observations.5',
      'duplicate_observation observations.6',
    ]);
  });

  it('many periods of one unit × indicator: the latest usable one is used, and a duplicate is found among many', () => {
    const days = Array.from({ length: 40 }, (_, k) => `2024-${String(1 + Math.floor(k / 4)).padStart(2, '0')}-${String(1 + 7 * (k % 4)).padStart(2, '0')}`);
    const observations: Observation[] = days.map((period, k) => ({ unit: 'c1', indicator: 'count', period, value: k }));
    observations.push({ unit: 'c1', indicator: 'count', period: 2024, value: 99 }, { unit: 'c1', indicator: 'count', period: 2025, value: 100 });
    const card = evaluate(catalog, observations, { asOf: '2024-12-31', units, level: 'commune' });
    // A year counts as its last day: 2024 supersedes every date in 2024; 2025 is after asOf.
    const row = card.rows.find((r) => r.unit === 'c1' && r.indicator === 'count' && r.targetIndex === 0);
    expect([row?.period, row?.value, row?.status]).toEqual([2024, 99, 'met']);
    expect(card.ignored.filter((x) => x.reason === 'superseded')).toHaveLength(40);
    expect(card.ignored.filter((x) => x.reason === 'after-as-of').map((x) => x.observation.period)).toEqual([2025]);
    const withDuplicate = [...observations, { unit: 'c1', indicator: 'count', period: days[3] as string, value: 1 }, { unit: 'c1', indicator: 'count', period: days[39] as string, value: 1 }];
    try {
      evaluate(catalog, withDuplicate, { asOf: '2024-12-31', units });
      expect.unreachable();
    } catch (error) {
      expect((error as ChisoError).issues.map((i) => `${i.code} ${i.path.join('.')}`)).toEqual(['duplicate_observation observations.42', 'duplicate_observation observations.43']);
    }
    expectSameAsFullPath(withDuplicate, { asOf: '2024-12-31', units });
    expectSameAsFullPath(observations, { asOf: '2024-12-31' });
  });
});
