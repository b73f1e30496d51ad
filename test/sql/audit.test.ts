// @zone-independent: the as-of day is a civil date string and the roll-ups read no date; nothing is read in a time zone.
// The audit of chiso/sql, run on the real engines: a value the query's decimal type would round is
// refused loudly (never a verdict on a rounded number), a bound whose product overflows DuckDB's 38
// digits is refused when compiling, and a roll-up refuses what rollUp refuses. Expected values are
// worked by hand in the comments; `evaluate` and `rollUp` are checked to agree where they apply.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defineUnits, evaluate, rollUp, threeTier2021, type Catalog, type Observation, type UnitRegistry } from '../../src/index';
import { compileRollUp, compileScorecard } from '../../src/sql/index';
import { issuesOf } from '../helpers';
import { startDuckDB, startPostgres, type Engine } from './engines';

let duck: Engine;
let pg: Engine;
beforeAll(async () => {
  duck = await startDuckDB();
  pg = await startPostgres();
}, 120_000);
afterAll(async () => {
  await duck?.close();
  await pg?.close();
});
const both = (): Engine[] => [duck, pg];

const plan = { issuer: { vi: 'Tỉnh thử', en: 'Test province' }, title: { vi: 'Thử', en: 'Test' } };
const pct: Catalog = {
  id: 'audit-scale', plan, hierarchy: threeTier2021,
  indicators: [{ id: 'p', name: { vi: 'p', en: 'p' }, measure: 'percent', targets: [{ kind: 'threshold', op: '>=', value: 57.5 }] }],
} as Catalog;
const units = [{ id: 'a', name: 'A', level: 'province' }];

/** A one-row observations table whose number columns have the given type. */
async function table(engine: Engine, type: string, row: { value?: string; numerator?: string; denominator?: string }, unit = 'a', indicator = 'p'): Promise<void> {
  await engine.run('DROP TABLE IF EXISTS obs');
  await engine.run(`CREATE TABLE obs (unit TEXT, indicator TEXT, period TEXT, value ${type}, numerator ${type}, denominator ${type})`);
  const v = (x: string | undefined): string => (x === undefined ? 'NULL' : `CAST('${x}' AS ${type})`);
  await engine.run(`INSERT INTO obs VALUES ('${unit}', '${indicator}', '2024', ${v(row.value)}, ${v(row.numerator)}, ${v(row.denominator)})`);
}
const scorecard = (engine: Engine, scale?: number): string =>
  compileScorecard(pct, { dialect: engine.dialect, asOf: '2024-12-31', units, table: 'obs', columns: { rank: null, done: null }, ...(scale === undefined ? {} : { scale }) });

