// @zone-independent: the engines and evaluate both get civil dates (YYYY-MM-DD); no instant is read in the host's zone.
// The compiled scorecard, run on the real engines (DuckDB in-process, a throwaway PostgreSQL cluster),
// gives the rows `evaluate` gives, field by field. `evaluate` is the oracle: its rules (observation
// in force, coverage, verdicts, exact rounding) are tested against the sources in test/evaluate.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalogs, defineUnits, evaluate, threeTier2021, type Catalog, type Indicator, type Observation, type Target, type Unit } from '../../src/index';
import { TARGET_KINDS_BY_MEASURE } from '../../src/model/catalog';
import { compileObservationChecks, compileRollUp, compileScorecard, compileScorecardView, workingDaysSql } from '../../src/sql/index';
import data from '../../examples/data/vinh-phuc-2023.json';
import { fromEngine, fromLibrary, loadObservations, startDuckDB, startPostgres, type ComparableRow, type Engine } from './engines';
import { issuesOf } from '../helpers';

const SEED = 20261201;
let engines: Engine[] = [];

beforeAll(async () => {
  engines = [await startDuckDB(), await startPostgres()];
}, 120_000);
afterAll(async () => {
  for (const e of engines) await e.close();
});

interface Case {
  readonly catalog: Catalog;
  readonly observations: readonly Observation[];
  readonly asOf: string;
  readonly units?: readonly Unit[];
  readonly level?: string;
}

/** Runs the case on every engine and on `evaluate`; the rows must be equal field by field. */
/** What the random cases reached: each status/reason and target kind seen in evaluate's rows. */
const seen = new Set<string>();

/** Cases run so far: every other one is compiled with `order: false` and compared as a set of rows. */
let cases = 0;
/** Cases run with the units as a table. */
let tabled = 0;
const sortedRows = (rows: readonly ComparableRow[]): string[] => rows.map((r) => JSON.stringify(r)).sort();

async function same(c: Case, table = 'observations'): Promise<number> {
  const options = { asOf: c.asOf, ...(c.units === undefined ? {} : { units: c.units }), ...(c.level === undefined ? {} : { level: c.level }) };
  const expected = evaluate(c.catalog, c.observations, options).rows.map(fromLibrary);
  for (const row of expected) seen.add(`${row.status}/${row.reason ?? ''}`).add(`kind ${row.kind ?? 'none'}`);
  const order = cases % 2 === 0;
  // Every other pair of cases with units passes them as a table (unitsTable) instead of a list.
  const asTable = c.units !== undefined && Math.floor(cases / 2) % 2 === 1;
  cases += 1;
  if (asTable) tabled += 1;
  const { units, ...rest } = options as typeof options & { units?: readonly Unit[] };
  for (const engine of engines) {
    await loadObservations(engine, table, c.observations);
    if (asTable) {
      await engine.run('DROP TABLE IF EXISTS test_units');
      await engine.run('CREATE TABLE test_units (id TEXT, level TEXT)');
      const q = (x: string): string => `'${x.replaceAll("'", "''")}'`;
      if ((units ?? []).length > 0) await engine.run(`INSERT INTO test_units VALUES ${(units ?? []).map((u) => `(${q(u.id)}, ${q(u.level)})`).join(', ')}`);
    }
    const sql = compileScorecard(c.catalog, { dialect: engine.dialect, table, columns: { scale: 'scale' }, ...(asTable ? { ...rest, unitsTable: 'test_units' } : options), ...(order ? {} : { order: false }) });
    const got = (await engine.rows(sql)).map(fromEngine);
    // Without ORDER BY the rows are a set: the same rows as evaluate's, in any order.
    if (order) expect(got, `${engine.dialect}: ${c.catalog.id} as of ${c.asOf}`).toEqual(expected);
    else expect(sortedRows(got), `${engine.dialect}: ${c.catalog.id} as of ${c.asOf}, order: false`).toEqual(sortedRows(expected));
  }
  return expected.length;
}

