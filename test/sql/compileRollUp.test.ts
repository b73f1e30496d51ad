// @zone-independent: roll-ups add figures by unit, indicator and period; no date is read in a time zone.
// The compiled roll-up, run on the real engines, gives `rollUp`'s aggregates (from the leaves, with
// coverage) field by field; `rollUp` is the oracle (test/evaluate covers it against worked sums).
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defineUnits, rollUp, threeTier2021, type Catalog, type Indicator, type Observation, type Unit, type UnitRegistry } from '../../src/index';
import { compileRollUp, compileScorecard, registryClosure } from '../../src/sql/index';
import { evaluate } from '../../src/index';
import { fromEngine as scorecardRow, fromLibrary as libraryRow } from './engines';
import { dec } from '../../src/_shared/decimal';
import { loadObservations, startDuckDB, startPostgres, type Engine } from './engines';
import { issuesOf } from '../helpers';

let engines: Engine[] = [];
beforeAll(async () => {
  engines = [await startDuckDB(), await startPostgres()];
}, 120_000);
afterAll(async () => {
  for (const e of engines) await e.close();
});

const indicator = (id: string, measure: Indicator['measure']): Indicator => ({ id, name: { vi: id, en: id }, measure, targets: [] }) as Indicator;
const catalog: Catalog = {
  id: 'roll-up-test',
  plan: { issuer: { vi: 'Tỉnh thử', en: 'Test province' }, number: '1/KH-TEST', date: '2021-12-08', title: { vi: 'Thử', en: 'Test' } },
  hierarchy: threeTier2021,
  indicators: [indicator('share', 'percent'), indicator('grdp', 'grdp-share'), indicator('count', 'count'), indicator('money', 'money'), indicator('task', 'done'), indicator('rank', 'rank')],
} as Catalog;

const num = (x: unknown): number | null => (x === null || x === undefined ? null : dec(String(x)).toNumber());

/** An aggregate as both sides give it. */
function fromLibrary(a: ReturnType<typeof rollUp>['aggregates'][number]): Record<string, unknown> {
  const o = a.observation as Record<string, unknown> | null;
  return {
    unit: a.unit, level: a.level, indicator: a.indicator, period: String(a.period), status: a.status,
    reported: a.coverage.reported, expected: a.coverage.expected, observed: a.observed,
    value: (o?.['value'] as number | undefined) ?? null, numerator: (o?.['numerator'] as number | undefined) ?? null, denominator: (o?.['denominator'] as number | undefined) ?? null,
  };
}
function fromEngine(r: Record<string, unknown>): Record<string, unknown> {
  return {
    unit: r['unit'], level: r['level'], indicator: r['indicator'], period: r['period'], status: r['status'],
    reported: Number(r['reported']), expected: Number(r['expected']), observed: r['observed'],
    value: num(r['value']), numerator: num(r['numerator']), denominator: num(r['denominator']),
  };
}

const statuses = new Set<unknown>();

async function same(registry: UnitRegistry, observations: readonly Observation[], minCoverage: number, closureTable?: string, from: 'children' | 'leaves' = 'leaves'): Promise<number> {
  const expected = rollUp(observations, registry, { catalog, from, minCoverage }).aggregates.map(fromLibrary);
  for (const a of expected) statuses.add(a['status']).add(`observed ${String(a['observed'])}`);
  // Every other call is compiled with `order: false`: the same aggregates, as a set.
  const order = calls % 2 === 0;
  calls += 1;
  const sorted = (rows: readonly unknown[]): string[] => rows.map((r) => JSON.stringify(r)).sort();
  for (const engine of engines) {
    await loadObservations(engine, 'observations', observations);
    const sql = compileRollUp(registry, { dialect: engine.dialect, catalog, minCoverage, from, ...(closureTable === undefined ? {} : { closureTable }), ...(order ? {} : { order: false }) });
    const got = (await engine.rows(sql)).map(fromEngine);
    if (order) expect(got, engine.dialect).toEqual(expected);
    else expect(sorted(got), `${engine.dialect}, order: false`).toEqual(sorted(expected));
  }
  return expected.length;
}
let calls = 0;

