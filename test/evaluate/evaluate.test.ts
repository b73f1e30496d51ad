// @zone-sensitive: asOf as instants and in other zones.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ChisoError } from '../../src/errors';
import { evaluate } from '../../src/evaluate/evaluate';
import type { Catalog } from '../../src/model/catalog';
import { threeTier2021 } from '../../src/model/hierarchies';
import type { Observation } from '../../src/model/observation';
import type { Unit } from '../../src/model/unit';

// A small catalog written for the tests (modelled on 302/KH-UBND, numbers as in its II.2.1.3 and II.3).
const source = { document: 'TEST', date: '2021-12-08', section: 'II.2' } as const;
const catalog: Catalog = {
  id: 'test-plan',
  plan: { issuer: { vi: 'Tỉnh thử', en: 'Test province' }, number: '1/KH-TEST', date: '2021-12-08', title: { vi: 'Kế hoạch thử', en: 'Test plan' } },
  hierarchy: threeTier2021,
  indicators: [
    {
      id: 'work-dossiers-online',
      name: { vi: 'Hồ sơ công việc xử lý trên môi trường mạng', en: 'Work dossiers processed online' },
      pillar: 'digital-government',
      measure: 'percent',
      source,
      targets: [
        { kind: 'threshold', op: '>=', value: 90, level: 'province', by: '2025-12-31', wording: '90%' },
        { kind: 'threshold', op: '>=', value: 80, level: 'district', by: '2025-12-31', wording: '80%' },
        { kind: 'threshold', op: '>=', value: 60, level: 'commune', by: '2025-12-31', wording: '60%' },
        { kind: 'threshold', op: '>=', value: 100, by: '2030-12-31', wording: '100%' },
      ],
    },
    {
      id: 'fibre-household-coverage',
      name: { vi: 'Cáp quang phủ hộ gia đình', en: 'Fibre household coverage' },
      pillar: 'digital-society',
      measure: 'percent',
      source,
      targets: [{ kind: 'threshold', op: '>', value: 80, by: '2025-12-31', wording: 'trên 80%' }],
    },
    {
      id: 'dti-rank',
      name: { vi: 'Xếp hạng DTI', en: 'DTI rank' },
      pillar: 'foundations',
      measure: 'rank',
      source,
      targets: [{ kind: 'rank', top: 10, level: 'province', by: '2025-12-31', wording: 'top 10' }],
    },
    {
      id: 'monitoring-only',
      name: { vi: 'Chỉ theo dõi', en: 'Monitoring only' },
      pillar: 'digital-society',
      measure: 'count',
      source,
      targets: [],
    },
  ],
};

const units: Unit[] = [
  { id: 'p', name: 'Tỉnh', level: 'province' },
  { id: 'd1', name: 'Huyện 1', level: 'district', parent: 'p' },
  { id: 'c1', name: 'Xã 1', level: 'commune', parent: 'd1' },
];

const observations: Observation[] = [
  { unit: 'p', indicator: 'work-dossiers-online', period: 2024, numerator: 9, denominator: 10 },
  { unit: 'd1', indicator: 'work-dossiers-online', period: 2024, numerator: 79, denominator: 100 },
  { unit: 'c1', indicator: 'work-dossiers-online', period: 2024, value: 60 },
  { unit: 'p', indicator: 'fibre-household-coverage', period: 2024, value: 80 },
  { unit: 'p', indicator: 'dti-rank', period: 2024, rank: 7 },
];

