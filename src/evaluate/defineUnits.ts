import { ChisoError, type ChisoIssue } from '../errors';
import { makeIssue } from '../internal/issue';
import { fromZodIssues } from '../internal/zod';
import { HierarchySchema, type Hierarchy } from '../model/level';
import type { UnitRegistry } from '../model/registry';
import { UnitSchema, type Unit } from '../model/unit';

/**
 * Compares by Unicode code points. `<` on strings compares UTF-16 code units, which puts a character
 * outside the BMP (a surrogate pair) before U+E000–U+FFFF; code points give the order a reader expects
 * in every language.
 */
function compareCodePoints(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length) {
    const ca = a.codePointAt(i) as number;
    const cb = b.codePointAt(i) as number;
    if (ca !== cb) return ca - cb;
    i += ca > 0xffff ? 2 : 1;
  }
  return (a.length > i ? 1 : 0) - (b.length > i ? 1 : 0);
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

/** The cycles of the parent links, each starting at its smallest id so the report never depends on input order. */
function findCycles(parentOf: ReadonlyMap<string, string | undefined>): string[][] {
  const state = new Map<string, 'visiting' | 'done'>();
  const cycles: string[][] = [];
  for (const start of [...parentOf.keys()].sort(compareCodePoints)) {
    const trail: string[] = [];
    let current: string | undefined = start;
    while (current !== undefined && !state.has(current)) {
      state.set(current, 'visiting');
      trail.push(current);
      const parent: string | undefined = parentOf.get(current);
      current = parent !== undefined && parentOf.has(parent) ? parent : undefined;
    }
    if (current !== undefined && state.get(current) === 'visiting') {
      const cycle = trail.slice(trail.indexOf(current));
      const least = cycle.reduce((m, id) => (compareCodePoints(id, m) < 0 ? id : m));
      const at = cycle.indexOf(least);
      cycles.push([...cycle.slice(at), ...cycle.slice(0, at)]);
    }
    for (const id of trail) state.set(id, 'done');
  }
  return cycles;
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
  const parsedHierarchy = HierarchySchema.safeParse(hierarchy, { reportInput: true });
  if (!parsedHierarchy.success) issues.push(...fromZodIssues(parsedHierarchy.error.issues, ['hierarchy']));
  if (!Array.isArray(units)) {
    issues.push(makeIssue({ code: 'invalid_type', path: ['units'], field: 'units', expected: 'an array of units', received: units }));
    throw new ChisoError(issues);
  }
  const list: Unit[] = [];
  (units as readonly unknown[]).forEach((raw, i) => {
    const parsed = UnitSchema.safeParse(raw, { reportInput: true });
    if (parsed.success) {
      list.push(parsed.data);
      return;
    }
    const id = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>)['id'] : undefined;
    issues.push(...fromZodIssues(parsed.error.issues, ['units', i], { unit: typeof id === 'string' ? id : undefined }));
  });
  // The cross-checks below would only echo a unit that failed its schema (e.g. as a missing parent).
  if (issues.length > 0 || !parsedHierarchy.success) throw new ChisoError(issues);
  const h = parsedHierarchy.data;

  const levelIndex = new Map(h.levels.map((level, i) => [level.id, i]));
  const levelIds = h.levels.map((level) => level.id);
  const found: { index: number; issue: ChisoIssue }[] = [];
  const report = (index: number, issue: Parameters<typeof makeIssue>[0]) => found.push({ index, issue: makeIssue(issue) });

  const firstAt = new Map<string, number>();
  list.forEach((unit, i) => {
    if (firstAt.has(unit.id)) {
      report(i, { code: 'duplicate_unit', path: ['units', i, 'id'], field: 'id', unit: unit.id, expected: 'a unit id not used before', received: unit.id });
    } else {
      firstAt.set(unit.id, i);
    }
    if (!levelIndex.has(unit.level)) {
      report(i, {
        code: 'unknown_level',
        path: ['units', i, 'level'],
        field: 'level',
        unit: unit.id,
        expected: `one of the levels of hierarchy "${h.id}" (${levelIds.join(', ')})`,
        received: unit.level,
      });
    }
  });

  // Cycles are looked for among the first unit of each id; a later duplicate is reported as such.
  const parentOf = new Map<string, string | undefined>();
  for (const [id, i] of firstAt) parentOf.set(id, list[i]?.parent);
  const onCycle = new Set<string>();
  for (const cycle of findCycles(parentOf)) {
    cycle.forEach((id) => onCycle.add(id));
    const head = cycle[0] as string;
    const index = firstAt.get(head) as number;
    report(index, {
      code: 'unit_cycle',
      path: ['units', index, 'parent'],
      field: 'parent',
      unit: head,
      expected: 'a chain of parents that ends at a unit without a parent',
      received: [...cycle, head].join(' → '),
    });
  }

  list.forEach((unit, i) => {
    if (unit.parent === undefined) return;
    const parentIndex = firstAt.get(unit.parent);
    if (parentIndex === undefined) {
      report(i, { code: 'unknown_unit', path: ['units', i, 'parent'], field: 'parent', unit: unit.id, expected: 'the id of another unit in `units`', received: unit.parent });
      return;
    }
    // A cycle always breaks the level order somewhere; reporting that too would say the same twice.
    if (unit.parent === unit.id || (firstAt.get(unit.id) === i && onCycle.has(unit.id))) return;
    const parent = list[parentIndex] as Unit;
    const childLevel = levelIndex.get(unit.level);
    const parentLevel = levelIndex.get(parent.level);
    if (childLevel === undefined || parentLevel === undefined || parentLevel < childLevel) return;
    const above = levelIds.slice(0, childLevel);
    report(i, {
      code: 'invalid_parent_level',
      path: ['units', i, 'parent'],
      field: 'parent',
      unit: unit.id,
      expected:
        above.length === 0
          ? `no parent (${unit.level} is the highest level of hierarchy "${h.id}")`
          : `a unit at a level above ${unit.level} (${above.join(' or ')})`,
      received: `${parent.id} (${parent.level})`,
    });
  });

  if (found.length > 0) {
    throw new ChisoError(found.sort((a, b) => a.index - b.index).map((f) => f.issue));
  }
  const sorted = [...list].sort(
    (a, b) => (levelIndex.get(a.level) as number) - (levelIndex.get(b.level) as number) || compareCodePoints(a.id, b.id),
  );
  return deepFreeze({ hierarchy: h, units: sorted });
}