/** A tree: one province, 1–3 districts, each with 0–3 communes (a district without communes is a leaf). */
const registryArb = fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 1, maxLength: 3 }).map((communes) => {
  const units: Unit[] = [{ id: 'tinh', name: 'Tỉnh', level: 'province' } as Unit];
  communes.forEach((n, d) => {
    units.push({ id: `huyen-${d}`, name: `Huyện ${d}`, level: 'district', parent: 'tinh' } as Unit);
    for (let k = 0; k < n; k += 1) units.push({ id: `xa-${d}-${k}`, name: `Xã ${d}.${k}`, level: 'commune', parent: `huyen-${d}` } as Unit);
  });
  return defineUnits(units, threeTier2021);
});

function figureArb(measure: string): fc.Arbitrary<Record<string, unknown>> {
  switch (measure) {
    case 'count':
      return fc.integer({ min: 0, max: 1000 }).map((value) => ({ value }));
    case 'money':
      return fc.constantFrom(-12.5, 0, 0.1, 0.2, 1e6, 33.33).map((value) => ({ value }));
    case 'task':
      return fc.boolean().map((done) => ({ done }));
    default:
      return fc.tuple(fc.integer({ min: 0, max: 50 }), fc.integer({ min: 0, max: 50 })).map(([a, b]) => ({ numerator: Math.min(a, b), denominator: Math.max(a, b) }));
  }
}

const caseArb = registryArb.chain((registry) => {
  const ids = registry.units.map((u) => u.id);
  const one = fc.record({ unit: fc.constantFrom(...ids), indicator: fc.constantFrom('share', 'grdp', 'count', 'money', 'task'), period: fc.constantFrom(2024, '2024-06-30', 2025) })
    .chain((o) => figureArb(o.indicator === 'count' || o.indicator === 'money' ? o.indicator : o.indicator === 'task' ? 'task' : 'share').map((f) => ({ ...o, ...f }) as Observation));
  return fc.record({
    registry: fc.constant(registry),
    observations: fc.uniqueArray(one, { maxLength: 30, selector: (o) => `${o.unit}|${o.indicator}|${o.period}` }),
    minCoverage: fc.constantFrom(0, 0.5, 2 / 3, 1),
  });
});

