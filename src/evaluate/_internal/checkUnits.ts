import * as z from 'zod/mini';
import type { ChisoIssue } from '../../errors';
import { makeIssue } from '../../_shared/issue';
import { englishIssue, fromZodIssues } from '../../_shared/zod';
import type { Hierarchy } from '../../model/level';
import { UnitSchema, type Unit } from '../../model/unit';

/**
 * Compares by Unicode code points. `<` on strings compares UTF-16 code units, which puts a character
 * outside the BMP (a surrogate pair) before U+E000–U+FFFF; code points give the order a reader expects
 * in every language.
 */
export function compareCodePoints(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length) {
    const ca = a.codePointAt(i) as number;
    const cb = b.codePointAt(i) as number;
    if (ca !== cb) return ca - cb;
    i += ca > 0xffff ? 2 : 1;
  }
  return (a.length > i ? 1 : 0) - (b.length > i ? 1 : 0);
}

/** The cycles of the parent links, each starting at its smallest id so the report never depends on input order. */
function findCycles(parentOf: ReadonlyMap<string, string | undefined>): string[][] {
  // Most lists have no cycle: found out first without sorting the ids (a national list has thousands).
  if (findCyclesFrom(parentOf, parentOf.keys()).length === 0) return [];
  return findCyclesFrom(parentOf, [...parentOf.keys()].sort(compareCodePoints));
}

function findCyclesFrom(parentOf: ReadonlyMap<string, string | undefined>, starts: Iterable<string>): string[][] {
  const state = new Map<string, 'visiting' | 'done'>();
  const cycles: string[][] = [];
  for (const start of starts) {
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

let UnitList: z.ZodMiniArray<typeof UnitSchema> | undefined;

/** What {@link checkUnits} found: the units that fit their schema, and every problem. */
export interface UnitCheck {
  /** The units that fit `UnitSchema`, as parsed, in input order. */
  readonly units: Unit[];
  /** Problems with a unit's own fields (its schema); when there are any, the cross-checks were not made. */
  readonly shapeIssues: ChisoIssue[];
  /** Problems between units and with the hierarchy, in input order of the unit concerned. */
  readonly issues: ChisoIssue[];
}

/**
 * The one check of a list of units against a hierarchy, used by `defineUnits` and by `evaluate` /
 * `evaluateColumns` (`options.units`), so both accept the same lists and word the same issues (under
 * their own path: `at` is `['units']` or `['options', 'units']`).
 *
 * - Each unit fits `UnitSchema`. When one does not, only those problems are returned: the
 *   cross-checks would only echo a unit that failed its schema (e.g. as a missing parent).
 * - Unit ids are unique; every unit's level is one of the hierarchy's.
 * - A parent is another unit in the list, at a strictly higher level than its child.
 * - No unit is its own parent, directly or through others (a cycle is reported once, naming its ids
 *   from the smallest).
 *
 * With no `hierarchy` (it was invalid), only the units' schemas are checked.
 */
export function checkUnits(raw: readonly unknown[], hierarchy: Hierarchy | undefined, at: readonly (string | number)[]): UnitCheck {
  // The whole list at once when it is valid (a third of the time of one parse per unit); unit by
  // unit, for the issues with their units, when it is not.
  UnitList ??= z.array(UnitSchema);
  const all = UnitList.safeParse(raw);
  const units: Unit[] = all.success ? all.data : [];
  const shapeIssues: ChisoIssue[] = [];
  if (!all.success) raw.forEach((item, i) => {
    const parsed = UnitSchema.safeParse(item, { reportInput: true, error: englishIssue });
    if (parsed.success) {
      units.push(parsed.data);
      return;
    }
    const id = typeof item === 'object' && item !== null ? (item as Record<string, unknown>)['id'] : undefined;
    shapeIssues.push(...fromZodIssues(parsed.error.issues, [...at, i], { unit: typeof id === 'string' ? id : undefined }));
  });
  if (shapeIssues.length > 0 || hierarchy === undefined) return { units, shapeIssues, issues: [] };

  const levelIndex = new Map(hierarchy.levels.map((level, i) => [level.id, i]));
  const levelIds = hierarchy.levels.map((level) => level.id);
  const found: { index: number; issue: ChisoIssue }[] = [];
  const report = (index: number, issue: Parameters<typeof makeIssue>[0]) => found.push({ index, issue: makeIssue(issue) });

  const firstAt = new Map<string, number>();
  units.forEach((unit, i) => {
    if (firstAt.has(unit.id)) {
      report(i, { code: 'duplicate_unit', path: [...at, i, 'id'], field: 'id', unit: unit.id, expected: 'a unit id not used before', received: unit.id });
    } else {
      firstAt.set(unit.id, i);
    }
    if (!levelIndex.has(unit.level)) {
      report(i, {
        code: 'unknown_level',
        path: [...at, i, 'level'],
        field: 'level',
        unit: unit.id,
        expected: `one of the levels of hierarchy "${hierarchy.id}" (${levelIds.join(', ')})`,
        received: unit.level,
      });
    }
  });

  // Cycles are looked for among the first unit of each id; a later duplicate is reported as such.
  const parentOf = new Map<string, string | undefined>();
  for (const [id, i] of firstAt) parentOf.set(id, units[i]?.parent);
  const onCycle = new Set<string>();
  for (const cycle of findCycles(parentOf)) {
    cycle.forEach((id) => onCycle.add(id));
    const head = cycle[0] as string;
    const index = firstAt.get(head) as number;
    report(index, {
      code: 'unit_cycle',
      path: [...at, index, 'parent'],
      field: 'parent',
      unit: head,
      expected: 'a chain of parents that ends at a unit without a parent',
      received: [...cycle, head].join(' → '),
    });
  }

  units.forEach((unit, i) => {
    if (unit.parent === undefined) return;
    const parentIndex = firstAt.get(unit.parent);
    if (parentIndex === undefined) {
      report(i, { code: 'unknown_unit', path: [...at, i, 'parent'], field: 'parent', unit: unit.id, expected: 'the id of another unit in `units`', received: unit.parent });
      return;
    }
    // A cycle always breaks the level order somewhere; reporting that too would say the same twice.
    if (unit.parent === unit.id || (firstAt.get(unit.id) === i && onCycle.has(unit.id))) return;
    const parent = units[parentIndex] as Unit;
    const childLevel = levelIndex.get(unit.level);
    const parentLevel = levelIndex.get(parent.level);
    if (childLevel === undefined || parentLevel === undefined || parentLevel < childLevel) return;
    const above = levelIds.slice(0, childLevel);
    report(i, {
      code: 'invalid_parent_level',
      path: [...at, i, 'parent'],
      field: 'parent',
      unit: unit.id,
      expected:
        above.length === 0
          ? `no parent (${unit.level} is the highest level of hierarchy "${hierarchy.id}")`
          : `a unit at a level above ${unit.level} (${above.join(' or ')})`,
      received: `${parent.id} (${parent.level})`,
    });
  });

  // Stable: a unit's problems stay in the order found (id, level, cycle, parent).
  return { units, shapeIssues, issues: found.sort((a, b) => a.index - b.index).map((f) => f.issue) };
}
