import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ChisoError, type ChisoIssue } from '../../src/errors';
import { defineUnits } from '../../src/evaluate/defineUnits';
import { threeTier2021, twoTier2025 } from '../../src/model/hierarchies';
import type { Hierarchy } from '../../src/model/level';
import { UnitRegistrySchema } from '../../src/model/registry';
import type { Unit } from '../../src/model/unit';

const MESSAGE = /^Expected .+ to be .+ but got ".*"\.$/;

function issuesOf(fn: () => unknown): readonly ChisoIssue[] {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(ChisoError);
    const issues = (e as ChisoError).issues;
    for (const issue of issues) expect(issue.message).toMatch(MESSAGE);
    return issues;
  }
  throw new Error('expected a ChisoError');
}

/** Only the parts of an issue a test pins down. */
const brief = (i: ChisoIssue) => ({ code: i.code, path: i.path, unit: i.unit, expected: i.expected, received: i.received });

// Invented units, shaped like a three-tier province.
const threeTierUnits: Unit[] = [
  { id: 'vp', name: 'Tỉnh Vĩnh Phúc', level: 'province' },
  { id: 'vinh-tuong', name: 'Huyện Vĩnh Tường', level: 'district', parent: 'vp' },
  { id: 'tam-dao', name: 'Huyện Tam Đảo', level: 'district', parent: 'vp' },
  { id: 'tt-vinh-tuong', name: 'Thị trấn Vĩnh Tường', level: 'commune', parent: 'vinh-tuong' },
  { id: 'xa-dai-dong', name: 'Xã Đại Đồng', level: 'commune', parent: 'vinh-tuong' },
  { id: 'tt-tam-dao', name: 'Thị trấn Tam Đảo', level: 'commune', parent: 'tam-dao' },
  { id: 'so-tttt', name: 'Sở Thông tin và Truyền thông', level: 'district' },
];

