import { describe, expect, it } from 'vitest';
import { issuesOf } from '../helpers';
import { defineUnits } from '../../src/evaluate/defineUnits';
import { rollUp } from '../../src/evaluate/rollUp';
import { threeTier2021 } from '../../src/model/hierarchies';


// One district with two communes (invented).
const registry = defineUnits(
  [
    { id: 'd1', name: 'Huyện 1', level: 'district' },
    { id: 'c1', name: 'Xã 1', level: 'commune', parent: 'd1' },
    { id: 'c2', name: 'Xã 2', level: 'commune', parent: 'd1' },
  ],
  threeTier2021,
);
const measures = { 'work-dossiers-online': 'percent' } as const;

describe('rollUp: input that is not observations', () => {
  it('observations that are not an array', () => {
    expect(issuesOf(() => rollUp(7 as never, registry, { measures }))).toMatchObject([{ path: ['observations'], message: 'Expected observations to be an array of observations but got "7".' }]);
  });

  it('items that are not objects, and invalid fields named with whatever unit and indicator could be read', () => {
    const issues = issuesOf(() =>
      rollUp(
        [
          'x',
          { unit: 5, indicator: 'work-dossiers-online', period: 2024, value: 1 },
          { unit: 'c1', indicator: 6, period: 2024, value: 1 },
        ] as never,
        registry,
        { measures },
      ),
    );
    expect(issues.map((i) => i.message)).toEqual([
      'Expected observations[0] to be an observation with exactly one of value, numerator + denominator, done or rank but got "x".',
      'Expected observations[1].unit (indicator "work-dossiers-online") to be of type string but got "5".',
      'Expected observations[2].indicator (unit "c1") to be of type string but got "6".',
    ]);
  });
});

describe('rollUp: whole-number sums beyond 2^53 are added in decimal', () => {
  const three = defineUnits(
    [
      { id: 'd1', name: 'Huyện 1', level: 'district' },
      { id: 'c1', name: 'Xã 1', level: 'commune', parent: 'd1' },
      { id: 'c2', name: 'Xã 2', level: 'commune', parent: 'd1' },
      { id: 'c3', name: 'Xã 3', level: 'commune', parent: 'd1' },
    ],
    threeTier2021,
  );
  it('(2^53 − 1) + 2 + 1 is 2^53 + 2 (adding doubles in turn would give 2^53)', () => {
    const r = rollUp(
      [
        { unit: 'c1', indicator: 'n', period: 2024, value: 9007199254740991 },
        { unit: 'c2', indicator: 'n', period: 2024, value: 2 },
        { unit: 'c3', indicator: 'n', period: 2024, value: 1 },
      ],
      three,
      { measures: { n: 'count' } },
    );
    expect(r.aggregates[0]?.observation).toMatchObject({ value: 9007199254740994 });
  });
  it('a share whose denominators pass 2^53 together: numerators whole and exact, denominators in decimal', () => {
    const r = rollUp(
      [
        { unit: 'c1', indicator: 's', period: 2024, numerator: 1, denominator: 9007199254740991 },
        { unit: 'c2', indicator: 's', period: 2024, numerator: 1, denominator: 2 },
        { unit: 'c3', indicator: 's', period: 2024, numerator: 1, denominator: 1 },
      ],
      three,
      { measures: { s: 'percent' } },
    );
    expect(r.aggregates[0]?.observation).toMatchObject({ numerator: 3, denominator: 9007199254740994 });
  });
});
