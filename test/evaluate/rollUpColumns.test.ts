// rollUpColumns against rollUp on the same data as objects (the oracle), and its column paths.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ChisoError, type ChisoIssue } from '../../src/errors';
import { defineUnits } from '../../src/evaluate/defineUnits';
import { rollUp } from '../../src/evaluate/rollUp';
import { rollUpColumns } from '../../src/evaluate/rollUpColumns';
import { threeTier2021 } from '../../src/model/hierarchies';
import type { Observation } from '../../src/model/observation';
import { toColumns } from './columns.helpers';

// Invented units (not from the sources): one province, two districts, five communes.
const registry = defineUnits(
  [
    { id: 'p', name: 'Tỉnh', level: 'province' },
    { id: 'd1', name: 'Huyện 1', level: 'district', parent: 'p' },
    { id: 'd2', name: 'Huyện 2', level: 'district', parent: 'p' },
    { id: 'c1', name: 'Xã 1', level: 'commune', parent: 'd1' },
    { id: 'c2', name: 'Xã 2', level: 'commune', parent: 'd1' },
    { id: 'c3', name: 'Xã 3', level: 'commune', parent: 'd2' },
    { id: 'c4', name: 'Xã 4', level: 'commune', parent: 'd2' },
    { id: 'c5', name: 'Xã 5', level: 'commune', parent: 'd2' },
  ],
  threeTier2021,
);
const measures = { online: 'percent', firms: 'count', spend: 'money', gdp: 'grdp-share' } as const;
const UNITS = ['c1', 'c2', 'c3', 'c4', 'c5', 'd1', 'd2'];

function issuesOf(fn: () => unknown): readonly ChisoIssue[] {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(ChisoError);
    return (e as ChisoError).issues;
  }
  throw new Error('expected a ChisoError');
}

describe('rollUpColumns', () => {
  it('the JSDoc example: 3/4 and 5/10 make the district 8/14', () => {
    const small = defineUnits(
      [
        { id: 'd1', name: 'Huyện 1', level: 'district' },
        { id: 'c1', name: 'Xã 1', level: 'commune', parent: 'd1' },
        { id: 'c2', name: 'Xã 2', level: 'commune', parent: 'd1' },
      ],
      threeTier2021,
    );
    const result = rollUpColumns(
      { unit: ['c1', 'c2'], indicator: ['work-dossiers-online', 'work-dossiers-online'], period: Int32Array.of(2024, 2024), value: Float64Array.of(3, 5), denominator: [4, 10] },
      small,
      { measures: { 'work-dossiers-online': 'percent' } },
    );
    expect(result.observations).toEqual([{ unit: 'd1', indicator: 'work-dossiers-online', period: 2024, numerator: 8, denominator: 14, source: 'roll-up' }]);
    expect(result.aggregates).toHaveLength(1);
  });

  it('gives rollUp’s aggregates and rolled-up observations on the same data (property)', () => {
    const row = fc.oneof(
      fc.record({ unit: fc.constantFrom(...UNITS), indicator: fc.constant('online'), period: fc.constantFrom(2024, 2025), d: fc.integer({ min: 1, max: 1000 }), n: fc.nat({ max: 1000 }) }).map(
        (r): Observation => ({ unit: r.unit, indicator: r.indicator, period: r.period, numerator: Math.min(r.n, r.d), denominator: r.d }),
      ),
      fc.record({ unit: fc.constantFrom(...UNITS), indicator: fc.constantFrom('firms', 'spend'), period: fc.constantFrom(2024, '2024-06-30'), v: fc.nat({ max: 10 ** 9 }) }).map(
        (r): Observation => ({ unit: r.unit, indicator: r.indicator, period: r.period, value: r.indicator === 'spend' ? r.v / 100 : r.v }),
      ),
      fc.record({ unit: fc.constantFrom(...UNITS), d: fc.integer({ min: 1, max: 50 }), n: fc.nat({ max: 50 }) }).map(
        (r): Observation => ({ unit: r.unit, indicator: 'gdp', period: 2024, numerator: Math.min(r.n, r.d) / 4, denominator: r.d }),
      ),
    );
    // One observation per unit × indicator × period, as rollUp requires.
    const key = (o: Observation) => `${o.unit}|${o.indicator}|${String(o.period)}`;
    fc.assert(
      fc.property(
        fc.uniqueArray(row, { selector: key, maxLength: 60 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.constantFrom<'children' | 'leaves'>('children', 'leaves'),
        (obs, minCoverage, from) => {
          const options = { measures, minCoverage, from };
          const expected = rollUp(obs, registry, options);
          const got = rollUpColumns(toColumns(obs), registry, options);
          expect(got.aggregates).toEqual(expected.aggregates);
          expect(got.observations).toEqual(expected.observations.filter((o) => o.source === 'roll-up'));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('words problems with paths into the columns', () => {
    const issues = issuesOf(() =>
      rollUpColumns(
        { unit: ['c1', 'zz', 'c2', 'c3'], indicator: ['online', 'online', 'online', 'firms'], period: [2024, 2024, 2024, 2024], value: [3, 1, 9, 1.5], denominator: [4, 2, 5, null] },
        registry,
        { measures },
      ),
    );
    expect(issues.map((i) => [i.code, i.path])).toEqual([
      ['unknown_unit', ['columns', 'unit', 1]],
      ['invalid_value', ['columns', 'value', 2]],
      ['invalid_value', ['columns', 'value', 3]],
    ]);
    expect(issues[1]?.message).toMatch(/^Expected columns\.value\[2\] \(unit "c2", indicator "online"\) to be .+ but got "9"\.$/);
  });

  it('checks the columns: present, array-like, one length', () => {
    expect(issuesOf(() => rollUpColumns(null as never, registry, { measures })).map((i) => i.path)).toEqual([['columns']]);
    const issues = issuesOf(() => rollUpColumns({ unit: ['c1'], indicator: 'online', period: [2024, 2025], value: [1] } as never, registry, { measures }));
    expect(issues.map((i) => [i.code, i.path])).toEqual([
      ['invalid_type', ['columns', 'indicator']],
      ['invalid_value', ['columns', 'period']],
    ]);
  });

  it('a duplicate row is pointed at by its row', () => {
    const issues = issuesOf(() => rollUpColumns({ unit: ['c1', 'c1'], indicator: ['firms', 'firms'], period: [2024, 2024], value: [1, 2] }, registry, { measures }));
    expect(issues.map((i) => [i.code, i.path])).toEqual([['duplicate_observation', ['columns', 'period', 1]]]);
  });
});