describe('compileScorecard on the real engines', () => {
  it('gives evaluate’s rows for the Vĩnh Phúc 2023 example data (302/KH-UBND)', async () => {
    const rows = await same({ catalog: catalogs.vinhPhuc302, observations: data.observations as Observation[], asOf: data.asOf, units: data.units as Unit[] });
    // 2 units × the targets applying at their levels: evaluate's count, checked here to be non-trivial.
    expect(rows).toBeGreaterThan(50);
  });

  it('gives evaluate’s rows for every built-in catalog on the example data (its own indicators, its levels)', async () => {
    for (const catalog of Object.values(catalogs) as Catalog[]) {
      const ids = new Set(catalog.indicators.map((i) => i.id));
      const levels = new Set(catalog.hierarchy.levels.map((l) => l.id));
      const observations = (data.observations as Observation[]).filter((o) => ids.has(o.indicator));
      const units = (data.units as Unit[]).filter((u) => levels.has(u.level));
      const known = new Set(units.map((u) => u.id));
      await same({ catalog, observations: observations.filter((o) => known.has(o.unit)), asOf: data.asOf, units });
      // Without units: every unit is known only from its observations, at an unknown level.
      await same({ catalog, observations, asOf: data.asOf });
    }
  });

  it('matches evaluate on random catalogs, observations and as-of days (every kind, operator and level)', async () => {
    await fc.assert(fc.asyncProperty(caseArb(), async (c) => {
      await same(c);
    }), { seed: SEED, numRuns: 150 });
    // Both ways of passing units, sorted and unsorted, were exercised.
    expect(tabled).toBeGreaterThan(10);
    // The cases reached every verdict and every kind: the property is not vacuous.
    for (const x of ['met/', 'not-met/', 'no-data/no-observation', 'no-data/zero-denominator', 'not-applicable/qualitative-value', 'not-applicable/qualitative-target', 'not-applicable/unit-level-unknown', 'not-applicable/no-target']) expect(seen).toContain(x);
    for (const kind of ['threshold', 'range', 'rank', 'change', 'growth', 'done', 'qualitative', 'none']) expect(seen).toContain(`kind ${kind}`);
  }, 120_000);

  it('matches evaluate on the built-in catalogs with random observations', async () => {
    await fc.assert(fc.asyncProperty(builtInCaseArb(), async (c) => {
      await same(c);
    }), { seed: SEED + 1, numRuns: 15 });
  }, 120_000);

  it('as a view: CREATE VIEW, then its rows are evaluate’s', async () => {
    const options = { asOf: data.asOf, units: data.units as Unit[] };
    const expected = evaluate(catalogs.vinhPhuc302, data.observations as Observation[], options).rows.map(fromLibrary);
    for (const engine of engines) {
      await loadObservations(engine, 'observations', data.observations as Observation[]);
      await engine.run('DROP VIEW IF EXISTS "bảng điểm"');
      await engine.run(compileScorecardView(catalogs.vinhPhuc302, { dialect: engine.dialect, view: 'bảng điểm', ...options }));
      const got = (await engine.rows('SELECT * FROM "bảng điểm"')).map(fromEngine);
      expect(got, engine.dialect).toEqual(expected);
      await engine.run('DROP VIEW "bảng điểm"');
    }
  });

  it('the checks query finds exactly the duplicates, unknown indicators and unknown units evaluate throws for', async () => {
    const problems = fc.record({
      c: caseArb(),
      copies: fc.array(fc.nat(), { maxLength: 3 }),
      strangers: fc.array(fc.constantFrom('ind-9', 'tinh', 'xa-z'), { maxLength: 2 }),
    });
    let thrown = 0;
    await fc.assert(fc.asyncProperty(problems, async ({ c, copies, strangers }) => {
      const observations = [...c.observations];
      for (const k of copies) if (c.observations.length > 0) observations.push(c.observations[k % c.observations.length] as Observation);
      for (const s of strangers) {
        const first = c.observations[0];
        if (s === 'ind-9') observations.push({ unit: 'tinh', indicator: 'ind-9', period: 2023, value: 5 } as Observation);
        else if (s === 'xa-z' && first !== undefined) observations.push({ ...first, unit: 'xa-z' });
      }
      const options = { asOf: c.asOf, ...(c.units === undefined ? {} : { units: c.units }) };
      // evaluate's issues as (code, unit, indicator, period) of the observation each points at.
      let expected: string[] = [];
      try {
        evaluate(c.catalog, observations, options);
      } catch (error) {
        thrown += 1;
        expected = issuesOf(() => { throw error; }).map((issue) => {
          const o = observations[issue.path[1] as number] as Observation;
          return `${issue.code}|${o.unit}|${o.indicator}|${o.period}`;
        });
      }
      for (const engine of engines) {
        await loadObservations(engine, 'observations', observations);
        const rows = await engine.rows(compileObservationChecks(c.catalog, { dialect: engine.dialect, ...options }));
        const got = rows.map((r) => `${r['problem']}|${r['unit']}|${r['indicator']}|${r['period']}`);
        expect(new Set(got), engine.dialect).toEqual(new Set(expected));
        // Each duplicate row counts the copies; evaluate names every copy after the first.
        for (const r of rows.filter((x) => x['problem'] === 'duplicate_observation')) {
          expect(Number(r['observations']) - 1).toBe(expected.filter((e) => e === `duplicate_observation|${r['unit']}|${r['indicator']}|${r['period']}`).length);
        }
      }
    }), { seed: SEED + 2, numRuns: 40 });
    expect(thrown).toBeGreaterThan(10);
  }, 120_000);

  it('quotes hostile table and column names: they name things, they never run', async () => {
    const hostile = 'obs"; DROP TABLE observations; --';
    await same({ catalog: catalogs.vinhPhuc302, observations: data.observations as Observation[], asOf: data.asOf, units: data.units as Unit[] }, hostile);
    for (const engine of engines) {
      // The table the name tried to drop is still there.
      expect((await engine.rows('SELECT COUNT(*) AS n FROM observations'))[0]).toBeDefined();
    }
  });
});