describe('a value is never rounded across a bound', () => {
  it('57.499999999999 against ≥ 57.5: evaluate says not met; DuckDB at scale 10 stops, at scale 12 and PostgreSQL say not met', async () => {
    // 57.499999999999 < 57.5 by 1e-12: not met. At 10 decimal places it would round to 57.5000000000 and meet.
    const obs = [{ unit: 'a', indicator: 'p', period: 2024, value: 57.499999999999 }] as Observation[];
    expect(evaluate(pct, obs, { asOf: '2024-12-31', units }).rows.map((r) => r.status)).toEqual(['not-met']);

    await table(duck, 'DECIMAL(38, 12)', { value: '57.499999999999' });
    await expect(duck.rows(scorecard(duck))).rejects.toThrow(/chiso: the value 57\.499999999999 of unit "a", indicator "p", period 2024 has more than 10 decimal places.*options\.scale/);
    const at12 = await duck.rows(scorecard(duck, 12));
    expect(at12.map((r) => [r['status'], r['value_num'], r['value_den']])).toEqual([['not-met', '57.499999999999', '1.000000000000']]);

    // PostgreSQL's NUMERIC (no typmod) keeps every digit.
    await table(pg, 'NUMERIC', { value: '57.499999999999' });
    const rows = await pg.rows(scorecard(pg));
    expect(rows.map((r) => [r['status'], r['value_num'], r['value_den']])).toEqual([['not-met', '57.499999999999', '1']]);
  });

  it('a numerator with more decimal places than the scale stops DuckDB, naming the numerator', async () => {
    // 57.4999999999 of 100 (10 places) reads; 57.49999999999 (11) would round to 57.5000000000 of 100 and meet.
    await table(duck, 'DECIMAL(38, 12)', { numerator: '57.49999999999', denominator: '100' });
    await expect(duck.rows(scorecard(duck))).rejects.toThrow(/chiso: the numerator 57\.49999999999\d* of unit "a", indicator "p", period 2024 has more than 10 decimal places/);
    await table(duck, 'DECIMAL(38, 12)', { numerator: '57.4999999999', denominator: '100' });
    expect((await duck.rows(scorecard(duck))).map((r) => r['status'])).toEqual(['not-met']);
  });

  it('a value that fits the scale is read as before: 57.500000000000 meets, 57.4 (a DOUBLE) does not', async () => {
    await table(duck, 'DECIMAL(38, 12)', { value: '57.5' });
    expect((await duck.rows(scorecard(duck))).map((r) => r['status'])).toEqual(['met']);
    for (const engine of both()) {
      // 57.4 as a double is 57.39999999999999857891452847979962825775146484375; read as 57.4 (as chiso reads a JS number): not met, gap 0.1.
      await table(engine, engine.dialect === 'duckdb' ? 'DOUBLE' : 'DOUBLE PRECISION', { value: '57.4' });
      const rows = await engine.rows(scorecard(engine));
      expect(rows.map((r) => [r['status'], Number(r['value_num']), Number(r['gap_num']) / Number(r['gap_den'])]), engine.dialect).toEqual([['not-met', 57.4, 0.1]]);
    }
  });

  it('a double precision value is read by PostgreSQL as its shortest text, not to 15 digits; DuckDB at scale 10 stops', async () => {
    // 57.49999999999999 (16 significant digits) as NUMERIC would be 57.5 (met); read through its
    // text it stays 57.49999999999999 (not met, as evaluate says of the same JS number).
    const obs = [{ unit: 'a', indicator: 'p', period: 2024, value: 57.49999999999999 }] as Observation[];
    expect(evaluate(pct, obs, { asOf: '2024-12-31', units }).rows.map((r) => r.status)).toEqual(['not-met']);
    await table(pg, 'DOUBLE PRECISION', { value: '57.49999999999999' });
    expect((await pg.rows(scorecard(pg))).map((r) => [r['status'], r['value_num']])).toEqual([['not-met', '57.49999999999999']]);
    // With extra_float_digits below 1 PostgreSQL rounds that text as well: the query stops.
    await pg.run('SET extra_float_digits = 0');
    try {
      await expect(pg.rows(scorecard(pg))).rejects.toThrow(/chiso: the value 57\.5 of unit "a", indicator "p", period 2024 is a floating-point number, and extra_float_digits \(0\) rounds its text/);
    } finally {
      await pg.run('RESET extra_float_digits');
    }
    await table(duck, 'DOUBLE', { value: '57.49999999999999' });
    await expect(duck.rows(scorecard(duck))).rejects.toThrow(/chiso: the value 57\.4999999999999\d* of unit "a"/);
  });

  it('a text column: DuckDB counts its decimal places (trailing zeros aside), PostgreSQL reads it exactly', async () => {
    await table(duck, 'VARCHAR', { value: '57.499999999999' });
    await expect(duck.rows(scorecard(duck))).rejects.toThrow(/chiso: the value 57\.499999999999 of unit "a", indicator "p", period 2024 has more than 10 decimal places/);
    // 57.5000000000000 has 13 decimal places, but only one that is not a trailing zero: it is 57.5, met.
    await table(duck, 'VARCHAR', { value: '57.5000000000000' });
    expect((await duck.rows(scorecard(duck))).map((r) => r['status'])).toEqual(['met']);
    await table(pg, 'TEXT', { value: '57.499999999999' });
    expect((await pg.rows(scorecard(pg))).map((r) => [r['status'], r['value_num']])).toEqual([['not-met', '57.499999999999']]);
  });

  it('compileRollUp reads the same way: a DuckDB value below the scale stops the roll-up', async () => {
    const catalog = { ...pct, indicators: [{ id: 'n', name: { vi: 'n', en: 'n' }, measure: 'money', targets: [] }] } as Catalog;
    const registry = defineUnits([{ id: 'P', name: 'P', level: 'province' }, { id: 'a', name: 'A', level: 'district', parent: 'P' }], threeTier2021);
    await table(duck, 'DECIMAL(38, 12)', { value: '0.000000000001' }, 'a', 'n');
    await expect(duck.rows(compileRollUp(registry, { dialect: 'duckdb', catalog, table: 'obs', columns: { done: null } }))).rejects.toThrow(/chiso: the value 0\.000000000001 of unit "a", indicator "n", period 2024 has more than 10 decimal places/);
    // At scale 12, P adds up a's 0.000000000001 (one of one child: ok).
    const rows = await duck.rows(compileRollUp(registry, { dialect: 'duckdb', catalog, table: 'obs', columns: { done: null }, scale: 12 }));
    expect(rows.map((r) => [r['unit'], r['status'], r['value']])).toEqual([['P', 'ok', '0.000000000001']]);
  });
});

