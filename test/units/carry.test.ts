// @zone-independent: carries figures by code; periods are plain years and dates.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ChisoError } from '../../src/errors';
import type { Observation } from '../../src/model/observation';
import { carryAcrossReform, provinceMap, reformCrosswalk, unitSet } from '../../src/units/index';
import { CROSSWALK_CSV, LIST_CSV, readCsv, tidy } from './sources';
import { errorOf } from '../helpers';

const measures = { people: 'count', budget: 'money', online: 'percent', score: 'percent', place: 'rank', done: 'done' } as const;
const issuesOf = (f: () => unknown) => errorOf(f).issues.map((i) => [i.code, i.path.join('.'), i.unit]);

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

  it('one figure per new unit × indicator × period: old parts given in different shapes are one error per group, all at once', () => {
    // Xã Nghĩa Trụ (12031) was made of three old communes whole (the crosswalk file, lines 4047–4049):
    // `Tỉnh Hưng Yên (33),Xã Nghĩa Trụ,12031,Xã Nghĩa Trụ,12031,Nhập toàn bộ,…`, `…,Xã Long Hưng,12034,…`,
    // `…,Xã Vĩnh Khúc,12037,…`. One given as a share, two as values with weights made two figures before.
    const mixed = [
      { unit: '12031', indicator: 'online', period: 2024, numerator: 1, denominator: 2 },
      { unit: '12034', indicator: 'online', period: 2024, value: 50 },
      { unit: '12037', indicator: 'online', period: 2024, value: 90 },
      // Phường Ba Đình (00004): Trúc Bạch (00004) and Quán Thánh (00013) whole, a second group.
      { unit: '00004', indicator: 'done', period: '2025-06-30', done: true },
      { unit: '00013', indicator: 'done', period: '2025-06-30', numerator: 1, denominator: 2 },
      // The same new unit in another period: one shape, no error.
      { unit: '12034', indicator: 'online', period: 2023, value: 50 },
    ];
    const weights = { '12031': 1, '12034': 1, '12037': 1, '00004': 1, '00013': 1 };
    for (const minCoverage of [0, 1]) {
      const error = errorOf(() => carryAcrossReform(mixed, { measures, weights, split: 'omit', minCoverage }));
      expect(error.issues.map((i) => [i.code, i.path.join('.'), i.unit, i.indicator])).toEqual([
        ['mixed_shapes', 'observations.0', '12031', 'online'],
        ['mixed_shapes', 'observations.3', '00004', 'done'],
      ]);
      expect(error.issues[0]?.message).toContain('new unit 12031 Xã Nghĩa Trụ (Tỉnh Hưng Yên) for period 2024');
      expect(error.issues[0]?.message).toContain('numerator and denominator from 12031; value from 12034, 12037');
      expect(error.issues[1]?.message).toContain('new unit 00004 Phường Ba Đình (Thành phố Hà Nội) for period 2025-06-30');
      expect(error.issues[1]?.message).toContain('done from 00004; numerator and denominator from 00013');
    }
    // Every part in one shape is one figure: (50 + 90 + 70) / 3 = 70.
    const one = carryAcrossReform([{ unit: '12031', indicator: 'online', period: 2024, value: 70 }, mixed[1]!, mixed[2]!], { measures, weights });
    expect(one.figures.map((f) => [f.unit, f.method, f.coverage, f.observation && 'value' in f.observation ? f.observation.value : null])).toEqual([['12031', 'weighted-mean', { reported: 3, expected: 3 }, 70]]);
  });

  it('a count is a whole number from 0 to 9007199254740991, said once per old figure even when it is counted in several new units', () => {
    // Ngọc Hà (00016) went in part to 00004 and 00008 (the crosswalk file): whole-in-each moves it to both.
    for (const value of [1e20, 2 ** 53, -1, 1.5]) {
      const error = errorOf(() => carryAcrossReform([{ unit: '00016', indicator: 'people', period: 2024, value }], { measures, split: 'whole-in-each', minCoverage: 0 }));
      expect(error.issues.map((i) => [i.code, i.path.join('.'), i.unit])).toEqual([['invalid_value', 'observations.0.value', '00016']]);
      expect(error.issues[0]?.expected).toBe('a count: a whole number from 0 to 9007199254740991');
    }
    // What rollUp itself finds is pointed back at the caller's figure, once, with no internal id (`00016>00004`).
    const share = errorOf(() => carryAcrossReform([{ unit: '00016', indicator: 'online', period: 2024, numerator: 5, denominator: 2 }], { measures, split: 'whole-in-each', minCoverage: 0 }));
    expect(share.issues.map((i) => [i.code, i.path.join('.'), i.unit])).toEqual([[share.issues[0]?.code, 'observations.0.numerator', '00016']]);
    const huge = errorOf(() => carryAcrossReform([{ unit: '00004', indicator: 'budget', period: 2024, value: 1e308 }, { unit: '00013', indicator: 'budget', period: 2024, value: 1e308 }], { measures, split: 'omit' }));
    for (const e of [share, huge]) for (const i of e.issues) expect(`${i.message} ${i.unit}`).not.toMatch(/\d>\d/u);
    expect(huge.issues[0]?.message).toContain('new unit 00004 Phường Ba Đình');
  });

  it('a code that lost its leading zero (8707 for 08707) is unknown, with a hint', () => {
    const error = errorOf(() => carryAcrossReform([{ unit: '8707', indicator: 'people', period: 2024, value: 1 }], { measures }));
    expect(error.issues.map((i) => i.code)).toEqual(['unknown_unit']);
    expect(error.issues[0]?.message).toContain('did you mean "08707"?');
    const province = errorOf(() => carryAcrossReform([{ unit: '1', indicator: 'people', period: 2024, value: 1 }], { measures, level: 'province' }));
    expect(province.issues[0]?.message).toContain('did you mean "01"?');
  });

  it('the 26 communes of the January list that the crosswalk no longer has are named as such', async () => {
    const list = await readCsv(LIST_CSV);
    const walk = await readCsv(CROSSWALK_CSV);
    // The crosswalk's old codes, its four mistyped ones read as the communes they name (generate.test.ts).
    const mistyped = new Map([['00553|Xã Đặng Xá', '00556'], ['01615|Xã Mỹ Hưng', '01651'], ['02485|Xã Phú Thịnh', '02482'], ['04075|Thị trấn Yên Châu', '04060']]);
    const olds = new Set(walk.slice(2).map((r) => mistyped.get(`${tidy(r[4])}|${tidy(r[3])}`) ?? tidy(r[4])));
    const gone = list.slice(1).filter((r) => tidy(r[5]) !== '' && !olds.has(tidy(r[5])));
    expect(gone.map((r) => tidy(r[5]))).toEqual([
      '03751', '03898', '03913', '03988', '03991', '04003', '04075', '07693', '07732', '07744', '16387', '16411', '18448',
      '20176', '20674', '25102', '25174', '25177', '25186', '26935', '26959', '27067', '27217', '27223', '27361', '27379',
    ]);
    const error = errorOf(() => carryAcrossReform(gone.map((r) => ({ unit: tidy(r[5]), indicator: 'people', period: 2024, value: 1 })), { measures }));
    expect(error.issues.map((i) => [i.code, i.unit])).toEqual(gone.map((r) => ['unknown_unit', tidy(r[5])]));
    for (const [i, r] of gone.entries()) {
      expect(error.issues[i]?.expected).toContain(`${tidy(r[5])} is ${tidy(r[4])} (${tidy(r[2])}) in the list of 4 January 2025 but not among the crosswalk's old units: it changed before 1 July 2025`);
    }
    // `Thành phố Hồ Chí Minh,79,Quận Bình Thạnh,765,Phường 14,26935,Phường,`
    expect(error.issues[gone.findIndex((r) => tidy(r[5]) === '26935')]?.message).toContain("26935 is Phường 14 (Quận Bình Thạnh) in the list of 4 January 2025 but not among the crosswalk's old units");
    // The set of 4 January 2025 still holds them.
    const january = new Set(unitSet('2025-06-30').communes.map((c) => c.code));
    expect(gone.every((r) => january.has(tidy(r[5])))).toBe(true);
  });
});
