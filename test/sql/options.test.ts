// @zone-independent: SQL text and DuckDB runs on civil dates only.
// The options of the compilers that the differential tests leave at their defaults: other table and
// column names, schemas, empty registries, the DuckDB scale limit, and the errors — each run on DuckDB
// where it gives SQL, so the text is proven to parse and give the rows it should.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalogs, defineUnits, evaluate, threeTier2021, twoTier2025, type Catalog, type Observation, type Unit } from '../../src/index';
import { compileObservationChecks, compileRollUp, compileScorecard, compileScorecardView } from '../../src/sql/index';
import data from '../../examples/data/vinh-phuc-2023.json';
import { fromEngine, fromLibrary, startDuckDB, type Engine } from './engines';
import { issuesOf } from '../helpers';

let duck: Engine;
beforeAll(async () => {
  duck = await startDuckDB();
  await duck.run('CREATE SCHEMA so_lieu');
  // The example data under other names: no numerator, rank or done column at all.
  await duck.run('CREATE TABLE so_lieu."chỉ số" (ma_don_vi TEXT, chi_tieu TEXT, ky TEXT, gia_tri DECIMAL(38, 10))');
  await duck.run(`INSERT INTO so_lieu."chỉ số" VALUES ${(data.observations as { unit: string; indicator: string; period: string; value: number }[]).map((o) => `('${o.unit}', '${o.indicator}', '${o.period}', ${o.value})`).join(', ')}`);
});
afterAll(async () => {
  await duck.close();
});

const renamed = { schema: 'so_lieu', table: 'chỉ số', columns: { unit: 'ma_don_vi', indicator: 'chi_tieu', period: 'ky', value: 'gia_tri', numerator: null, denominator: null, rank: null, done: null } } as const;

