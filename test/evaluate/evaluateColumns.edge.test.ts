// @zone-sensitive: asOf as instants and in other zones.
import { describe, expect, it } from 'vitest';
import { ChisoError, type ChisoIssue } from '../../src/errors';
import { evaluate } from '../../src/evaluate/evaluate';
import { evaluateColumns, type ObservationColumns, type ScorecardColumns } from '../../src/evaluate/evaluateColumns';
import { addDays } from '../../src/_shared/dates';
import type { Catalog } from '../../src/model/catalog';
import { threeTier2021 } from '../../src/model/hierarchies';
import type { Indicator } from '../../src/model/indicator';
import type { Observation } from '../../src/model/observation';
import type { Unit } from '../../src/model/unit';
import { fromColumns, fromObjects, toColumns, type Row } from './columns.helpers';

// The paths evaluateColumns takes off its fast integer road (decimal readings, rank values, shares
// of `grdp-share` and `done` indicators, no denominator column, very sparse cells) and its input
// checks. The oracle is `evaluate` on the same observations as objects: same rows, same numbers (Object.is),
// same ignored list; for errors, the same issues where the two share them, and hand-written ones where
// only the columns can be wrong.

const T = (s: string) => ({ vi: s, en: s });
const source = { document: 'TEST', section: '1' };
const catalogOf = (indicators: Omit<Indicator, 'name' | 'pillar' | 'source'>[]): Catalog => ({
  id: 'edge',
  plan: { issuer: T('x'), title: T('x') },
  hierarchy: threeTier2021,
  indicators: indicators.map((ind) => ({ name: T(ind.id), pillar: 'foundations', source, ...ind }) as Indicator),
});


/** evaluateColumns gives what evaluate gives, bit for bit; returns the columns for further checks. */
function expectAgree(catalog: Catalog, observations: Observation[], options: Parameters<typeof evaluate>[2]): ScorecardColumns {
  const objects = evaluate(catalog, observations, options);
  const columns = evaluateColumns(catalog, toColumns(observations), options);
  const a = fromObjects(objects, observations);
  const b = fromColumns(columns);
  expect(b.rows.length).toBe(a.rows.length);
  a.rows.forEach((row, r) => {
    for (const [key, value] of Object.entries(row)) {
      if (!Object.is(b.rows[r]?.[key], value)) expect({ row: r, key, columns: b.rows[r]?.[key] }).toEqual({ row: r, key, columns: value });
    }
  });
  expect(b.ignored).toEqual(a.ignored);
  expect(columns.summary).toEqual(objects.summary);
  expect([columns.asOf, columns.zone, columns.catalog]).toEqual([objects.asOf, objects.zone, catalog.id]);
  return columns;
}

/** The issues thrown by `f` (which must throw a ChisoError). */
function issuesOf(f: () => unknown): readonly ChisoIssue[] {
  try {
    f();
  } catch (error) {
    expect(error).toBeInstanceOf(ChisoError);
    return (error as ChisoError).issues;
  }
  throw new Error('expected a ChisoError');
}

const brief = (issues: readonly ChisoIssue[]) => issues.map((i) => ({ code: i.code, path: i.path, field: i.field, unit: i.unit, indicator: i.indicator, expected: i.expected, received: i.received }));

