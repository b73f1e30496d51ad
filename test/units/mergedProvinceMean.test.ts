// @zone-independent: averages figures by province code; periods are plain years.
import { describe, expect, it } from 'vitest';
import { ChisoError } from '../../src/errors';
import { rank } from '../../src/rank/index';
import { schemes, score } from '../../src/score/index';
import { mergedProvinceMean } from '../../src/units/index';

const pillars = ['dti-digital-awareness', 'dti-digital-institutions', 'dti-digital-infrastructure', 'dti-digital-human-resources', 'dti-cybersecurity', 'dti-digital-government', 'dti-digital-economy', 'dti-digital-society'];
// Đà Nẵng's published DTI 2022 main indicators (docs/scoring-and-ranking.md); the Quảng Nam row is
// invented: no published 2024 (or 2022) figures of Quảng Nam are on this machine.
const daNang = [1.0, 0.9, 0.8253, 0.8487, 0.7578, 0.8575, 0.7836, 0.5197];
const quangNam = [0.8, 0.7, 0.6, 0.65, 0.7, 0.75, 0.5, 0.45];

describe('mergedProvinceMean', () => {
  it('a merged province is the arithmetic mean of its former provinces, and scores as the mean of their scores (the scheme is linear)', () => {
    const obs = [
      ...daNang.map((value, i) => ({ unit: '48', indicator: pillars[i]!, period: 2024, value })),
      ...quangNam.map((value, i) => ({ unit: '49', indicator: pillars[i]!, period: 2024, value })),
    ];
    const merged = mergedProvinceMean(obs);
    expect(merged.figures.every((f) => f.unit === '48' && f.status === 'ok' && f.sources.join() === '48,49')).toBe(true);
    const value = (id: string) => merged.observations.find((o) => o.indicator === id);
    expect(value('dti-digital-infrastructure')).toMatchObject({ value: 0.71265 }); // (0.8253 + 0.6) / 2
    const [mergedRow] = score(schemes.dtiProvince2022, merged.observations.map((o) => ({ ...o, unit: 'da-nang-2025' })));
    const [a] = score(schemes.dtiProvince2022, daNang.map((value, i) => ({ unit: 'a', indicator: pillars[i]!, period: 2024, value })));
    const [b] = score(schemes.dtiProvince2022, quangNam.map((value, i) => ({ unit: 'b', indicator: pillars[i]!, period: 2024, value })));
    expect(mergedRow!.points!).toBeCloseTo((a!.points! + b!.points!) / 2, 9);
    expect(rank([mergedRow!, a!], { by: 'points' }).map((r) => r.item.unit)).toEqual(['a', 'da-nang-2025']);
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