describe('compileScorecard and compileScorecardView options', () => {
  it('reads a table of other names in a schema, with value columns left out', async () => {
    const options = { asOf: data.asOf, units: data.units as Unit[] };
    const expected = evaluate(catalogs.vinhPhuc302, data.observations as Observation[], options).rows.map(fromLibrary);
    const got = (await duck.rows(compileScorecard(catalogs.vinhPhuc302, { dialect: 'duckdb', ...options, ...renamed }))).map(fromEngine);
    expect(got).toEqual(expected);
    await duck.run(compileScorecardView(catalogs.vinhPhuc302, { dialect: 'duckdb', ...options, ...renamed, view: 'bang diem', viewSchema: 'so_lieu' }));
    expect((await duck.rows('SELECT * FROM so_lieu."bang diem"')).map(fromEngine)).toEqual(expected);
  });

  it('reads the units from a table (unitsTable) and gives the rows of the same units passed as a list; order: false gives them unsorted', async () => {
    const options = { asOf: data.asOf, units: data.units as Unit[] };
    const expected = evaluate(catalogs.vinhPhuc302, data.observations as Observation[], options).rows.map(fromLibrary);
    // The example's units plus one with no observation, so the table's unit rows give no-data rows too.
    const units = [...(data.units as Unit[]), { id: 'khong-so-lieu', name: 'Không số liệu', level: 'commune' } as Unit];
    const withStranger = evaluate(catalogs.vinhPhuc302, data.observations as Observation[], { asOf: data.asOf, units }).rows.map(fromLibrary);
    expect(withStranger.some((r) => r.unit === 'khong-so-lieu' && r.status === 'no-data')).toBe(true);
    await duck.run('CREATE OR REPLACE TABLE "đơn vị" (id TEXT, level TEXT, name TEXT)');
    await duck.run(`INSERT INTO "đơn vị" VALUES ${units.map((u) => `('${u.id}', '${u.level}', '${u.name}')`).join(', ')}`);
    const fromTable = compileScorecard(catalogs.vinhPhuc302, { dialect: 'duckdb', asOf: data.asOf, unitsTable: 'đơn vị', ...renamed });
    expect((await duck.rows(fromTable)).map(fromEngine)).toEqual(withStranger);
    // One level: only that level's units are read from the table.
    const communes = evaluate(catalogs.vinhPhuc302, data.observations as Observation[], { asOf: data.asOf, units, level: 'commune' }).rows.map(fromLibrary);
    expect((await duck.rows(compileScorecard(catalogs.vinhPhuc302, { dialect: 'duckdb', asOf: data.asOf, unitsTable: 'đơn vị', level: 'commune', ...renamed }))).map(fromEngine)).toEqual(communes);
    // The checks query takes the table's units as the units given: the example's observations are all of them.
    expect(await duck.rows(compileObservationChecks(catalogs.vinhPhuc302, { dialect: 'duckdb', asOf: data.asOf, unitsTable: 'đơn vị', ...renamed }))).toEqual([]);
    // order: false leaves the final sort out; the rows are the same set.
    const unsorted = compileScorecard(catalogs.vinhPhuc302, { dialect: 'duckdb', ...options, ...renamed, order: false });
    expect(unsorted).not.toContain('ORDER BY level_order');
    const sorted = (rows: readonly unknown[]): string[] => rows.map((r) => JSON.stringify(r)).sort();
    expect(sorted((await duck.rows(unsorted)).map(fromEngine))).toEqual(sorted(expected));
  });

  it('keeps bound · q whole: 5 of 0.1234567891 against ≥ 57.5 % has evaluate’s gap and attainment, not a rounded one', async () => {
    // 57.5 · 0.1234567891 = 7.09876537325 has 11 decimal places, one more than the values' scale.
    // DuckDB types a CASE of DECIMAL(38, 10) and DECIMAL(38, 11) as DECIMAL(38, 10): before p_b the
    // attainment came out 5 / 7.0987653733, rounded. evaluate's exact value is the oracle.
    const first = catalogs.vinhPhuc302.indicators.find((i) => i.measure === 'percent') as Catalog['indicators'][number];
    const half = { ...catalogs.vinhPhuc302, indicators: [{ ...first, targets: [{ kind: 'threshold', op: '>=', value: 57.5 }] }] } as Catalog;
    const observations = [{ unit: 'x', indicator: first.id, period: 2023, numerator: 0.05, denominator: 0.1234567891 }] as Observation[];
    const expected = evaluate(half, observations, { asOf: '2023-05-31' }).rows.map(fromLibrary);
    await duck.run('CREATE OR REPLACE TABLE fine (unit TEXT, indicator TEXT, period TEXT, numerator DECIMAL(38, 10), denominator DECIMAL(38, 10))');
    await duck.run(`INSERT INTO fine VALUES ('x', '${first.id}', '2023', 0.05, 0.1234567891)`);
    const sql = compileScorecard(half, { dialect: 'duckdb', asOf: '2023-05-31', table: 'fine', columns: { value: null, rank: null, done: null } });
    const raw = await duck.rows(sql);
    expect(raw.map(fromEngine)).toEqual(expected);
    expect(expected[0]?.status).toBe('not-met');
    // The pair itself is exact: 5 over 7.09876537325 (as DuckDB prints it at scale 11).
    expect([String(raw[0]?.['attainment_num']), String(raw[0]?.['attainment_den'])]).toEqual(['5.00000000000', '7.09876537325']);
  });

  it('refuses a scale DuckDB cannot hold with the catalog’s bounds, a missing view name, a NUL in a unit id', () => {
    // A bound of 57.5 has one decimal place: with 38 for the values, a product would need 39.
    const first = catalogs.vinhPhuc302.indicators.find((i) => i.measure === 'percent') as Catalog['indicators'][number];
    const half = { ...catalogs.vinhPhuc302, indicators: [{ ...first, targets: [{ kind: 'threshold', op: '>=', value: 57.5 }] }] } as Catalog;
    const scale = issuesOf(() => compileScorecard(half, { dialect: 'duckdb', asOf: '2023-05-31', scale: 38 }));
    expect(scale[0]?.path).toEqual(['options', 'scale']);
    // PostgreSQL's NUMERIC has no such limit.
    expect(compileScorecard(catalogs.vinhPhuc302, { dialect: 'postgres', asOf: '2023-05-31', scale: 38 })).toContain('NUMERIC');
    expect(issuesOf(() => compileScorecardView(catalogs.vinhPhuc302, { dialect: 'duckdb', asOf: '2023-05-31' } as never))[0]?.path).toEqual(['options', 'view']);
    expect(issuesOf(() => compileScorecard(catalogs.vinhPhuc302, { dialect: 'duckdb', asOf: '2023-05-31', units: [{ id: 'a\u0000b', name: 'A', level: 'province' }] }))[0]?.field).toBe('text');
    expect(issuesOf(() => compileScorecard(catalogs.vinhPhuc302, { dialect: 'duckdb', asOf: '2023-05-31', columns: { value: '' } }))[0]?.path).toEqual(['options', 'columns', 'value']);
    // Units come either as a list or as a table, not both.
    expect(issuesOf(() => compileScorecard(catalogs.vinhPhuc302, { dialect: 'duckdb', asOf: '2023-05-31', units: [], unitsTable: 'u' }))[0]?.message).toBe('Expected options.unitsTable to be left out when units are given (the units come either as a list or as a table) but got "u".');
  });
});

describe('compileRollUp options', () => {
  const catalog: Catalog = { ...catalogs.vinhPhuc302, indicators: catalogs.vinhPhuc302.indicators.filter((i) => i.measure === 'rank') } as Catalog;

  it('gives no row for an empty registry, or a catalog with nothing that adds up', async () => {
    expect(await duck.rows(compileRollUp(defineUnits([], threeTier2021), { dialect: 'duckdb', catalog: catalogs.vinhPhuc302, ...renamed }))).toEqual([]);
    const registry = defineUnits([{ id: 'tinh', name: 'Tỉnh', level: 'province' }, { id: 'xa', name: 'Xã', level: 'commune', parent: 'tinh' }], twoTier2025);
    expect(await duck.rows(compileRollUp(registry, { dialect: 'duckdb', catalog, ...renamed }))).toEqual([]);
  });

  it('gives no row for a hierarchy of one level, level by level', async () => {
    const oneLevel = { id: 'flat', name: { vi: 'Một cấp', en: 'One level' }, levels: [{ id: 'province', name: { vi: 'Cấp tỉnh', en: 'Province level' } }] };
    const registry = defineUnits([{ id: 'tinh', name: 'Tỉnh', level: 'province' }], oneLevel as typeof threeTier2021);
    expect(await duck.rows(compileRollUp(registry, { dialect: 'duckdb', catalog: catalogs.vinhPhuc302, ...renamed }))).toEqual([]);
  });

  it('refuses an empty table name', () => {
    expect(issuesOf(() => compileRollUp(defineUnits([], threeTier2021), { dialect: 'duckdb', catalog, table: '' }))[0]?.path).toEqual(['options', 'table']);
  });
});