describe('compileScorecard, the SQL text', () => {
  it('names no floating-point type in either dialect, in any query chiso writes', () => {
    const registry = defineUnits(UNITS, threeTier2021);
    for (const dialect of ['duckdb', 'postgres'] as const) {
      for (const catalog of Object.values(catalogs) as Catalog[]) {
        for (const sql of [
          compileScorecard(catalog, { dialect, asOf: '2025-12-31', units: UNITS }),
          compileScorecardView(catalog, { dialect, asOf: '2025-12-31', view: 'v' }),
          compileObservationChecks(catalog, { dialect, asOf: '2025-12-31' }),
          compileRollUp(registry, { dialect, catalog }),
          compileRollUp(registry, { dialect, catalog, from: 'leaves', minCoverage: 0.5 }),
        ]) expect(sql).not.toMatch(/\b(FLOAT\d*|DOUBLE|REAL)\b/i);
      }
    }
    expect(workingDaysSql('2025-01-01', '2025-12-31')).not.toMatch(/\b(FLOAT\d*|DOUBLE|REAL)\b/i);
  });

  it('refuses a NUL in a name, an unknown level and bad options, with ChisoError issues', () => {
    expect(issuesOf(() => compileScorecard(catalogs.vinhPhuc302, { dialect: 'duckdb', asOf: '2023-05-31', table: 'a\u0000b' }))[0]?.message).toBe('Expected options.table to be a non-empty SQL name without NUL characters but got "a\u0000b".');
    expect(issuesOf(() => compileScorecard(catalogs.vinhPhuc302, { dialect: 'duckdb', asOf: '2023-05-31', level: 'hamlet' }))[0]?.code).toBe('unknown_level');
    expect(issuesOf(() => compileScorecard(catalogs.vinhPhuc302, { dialect: 'mysql' as 'duckdb', asOf: '2023-05-31' }))[0]?.path).toEqual(['options', 'dialect']);
    expect(issuesOf(() => compileScorecard(catalogs.vinhPhuc302, { dialect: 'duckdb', asOf: '2023-02-30' }))[0]?.path).toEqual(['options', 'asOf']);
  });
});

// ---------------------------------------------------------------------------------------------
// Random cases. Numbers sit on the boundaries the wording makes: 57 of 100 against ≥ 57 %, 80 of
// 100 against "trên 80%" (> 80), a range's two ends, a rank at N.

