import { describe, expect, it } from 'vitest';
import { CatalogSchema, type CatalogInput } from '../../src/model/catalog';
import { hierarchies, threeTier2021, twoTier2025 } from '../../src/model/hierarchies';
import { HierarchySchema } from '../../src/model/level';
import { ObservationSchema } from '../../src/model/observation';
import { TargetSchema } from '../../src/model/target';
import { UnitSchema } from '../../src/model/unit';

describe('hierarchy presets', () => {
  it('three tiers for the 2021 plans, two tiers since 2025-07-01, each valid data', () => {
    expect(HierarchySchema.parse(threeTier2021).levels.map((l) => l.id)).toEqual(['province', 'district', 'commune']);
    expect(HierarchySchema.parse(twoTier2025).levels.map((l) => [l.id, l.name.vi])).toEqual([
      ['province', 'Cấp tỉnh'],
      ['commune', 'Cấp xã'],
    ]);
    expect(twoTier2025.since).toBe('2025-07-01');
    expect(threeTier2021.until).toBe('2025-06-30');
    expect(hierarchies).toEqual({ threeTier2021, twoTier2025 });
  });
  it('a custom hierarchy is just data; duplicate level ids are rejected', () => {
    const custom = { id: 'village', name: { vi: 'Làng', en: 'Village' }, levels: [{ id: 'village', name: { vi: 'Thôn', en: 'Village' } }] };
    expect(HierarchySchema.parse(custom).levels).toHaveLength(1);
    expect(HierarchySchema.safeParse({ ...custom, levels: [custom.levels[0], custom.levels[0]] }).success).toBe(false);
  });
});

describe('TargetSchema: the JSON shapes a province writes', () => {
  it.each([
    [{ kind: 'threshold', op: '>=', value: 80 }],
    [{ kind: 'threshold', op: '>', value: 80, level: 'district', by: '2025-12-31', wording: 'trên 80%' }],
    [{ kind: 'range', min: 20, max: 25 }],
    [{ kind: 'rank', top: 10 }],
    [{ kind: 'change', op: '<=', value: -30, from: 'baseline' }],
    [{ kind: 'growth', op: '>=', value: 7, per: 'year' }],
    [{ kind: 'done' }],
    [{ kind: 'qualitative', wording: 'Phổ cập dịch vụ mạng di động 4G/5G' }],
  ])('accepts %j', (target) => {
    expect(TargetSchema.parse(target)).toEqual(target);
  });
  it.each([
    [{ kind: 'threshold', op: '≥', value: 80 }],
    [{ kind: 'threshold', op: '>=', value: '80' }],
    [{ kind: 'range', min: 25, max: 20 }],
    [{ kind: 'rank', top: 0 }],
    [{ kind: 'rank', top: 2.5 }],
    [{ kind: 'change', op: '>', value: 3, from: 'baseline' }],
    [{ kind: 'threshold', op: '>=', value: 80, by: '31/12/2025' }],
    [{ kind: 'threshold', op: '>=', value: 80, by: '2025-02-30' }],
    [{ kind: 'done', extra: true }],
  ])('rejects %j', (target) => {
    expect(TargetSchema.safeParse(target).success).toBe(false);
  });
});

describe('ObservationSchema', () => {
  const base = { unit: 'u', indicator: 'x', period: 2023 };
  it('takes exactly one of value, numerator + denominator, done, rank', () => {
    expect(ObservationSchema.safeParse({ ...base, value: 1 }).success).toBe(true);
    expect(ObservationSchema.safeParse({ ...base, numerator: 1, denominator: 2 }).success).toBe(true);
    expect(ObservationSchema.safeParse({ ...base, done: true }).success).toBe(true);
    expect(ObservationSchema.safeParse({ ...base, rank: 3 }).success).toBe(true);
    expect(ObservationSchema.safeParse({ ...base, value: 1, rank: 3 }).success).toBe(false);
    expect(ObservationSchema.safeParse({ ...base, numerator: 1 }).success).toBe(false);
    expect(ObservationSchema.safeParse(base).success).toBe(false);
  });
  it('a period is a year or a real ISO date', () => {
    expect(ObservationSchema.safeParse({ ...base, period: '2023-05-31', value: 1 }).success).toBe(true);
    expect(ObservationSchema.safeParse({ ...base, period: '2023-02-29', value: 1 }).success).toBe(false);
    expect(ObservationSchema.safeParse({ ...base, period: 2023.5, value: 1 }).success).toBe(false);
    expect(ObservationSchema.safeParse({ ...base, period: '05/2023', value: 1 }).success).toBe(false);
  });
  it('rejects NaN and Infinity', () => {
    expect(ObservationSchema.safeParse({ ...base, value: Number.NaN }).success).toBe(false);
    expect(ObservationSchema.safeParse({ ...base, value: Number.POSITIVE_INFINITY }).success).toBe(false);
  });
});

describe('UnitSchema', () => {
  it('id, name, level and an optional parent', () => {
    expect(UnitSchema.parse({ id: '26', name: 'Tỉnh Vĩnh Phúc', level: 'province' })).toEqual({ id: '26', name: 'Tỉnh Vĩnh Phúc', level: 'province' });
    expect(UnitSchema.safeParse({ id: '', name: 'x', level: 'province' }).success).toBe(false);
  });
});

describe('CatalogSchema cross-checks', () => {
  const catalog: CatalogInput = {
    id: 'c',
    plan: { issuer: { vi: 'a', en: 'a' }, number: '1', date: '2021-01-01', title: { vi: 't', en: 't' } },
    hierarchy: twoTier2025,
    indicators: [
      { id: 'share', name: { vi: 'a', en: 'a' }, pillar: 'digital-government', measure: 'percent', source: { document: '1', date: '2021-01-01', section: 'I' }, targets: [{ kind: 'threshold', op: '>=', value: 80, level: 'commune' }] },
    ],
  };
  it('accepts a valid catalog', () => {
    expect(CatalogSchema.safeParse(catalog).success).toBe(true);
  });
  it('rejects a level the hierarchy does not have (district in a two-tier catalog)', () => {
    const bad = structuredClone(catalog);
    bad.indicators[0]!.targets[0] = { kind: 'threshold', op: '>=', value: 80, level: 'district' };
    const r = CatalogSchema.safeParse(bad);
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path).toEqual(['indicators', 0, 'targets', 0, 'level']);
  });
  it('rejects duplicate indicator ids and a target kind that does not fit the measure', () => {
    const dup = structuredClone(catalog);
    dup.indicators.push(structuredClone(dup.indicators[0]!));
    expect(CatalogSchema.safeParse(dup).error?.issues[0]?.path).toEqual(['indicators', 1, 'id']);
    const wrongKind = structuredClone(catalog);
    wrongKind.indicators[0]!.targets[0] = { kind: 'rank', top: 10 };
    expect(CatalogSchema.safeParse(wrongKind).error?.issues[0]?.path).toEqual(['indicators', 0, 'targets', 0, 'kind']);
  });
  it('indicator ids are kebab-case', () => {
    const bad = structuredClone(catalog);
    bad.indicators[0]!.id = 'Share_Online';
    expect(CatalogSchema.safeParse(bad).success).toBe(false);
  });
});
