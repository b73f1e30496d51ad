import { ChisoError, type ChisoIssue } from '../errors';
import { checkUnits, compareCodePoints } from './_internal/checkUnits';
import { makeIssue } from '../_shared/issue';
import { englishIssue, fromZodIssues } from '../_shared/zod';
import { HierarchySchema, type Hierarchy } from '../model/level';
import type { UnitRegistry } from '../model/registry';
import type { Unit } from '../model/unit';

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

/**
 * Checks a list of units against a hierarchy and returns them as a registry to roll figures up
 * through.
 *
 * - Unit ids are unique; every unit's level is one of the hierarchy's.
 * - A parent must be another unit in the list, at a strictly higher level than its child (a commune
 *   under a district or the province, never under a commune). A unit without a parent is allowed at
 *   any level (e.g. a department, or a district whose province is not listed).
 * - No unit is its own parent, directly or through others (a cycle is reported once, naming its ids
 *   from the smallest).
 * - Every problem is reported at once, each with its path (`units[3].parent`) and unit.
 * - The result is plain JSON, deeply frozen, with units ordered by level (highest first) then id (by
 *   code points): the order of the input never changes it.
 *
 * @param units - the units (validated here)
 * @param hierarchy - the levels, highest first (validated here), e.g. `threeTier2021` or `twoTier2025`
 * @returns the frozen registry `{ hierarchy, units }`
 * @throws {ChisoError} for a unit or hierarchy that does not fit its schema, a duplicate unit id
 *   (`duplicate_unit`), a level not in the hierarchy (`unknown_level`), a parent that is not a unit
 *   (`unknown_unit`), a parent not at a higher level (`invalid_parent_level`), a cycle (`unit_cycle`)
 *
 * @example
 * defineUnits([
 *   { id: 'xa-b', name: 'Xã B', level: 'commune', parent: 'tinh' },
 *   { id: 'tinh', name: 'Tỉnh', level: 'province' },
 * ], twoTier2025).units.map((u) => u.id);
 * //=> ['tinh', 'xa-b']
 */
export function defineUnits(units: readonly Unit[], hierarchy: Hierarchy): UnitRegistry {
  const issues: ChisoIssue[] = [];
  const parsedHierarchy = HierarchySchema.safeParse(hierarchy, { reportInput: true, error: englishIssue });
  if (!parsedHierarchy.success) issues.push(...fromZodIssues(parsedHierarchy.error.issues, ['hierarchy']));
  if (!Array.isArray(units)) {
    issues.push(makeIssue({ code: 'invalid_type', path: ['units'], field: 'units', expected: 'an array of units', received: units }));
    throw new ChisoError(issues);
  }
  // The one check of a unit list, shared with `evaluate`'s `options.units`.
  const checked = checkUnits(units as readonly unknown[], parsedHierarchy.success ? parsedHierarchy.data : undefined, ['units']);
  issues.push(...checked.shapeIssues);
  // The cross-checks would only echo a unit that failed its schema (e.g. as a missing parent).
  if (issues.length > 0 || !parsedHierarchy.success) throw new ChisoError(issues);
  if (checked.issues.length > 0) throw new ChisoError(checked.issues);
  const h = parsedHierarchy.data;
  const levelIndex = new Map(h.levels.map((level, i) => [level.id, i]));
  const list = checked.units;
  const sorted = [...list].sort(
    (a, b) => (levelIndex.get(a.level) as number) - (levelIndex.get(b.level) as number) || compareCodePoints(a.id, b.id),
  );
  return deepFreeze({ hierarchy: h, units: sorted });
}
