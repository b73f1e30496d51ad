// @zone-independent: looks units up by code and name; days are plain strings.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ChisoError } from '../../src/errors';
import { rollUp } from '../../src/evaluate/index';
import { findUnitByCode, findUnits, officialUnits, unitSet } from '../../src/units/index';

const issuesOf = (f: () => unknown) => {
  try {
    f();
  } catch (error) {
    if (error instanceof ChisoError) return error.issues.map((i) => i.code);
    throw error;
  }
  throw new Error('did not throw');
};

/** Removes diacritics the way a person typing without a Vietnamese keyboard does. */
const plain = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/gu, '').replace(/đ/gu, 'd').replace(/Đ/gu, 'D');
/** Moves the tone mark of oa/oe/uy between the old (`hoà`) and new (`hòa`) conventions. */
const otherConvention = (s: string) =>
  s.normalize('NFD').replace(/([oOuU])([aAeEyY])([\u0300\u0301\u0303\u0309\u0323])/gu, '$1$3$2').normalize('NFC');

describe('findUnitByCode', () => {
  it('reads a code at its day; a day before the first list, a bad day, an unknown code are errors', () => {
    expect(findUnitByCode(' 00004 ', '2025-07-01')).toEqual({ code: '00004', name: 'Phường Ba Đình', kind: 'Phường', level: 'commune', province: '01', set: '2025-07-01' });
    expect(findUnitByCode('00004', '2025-06-30')).toEqual({ code: '00004', name: 'Phường Trúc Bạch', kind: 'Phường', level: 'commune', province: '01', district: '001', set: '2025-01-04' });
    expect(issuesOf(() => findUnitByCode('00004', '2024-12-31'))).toEqual(['no_unit_set']);
    expect(issuesOf(() => findUnitByCode('00004', '2025-02-30'))).toEqual(['invalid_date']);
    expect(issuesOf(() => findUnitByCode('99999', '2026-01-01'))).toEqual(['unknown_unit']);
    expect(issuesOf(() => findUnitByCode('', 'soon'))).toEqual(['invalid_date', 'invalid_type']);
  });
});

describe('findUnits', () => {
  it('finds a unit with or without its kind, and every unit of an ambiguous name', () => {
    expect(findUnits('Phường Sài Gòn', { at: '2026-01-01' }).map((u) => u.code)).toEqual(['26740']);
    expect(findUnits('  SAI   GON ', { at: '2026-01-01' }).map((u) => u.code)).toEqual(['26740']);
    const phuTho = findUnits('phu tho', { at: '2026-01-01' });
    expect(phuTho.map((u) => [u.code, u.name])).toEqual([['25', 'Tỉnh Phú Thọ'], ['07942', 'Phường Phú Thọ'], ['27226', 'Phường Phú Thọ'], ['30034', 'Xã Phú Thọ']]);
    expect(findUnits('phu tho', { at: '2026-01-01', province: '79' }).map((u) => u.code)).toEqual(['27226']);
    expect(issuesOf(() => findUnits('phu tho', { at: '2026-01-01', province: '26' }))).toEqual(['unknown_unit']);
    expect(issuesOf(() => findUnits('', { level: 'hamlet' as never, province: 'x' }))).toEqual(['invalid_type', 'invalid_value', 'invalid_value']);
  });

  it('property: any spelling of a unit\'s name (no diacritics, either tone-mark convention, NFC/NFD, case, kind or not) finds the same units', () => {
    const units = [...unitSet('2026-01-01').communes, ...unitSet('2025-06-30').communes];
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: units.length - 1 }),
        fc.constantFrom(plain, otherConvention, (s: string) => s.normalize('NFD'), (s: string) => s.toUpperCase(), (s: string, kind: string) => s.slice(kind.length + 1)),
        (i, spell) => {
          const unit = units[i]!;
          const found = findUnits(spell(unit.name, unit.kind), { at: unit.set === '2025-07-01' ? '2026-01-01' : '2025-06-30' });
          expect(found).toContainEqual(unit);
          // A full name in any spelling finds exactly what the official spelling finds; without its kind
          // it may find more (Phường and Xã Ba Đình), never fewer.
          const official = findUnits(unit.name, { at: unit.set === '2025-07-01' ? '2026-01-01' : '2025-06-30' });
          if (plain(spell(unit.name, unit.kind)).toLowerCase() === plain(unit.name).toLowerCase()) expect(found).toEqual(official);
          else expect(found).toEqual(expect.arrayContaining(official));
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('officialUnits', () => {
  it('builds the registry defineUnits builds, with official codes as ids, for the country or one province', () => {
    const vinhPhuc = officialUnits({ at: '2025-06-30', province: '26' });
    expect(vinhPhuc.hierarchy.id).toBe('three-tier-2021');
    expect(vinhPhuc.units[0]).toEqual({ id: '26', name: 'Tỉnh Vĩnh Phúc', level: 'province' });
    expect(vinhPhuc.units.filter((u) => u.level === 'district').every((u) => u.parent === '26')).toBe(true);
    const phuTho = officialUnits({ at: '2025-07-01', province: '25' });
    expect(phuTho.units.filter((u) => u.level === 'commune').every((u) => u.parent === '25')).toBe(true);
    expect(issuesOf(() => officialUnits({ at: '2025-07-01', province: '26' }))).toEqual(['unknown_unit']);
  });

  it('is ready for rollUp: every commune of Vĩnh Phúc (January 2025) rolls up through its district to the province', () => {
    const registry = officialUnits({ at: '2025-06-30', province: '26' });
    const communes = registry.units.filter((u) => u.level === 'commune');
    const observations = communes.map((u, i) => ({ unit: u.id, indicator: 'enterprises', period: 2024, value: i + 1 }));
    const result = rollUp(observations, registry, { measures: { enterprises: 'count' }, from: 'leaves' });
    const province = result.aggregates.find((a) => a.unit === '26');
    // 1 + 2 + … + n, n the number of communes the list gives Vĩnh Phúc.
    expect(province?.observation).toMatchObject({ value: (communes.length * (communes.length + 1)) / 2 });
    expect(province?.coverage).toEqual({ reported: communes.length, expected: communes.length });
    expect(communes).toHaveLength(unitSet('2025-06-30').communes.filter((c) => c.province === '26').length);
  });
});
