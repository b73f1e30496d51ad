import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { vinhPhuc302 } from '../../src/catalogs/vinhPhuc302';
import { ChisoError } from '../../src/errors';
import { evaluate } from '../../src/evaluate/evaluate';
import { evaluateColumns, type ObservationColumns } from '../../src/evaluate/evaluateColumns';
import type { Catalog } from '../../src/model/catalog';
import { threeTier2021 } from '../../src/model/hierarchies';
import type { Observation } from '../../src/model/observation';
import type { Target } from '../../src/model/target';
import type { Unit } from '../../src/model/unit';
import { fromColumns, fromObjects, toColumns, type Row } from './columns.helpers';

// The oracle is `evaluate` itself: both functions must give the same scorecard, field by field and
// bit for bit (Object.is), for the same observations.


/** Same rows, same order, and every number identical (Object.is, so 0 and -0 differ too). */
function expectSame(a: { rows: Row[]; ignored: [number, string][] }, b: { rows: Row[]; ignored: [number, string][] }): void {
  expect(b.rows.length).toBe(a.rows.length);
  a.rows.forEach((row, r) => {
    for (const [key, value] of Object.entries(row)) {
      if (!Object.is(b.rows[r]?.[key], value)) expect({ row: r, key, columns: b.rows[r]?.[key] }).toEqual({ row: r, key, columns: value });
    }
  });
  expect(b.ignored).toEqual(a.ignored);
}

const T = (s: string) => ({ vi: s, en: s });
const source = { document: 'TEST', section: '1' };

