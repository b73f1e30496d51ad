// @zone-independent: carries figures by code; periods are plain years and dates.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ChisoError } from '../../src/errors';
import type { Observation } from '../../src/model/observation';
import { carryAcrossReform, provinceMap, reformCrosswalk } from '../../src/units/index';

const measures = { people: 'count', budget: 'money', online: 'percent', score: 'percent', place: 'rank', done: 'done' } as const;
const issuesOf = (f: () => unknown) => {
  try {
    f();
  } catch (error) {
    if (error instanceof ChisoError) return error.issues.map((i) => [i.code, i.path.join('.'), i.unit]);
    throw error;
  }
  throw new Error('did not throw');
};

// Old communes that went whole into exactly one new unit, from the crosswalk.
const whole = (() => {
  const news = new Map<string, Set<string>>();
  const split = new Set<string>();
  for (const e of reformCrosswalk()) {
    if (e.old === null) continue;
    news.set(e.old, (news.get(e.old) ?? new Set()).add(e.new));
    if (e.relation === 'part') split.add(e.old);
  }
  return [...news].filter(([old, n]) => n.size === 1 && !split.has(old)).map(([old]) => old).sort();
})();

describe('carryAcrossReform', () => {
  it('adds shares as numerator and denominator, counts and money exactly, and lists the old units of each figure', () => {
    // Phường Ba Đình (00004) was made of Trúc Bạch (00004) and Quán Thánh (00013) whole, and parts of
    // seven others (the crosswalk file, lines 4–13).
    const result = carryAcrossReform([
      { unit: '00004', indicator: 'online', period: 2024, numerator: 3, denominator: 4 },
      { unit: '00013', indicator: 'online', period: 2024, numerator: 5, denominator: 10 },
      { unit: '00004', indicator: 'budget', period: 2024, value: 0.1 },
      { unit: '00013', indicator: 'budget', period: 2024, value: 0.2 },
    ], { measures, split: 'omit' });
    expect(result.figures.map((f) => [f.unit, f.indicator, f.method, f.coverage, f.sources])).toEqual([
      ['00004', 'budget', 'sum', { reported: 2, expected: 2 }, ['00004', '00013']],
      ['00004', 'online', 'sum', { reported: 2, expected: 2 }, ['00004', '00013']],
    ]);
    expect(result.observations.map((o) => ('value' in o ? o.value : 'numerator' in o ? `${o.numerator}/${o.denominator}` : ''))).toEqual([0.3, '8/14']);
  });

  it('marks a new unit whose old parts did not all report (coverage as rollUp reports it)', () => {
    const result = carryAcrossReform([{ unit: '00004', indicator: 'people', period: 2024, value: 7 }], { measures, split: 'omit' });
    expect(result.figures[0]).toMatchObject({ status: 'no-data', coverage: { reported: 1, expected: 2 }, observation: null });
    const partial = carryAcrossReform([{ unit: '00004', indicator: 'people', period: 2024, value: 7 }], { measures, split: 'omit', minCoverage: 0.5 });
    expect(partial.figures[0]).toMatchObject({ status: 'ok', coverage: { reported: 1, expected: 2 } });
  });

  it('a split commune is an error without a policy; omit leaves it out, whole-in-each counts it in every new unit, and both are reported', () => {
    const ngocHa = [{ unit: '00016', indicator: 'people', period: 2024, value: 100 }];
    expect(issuesOf(() => carryAcrossReform(ngocHa, { measures }))).toEqual([['split_unit', 'observations.0.unit', '00016']]);
    const omitted = carryAcrossReform(ngocHa, { measures, split: 'omit' });
    expect([omitted.figures, omitted.split]).toEqual([[], { policy: 'omit', units: [{ old: '00016', new: ['00004', '00008'] }] }]);
    const each = carryAcrossReform(ngocHa, { measures, split: 'whole-in-each', minCoverage: 0 });
    expect(each.figures.map((f) => [f.unit, f.observation && 'value' in f.observation ? f.observation.value : null])).toEqual([['00004', 100], ['00008', 100]]);
    expect(each.split).toEqual({ policy: 'whole-in-each', units: [{ old: '00016', new: ['00004', '00008'] }] });
  });

  it('a figure that cannot be added is an error unless weights are given; then the weighted mean is exact', () => {
    const obs = [
      { unit: '00004', indicator: 'score', period: 2024, value: 10.1 },
      { unit: '00013', indicator: 'score', period: 2024, value: 20.2 },
    ];
    expect(issuesOf(() => carryAcrossReform(obs, { measures, split: 'omit' }))).toEqual([
      ['cannot_carry', 'observations.0.value', '00004'],
      ['cannot_carry', 'observations.1.value', '00013'],
    ]);
    // (10.1 × 3 + 20.2 × 7) / 10 = 17.17 exactly; in floating point (10.1*3 + 20.2*7)/10 is 17.169999999999998.
    expect((10.1 * 3 + 20.2 * 7) / 10).not.toBe(17.17);
    const mean = carryAcrossReform(obs, { measures, split: 'omit', weights: { '00004': 3, '00013': 7 } });
    expect(mean.figures[0]).toMatchObject({ method: 'weighted-mean', status: 'ok', sources: ['00004', '00013'] });
    expect(mean.observations[0]).toMatchObject({ value: 17.17, note: 'weighted mean by options.weights' });
    expect(issuesOf(() => carryAcrossReform(obs, { measures, split: 'omit', weights: { '00004': 3 } }))).toEqual([['cannot_carry', 'observations.1.value', '00013']]);
    // A percent above 100 is refused as `rollUp` refuses it, weights or not.
    expect(issuesOf(() => carryAcrossReform([{ ...obs[0]!, value: 150 }], { measures, split: 'omit', weights: { '00004': 3 } }))).toEqual([['invalid_value', 'observations.0.value', '00004']]);
  });

  it('every bad input of a call is one ChisoError, each naming the unit', () => {
    const bad: unknown[] = [
      { unit: '99999', indicator: 'people', period: 2024, value: 1 }, // unknown to the crosswalk
      { unit: '00013', indicator: 'people', period: '2025-07-01', value: 1 }, // dated after the reform
      { unit: '00013', indicator: 'people', period: 2026, value: 1 }, // a year after it
      { unit: '00013', indicator: 'people', period: 2024, value: 1 },
      { unit: '00013', indicator: 'people', period: 2024, value: 2 }, // the same old unit × indicator × period
      { unit: '00016', indicator: 'people', period: 2024, value: 1 }, // split, no policy
      { unit: '00013', indicator: 'place', period: 2024, rank: 3 }, // a rank
      { unit: '00013', indicator: 'nothing', period: 2024, value: 1 }, // no measure
      { unit: '00013', indicator: 'people', period: 2024 }, // no value
    ];
    expect(issuesOf(() => carryAcrossReform(bad as Observation[], { measures }))).toEqual([
      ['unknown_unit', 'observations.0.unit', '99999'],
      ['after_reform', 'observations.1.period', '00013'],
      ['after_reform', 'observations.2.period', '00013'],
      ['duplicate_observation', 'observations.4', '00013'],
      ['split_unit', 'observations.5.unit', '00016'],
      ['cannot_carry', 'observations.6', '00013'],
      ['unknown_indicator', 'observations.7.indicator', '00013'],
      ['invalid_type', 'observations.8', undefined],
    ]);
    expect(issuesOf(() => carryAcrossReform([], { measures, split: 'some' as never, level: 'district' as never, weights: { a: -1 } }))).toEqual([
      ['invalid_value', 'options.level', undefined],
      ['invalid_value', 'options.split', undefined],
      ['invalid_value', 'options.weights.a', 'a'],
    ]);
  });

  it('a code of the new set only (a new unit dated before the reform) is named as such', () => {
    // 11948 exists only from 2025-07-01: the crosswalk file's Đặc khu Bạch Long Vĩ, made of a whole
    // district, so no old commune had the code.
    try {
      carryAcrossReform([{ unit: '11948', indicator: 'people', period: 2024, value: 1 }], { measures });
      expect.unreachable();
    } catch (error) {
      expect((error as ChisoError).issues[0]?.expected).toMatch(/11948 is Đặc khu Bạch Long Vĩ from 2025-07-01/u);
    }
  });

  it('carries the 63 provinces onto the 34 (Vĩnh Phúc and Hòa Bình into Phú Thọ)', () => {
    const result = carryAcrossReform(
      [{ unit: '26', indicator: 'people', period: 2024, value: 3 }, { unit: '25', indicator: 'people', period: 2024, value: 4 }, { unit: '17', indicator: 'people', period: 2024, value: 5 }],
      { measures, level: 'province' },
    );
    expect(result.figures).toEqual([
      { unit: '25', indicator: 'people', period: 2024, status: 'ok', method: 'sum', coverage: { reported: 3, expected: 3 }, sources: ['17', '25', '26'], observation: { unit: '25', indicator: 'people', period: 2024, value: 12, source: 'carried across the reform of 2025-07-01' } },
    ]);
  });

  it('property: carrying whole merges preserves the national sum exactly, whatever the input order', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.constantFrom(...whole), { minLength: 1, maxLength: 300 }),
        fc.array(fc.integer({ min: 0, max: 1_000_000 }), { minLength: 300, maxLength: 300 }),
        fc.integer(),
        (codes, values, seed) => {
          const obs = codes.map((unit, i) => ({ unit, indicator: 'people', period: 2024, value: values[i]! }));
          const total = obs.reduce((s, o) => s + o.value, 0);
          const carried = carryAcrossReform(obs, { measures, minCoverage: 0 });
          expect(carried.observations.reduce((s, o) => s + ('value' in o ? o.value : 0), 0)).toBe(total);
          const shuffled = [...obs].sort((a, b) => ((a.value * 31 + seed) % 97) - ((b.value * 31 + seed) % 97));
          expect(carryAcrossReform(shuffled, { measures, minCoverage: 0 })).toEqual(carried);
        },
      ),
      { numRuns: 20 },
    );
  });

  it('property: with split communes, weights and shares, the output is the same whatever the input order', () => {
    const olds = [...new Set(reformCrosswalk().slice(0, 400).flatMap((e) => (e.old === null ? [] : [e.old])))];
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.constantFrom(...olds), { minLength: 1, maxLength: 60 }),
        fc.array(fc.tuple(fc.integer({ min: 0, max: 50 }), fc.integer({ min: 50, max: 100 }), fc.integer({ min: 1, max: 9 })), { minLength: 60, maxLength: 60 }),
        fc.constantFrom('omit' as const, 'whole-in-each' as const),
        fc.integer(),
        (codes, figures, split, seed) => {
          const obs: Observation[] = codes.flatMap((unit, i) => {
            const [n, d] = figures[i]!;
            return [
              { unit, indicator: 'online', period: 2024, numerator: n, denominator: d },
              { unit, indicator: 'score', period: '2025-06-30', value: n },
            ];
          });
          const weights = Object.fromEntries(codes.map((c, i) => [c, figures[i]![2]]));
          const options = { measures, split, weights, minCoverage: 0 };
          const shuffled = [...obs].sort((a, b) => (((a.unit.charCodeAt(4) * 7 + seed) % 13) - ((b.unit.charCodeAt(4) * 7 + seed) % 13)) || (a.indicator < b.indicator ? 1 : -1));
          expect(carryAcrossReform(shuffled, options)).toEqual(carryAcrossReform(obs, options));
        },
      ),
      { numRuns: 30 },
    );
  });

  it('property: all 63 provinces carried make the same national sum on the 34', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 10_000_000 }), { minLength: 63, maxLength: 63 }), (values) => {
        const obs = provinceMap().map((e, i) => ({ unit: e.old, indicator: 'people', period: 2024, value: values[i]! }));
        const carried = carryAcrossReform(obs, { measures, level: 'province' });
        expect(carried.observations).toHaveLength(34);
        expect(carried.observations.reduce((s, o) => s + ('value' in o ? o.value : 0), 0)).toBe(values.reduce((a, b) => a + b, 0));
      }),
      { numRuns: 50 },
    );
  });
});