describe('evaluateColumns off the fast road: the same numbers as evaluate', () => {
  const percent = catalogOf([{ id: 'p', measure: 'percent', targets: [{ kind: 'threshold', op: '>=', value: 30 }, { kind: 'range', min: 0.3, max: 50 }] }]);

  it('a value with more decimals than safe integers hold (0.1 + 0.2), with no denominator column', () => {
    // 0.1 + 0.2 is 0.30000000000000004: 17 significant digits, so it is read in decimal. Against ≥ 30 it is
    // far off (gap 30 − 0.30000000000000004); against the range 0.3–50 it is met, just above 0.3.
    const cols = expectAgree(percent, [{ unit: 'u', indicator: 'p', period: 2025, value: 0.1 + 0.2 }, { unit: 'v', indicator: 'p', period: 2025, value: 45 }], { asOf: '2025-12-31' });
    expect(cols.status).toEqual(['not-met', 'met', 'met', 'met']);
    expect(cols.value[0]).toBe(0.30000000000000004);
    expect(cols.gap[0]).toBe(29.7);
  });

  it('a share with a fractional numerator (0.5 of 2 = 25 %) is read in decimal', () => {
    const cols = expectAgree(percent, [{ unit: 'u', indicator: 'p', period: 2025, numerator: 0.5, denominator: 2 }], { asOf: '2025-12-31' });
    expect(cols.value).toEqual([25, 25]);
    expect(cols.status).toEqual(['not-met', 'met']);
    expect(cols.gap[0]).toBe(5);
  });

  it('reads the value of a rank indicator as its rank (columns have no `{ rank }`), and words a plain done value for columns', () => {
    const catalog = catalogOf([
      { id: 'r', measure: 'rank', targets: [{ kind: 'rank', top: 10 }] },
      { id: 'd', measure: 'done', targets: [{ kind: 'done' }] },
    ]);
    // Rank 7 against top 10 is met; rank 12 is 2 places short, attainment 10 / 12: as evaluate reads `{ rank }`.
    const ranks: ObservationColumns = { unit: ['u', 'v'], indicator: ['r', 'r'], period: [2024, 2024], value: [7, 12] };
    const card = evaluateColumns(catalog, ranks, { asOf: '2025-12-31' });
    const at = card.indicator.flatMap((id, r) => (id === 'r' ? [r] : []));
    const rows = at.map((r) => [card.unit[r], card.status[r], card.value[r], card.gap[r], card.attainment[r]]);
    expect(rows).toEqual([
      ['u', 'met', 7, 0, 1],
      ['v', 'not-met', 12, 2, 10 / 12],
    ]);
    const byEvaluate = evaluate(catalog, [{ unit: 'u', indicator: 'r', period: 2024, rank: 7 }, { unit: 'v', indicator: 'r', period: 2024, rank: 12 }], { asOf: '2025-12-31' });
    expect(byEvaluate.rows.filter((r) => r.indicator === 'r').map((r) => [r.unit, r.status, r.value, r.gap, r.attainment])).toEqual(rows);

    const issues = issuesOf(() => evaluateColumns(catalog, { unit: ['u', 'u', 'u'], indicator: ['r', 'd', 'r'], period: [2024, 2024, 2025], value: [0, 1, 2], denominator: [null, null, 5] }, { asOf: '2025-12-31' }));
    expect(brief(issues)).toEqual([
      { code: 'invalid_value', path: ['columns', 'value', 0], field: 'value', unit: 'u', indicator: 'r', expected: 'a positive whole number (1 is best)', received: '0' },
      { code: 'invalid_type', path: ['columns', 'value', 1], field: 'value', unit: 'u', indicator: 'd', expected: 'the numerator of a share for a done indicator (value = units done, with the units reporting in the denominator column; a done / not-done figure needs evaluate)', received: '1' },
      { code: 'invalid_type', path: ['columns', 'denominator', 2], field: 'denominator', unit: 'u', indicator: 'r', expected: "null (a rank indicator's row holds its rank in the value column, without a denominator)", received: '5' },
    ]);
    // Never a shape the columns cannot hold.
    for (const issue of issues) expect(issue.message).not.toMatch(/\{ rank \}|a boolean/);
  });

  it('shares of grdp-share and done indicators', () => {
    const catalog = catalogOf([
      { id: 'g', measure: 'grdp-share', targets: [{ kind: 'range', min: 20, max: 25 }] },
      { id: 'd', measure: 'done', targets: [{ kind: 'done' }] },
    ]);
    // 21 of 100 = 21 % is within 20–25 %. A `done` share is met only when every unit is done: 4 of 4
    // (100 %) is met; 3 of 4 (75 %) is not, 25 points short, attainment 0.75.
    const cols = expectAgree(
      catalog,
      [
        { unit: 'a', indicator: 'g', period: 2025, numerator: 21, denominator: 100 },
        { unit: 'a', indicator: 'd', period: 2025, numerator: 4, denominator: 4 },
        { unit: 'b', indicator: 'd', period: 2025, numerator: 3, denominator: 4 },
      ],
      { asOf: '2025-12-31' },
    );
    expect(cols.indicator.map((id, r) => [cols.unit[r], id, cols.status[r], cols.value[r], cols.gap[r], cols.attainment[r]])).toEqual([
      ['a', 'g', 'met', 21, 0, 1],
      ['a', 'd', 'met', 100, 0, 1],
      ['b', 'g', 'no-data', null, null, null],
      ['b', 'd', 'not-met', 75, 25, 0.75],
    ]);
  });

  it('reads asOf in the zone it is given: 2025-12-31T16:30Z is already 2026 in Tokyo, not yet in Vietnam', () => {
    const catalog = catalogOf([{ id: 'n', measure: 'count', targets: [{ kind: 'threshold', op: '>=', value: 5, by: '2026-01-01' }] }]);
    const observations: Observation[] = [{ unit: 'u', indicator: 'n', period: '2026-01-01', value: 5 }];
    const asOf = new Date(Date.UTC(2025, 11, 31, 16, 30));
    // Vietnam (UTC+7): 23:30 on 31/12/2025 — the 1/1/2026 observation is not yet usable, the deadline not yet due.
    const vn = expectAgree(catalog, observations, { asOf });
    expect([vn.asOf, vn.zone, vn.status[0], vn.due[0], vn.ignored.reason]).toEqual(['2025-12-31', 'Asia/Ho_Chi_Minh', 'no-data', false, ['after-as-of']]);
    // Tokyo (UTC+9): 01:30 on 1/1/2026 — used, met and due.
    const tokyo = expectAgree(catalog, observations, { asOf, zone: 'Asia/Tokyo' });
    expect([tokyo.asOf, tokyo.zone, tokyo.status[0], tokyo.due[0], tokyo.source[0]]).toEqual(['2026-01-01', 'Asia/Tokyo', 'met', true, 0]);
    expect(brief(issuesOf(() => evaluateColumns(catalog, toColumns(observations), { asOf, zone: 'Mars/Olympus' })))).toEqual(brief(issuesOf(() => evaluate(catalog, observations, { asOf, zone: 'Mars/Olympus' }))));
  });

  it('keeps cells in a map when units × indicators × periods is far larger than the rows (1,030 units, 1,030 days)', () => {
    // 1,030² = 1,060,900 cells > 4 × 1,030 + 1,048,576 = 1,052,696: too many for a dense table.
    const catalog = catalogOf([{ id: 'n', measure: 'count', targets: [{ kind: 'threshold', op: '>=', value: 500 }] }]);
    const observations: Observation[] = Array.from({ length: 1030 }, (_, i) => ({ unit: `u${String(i).padStart(4, '0')}`, indicator: 'n', period: addDays('2023-01-01', i), value: i }));
    // Unit u0000 also has a later figure (a second period for one unit): the earlier one is superseded.
    observations.push({ unit: 'u0000', indicator: 'n', period: '2026-01-01', value: 900 });
    const cols = expectAgree(catalog, observations, { asOf: '2026-01-01' });
    expect(cols.length).toBe(1030);
    // u0000 uses its 2026 figure (900 ≥ 500: met); u0499 has 499 (not met), u0500 has 500 (met).
    expect([cols.status[0], cols.value[0], cols.source[0]]).toEqual(['met', 900, 1030]);
    expect([cols.status[499], cols.status[500]]).toEqual(['not-met', 'met']);
    // met: u0500–u1029 (530) and u0000 (900); not met: u0001–u0499 (499).
    expect(cols.summary).toEqual({ total: 1030, met: 531, 'not-met': 499, 'no-data': 0, 'not-applicable': 0 });
    expect(Array.from(cols.ignored.source)).toEqual([0]);
    expect(cols.ignored.reason).toEqual(['superseded']);
    // A repeated unit × indicator × period is found in the map too.
    const twice = [...observations, { unit: 'u0007', indicator: 'n', period: addDays('2023-01-01', 7), value: 1 }];
    expect(brief(issuesOf(() => evaluateColumns(catalog, toColumns(twice), { asOf: '2026-01-01' })))).toEqual([
      { code: 'duplicate_observation', path: ['columns', 'period', 1031], field: 'period', unit: 'u0007', indicator: 'n', expected: 'one observation per unit × indicator × period', received: '2023-01-08' },
    ]);
  });
});