const AS_OF = ['2022-06-30', '2023-05-31', '2023-06-30', '2023-12-31', '2024-01-01', '2025-12-31'];
const PERIODS: readonly (number | string)[] = [2022, 2023, 2024, '2023-05-31', '2023-06-30', '2023-12-31', '2024-01-15', '2022-12-31'];
const DEADLINES = [undefined, '2023-05-31', '2023-12-31', '2025-12-31'];
const WORDINGS = [undefined, 'trên 80%', "tối thiểu 57% ('chỉ tiêu')", 'từ 20-25%'];
const OPS = ['>=', '>', '<=', '<', '='] as const;

const levelArb = fc.constantFrom(undefined, 'province', 'district', 'commune');
const common = fc.record({ level: levelArb, by: fc.constantFrom(...DEADLINES), wording: fc.constantFrom(...WORDINGS) });

/** Drops the keys whose value is undefined (the schemas are exact about optional keys). */
function clean<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

function targetArb(measure: Indicator['measure']): fc.Arbitrary<Target> {
  const kinds = TARGET_KINDS_BY_MEASURE[measure];
  const bounded = measure === 'percent' || measure === 'grdp-share';
  const thresholdValues = bounded ? [1, 20, 33.33, 57, 80, 99.5] : measure === 'count' ? [3, 10, 300] : [-30, -5, 0, 2.5, 7, 12.5, 1000];
  const ranges: [number, number][] = bounded ? [[20, 25], [0, 100], [33.33, 66.67], [57, 57]] : measure === 'count' ? [[2, 8], [300, 300]] : [[-10, 10], [0, 2.5]];
  return fc.constantFrom(...kinds).chain((kind): fc.Arbitrary<Target> => {
    switch (kind) {
      case 'threshold':
        return fc.record({ op: fc.constantFrom(...OPS), value: fc.constantFrom(...thresholdValues), c: common }).map(({ op, value, c }) => clean({ kind, op, value, ...c }) as Target);
      case 'range':
        return fc.record({ r: fc.constantFrom(...ranges), c: common }).map(({ r, c }) => clean({ kind, min: r[0], max: r[1], ...c }) as Target);
      case 'rank':
        return fc.record({ top: fc.constantFrom(1, 5, 10, 63), c: common }).map(({ top, c }) => clean({ kind, top, ...c }) as Target);
      case 'change':
        return fc.record({ op: fc.constantFrom('>=' as const, '<=' as const), value: fc.constantFrom(-30, 0, 7, 12.5), c: common }).map(({ op, value, c }) => clean({ kind, op, value, from: 'baseline' as const, ...c }) as Target);
      case 'growth':
        return fc.record({ op: fc.constantFrom('>=' as const, '<=' as const), value: fc.constantFrom(-30, 0, 7, 12.5), c: common }).map(({ op, value, c }) => clean({ kind, op, value, per: 'year' as const, ...c }) as Target);
      default:
        return common.map((c) => clean({ kind, ...c }) as Target);
    }
  });
}

const indicatorArb = (id: string): fc.Arbitrary<Indicator> =>
  fc.constantFrom('percent', 'count', 'money', 'grdp-share', 'percent-change', 'rank', 'done' as const).chain((measure) =>
    fc.array(targetArb(measure), { maxLength: 3 }).map((targets) => ({ id, name: { vi: id, en: id }, measure, targets }) as Indicator),
  );

const randomCatalogArb: fc.Arbitrary<Catalog> = fc.integer({ min: 1, max: 5 }).chain((n) =>
  fc.tuple(...Array.from({ length: n }, (_, i) => indicatorArb(`ind-${i}`))).map((indicators) => ({
    id: 'random-plan',
    plan: { issuer: { vi: 'Tỉnh thử', en: 'Test province' }, number: '1/KH-TEST', date: '2021-12-08', title: { vi: 'Thử', en: 'Test' } },
    hierarchy: threeTier2021,
    indicators,
  }) as Catalog),
);