describe('compileRollUp on the real engines', () => {
  it('gives rollUp’s aggregates (from the leaves, and level by level; with coverage) on random trees and figures', async () => {
    let aggregates = 0;
    await fc.assert(fc.asyncProperty(caseArb, fc.constantFrom('children' as const, 'leaves' as const), async ({ registry, observations, minCoverage }, from) => {
      // Level by level, a district's own share next to its communes' rolled-up one is fine, but a
      // done value next to a share of done units is refused by rollUp (mixed shapes): not a case for SQL.
      let ok = true;
      try {
        rollUp(observations, registry, { catalog, from, minCoverage });
      } catch {
        ok = false;
      }
      fc.pre(ok);
      aggregates += await same(registry, observations, minCoverage, undefined, from);
    }), { seed: 20261203, numRuns: 80 });
    expect(aggregates).toBeGreaterThan(100);
    expect([...statuses].sort()).toEqual(['no-data', 'observed false', 'observed true', 'ok']);
  }, 120_000);

  it('feeds the scorecard: rolled-up figures evaluated in SQL are evaluate’s rows on rollUp’s observations', async () => {
    // The targets of the roll-up catalog, at the levels a figure reaches by rolling up.
    const targeted: Catalog = {
      ...catalog,
      indicators: catalog.indicators.map((ind) =>
        ind.measure === 'done' ? { ...ind, targets: [{ kind: 'done', level: 'province' }] }
        : ind.measure === 'rank' ? ind
        : { ...ind, targets: [{ kind: 'threshold', op: '>=', value: ind.measure === 'count' ? 40 : ind.measure === 'money' ? 0.3 : 57, level: 'district' }, { kind: 'range', min: 20, max: 80 }] }),
    } as Catalog;
    await fc.assert(fc.asyncProperty(caseArb, fc.constantFrom('2024-06-30', '2025-12-31'), async ({ registry, observations, minCoverage }, asOf) => {
      let rolled: Observation[] = [];
      try {
        rolled = rollUp(observations, registry, { catalog: targeted, minCoverage }).observations;
      } catch {
        // Mixed shapes (a done value next to a share of done units): rollUp refuses them.
        fc.pre(false);
      }
      const expected = evaluate(targeted, rolled, { asOf, units: registry.units }).rows.map(libraryRow);
      for (const engine of engines) {
        await loadObservations(engine, 'observations', observations);
        await engine.run('DROP VIEW IF EXISTS with_rolled');
        // The observations given, and the aggregates that are ok where the parent has none of its own.
        await engine.run(`CREATE VIEW with_rolled AS
          SELECT unit, indicator, period, value, numerator, denominator, done FROM observations
          UNION ALL
          SELECT unit, indicator, period, value, numerator, denominator, CAST(NULL AS BOOLEAN) FROM (${compileRollUp(registry, { dialect: engine.dialect, catalog: targeted, minCoverage })}) AS r
          WHERE status = 'ok' AND NOT observed`);
        const sql = compileScorecard(targeted, { dialect: engine.dialect, asOf, units: registry.units, table: 'with_rolled', columns: { rank: null } });
        expect((await engine.rows(sql)).map(scorecardRow), engine.dialect).toEqual(expected);
        await engine.run('DROP VIEW with_rolled');
      }
    }), { seed: 20261206, numRuns: 20 });
  }, 120_000);

  it('reads the closure from a table loaded with registryClosure’s rows', async () => {
    const registry = defineUnits([
      { id: 'tinh', name: 'Tỉnh', level: 'province' },
      { id: 'huyen-a', name: 'Huyện A', level: 'district', parent: 'tinh' },
      { id: 'xa-1', name: 'Xã 1', level: 'commune', parent: 'huyen-a' },
      { id: 'xa-2', name: 'Xã 2', level: 'commune', parent: 'huyen-a' },
      { id: 'huyen-b', name: 'Huyện B', level: 'district', parent: 'tinh' },
    ], threeTier2021);
    const rows = registryClosure(registry);
    // 5 units with themselves, 4 with their parent, 2 communes with the province: 11 rows.
    expect(rows).toHaveLength(11);
    expect(rows.filter((r) => r.descendant === 'xa-2')).toEqual([
      { ancestor: 'xa-2', descendant: 'xa-2', depth: 0 },
      { ancestor: 'huyen-a', descendant: 'xa-2', depth: 1 },
      { ancestor: 'tinh', descendant: 'xa-2', depth: 2 },
    ]);
    for (const engine of engines) {
      await engine.run('DROP TABLE IF EXISTS closure');
      await engine.run('CREATE TABLE closure (ancestor TEXT, descendant TEXT, depth INTEGER)');
      await engine.run(`INSERT INTO closure VALUES ${rows.map((r) => `('${r.ancestor}', '${r.descendant}', ${r.depth})`).join(', ')}`);
    }
    // 3/4 and 5/10 at the communes, 1/2 at the district without communes: the province reads 9/16,
    // huyện A 8/14 (the worked example of rollUp's documentation).
    const observations = [
      { unit: 'xa-1', indicator: 'share', period: 2024, numerator: 3, denominator: 4 },
      { unit: 'xa-2', indicator: 'share', period: 2024, numerator: 5, denominator: 10 },
      { unit: 'huyen-b', indicator: 'share', period: 2024, numerator: 1, denominator: 2 },
    ] as Observation[];
    await same(registry, observations, 1, 'closure');
    await same(registry, observations, 1, 'closure', 'children');
    const got = (await (engines[0] as Engine).rows(compileRollUp(registry, { dialect: 'duckdb', catalog, closureTable: 'closure' }))).map(fromEngine);
    expect(got.map((r) => [r['unit'], r['numerator'], r['denominator']])).toEqual([['tinh', 9, 16], ['huyen-a', 8, 14]]);
  });

  it('refuses a bad registry or option with ChisoError issues', () => {
    expect(issuesOf(() => compileRollUp({ hierarchy: threeTier2021, units: [{ id: 'x', name: 'X', level: 'hamlet' }] } as UnitRegistry, { dialect: 'duckdb', catalog })).length).toBeGreaterThan(0);
    expect(issuesOf(() => compileRollUp(defineUnits([], threeTier2021), { dialect: 'duckdb', catalog, minCoverage: 2 }))[0]?.path).toEqual(['options', 'minCoverage']);
    expect(issuesOf(() => compileRollUp(defineUnits([], threeTier2021), { dialect: 'duckdb', catalog, closureTable: 'a\u0000' }))[0]?.path).toEqual(['options', 'closureTable']);
  });
});