describe('defineUnits: valid registries', () => {
  it('a three-tier registry: levels first (province, district, commune), then ids', () => {
    const registry = defineUnits(threeTierUnits, threeTier2021);
    expect(registry.hierarchy).toEqual(threeTier2021);
    expect(registry.units.map((u) => `${u.level}:${u.id}`)).toEqual([
      'province:vp',
      'district:so-tttt',
      'district:tam-dao',
      'district:vinh-tuong',
      'commune:tt-tam-dao',
      'commune:tt-vinh-tuong',
      'commune:xa-dai-dong',
    ]);
    expect(UnitRegistrySchema.parse(registry)).toEqual(registry);
  });

  it('a two-tier registry (since 2025-07-01): communes straight under the province', () => {
    const registry = defineUnits(
      [
        { id: 'xa-b', name: 'Xã B', level: 'commune', parent: 'tinh' },
        { id: 'phuong-a', name: 'Phường A', level: 'commune', parent: 'tinh' },
        { id: 'tinh', name: 'Tỉnh', level: 'province' },
      ],
      twoTier2025,
    );
    expect(registry).toEqual({
      hierarchy: twoTier2025,
      units: [
        { id: 'tinh', name: 'Tỉnh', level: 'province' },
        { id: 'phuong-a', name: 'Phường A', level: 'commune', parent: 'tinh' },
        { id: 'xa-b', name: 'Xã B', level: 'commune', parent: 'tinh' },
      ],
    });
  });

  it('a district unit under a two-tier hierarchy is an unknown level', () => {
    const issues = issuesOf(() => defineUnits([{ id: 'h', name: 'Huyện', level: 'district' }], twoTier2025));
    expect(issues.map(brief)).toEqual([
      { code: 'unknown_level', path: ['units', 0, 'level'], unit: 'h', expected: 'one of the levels of hierarchy "two-tier-2025" (province, commune)', received: 'district' },
    ]);
  });

  it('a custom four-level hierarchy; a parent may skip a level; parentless units at any level', () => {
    const custom: Hierarchy = {
      id: 'custom',
      name: { vi: 'Bốn cấp', en: 'Four levels' },
      levels: [
        { id: 'region', name: { vi: 'Vùng', en: 'Region' } },
        { id: 'province', name: { vi: 'Tỉnh', en: 'Province' } },
        { id: 'commune', name: { vi: 'Xã', en: 'Commune' } },
        { id: 'village', name: { vi: 'Thôn', en: 'Village' } },
      ],
    };
    const registry = defineUnits(
      [
        { id: 'thon-1', name: 'Thôn 1', level: 'village', parent: 'xa-1' },
        { id: 'thon-2', name: 'Thôn 2', level: 'village', parent: 'tinh-1' },
        { id: 'xa-1', name: 'Xã 1', level: 'commune', parent: 'vung' },
        { id: 'tinh-1', name: 'Tỉnh 1', level: 'province', parent: 'vung' },
        { id: 'vung', name: 'Vùng', level: 'region' },
        { id: 'lone', name: 'Thôn lẻ', level: 'village' },
      ],
      custom,
    );
    expect(registry.units.map((u) => u.id)).toEqual(['vung', 'tinh-1', 'xa-1', 'lone', 'thon-1', 'thon-2']);
  });

  it('orders ids by code points, not UTF-16 code units', () => {
    // U+FFFD is before U+1F600 by code point; as UTF-16 the surrogate pair (0xD83D…) would come first.
    const registry = defineUnits(
      [
        { id: 'x😀', name: 'Emoji', level: 'province' },
        { id: 'x\uFFFD', name: 'Replacement', level: 'province' },
        { id: 'x', name: 'Short', level: 'province' },
        { id: 'xa', name: 'A', level: 'province' },
      ],
      twoTier2025,
    );
    expect(registry.units.map((u) => u.id)).toEqual(['x', 'xa', 'x\uFFFD', 'x😀']);
  });

  it('is plain JSON, deeply frozen, and does not touch the input', () => {
    const input = structuredClone(threeTierUnits).reverse();
    const copy = structuredClone(input);
    // A fresh, unfrozen copy of the hierarchy: the built-in one is frozen where it is defined, so it
    // cannot show whether defineUnits freezes (or changes) the hierarchy it is given.
    const hierarchyInput = structuredClone(threeTier2021);
    const registry = defineUnits(input, hierarchyInput);
    expect(input).toEqual(copy);
    expect(hierarchyInput).toEqual(threeTier2021);
    expect(JSON.parse(JSON.stringify(registry))).toEqual(registry);
    expect(Object.isFrozen(registry)).toBe(true);
    expect(Object.isFrozen(registry.units)).toBe(true);
    expect(Object.isFrozen(registry.units[0])).toBe(true);
    expect(Object.isFrozen(registry.hierarchy.levels[0]?.name)).toBe(true);
    expect(Object.isFrozen(input)).toBe(false);
    expect(Object.isFrozen(input[0])).toBe(false);
    expect(Object.isFrozen(hierarchyInput)).toBe(false);
    expect(Object.isFrozen(hierarchyInput.levels)).toBe(false);
    expect(Object.isFrozen(hierarchyInput.levels[0]?.name)).toBe(false);
  });

  it('the built-in hierarchies are deeply frozen where they are defined, and defineUnits accepts them', () => {
    for (const builtIn of [threeTier2021, twoTier2025]) {
      expect(Object.isFrozen(builtIn)).toBe(true);
      expect(Object.isFrozen(builtIn.name)).toBe(true);
      expect(Object.isFrozen(builtIn.levels)).toBe(true);
      for (const level of builtIn.levels) {
        expect(Object.isFrozen(level)).toBe(true);
        expect(Object.isFrozen(level.name)).toBe(true);
      }
    }
    expect(defineUnits(threeTierUnits, threeTier2021)).toEqual(defineUnits(threeTierUnits, structuredClone(threeTier2021)));
  });

  it('input order never changes the output (shuffled)', () => {
    const expected = defineUnits(threeTierUnits, threeTier2021);
    fc.assert(
      fc.property(fc.shuffledSubarray(threeTierUnits, { minLength: threeTierUnits.length, maxLength: threeTierUnits.length }), (shuffled) => {
        expect(defineUnits(shuffled, threeTier2021)).toEqual(expected);
      }),
    );
  });
});

