// @zone-sensitive: progress against dated targets.
import { describe, expect, it } from 'vitest';
import { vinhPhuc302 } from '../../src/catalogs/vinhPhuc302';
import { assessCatalogProgress } from '../../src/evaluate/assessCatalogProgress';
import type { Unit } from '../../src/model/unit';

const units: Unit[] = [
  { id: 'p', name: 'Cấp tỉnh', level: 'province' },
  { id: 'd', name: 'Cấp huyện', level: 'district' },
  { id: 'c', name: 'Cấp xã', level: 'commune' },
];

describe('assessCatalogProgress: progress per unit against the target for its level', () => {
  const rows = assessCatalogProgress(
    vinhPhuc302,
    [
      // work dossiers online: province 60 → 75 (target 90), district 50 → 72 (target 80), commune 10 → 9 (target 60)
      { unit: 'p', indicator: 'work-dossiers-online', period: 2022, value: 60 },
      { unit: 'p', indicator: 'work-dossiers-online', period: 2024, numerator: 75, denominator: 100 },
      { unit: 'd', indicator: 'work-dossiers-online', period: 2022, value: 50 },
      { unit: 'd', indicator: 'work-dossiers-online', period: 2024, value: 72 },
      { unit: 'c', indicator: 'work-dossiers-online', period: 2022, value: 10 },
      { unit: 'c', indicator: 'work-dossiers-online', period: 2024, value: 9 },
      { unit: 'c', indicator: 'work-dossiers-online', period: 2026, value: 99 }, // after asOf: not used
    ],
    { asOf: '2024-12-31', units },
  );
  const row = (unit: string, by: string) => rows.find((r) => r.unit === unit && r.indicator === 'work-dossiers-online' && r.target.by === by);
  it('each unit is assessed against its own level’s 2025 target', () => {
    // province: required (90/60)^(1/3) − 1 = 14.47 %, actual (75/60)^(1/2) − 1 = 11.80 % → ratio 0.815
    expect(row('p', '2025-12-31')).toMatchObject({ target: { level: 'province', value: 90 }, progress: { category: 'acceleration-needed' } });
    expect(row('p', '2025-12-31')?.progress?.ratio).toBeCloseTo((Math.sqrt(75 / 60) - 1) / (Math.cbrt(90 / 60) - 1), 10);
    // district: required (80/50)^(1/3) − 1 = 16.96 %, actual (72/50)^(1/2) − 1 = 20 % → on track
    expect(row('d', '2025-12-31')?.progress).toMatchObject({ category: 'on-track', actualRate: 0.2 });
    // commune: falling → deterioration; the 2026 figure is after asOf
    expect(row('c', '2025-12-31')).toMatchObject({ current: { period: 2024, value: 9 }, progress: { category: 'deterioration' } });
  });
  it('a unit with no observation has no assessment; 2030 targets are assessed too', () => {
    expect(rows.find((r) => r.unit === 'p' && r.indicator === 'fibre-household-coverage')).toMatchObject({ progress: null, reason: 'no-observation' });
    expect(row('d', '2030-12-31')?.progress?.category).toBe('on-track');
  });
});
