import { parseOrThrow } from '../_shared/zod';
import { defineUnits } from '../evaluate/defineUnits';
import { UnitRegistrySchema, type UnitRegistry } from '../model/registry';

/** One row of a registry's closure table: `descendant` lies `depth` steps below `ancestor` (0: itself). */
export interface ClosureRow {
  readonly ancestor: string;
  readonly descendant: string;
  readonly depth: number;
}

/**
 * The closure table of a unit registry as rows: every unit with itself (depth 0) and with each of
 * its ancestors (depth 1 for its parent, 2 for the parent's parent, …). Loaded into a database next
 * to the observations, it lets a query add figures up the tree with a join instead of a recursion,
 * from the same registry chiso rolls up through (see `compileRollUp`).
 *
 * @param registry - the units, as `defineUnits` returns them (checked again here)
 * @returns the rows, by descendant in registry order, then depth
 * @throws {ChisoError} for a registry that `defineUnits` rejects
 *
 * @example
 * registryClosure(defineUnits([
 *   { id: 'tinh', name: 'Tỉnh', level: 'province' },
 *   { id: 'xa-1', name: 'Xã 1', level: 'commune', parent: 'tinh' },
 * ], twoTier2025));
 * //=> [
 * //   { ancestor: 'tinh', descendant: 'tinh', depth: 0 },
 * //   { ancestor: 'xa-1', descendant: 'xa-1', depth: 0 },
 * //   { ancestor: 'tinh', descendant: 'xa-1', depth: 1 },
 * // ]
 */
export function registryClosure(registry: UnitRegistry): ClosureRow[] {
  const parsed = parseOrThrow(UnitRegistrySchema, registry, ['registry']);
  const { units } = defineUnits(parsed.units, parsed.hierarchy);
  const parentOf = new Map(units.map((u) => [u.id, u.parent]));
  const rows: ClosureRow[] = [];
  for (const unit of units) {
    // `defineUnits` refused cycles and unknown parents, so this walk ends at a root.
    let ancestor: string | undefined = unit.id;
    for (let depth = 0; ancestor !== undefined; depth += 1) {
      rows.push({ ancestor, descendant: unit.id, depth });
      ancestor = parentOf.get(ancestor);
    }
  }
  return rows;
}