describe('evaluateColumns rejects bad options and columns, all problems at once', () => {
  const catalog = catalogOf([
    { id: 'p', measure: 'percent', targets: [{ kind: 'threshold', op: '>=', value: 80 }] },
    { id: 'n', measure: 'count', targets: [] },
  ]);
  const one: ObservationColumns = { unit: ['a'], indicator: ['p'], period: [2025], value: [90] };

  it('reports an unknown level, a repeated unit, a unit at an unknown level and an unknown parent as evaluate does', () => {
    const units = [
      { id: 'a', name: 'A', level: 'province' },
      { id: 'a', name: 'A again', level: 'province' },
      { id: 'b', name: 'B', level: 'ward' },
      { id: 'c', name: 'C', level: 'commune', parent: 'zz' },
    ] as Unit[];
    const options = { asOf: '2025-12-31', units, level: 'hamlet' };
    const issues = issuesOf(() => evaluateColumns(catalog, one, options));
    const levels = 'one of the catalog\'s levels ("province", "district", "commune")';
    // A unit's level is checked as defineUnits checks it (one check, the same words).
    const unitLevels = 'one of the levels of hierarchy "three-tier-2021" (province, district, commune)';
    expect(brief(issues)).toEqual([
      { code: 'unknown_level', path: ['options', 'level'], field: 'level', unit: undefined, indicator: undefined, expected: levels, received: 'hamlet' },
      { code: 'duplicate_unit', path: ['options', 'units', 1, 'id'], field: 'id', unit: 'a', indicator: undefined, expected: 'a unit id not used before', received: 'a' },
      { code: 'unknown_level', path: ['options', 'units', 2, 'level'], field: 'level', unit: 'b', indicator: undefined, expected: unitLevels, received: 'ward' },
      { code: 'unknown_unit', path: ['options', 'units', 3, 'parent'], field: 'parent', unit: 'c', indicator: undefined, expected: 'the id of another unit in `units`', received: 'zz' },
    ]);
    expect(issues[0]?.message).toBe('Expected options.level to be one of the catalog\'s levels ("province", "district", "commune") but got "hamlet".');
    expect(brief(issuesOf(() => evaluate(catalog, [{ unit: 'a', indicator: 'p', period: 2025, value: 90 }], options)))).toEqual(brief(issues));
  });

  it('wants an object of columns', () => {
    for (const columns of [null, 'unit,indicator', 42]) {
      const issues = issuesOf(() => evaluateColumns(catalog, columns as never, { asOf: '2025-12-31' }));
      expect(brief(issues)).toEqual([
        { code: 'invalid_type', path: ['columns'], field: 'columns', unit: undefined, indicator: undefined, expected: 'an object of columns (unit, indicator, period, value and optionally denominator)', received: String(columns) },
      ]);
    }
    // Option problems found before are reported with it.
    const both = issuesOf(() => evaluateColumns(catalog, null as never, { asOf: '2025-12-31', level: 'hamlet' }));
    expect(both.map((i) => i.path.join('.'))).toEqual(['options.level', 'columns']);
  });

  it('wants every column an array or a typed array of one length (a DataView or a string is not a column)', () => {
    const issues = issuesOf(() =>
      evaluateColumns(catalog, { unit: 'abc', indicator: new DataView(new ArrayBuffer(2)), period: [2025], value: Float64Array.of(1, 2), denominator: { length: 0 } } as never, { asOf: '2025-12-31' }),
    );
    // `unit` is not a column, so the length expected of the others is 0.
    expect(brief(issues)).toEqual([
      { code: 'invalid_type', path: ['columns', 'unit'], field: 'unit', unit: undefined, indicator: undefined, expected: 'an array or a typed array', received: 'abc' },
      { code: 'invalid_type', path: ['columns', 'indicator'], field: 'indicator', unit: undefined, indicator: undefined, expected: 'an array or a typed array', received: '{}' },
      { code: 'invalid_value', path: ['columns', 'period'], field: 'period', unit: undefined, indicator: undefined, expected: 'a column of the same length as columns.unit (0)', received: '1 rows' },
      { code: 'invalid_value', path: ['columns', 'value'], field: 'value', unit: undefined, indicator: undefined, expected: 'a column of the same length as columns.unit (0)', received: '2 rows' },
      { code: 'invalid_type', path: ['columns', 'denominator'], field: 'denominator', unit: undefined, indicator: undefined, expected: 'an array or a typed array', received: '{"length":0}' },
    ]);
    expect(issues[0]?.message).toBe('Expected columns.unit to be an array or a typed array but got "abc".');
  });

  it('names each bad row: a unit that is not text or not in `units`, a value that is not a number, a bad numerator or denominator', () => {
    const units = [{ id: 'a', name: 'A', level: 'province' }];
    const columns = {
      unit: ['a', 7, 'stranger', 'a', 'a', 'a', ' a '],
      indicator: ['p', 'p', 'p', 'p', 'p', 'n', 'p'],
      period: [2020, 2021, 2022, 2023, 2024, 2025, 2025],
      value: [90, 90, 90, '90', 5, 1, 10],
      denominator: [null, null, null, null, -4, 2, 5],
    } as unknown as ObservationColumns;
    const issues = issuesOf(() => evaluateColumns(catalog, columns, { asOf: '2025-12-31', units }));
    expect(brief(issues)).toEqual([
      { code: 'invalid_type', path: ['columns', 'unit', 1], field: 'unit', unit: undefined, indicator: undefined, expected: 'a non-empty unit id', received: '7' },
      { code: 'unknown_unit', path: ['columns', 'unit', 2], field: 'unit', unit: 'stranger', indicator: undefined, expected: 'the id of a unit in `units`', received: 'stranger' },
      { code: 'invalid_type', path: ['columns', 'value', 3], field: 'value', unit: 'a', indicator: 'p', expected: 'a number', received: '90' },
      // 5 of −4: the denominator is named as the denominator column.
      { code: 'invalid_value', path: ['columns', 'denominator', 4], field: 'denominator', unit: 'a', indicator: 'p', expected: 'a finite number ≥ 0', received: '-4' },
      // A count is never a share; the numerator is the value column.
      { code: 'invalid_type', path: ['columns', 'value', 5], field: 'value', unit: 'a', indicator: 'n', expected: 'a number for a count indicator', received: '{"numerator":1,"denominator":2}' },
      // 10 of 5: more than the whole.
      { code: 'invalid_value', path: ['columns', 'value', 6], field: 'value', unit: 'a', indicator: 'p', expected: 'at most the denominator (5)', received: '10' },
    ]);
    expect(issues[1]?.message).toBe('Expected columns.unit[2] (unit "stranger") to be the id of a unit in `units` but got "stranger".');
  });
});
