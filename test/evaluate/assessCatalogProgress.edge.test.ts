// @zone-sensitive: progress against dated targets, with asOf and zones.
import { describe, expect, it } from 'vitest';
import { vinhPhuc302 } from '../../src/catalogs/vinhPhuc302';
import { ChisoError } from '../../src/errors';
import { defineCatalog } from '../../src/config/defineCatalog';
import { assessCatalogProgress } from '../../src/evaluate/assessCatalogProgress';
import { twoTier2025 } from '../../src/model/hierarchies';
import type { Observation } from '../../src/model/observation';
import type { Unit } from '../../src/model/unit';

// Vĩnh Phúc 302: work dossiers online, district target ≥ 80 % by 2025-12-31.
const units: Unit[] = [{ id: 'd', name: 'Cấp huyện', level: 'district' }];
const ind = 'work-dossiers-online';
const row2025 = (rows: ReturnType<typeof assessCatalogProgress>) => rows.find((r) => r.indicator === ind && r.target.by === '2025-12-31');

describe('assessCatalogProgress: dated points, 0 of 0, linear, non-positive values', () => {
  it('dated points in any order; a share of nothing (0 of 0) is not a point; linear method', () => {
    const observations: Observation[] = [
      { unit: 'd', indicator: ind, period: '2024-06-30', value: 65 },
      { unit: 'd', indicator: ind, period: '2024-03-31', numerator: 0, denominator: 0 },
      { unit: 'd', indicator: ind, period: '2023-06-30', value: 55 },
    ];
    const row = row2025(assessCatalogProgress(vinhPhuc302, observations, { asOf: '2024-12-31', units, method: 'linear', zone: 'UTC' }));
    expect(row).toMatchObject({ baseline: { period: '2023-06-30', value: 55 }, current: { period: '2024-06-30', value: 65 }, progress: { method: 'linear' } });
    // 2023-06-30 is 2022 + 181/365, 2024-06-30 is 2023 + 182/366: 10 points over that span.
    const years = 1 + 182 / 366 - 181 / 365;
    expect(row?.progress?.actualRate).toBeCloseTo(10 / years, 12);
    // required: (80 − 55) / (2025 − (2022 + 181/365)).
    expect(row?.progress?.requiredRate).toBeCloseTo(25 / (3 - 181 / 365), 12);
  });

  it('a zero value cannot grow at a compound rate: no assessment, reason non-positive-value', () => {
    const observations: Observation[] = [
      { unit: 'd', indicator: ind, period: 2022, value: 0 },
      { unit: 'd', indicator: ind, period: 2024, value: 50 },
    ];
    expect(row2025(assessCatalogProgress(vinhPhuc302, observations, { asOf: '2024-12-31', units }))).toMatchObject({
      baseline: { period: 2022, value: 0 },
      current: { period: 2024, value: 50 },
      progress: null,
      reason: 'non-positive-value',
    });
  });

  it('any other problem of the assessment is thrown (1e-300 % a day before the deadline needs a rate beyond a JS number)', () => {
    const observations: Observation[] = [{ unit: 'd', indicator: ind, period: '2025-12-30', value: 1e-300 }];
    try {
      assessCatalogProgress(vinhPhuc302, observations, { asOf: '2025-12-30', units });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ChisoError);
      expect((error as ChisoError).issues[0]?.code).toBe('out_of_range');
    }
  });

  it('a done observation (of an indicator that also has a qualitative target) is not a point of the trend', () => {
    const catalog = defineCatalog({
      id: 'invented-province',
      plan: { issuer: { vi: 'UBND tỉnh Thử', en: 'Invented province' }, number: '1/KH-UBND', date: '2025-09-01', title: { vi: 'Kế hoạch', en: 'Plan' } },
      hierarchy: twoTier2025,
      indicators: [
        {
          id: 'x',
          name: { vi: 'x', en: 'x' },
          pillar: 'digital-government',
          measure: 'percent',
          source: { document: '1/KH-UBND', date: '2025-09-01', section: 'II.1' },
          targets: [
            { kind: 'threshold', op: '>=', value: 90, by: '2026-12-31' },
            { kind: 'qualitative', by: '2026-12-31', wording: 'xong' },
          ],
        },
      ],
    } as never);
    const rows = assessCatalogProgress(
      catalog,
      [
        { unit: 'p', indicator: 'x', period: 2024, done: true },
        { unit: 'p', indicator: 'x', period: 2025, value: 50 },
      ],
      { asOf: '2025-12-31', units: [{ id: 'p', name: 'Tỉnh', level: 'province' }] },
    );
    // Only 2025 counts: no baseline; required (90 / 50)^(1/1) − 1 = 0.8 in the one year left.
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ baseline: null, current: { period: 2025, value: 50 }, progress: { category: 'insufficient-data', requiredRate: 0.8, yearsLeft: 1 } });
  });
});