describe('a bound whose product overflows DuckDB’s 38 digits', () => {
  const money: Catalog = {
    id: 'audit-overflow', plan, hierarchy: threeTier2021,
    indicators: [
      { id: 'm', name: { vi: 'm', en: 'm' }, measure: 'money', targets: [{ kind: 'threshold', op: '>=', value: 1e18 }] },
      { id: 'p', name: { vi: 'p', en: 'p' }, measure: 'percent', targets: [{ kind: 'threshold', op: '>=', value: 33.333333333333 }] },
    ],
  } as Catalog;
  const opts = { asOf: '2024-12-31', units, table: 'obs', columns: { rank: null, done: null } };

  it('is refused when compiling for DuckDB, naming the target; PostgreSQL and a smaller scale run it', async () => {
    // 1e18 has 19 whole digits; with scale 10 and the catalog's 12 decimal places: 19 + 10 + 12 = 41 > 38.
    const issues = issuesOf(() => compileScorecard(money, { dialect: 'duckdb', ...opts }));
    expect(issues.map((i) => [i.code, i.path])).toEqual([['out_of_range', ['catalog', 'indicators', 0, 'targets', 0, 'value']]]);
    expect(issues[0]?.message).toContain('at most 16 whole digits');
    // 5 against ≥ 1e18: not met, gap 1e18 − 5 = 999999999999999995.
    await table(pg, 'NUMERIC', { value: '5' }, 'a', 'm');
    const rows = await pg.rows(compileScorecard(money, { dialect: 'postgres', ...opts }));
    expect(rows.filter((r) => r['indicator'] === 'm').map((r) => [r['status'], r['gap_num']])).toEqual([['not-met', '999999999999999995']]);
    // Scale 4: 19 + 4 + 12 = 35 fits.
    await table(duck, 'DECIMAL(38, 4)', { value: '5' }, 'a', 'm');
    const at4 = await duck.rows(compileScorecard(money, { dialect: 'duckdb', ...opts, scale: 4 }));
    expect(at4.filter((r) => r['indicator'] === 'm').map((r) => [r['status'], String(r['gap_num']).replace(/\.0+$/, '')])).toEqual([['not-met', '999999999999999995']]);
  });
});