describe('evaluate', () => {
  const card = evaluate(catalog, observations, { asOf: '2025-06-30', units });
  const row = (unit: string, indicator: string, targetIndex: number | null) =>
    card.rows.find((r) => r.unit === unit && r.indicator === indicator && r.targetIndex === targetIndex);

  it('chooses the target by the unit level (90/80/60) and applies level-less targets to every level', () => {
    expect(row('p', 'work-dossiers-online', 0)?.status).toBe('met'); // 9 of 10 ≥ 90
    expect(row('d1', 'work-dossiers-online', 1)).toMatchObject({ status: 'not-met', value: 79, gap: 1 });
    expect(row('c1', 'work-dossiers-online', 2)).toMatchObject({ status: 'met', value: 60 });
    expect(row('p', 'work-dossiers-online', 1)).toBeUndefined(); // a district target does not apply to the province
    for (const u of ['p', 'd1', 'c1']) expect(row(u, 'work-dossiers-online', 3)?.status).toBe('not-met'); // 100 % by 2030
  });
  it('trên 80 %: exactly 80 is not met', () => {
    expect(row('p', 'fibre-household-coverage', 0)).toMatchObject({ status: 'not-met', value: 80, gap: 0 });
  });
  it('reads a rank target', () => {
    expect(row('p', 'dti-rank', 0)).toMatchObject({ status: 'met', value: 7 });
  });
  it('says no-data (never a number) where a unit has no observation', () => {
    expect(row('d1', 'fibre-household-coverage', 0)).toMatchObject({ status: 'no-data', value: null, gap: null, attainment: null, reason: 'no-observation' });
    expect(row('c1', 'dti-rank', 0)).toBeUndefined();
  });
  it('says whether each deadline has come, and evaluates targets not yet due', () => {
    expect(row('p', 'work-dossiers-online', 0)).toMatchObject({ deadline: '2025-12-31', due: false });
    expect(evaluate(catalog, observations, { asOf: '2025-12-31', units }).rows[0]?.due).toBe(true);
  });
  it('orders rows by level, unit id, then catalog order, and counts statuses', () => {
    // Counted by hand: p has 90 % (met), 100 % by 2030 (not met), fibre 80 (not met), rank 7 (met);
    // d1 has 80 % (79: not met), 100 % (not met), fibre (no data); c1 has 60 % (met), 100 % (not met), fibre (no data).
    expect(card.rows.map((r) => `${r.unit}:${r.indicator}:${r.targetIndex}`)).toEqual([
      'p:work-dossiers-online:0',
      'p:work-dossiers-online:3',
      'p:fibre-household-coverage:0',
      'p:dti-rank:0',
      'd1:work-dossiers-online:1',
      'd1:work-dossiers-online:3',
      'd1:fibre-household-coverage:0',
      'c1:work-dossiers-online:2',
      'c1:work-dossiers-online:3',
      'c1:fibre-household-coverage:0',
    ]);
    expect(card.summary).toEqual({ total: 10, met: 3, 'not-met': 5, 'no-data': 2, 'not-applicable': 0 });
    expect(card).toMatchObject({ catalog: 'test-plan', asOf: '2025-06-30', zone: 'Asia/Ho_Chi_Minh', ignored: [] });
  });
  it('uses the latest observation not after asOf and lists the others as ignored', () => {
    const history: Observation[] = [
      { unit: 'p', indicator: 'fibre-household-coverage', period: 2022, value: 60 },
      { unit: 'p', indicator: 'fibre-household-coverage', period: '2023-05-31', value: 75 },
      { unit: 'p', indicator: 'fibre-household-coverage', period: 2023, value: 81 },
      { unit: 'p', indicator: 'fibre-household-coverage', period: '2024-02-01', value: 85 },
    ];
    const c = evaluate(catalog, history, { asOf: '2023-12-31', units });
    const fibre = c.rows.find((r) => r.indicator === 'fibre-household-coverage' && r.unit === 'p');
    expect(fibre).toMatchObject({ period: 2023, value: 81, status: 'met' });
    expect(c.ignored.map((i) => [i.observation.period, i.reason])).toEqual([
      [2022, 'superseded'],
      ['2023-05-31', 'superseded'],
      ['2024-02-01', 'after-as-of'],
    ]);
  });
  it('shows an observation of an indicator with no target as not-applicable', () => {
    const c = evaluate(catalog, [{ unit: 'p', indicator: 'monitoring-only', period: 2024, value: 155 }], { asOf: '2024-12-31', units });
    expect(c.rows.find((r) => r.indicator === 'monitoring-only')).toMatchObject({ status: 'not-applicable', reason: 'no-target', target: null, targetIndex: null });
  });
  it('without units, the level option places every unit; without it, per-level targets are not-applicable', () => {
    const obs: Observation[] = [{ unit: 'x', indicator: 'work-dossiers-online', period: 2024, value: 85 }];
    const asDistrict = evaluate(catalog, obs, { asOf: '2024-12-31', level: 'district' });
    expect(asDistrict.rows.filter((r) => r.indicator === 'work-dossiers-online').map((r) => [r.targetIndex, r.status])).toEqual([[1, 'met'], [3, 'not-met']]);
    const unknown = evaluate(catalog, obs, { asOf: '2024-12-31' });
    expect(unknown.rows.filter((r) => r.indicator === 'work-dossiers-online').map((r) => [r.targetIndex, r.status, r.reason])).toEqual([
      [0, 'not-applicable', 'unit-level-unknown'],
      [1, 'not-applicable', 'unit-level-unknown'],
      [2, 'not-applicable', 'unit-level-unknown'],
      [3, 'not-met', undefined],
    ]);
  });
  it('the level option filters a unit registry, and the rest are ignored as other-level', () => {
    const c = evaluate(catalog, observations, { asOf: '2025-06-30', units, level: 'district' });
    expect(new Set(c.rows.map((r) => r.unit))).toEqual(new Set(['d1']));
    expect(c.ignored.every((i) => i.reason === 'other-level')).toBe(true);
    expect(c.ignored).toHaveLength(4);
  });
  it('reads asOf as a civil date in Vietnam time, whatever the host zone', () => {
    // 17:30 UTC on 31 Dec 2025 is already 1 Jan 2026 in Hà Nội.
    const c = evaluate(catalog, observations, { asOf: new Date('2025-12-31T16:59:59.999Z'), units });
    expect(c.asOf).toBe('2025-12-31');
    expect(evaluate(catalog, observations, { asOf: new Date('2025-12-31T17:00:00Z'), units }).asOf).toBe('2026-01-01');
    expect(evaluate(catalog, observations, { asOf: '2025-12-31T23:30:00-08:00', units }).asOf).toBe('2026-01-01');
    expect(evaluate(catalog, observations, { asOf: new Date('2025-12-31T17:00:00Z'), units, zone: 'UTC' }).asOf).toBe('2025-12-31');
  });
});