describe('evaluateColumns', () => {
  it('gives the scorecard evaluate gives for the Vĩnh Phúc figures of May 2023', () => {
    const data = JSON.parse(readFileSync(new URL('../../examples/data/vinh-phuc-2023.json', import.meta.url), 'utf8')) as { asOf: string; units: Unit[]; observations: Observation[] };
    const options = { asOf: data.asOf, units: data.units };
    const objects = evaluate(vinhPhuc302, data.observations, options);
    const columns = evaluateColumns(vinhPhuc302, toColumns(data.observations), options);
    expectSame(fromObjects(objects, data.observations), fromColumns(columns));
    expect(columns.summary).toEqual(objects.summary);
    // The published figures: 36.18 % at province level against the plan's "at least 80 %"-style target is not met, 98.76 % is met.
    const at = (unit: string) => columns.unit.findIndex((u, r) => u === unit && columns.indicator[r] === 'tthc-dossiers-fully-online' && columns.source[r] !== -1);
    expect(columns.value[at('vp-province-agencies')]).toBe(36.18);
    expect(columns.value[at('vp-districts')]).toBe(98.76);
  });

  it('is exact at the boundary: 57 of 100 meets ≥ 57 %, 57.5 % as 115 of 200 meets ≥ 57.5 %', () => {
    const catalog: Catalog = {
      id: 'edge', plan: { issuer: T('x'), title: T('x') }, hierarchy: threeTier2021,
      indicators: [
        { id: 'a', name: T('a'), pillar: 'foundations', measure: 'percent', source, targets: [{ kind: 'threshold', op: '>=', value: 57 }] },
        { id: 'b', name: T('b'), pillar: 'foundations', measure: 'percent', source, targets: [{ kind: 'threshold', op: '>=', value: 57.5 }, { kind: 'threshold', op: '>', value: 57.5 }] },
      ],
    };
    const card = evaluateColumns(catalog, { unit: ['u', 'u'], indicator: ['a', 'b'], period: [2024, 2024], value: [57, 115], denominator: [100, 200] }, { asOf: '2024-12-31' });
    expect(card.status).toEqual(['met', 'met', 'not-met']);
    expect(card.value).toEqual([57, 57.5, 57.5]);
    // A strict bound exactly reached: not met, nothing left to go.
    expect(card.gap[2]).toBe(0);
    expect(card.attainment[2]).toBe(1);
  });

  it('agrees with evaluate on random catalogs and observations (property)', () => {
    const periods = [2022, 2023, '2023-06-30', '2023-12-31', '2024-01-15', 2024] as const;
    const decimal = fc.oneof(fc.integer({ min: -50, max: 150 }), fc.integer({ min: -5000, max: 15000 }).map((x) => x / 100), fc.double({ min: -200, max: 200, noNaN: true }));
    const bound = fc.oneof(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 1000 }).map((x) => x / 10), fc.integer({ min: 0, max: 100000 }).map((x) => x / 1000));
    const levelArb = fc.option(fc.constantFrom('province', 'district', 'commune'), { nil: undefined });
    // Only targets some value of the measure can meet (a catalog with any other is refused, see
    // src/model/targetBounds.ts). The few generated ones that none can meet are mapped to the nearest
    // valid boundary instead of being filtered out, so the boundaries stay as frequent as before:
    // on a percent `> 100` becomes `≥ 100` and `< 0` becomes `≤ 0`; on a count `< 0` becomes `≤ 0`,
    // `=` takes a whole number and a range holds one. Money and percent-change have no bounds and
    // keep every combination (`> 100`, `< 0`, `= 0.001`).
    type Op = '>=' | '>' | '<=' | '<' | '=';
    type Bounded = 'percent' | 'count' | 'unbounded';
    const validOp = (kind: Bounded, op: Op, value: number): Op => {
      if (kind === 'unbounded') return op;
      if (op === '<' && value === 0) return '<=';
      if (op === '>' && kind === 'percent' && value === 100) return '>=';
      return op;
    };
    const threshold = (kind: Bounded) =>
      fc.record({ op: fc.constantFrom<Op>('>=', '>', '<=', '<', '='), value: bound, level: levelArb }).map(({ op, value: raw, level }) => {
        const value = kind === 'count' && op === '=' ? Math.round(raw) : raw;
        return { kind: 'threshold', op: validOp(kind, op, value), value, ...(level === undefined ? {} : { level }) } as Target;
      });
    const range = (kind: Bounded) =>
      fc.record({ a: bound, b: bound }).map(({ a, b }) => {
        const min = Math.min(a, b);
        const max = Math.max(a, b);
        return { kind: 'range', min, max: kind === 'count' ? Math.max(max, Math.ceil(min)) : max } as Target;
      });
    const measureAndTargets = fc.oneof(
      fc.record({ measure: fc.constant('percent' as const), targets: fc.array(fc.oneof(threshold('percent'), range('percent'), fc.constant({ kind: 'qualitative' } as Target)), { maxLength: 3 }) }),
      fc.record({ measure: fc.constant('count' as const), targets: fc.array(fc.oneof(threshold('count'), range('count')), { maxLength: 2 }) }),
      fc.record({ measure: fc.constant('money' as const), targets: fc.array(threshold('unbounded'), { maxLength: 2 }) }),
      fc.record({
        measure: fc.constant('percent-change' as const),
        targets: fc.array(fc.oneof(threshold('unbounded'), fc.record({ op: fc.constantFrom('>=', '<='), value: decimal }).map(({ op, value }) => ({ kind: 'change', op, value, from: 'baseline' }) as Target)), { maxLength: 2 }),
      }),
    );
    const arb = fc.record({
      indicators: fc.array(measureAndTargets, { minLength: 1, maxLength: 4 }),
      cells: fc.uniqueArray(fc.record({ unit: fc.constantFrom('a', 'b', 'c', 'd'), ind: fc.nat(3), period: fc.constantFrom(...periods), x: fc.nat(), y: fc.nat(), f: fc.nat(9) }), {
        selector: (c) => `${c.unit}|${c.ind}|${typeof c.period}|${c.period}`,
        maxLength: 40,
      }),
      asOf: fc.constantFrom('2022-12-31', '2023-06-30', '2023-12-31', '2024-06-30', '2024-12-31'),
      mode: fc.constantFrom('none', 'units', 'units+level'),
    });
    fc.assert(
      fc.property(arb, ({ indicators, cells, asOf, mode }) => {
        const catalog: Catalog = {
          id: 'random', plan: { issuer: T('x'), title: T('x') }, hierarchy: threeTier2021,
          indicators: indicators.map((ind, i) => ({ id: `ind-${i}`, name: T(`i${i}`), pillar: 'foundations', measure: ind.measure, source, targets: ind.targets })),
        };
        const observations: Observation[] = [];
        for (const c of cells) {
          const ind = indicators[c.ind % indicators.length];
          if (ind === undefined) continue;
          const base = { unit: c.unit, indicator: `ind-${c.ind % indicators.length}`, period: c.period };
          if (observations.some((o) => o.unit === base.unit && o.indicator === base.indicator && o.period === base.period)) continue;
          const den = c.f === 0 ? 0 : c.y % 400;
          if (ind.measure === 'percent') {
            observations.push(c.f < 5 ? { ...base, numerator: den === 0 ? 0 : c.x % (den + 1), denominator: den } : { ...base, value: (c.x % 10001) / 100 });
          } else if (ind.measure === 'count') observations.push({ ...base, value: c.x % 500 });
          else if (ind.measure === 'money') observations.push({ ...base, value: (c.x % 1_000_000) / 1000 });
          else observations.push({ ...base, value: ((c.x % 20001) - 10000) / 100 });
        }
        const units: Unit[] = [
          { id: 'a', name: 'A', level: 'province' },
          { id: 'b', name: 'B', level: 'district', parent: 'a' },
          { id: 'c', name: 'C', level: 'commune', parent: 'b' },
          { id: 'd', name: 'D', level: 'commune', parent: 'b' },
        ];
        const options = mode === 'none' ? { asOf } : mode === 'units' ? { asOf, units } : { asOf, units, level: 'commune' };
        const objects = evaluate(catalog, observations, options);
        const columns = evaluateColumns(catalog, toColumns(observations), options);
        expectSame(fromObjects(objects, observations), fromColumns(columns));
        expect(columns.summary).toEqual(objects.summary);
      }),
      { numRuns: 300, seed: 20_251_126 },
    );
  });

  it('takes typed arrays, and plain values when there is no denominator column', () => {
    const catalog: Catalog = {
      id: 'typed', plan: { issuer: T('x'), title: T('x') }, hierarchy: threeTier2021,
      indicators: [{ id: 'n', name: T('n'), pillar: 'foundations', measure: 'count', source, targets: [{ kind: 'threshold', op: '>=', value: 300 }] }],
    };
    const card = evaluateColumns(catalog, { unit: ['x', 'y'], indicator: ['n', 'n'], period: Int32Array.of(2025, 2025), value: Float64Array.of(300, 120) }, { asOf: '2025-12-31' });
    expect(card.status).toEqual(['met', 'not-met']);
    expect(card.gap).toEqual([0, 180]);
    expect(card.attainment).toEqual([1, 0.4]);
  });

  it('rejects what evaluate rejects, naming the column, row, unit and indicator', () => {
    const catalog: Catalog = {
      id: 'bad', plan: { issuer: T('x'), title: T('x') }, hierarchy: threeTier2021,
      indicators: [
        { id: 'p', name: T('p'), pillar: 'foundations', measure: 'percent', source, targets: [{ kind: 'threshold', op: '>=', value: 80 }] },
        { id: 'n', name: T('n'), pillar: 'foundations', measure: 'count', source, targets: [] },
      ],
    };
    const run = (columns: ObservationColumns) => {
      try {
        evaluateColumns(catalog, columns, { asOf: '2025-12-31' });
      } catch (error) {
        expect(error).toBeInstanceOf(ChisoError);
        return (error as ChisoError).issues.map((i) => [i.code, i.path.join('.'), i.unit, i.indicator]);
      }
      throw new Error('expected a ChisoError');
    };
    expect(run({ unit: ['u', 'u', 'u', 'u'], indicator: ['p', 'p', 'n', 'zz'], period: [2024, 2025, 2025, 2025], value: [120, 5, 1.5, 1], denominator: [100, 4, null, null] })).toEqual([
      ['invalid_value', 'columns.value.0', 'u', 'p'],
      ['invalid_value', 'columns.value.1', 'u', 'p'],
      ['invalid_value', 'columns.value.2', 'u', 'n'],
      ['unknown_indicator', 'columns.indicator.3', 'u', undefined],
    ]);
    expect(run({ unit: ['u', 'u'], indicator: ['n', 'n'], period: [2025, 2025], value: [1, 2] })).toEqual([['duplicate_observation', 'columns.period.1', 'u', 'n']]);
    expect(run({ unit: ['u'], indicator: ['n'], period: [2025, 2026], value: [1] })).toEqual([['invalid_value', 'columns.period', undefined, undefined]]);
    expect(run({ unit: [' '], indicator: ['n'], period: [1800], value: [Number.NaN] })).toEqual([['invalid_type', 'columns.unit.0', undefined, undefined]]);
    expect(run({ unit: ['u'], indicator: ['n'], period: [1800], value: [Number.NaN] })).toEqual([['too_small', 'columns.period.0', 'u', 'n']].map((x) => x));
  });
});