describe('defineUnits: each problem as an exact issue', () => {
  it('a duplicate id', () => {
    const issues = issuesOf(() =>
      defineUnits([{ id: 'p', name: 'P', level: 'province' }, { id: 'c', name: 'C', level: 'commune', parent: 'p' }, { id: 'c', name: 'C again', level: 'commune', parent: 'p' }], twoTier2025),
    );
    expect(issues.map(brief)).toEqual([{ code: 'duplicate_unit', path: ['units', 2, 'id'], unit: 'c', expected: 'a unit id not used before', received: 'c' }]);
    expect(issues[0]?.message).toBe('Expected units[2].id (unit "c") to be a unit id not used before but got "c".');
  });

  it('a level not in the hierarchy', () => {
    const issues = issuesOf(() => defineUnits([{ id: 't1', name: 'Thôn 1', level: 'hamlet' }], threeTier2021));
    expect(issues.map(brief)).toEqual([
      { code: 'unknown_level', path: ['units', 0, 'level'], unit: 't1', expected: 'one of the levels of hierarchy "three-tier-2021" (province, district, commune)', received: 'hamlet' },
    ]);
  });

  it('a parent that is not a unit (an orphan)', () => {
    const issues = issuesOf(() => defineUnits([{ id: 'c1', name: 'Xã 1', level: 'commune', parent: 'nowhere' }], threeTier2021));
    expect(issues.map(brief)).toEqual([{ code: 'unknown_unit', path: ['units', 0, 'parent'], unit: 'c1', expected: 'the id of another unit in `units`', received: 'nowhere' }]);
    expect(issues[0]?.message).toBe('Expected units[0].parent (unit "c1") to be the id of another unit in `units` but got "nowhere".');
  });

  it('a commune under a commune, a district under a commune, a province with a parent', () => {
    const issues = issuesOf(() =>
      defineUnits(
        [
          { id: 'c1', name: 'Xã 1', level: 'commune' },
          { id: 'c2', name: 'Xã 2', level: 'commune', parent: 'c1' },
          { id: 'd1', name: 'Huyện 1', level: 'district', parent: 'c1' },
          { id: 'p1', name: 'Tỉnh 1', level: 'province', parent: 'd1' },
        ],
        threeTier2021,
      ),
    );
    expect(issues.map(brief)).toEqual([
      { code: 'invalid_parent_level', path: ['units', 1, 'parent'], unit: 'c2', expected: 'a unit at a level above commune (province or district)', received: 'c1 (commune)' },
      { code: 'invalid_parent_level', path: ['units', 2, 'parent'], unit: 'd1', expected: 'a unit at a level above district (province)', received: 'c1 (commune)' },
      { code: 'invalid_parent_level', path: ['units', 3, 'parent'], unit: 'p1', expected: 'no parent (province is the highest level of hierarchy "three-tier-2021")', received: 'd1 (district)' },
    ]);
    expect(issues[0]?.message).toBe('Expected units[1].parent (unit "c2") to be a unit at a level above commune (province or district) but got "c1 (commune)".');
  });

  it('a unit that is its own parent is a cycle', () => {
    const issues = issuesOf(() => defineUnits([{ id: 'd1', name: 'Huyện 1', level: 'district', parent: 'd1' }], threeTier2021));
    expect(issues.map(brief)).toEqual([
      { code: 'unit_cycle', path: ['units', 0, 'parent'], unit: 'd1', expected: 'a chain of parents that ends at a unit without a parent', received: 'd1 → d1' },
    ]);
  });

  it('a longer cycle is reported once, from its smallest id, whatever the input order', () => {
    const cycle: Unit[] = [
      { id: 'd', name: 'D', level: 'district', parent: 'b' },
      { id: 'c', name: 'C', level: 'district', parent: 'd' },
      { id: 'b', name: 'B', level: 'district', parent: 'c' },
      // Hangs off the cycle (not itself reported) and is met first, so the cycle is entered at c.
      { id: 'a', name: 'A', level: 'commune', parent: 'c' },
    ];
    const issues = issuesOf(() => defineUnits(cycle, threeTier2021));
    expect(issues.map(brief)).toEqual([
      { code: 'unit_cycle', path: ['units', 2, 'parent'], unit: 'b', expected: 'a chain of parents that ends at a unit without a parent', received: 'b → c → d → b' },
    ]);
    fc.assert(
      fc.property(fc.shuffledSubarray(cycle, { minLength: 4, maxLength: 4 }), (shuffled) => {
        const again = issuesOf(() => defineUnits(shuffled, threeTier2021));
        expect(again.map((i) => [i.code, i.unit, i.received])).toEqual([['unit_cycle', 'b', 'b → c → d → b']]);
      }),
    );
  });

  it('a cycle through units of unknown levels', () => {
    const issues = issuesOf(() =>
      defineUnits([{ id: 'p', name: 'P', level: 'ward', parent: 'q' }, { id: 'q', name: 'Q', level: 'ward', parent: 'p' }], twoTier2025),
    );
    expect(issues.map((i) => [i.code, i.path.join('.'), i.received])).toEqual([
      ['unknown_level', 'units.0.level', 'ward'],
      ['unit_cycle', 'units.0.parent', 'p → q → p'],
      ['unknown_level', 'units.1.level', 'ward'],
    ]);
  });

  it('every problem at once, ordered by unit', () => {
    const issues = issuesOf(() =>
      defineUnits(
        [
          { id: 'p', name: 'P', level: 'province' },
          { id: 'c1', name: 'Xã 1', level: 'commune', parent: 'ghost' },
          { id: 'c2', name: 'Xã 2', level: 'commune', parent: 'c2' },
          { id: 'p', name: 'P bis', level: 'hamlet' },
          { id: 'd1', name: 'Huyện 1', level: 'district', parent: 'c1' },
        ],
        threeTier2021,
      ),
    );
    expect(issues.map((i) => [i.code, i.path.join('.'), i.unit])).toEqual([
      ['unknown_unit', 'units.1.parent', 'c1'],
      ['unit_cycle', 'units.2.parent', 'c2'],
      ['duplicate_unit', 'units.3.id', 'p'],
      ['unknown_level', 'units.3.level', 'p'],
      ['invalid_parent_level', 'units.4.parent', 'd1'],
    ]);
  });

  it('units or a hierarchy that do not fit their schemas, all reported with paths and units', () => {
    const issues = issuesOf(() =>
      defineUnits(
        [{ id: 'c1', name: '', level: 'commune' }, { id: ' ', name: 'Blank id', level: 'commune' }, { id: 'c3', name: 'C3', level: 'commune', colour: 'red' } as Unit],
        { ...twoTier2025, levels: [] },
      ),
    );
    expect(issues.map((i) => [i.code, i.path.join('.'), i.unit])).toEqual([
      ['too_small', 'hierarchy.levels', undefined],
      ['too_small', 'units.0.name', 'c1'],
      ['too_small', 'units.1.id', ' '],
      ['unrecognized_key', 'units.2.colour', 'c3'],
    ]);
  });

  it('a unit that does not fit its schema is not also reported as a missing parent', () => {
    const issues = issuesOf(() =>
      defineUnits([{ id: 'p', name: '', level: 'province' }, { id: 'c', name: 'C', level: 'commune', parent: 'p' }], twoTier2025),
    );
    expect(issues.map((i) => [i.code, i.path.join('.'), i.unit])).toEqual([['too_small', 'units.0.name', 'p']]);
  });

  it('units that are not a list', () => {
    const issues = issuesOf(() => defineUnits({ id: 'p' } as unknown as Unit[], twoTier2025));
    expect(issues.map(brief)).toEqual([{ code: 'invalid_type', path: ['units'], unit: undefined, expected: 'an array of units', received: '{"id":"p"}' }]);
  });

  it('the example in the JSDoc', () => {
    expect(
      defineUnits(
        [
          { id: 'xa-b', name: 'Xã B', level: 'commune', parent: 'tinh' },
          { id: 'tinh', name: 'Tỉnh', level: 'province' },
        ],
        twoTier2025,
      ).units.map((u) => u.id),
    ).toEqual(['tinh', 'xa-b']);
  });
});