describe('evaluate: bad input', () => {
  const issuesOf = (fn: () => unknown) => {
    try {
      fn();
    } catch (e) {
      expect(e).toBeInstanceOf(ChisoError);
      return (e as ChisoError).issues;
    }
    throw new Error('expected a ChisoError');
  };
  it('unknown indicator and unit', () => {
    const issues = issuesOf(() => evaluate(catalog, [{ unit: 'p', indicator: 'no-such', period: 2024, value: 1 }, { unit: 'zz', indicator: 'dti-rank', period: 2024, rank: 1 }], { asOf: '2024-12-31', units }));
    expect(issues.map((i) => [i.code, i.path.join('.'), i.unit, i.indicator])).toEqual([
      ['unknown_indicator', 'observations.0.indicator', 'p', 'no-such'],
      ['unknown_unit', 'observations.1.unit', 'zz', 'dti-rank'],
    ]);
  });
  it('a duplicate observation for the same unit × indicator × period', () => {
    const issues = issuesOf(() => evaluate(catalog, [observations[0]!, { ...observations[0]!, numerator: 1 } as Observation], { asOf: '2024-12-31', units }));
    expect(issues[0]).toMatchObject({ code: 'duplicate_observation', unit: 'p', indicator: 'work-dossiers-online', path: ['observations', 1] });
  });
  it('reports every bad value at once, naming unit, indicator and field', () => {
    const issues = issuesOf(() =>
      evaluate(
        catalog,
        [
          { unit: 'p', indicator: 'work-dossiers-online', period: 2024, numerator: 12, denominator: 10 },
          { unit: 'd1', indicator: 'fibre-household-coverage', period: 2024, value: 180 },
          { unit: 'c1', indicator: 'fibre-household-coverage', period: 2024, value: Number.NaN },
          { unit: 'p', indicator: 'dti-rank', period: 2024, value: 80 } as Observation,
          { unit: 'p', indicator: 'monitoring-only', period: 2024, value: -3 },
        ],
        { asOf: '2024-12-31', units },
      ),
    );
    expect(issues.map((i) => [i.unit, i.indicator, i.field])).toEqual([
      ['p', 'work-dossiers-online', 'numerator'],
      ['d1', 'fibre-household-coverage', 'value'],
      ['c1', 'fibre-household-coverage', 'value'],
      ['p', 'dti-rank', 'value'],
      ['p', 'monitoring-only', 'value'],
    ]);
    expect(issues[0]?.message).toBe('Expected observations[0].numerator (unit "p", indicator "work-dossiers-online") to be at most the denominator (10) but got "12".');
  });
  it('an observation with two values, or none', () => {
    const issues = issuesOf(() => evaluate(catalog, [{ unit: 'p', indicator: 'dti-rank', period: 2024, rank: 1, value: 1 } as never, { unit: 'p', indicator: 'dti-rank', period: 2024 } as never], { asOf: '2024-12-31' }));
    expect(issues.map((i) => i.expected)).toEqual([
      'an observation with exactly one of value, numerator + denominator, done or rank',
      'an observation with exactly one of value, numerator + denominator, done or rank',
    ]);
  });
  it('an impossible period date and an unknown field', () => {
    const issues = issuesOf(() => evaluate(catalog, [{ unit: 'p', indicator: 'dti-rank', period: '2024-02-30', rank: 1, colour: 'red' } as never], { asOf: '2024-12-31' }));
    expect(issues.map((i) => i.path.join('.'))).toEqual(['observations.0.period', 'observations.0.colour']);
  });
  it('a target whose level is not in the hierarchy', () => {
    const bad = { ...catalog, indicators: [{ ...catalog.indicators[1]!, targets: [{ kind: 'threshold', op: '>', value: 80, level: 'hamlet' }] }] } as Catalog;
    const issues = issuesOf(() => evaluate(bad, [], { asOf: '2024-12-31' }));
    expect(issues[0]).toMatchObject({ path: ['catalog', 'indicators', 0, 'targets', 0, 'level'], received: 'hamlet' });
    expect(issues[0]?.message).toMatch(/^Expected catalog\.indicators\[0\]\.targets\[0\]\.level to be one of the hierarchy's levels \(province, district, commune\) but got "hamlet"\.$/);
  });
  it('duplicate units, unknown unit levels and parents, unknown level option', () => {
    const issues = issuesOf(() =>
      evaluate(catalog, [], {
        asOf: '2024-12-31',
        level: 'ward',
        units: [{ id: 'a', name: 'A', level: 'province' }, { id: 'a', name: 'A2', level: 'hamlet', parent: 'nowhere' }],
      }),
    );
    expect(issues.map((i) => i.code)).toEqual(['unknown_level', 'duplicate_unit', 'unknown_level', 'unknown_unit']);
  });
  it('an impossible asOf or an unknown zone', () => {
    expect(() => evaluate(catalog, [], { asOf: '2025-02-29' })).toThrow('Expected options.asOf to be a real calendar date written YYYY-MM-DD but got "2025-02-29".');
    expect(() => evaluate(catalog, [], { asOf: new Date(Number.NaN) })).toThrow(/options\.asOf/);
    expect(() => evaluate(catalog, [], { asOf: '2025-01-01', zone: 'Mars/Olympus' })).toThrow(/IANA time-zone/);
  });
});

describe('evaluate: input order never changes the output', () => {
  it('for any shuffle of observations and units', () => {
    const many: Observation[] = [];
    for (const u of ['p', 'd1', 'c1']) {
      for (const year of [2021, 2022, 2023]) {
        many.push({ unit: u, indicator: 'work-dossiers-online', period: year, numerator: year - 2000 + u.length, denominator: 40 });
        many.push({ unit: u, indicator: 'fibre-household-coverage', period: `${year}-06-30`, value: 70 + year - 2020 });
      }
    }
    const expected = JSON.stringify(evaluate(catalog, many, { asOf: '2022-12-31', units }));
    fc.assert(
      fc.property(fc.shuffledSubarray(many, { minLength: many.length, maxLength: many.length }), fc.shuffledSubarray(units, { minLength: 3, maxLength: 3 }), (obs, us) => {
        return JSON.stringify(evaluate(catalog, obs, { asOf: '2022-12-31', units: us })) === expected;
      }),
      { numRuns: 200, seed: 302 },
    );
  });
});