/** A value an indicator may be given, on the boundaries of the targets above. */
function valueArb(indicator: Indicator): fc.Arbitrary<Record<string, unknown>> {
  const qualitative = indicator.targets.some((t) => t.kind === 'qualitative');
  const done = fc.boolean().map((d) => ({ done: d }));
  const fraction = fc.constantFrom([57, 100], [80, 100], [1, 3], [2, 3], [0, 0], [0, 0], [0, 0], [0, 5], [5, 5], [33, 99], [25, 100], [20, 100]).map(([n, d]) => ({ numerator: n, denominator: d }));
  let own: fc.Arbitrary<Record<string, unknown>>;
  switch (indicator.measure) {
    case 'percent':
    case 'grdp-share':
      own = fc.oneof(
        fc.constantFrom(0, 1, 20, 25, 33.33, 57, 56.99, 80, 80.0001, 99.5, 100, 66.67).map((value) => ({ value })),
        fraction,
        // Written 0–1: 0.57 is 57 %.
        fc.constantFrom(0, 0.2, 0.25, 0.57, 0.5699, 0.8, 0.800001, 1).map((value) => ({ value, scale: 'ratio' })),
      );
      break;
    case 'count':
      own = fc.constantFrom(0, 2, 3, 8, 10, 299, 300, 301).map((value) => ({ value }));
      break;
    case 'money':
    case 'percent-change':
      own = fc.constantFrom(-30, -29.99, -10, -5, 0, 2.5, 7, 10, 12.5, 999.99, 1000).map((value) => ({ value }));
      break;
    case 'rank':
      own = fc.constantFrom(1, 5, 6, 10, 11, 15, 16, 63, 64).map((rank) => ({ rank }));
      break;
    case 'done':
      own = fc.oneof(done, fraction);
      break;
  }
  return qualitative && indicator.measure !== 'done' ? fc.oneof(own, done) : own;
}

const UNITS: readonly Unit[] = [
  { id: 'tinh', name: 'Tỉnh', level: 'province' },
  { id: 'huyen-a', name: 'Huyện A', level: 'district', parent: 'tinh' },
  { id: 'huyen-b', name: 'Huyện B', level: 'district', parent: 'tinh' },
  { id: 'xa-a1', name: 'Xã A1', level: 'commune', parent: 'huyen-a' },
] as Unit[];

/** Observations of the catalog's indicators: at most one per unit × indicator × period (missing periods are the norm). */
function observationsArb(catalog: Catalog, units: readonly Unit[]): fc.Arbitrary<Observation[]> {
  const one = fc.constantFrom(...catalog.indicators).chain((indicator) =>
    fc.record({ unit: fc.constantFrom(...units.map((u) => u.id)), period: fc.constantFrom(...PERIODS), v: valueArb(indicator) }).map(({ unit, period, v }) => ({ unit, indicator: indicator.id, period, ...v }) as Observation),
  );
  return fc.uniqueArray(one, { maxLength: 25, selector: (o) => `${o.unit}|${o.indicator}|${o.period}` });
}

function caseFor(catalog: Catalog, units: readonly Unit[]): fc.Arbitrary<Case> {
  return fc.record({
    observations: observationsArb(catalog, units),
    asOf: fc.constantFrom(...AS_OF),
    // With units, or without (every unit then known from its observations), and maybe at one level.
    withUnits: fc.boolean(),
    level: fc.constantFrom(undefined, ...catalog.hierarchy.levels.map((l) => l.id)),
  }).map(({ observations, asOf, withUnits, level }) => clean({ catalog, observations, asOf, units: withUnits ? units : undefined, level }) as Case);
}

function caseArb(): fc.Arbitrary<Case> {
  return randomCatalogArb.chain((catalog) => caseFor(catalog, UNITS));
}

function builtInCaseArb(): fc.Arbitrary<Case> {
  return fc.constantFrom(...(Object.values(catalogs) as Catalog[])).chain((catalog) => {
    const levels = catalog.hierarchy.levels;
    const units = levels.map((l, i) => clean({ id: `u-${l.id}`, name: l.id, level: l.id, parent: i === 0 ? undefined : `u-${(levels[i - 1] as { id: string }).id}` }) as Unit);
    return caseFor(catalog, units);
  });
}
