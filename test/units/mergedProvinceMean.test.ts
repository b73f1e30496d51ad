// @zone-independent: averages figures by province code; periods are plain years.
import { beforeAll, describe, expect, it } from 'vitest';
import { ChisoError } from '../../src/errors';
import { rank } from '../../src/rank/index';
import { schemes, score } from '../../src/score/index';
import { mergedProvinceMean } from '../../src/units/index';
import { CROSSWALK_CSV, readCsv, tidy } from './sources';

const pillars = ['dti-digital-awareness', 'dti-digital-institutions', 'dti-digital-infrastructure', 'dti-digital-human-resources', 'dti-cybersecurity', 'dti-digital-government', 'dti-digital-economy', 'dti-digital-society'];
// Published DTI 2022 main indicators and totals (dti.gov.vn/xep-hang-2022; also test/score/dti.test.ts).
const PUBLISHED_2022 = {
  daNang: { values: [1.0, 0.9, 0.8253, 0.8487, 0.7578, 0.8575, 0.7836, 0.5197], total: 0.8002 },
  hoChiMinh: { values: [0.8917, 0.9, 0.8258, 0.6267, 0.558, 0.8406, 0.7611, 0.359], total: 0.7163 },
  quangNinh: { values: [0.9581, 0.9, 0.7648, 0.625, 0.5382, 0.8385, 0.5904, 0.4505], total: 0.7024 },
  hue: { values: [0.95, 0.9, 0.6823, 0.6794, 0.6423, 0.8262, 0.6787, 0.3001], total: 0.6975 },
} as const;
const rowsOf = (unit: string, values: readonly number[], period = 2022) => values.map((value, i) => ({ unit, indicator: pillars[i]!, period, value }));

/** New province code → the old province codes its communes came from, read from the crosswalk file. */
let formedFrom = new Map<string, Set<string>>();
beforeAll(async () => {
  const code = (cell: string | undefined) => /\((\d+)\)\s*$/u.exec(tidy(cell))?.[1];
  formedFrom = new Map();
  for (const r of await readCsv(CROSSWALK_CSV)) {
    const [to, from] = [code(r[0]), code(r[7])];
    if (to === undefined || from === undefined) continue;
    formedFrom.set(to, (formedFrom.get(to) ?? new Set()).add(from));
  }
});

describe('mergedProvinceMean', () => {
  it('a province not merged keeps its published value: Hà Nội 0.8241 and Huế 0.7951 (DTI 2024, announced 21/10/2025)', () => {
    // From the source file: 11 of the 34 took in no other province, and no other took in any of theirs.
    const kept = [...formedFrom].filter(([to, from]) => from.size === 1 && from.has(to)).map(([to]) => to).sort();
    expect(kept).toEqual(['01', '04', '11', '12', '14', '20', '22', '38', '40', '42', '46']);
    for (const code of kept) expect([...formedFrom].filter(([to, from]) => to !== code && from.has(code))).toEqual([]);
    const merged = mergedProvinceMean([
      { unit: '01', indicator: 'dti', period: 2024, value: 0.8241 },
      { unit: '46', indicator: 'dti', period: 2024, value: 0.7951 },
    ]);
    expect(merged.figures.map((f) => [f.unit, f.status, f.sources, f.observation])).toEqual([
      ['01', 'ok', ['01'], expect.objectContaining({ unit: '01', indicator: 'dti', period: 2024, value: 0.8241 })],
      ['46', 'ok', ['46'], expect.objectContaining({ unit: '46', indicator: 'dti', period: 2024, value: 0.7951 })],
    ]);
  });

  it('the DTI 2022 main indicators of Quảng Ninh and Thừa Thiên Huế (neither merged) score and rank on the 34 as published', () => {
    const merged = mergedProvinceMean([...rowsOf('22', PUBLISHED_2022.quangNinh.values), ...rowsOf('46', PUBLISHED_2022.hue.values)]);
    const rows = score(schemes.dtiProvince2022, merged.observations);
    const ranked = rank(rows, { by: 'index' }).map((r) => [r.item.unit, r.rank, r.item.index]);
    // 702.445 and 697.46 points of 1,000: the published 0.7024 and 0.6975, 3rd and 4th of 2022.
    expect(ranked).toEqual([['22', 1, 0.702445], ['46', 2, 0.69746]]);
    expect(Math.abs(0.702445 - PUBLISHED_2022.quangNinh.total)).toBeLessThanOrEqual(0.00005);
    expect(Math.abs(0.69746 - PUBLISHED_2022.hue.total)).toBeLessThanOrEqual(0.00005);
  });

  it('a merged province is the mean of its former provinces\' main indicators, and its DTI the mean of their DTIs (the scheme is linear)', () => {
    // No 2024 (or 2022) main indicators of Quảng Nam are available; TP. Hồ Chí Minh's published 2022
    // row stands in as the second former province of the new Đà Nẵng (48 + 49), so that every input
    // is a published figure. The arithmetic, not the pairing, is what is checked.
    const merged = mergedProvinceMean([...rowsOf('48', PUBLISHED_2022.daNang.values), ...rowsOf('49', PUBLISHED_2022.hoChiMinh.values)]);
    expect(merged.figures.every((f) => f.unit === '48' && f.status === 'ok' && f.sources.join() === '48,49')).toBe(true);
    const value = (id: string) => merged.observations.find((o) => o.indicator === id);
    expect(value('dti-digital-infrastructure')).toMatchObject({ value: 0.82555 }); // (0.8253 + 0.8258) / 2
    const [mergedRow] = score(schemes.dtiProvince2022, merged.observations);
    const [a] = score(schemes.dtiProvince2022, rowsOf('a', PUBLISHED_2022.daNang.values));
    const [b] = score(schemes.dtiProvince2022, rowsOf('b', PUBLISHED_2022.hoChiMinh.values));
    expect(mergedRow!.points!).toBeCloseTo((a!.points! + b!.points!) / 2, 9); // (800.175 + 716.355) / 2 = 758.265
    // Within the published rounding of the mean of the published totals, (0.8002 + 0.7163) / 2.
    expect(Math.abs(mergedRow!.index! - (PUBLISHED_2022.daNang.total + PUBLISHED_2022.hoChiMinh.total) / 2)).toBeLessThanOrEqual(0.0001);
    expect(rank([mergedRow!, a!], { by: 'points' }).map((r) => r.item.unit)).toEqual(['a', '48']);
  });

  it('a new province missing a former province is no-data, never the mean of fewer; a share or rank is an error', () => {
    const merged = mergedProvinceMean([{ unit: '26', indicator: 'dti', period: 2024, value: 0.6 }]);
    expect(merged.figures).toMatchObject([{ unit: '25', status: 'no-data', coverage: { reported: 1, expected: 3 } }]);
    try {
      mergedProvinceMean([{ unit: '26', indicator: 'dti', period: 2024, rank: 3 }, { unit: '26', indicator: 'x', period: 2024, numerator: 1, denominator: 2 }]);
      expect.unreachable();
    } catch (error) {
      expect((error as ChisoError).issues.map((i) => i.code)).toEqual(['cannot_carry', 'cannot_carry']);
    }
  });
});
