import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defineUnits } from '../../src/evaluate/defineUnits';
import { rollUp } from '../../src/evaluate/rollUp';
import { twoTier2025 } from '../../src/model/hierarchies';
import type { Observation } from '../../src/model/observation';

// rollUp checks plain, valid observations field by field instead of through the schema. The oracle:
// the same observations with a space after the unit id (which the schema trims away, so the result
// must not change) all take the schema path. Both runs must give byte-identical JSON.

const registry = defineUnits(
  [
    { id: 'p1', name: 'P1', level: 'province' },
    { id: 'p2', name: 'P2', level: 'province' },
    { id: 'c1', name: 'C1', level: 'commune', parent: 'p1' },
    { id: 'c2', name: 'C2', level: 'commune', parent: 'p1' },
    { id: 'c3', name: 'C3', level: 'commune', parent: 'p2' },
  ],
  twoTier2025,
);
const measures = { share: 'percent', count: 'count', money: 'money' } as const;

describe('rollUp without the schema for plain observations', () => {
  it('gives exactly what the schema path gives (property)', () => {
    const cell = fc.record({
      unit: fc.constantFrom('p1', 'c1', 'c2', 'c3'),
      indicator: fc.constantFrom('share', 'count', 'money'),
      period: fc.constantFrom(2024, 2025, '2025-06-30'),
      a: fc.nat(1000),
      b: fc.nat(1000),
      money: fc.double({ min: 0, max: 1e6, noNaN: true }),
    });
    fc.assert(
      fc.property(fc.uniqueArray(cell, { selector: (c) => `${c.unit}|${c.indicator}|${String(c.period)}`, maxLength: 30 }), fc.constantFrom(1, 0.5), (cells, minCoverage) => {
        const observations: Observation[] = cells.map((c) =>
          c.indicator === 'share'
            ? { unit: c.unit, indicator: c.indicator, period: c.period, numerator: Math.min(c.a, c.b), denominator: Math.max(c.a, c.b) }
            : { unit: c.unit, indicator: c.indicator, period: c.period, value: c.indicator === 'count' ? c.a : c.money },
        );
        const padded = observations.map((o) => ({ ...o, unit: `${o.unit} ` }));
        const quick = rollUp(observations, registry, { measures, minCoverage });
        const schema = rollUp(padded, registry, { measures, minCoverage });
        expect(JSON.stringify(quick)).toBe(JSON.stringify(schema));
      }),
      { numRuns: 300, seed: 8 },
    );
  });

  it('still reports what the schema reports: a negative count, a share above its whole, a duplicate', () => {
    const issues = (observations: unknown[]) => {
      try {
        rollUp(observations as Observation[], registry, { measures });
      } catch (error) {
        return (error as { issues: { code: string; path: readonly (string | number)[] }[] }).issues.map((i) => `${i.code} ${i.path.join('.')}`);
      }
      return [];
    };
    expect(issues([{ unit: 'c1', indicator: 'count', period: 2025, value: -1 }])).toEqual(['invalid_value observations.0']);
    expect(issues([{ unit: 'c1', indicator: 'share', period: 2025, numerator: 5, denominator: 4 }])).toEqual(['invalid_value observations.0.numerator']);
    expect(issues([
      { unit: 'c1', indicator: 'count', period: 2025, value: 1 },
      { unit: 'c1', indicator: 'count', period: 2025, value: 2 },
    ])).toEqual(['duplicate_observation observations.1']);
    expect(issues([{ unit: 'c1', indicator: 'count', period: 2025, value: 1, extra: true }])).toEqual(['unrecognized_key observations.0.extra']);
  });
});