describe('a roll-up refuses what rollUp refuses', () => {
  const catalog: Catalog = { ...pct, indicators: [{ id: 'p', name: { vi: 'p', en: 'p' }, measure: 'percent', targets: [] }] } as Catalog;
  const registry: UnitRegistry = defineUnits([
    { id: 'P', name: 'P', level: 'province' },
    { id: 'c1', name: 'C1', level: 'district', parent: 'P' },
    { id: 'c2', name: 'C2', level: 'district', parent: 'P' },
  ], threeTier2021);

  async function load(engine: Engine, rows: readonly (readonly [string, number | null, number | null, number | null])[]): Promise<void> {
    await engine.run('DROP TABLE IF EXISTS obs');
    await engine.run(`CREATE TABLE obs (unit TEXT, indicator TEXT, period TEXT, value NUMERIC, numerator NUMERIC, denominator NUMERIC, done BOOLEAN)`.replace(/NUMERIC/g, engine.dialect === 'duckdb' ? 'DECIMAL(38, 10)' : 'NUMERIC'));
    const n = (x: number | null): string => (x === null ? 'NULL' : String(x));
    await engine.run(`INSERT INTO obs VALUES ${rows.map(([u, v, a, b]) => `('${u}', 'p', '2024', ${n(v)}, ${n(a)}, ${n(b)}, NULL)`).join(', ')}`);
  }
  const sqlFor = (engine: Engine, from: 'children' | 'leaves', reg: UnitRegistry = registry): string => compileRollUp(reg, { dialect: engine.dialect, catalog, table: 'obs', from });

  it('percent values without counts (60 and 80) stop the query, as rollUp throws', async () => {
    const obs = [{ unit: 'c1', indicator: 'p', period: 2024, value: 60 }, { unit: 'c2', indicator: 'p', period: 2024, value: 80 }] as Observation[];
    expect(() => rollUp(obs, registry, { catalog })).toThrow(/cannot be rolled up exactly without its counts/);
    for (const engine of both()) {
      await load(engine, [['c1', 60, null, null], ['c2', 80, null, null]]);
      for (const from of ['children', 'leaves'] as const) {
        await expect(engine.rows(sqlFor(engine, from)), `${engine.dialect} ${from}`).rejects.toThrow(/chiso: the percent value 60(\.0+)? of unit "c1", indicator "p", period 2024 cannot be rolled up exactly without its counts|chiso: the percent value 80(\.0+)? of unit "c2"/);
      }
    }
  });

  it('3/4 next to a value of 80 stops the query (was: ok 3/4 with 2 of 2 reported), as rollUp throws', async () => {
    const obs = [{ unit: 'c1', indicator: 'p', period: 2024, numerator: 3, denominator: 4 }, { unit: 'c2', indicator: 'p', period: 2024, value: 80 }] as Observation[];
    expect(() => rollUp(obs, registry, { catalog })).toThrow(/unit "c2".*cannot be rolled up exactly/);
    for (const engine of both()) {
      await load(engine, [['c1', null, 3, 4], ['c2', 80, null, null]]);
      for (const from of ['children', 'leaves'] as const) {
        await expect(engine.rows(sqlFor(engine, from)), `${engine.dialect} ${from}`).rejects.toThrow(/chiso: the percent value 80(\.0+)? of unit "c2", indicator "p", period 2024 cannot be rolled up exactly/);
      }
    }
  });

  it('stops even where no aggregate would come out: a district’s value with no commune reporting, from the leaves', async () => {
    const deep = defineUnits([
      { id: 'P', name: 'P', level: 'province' },
      { id: 'd', name: 'D', level: 'district', parent: 'P' },
      { id: 'x', name: 'X', level: 'commune', parent: 'd' },
    ], threeTier2021);
    expect(() => rollUp([{ unit: 'd', indicator: 'p', period: 2024, value: 60 }] as Observation[], deep, { catalog, from: 'leaves' })).toThrow(/cannot be rolled up/);
    for (const engine of both()) {
      await load(engine, [['d', 60, null, null]]);
      await expect(engine.rows(sqlFor(engine, 'leaves', deep)), engine.dialect).rejects.toThrow(/chiso: the percent value 60(\.0+)? of unit "d"/);
    }
  });

  it('a percent value of a unit without a parent is passed over, as rollUp does: P has its own 60, its children add up to 8/14', async () => {
    const obs = [
      { unit: 'P', indicator: 'p', period: 2024, value: 60 },
      { unit: 'c1', indicator: 'p', period: 2024, numerator: 3, denominator: 4 },
      { unit: 'c2', indicator: 'p', period: 2024, numerator: 5, denominator: 10 },
    ] as Observation[];
    // 3 + 5 = 8 of 4 + 10 = 14; both children reported; P observed (its own 60).
    const [agg] = rollUp(obs, registry, { catalog }).aggregates;
    expect([agg?.status, agg?.coverage.reported, agg?.observed]).toEqual(['ok', 2, true]);
    expect(agg?.observation).toMatchObject({ unit: 'P', indicator: 'p', period: 2024, numerator: 8, denominator: 14 });
    for (const engine of both()) {
      await load(engine, [['P', 60, null, null], ['c1', null, 3, 4], ['c2', null, 5, 10]]);
      for (const from of ['children', 'leaves'] as const) {
        const rows = await engine.rows(sqlFor(engine, from));
        expect(rows.map((r) => [r['unit'], r['status'], Number(r['reported']), Number(r['expected']), r['observed'], Number(r['numerator']), Number(r['denominator'])]), `${engine.dialect} ${from}`)
          .toEqual([['P', 'ok', 2, 2, true, 8, 14]]);
      }
    }
  });
});
