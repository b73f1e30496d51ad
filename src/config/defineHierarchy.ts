import { deepFreeze } from '../_shared/deepFreeze';
import { parseOrThrow } from '../_shared/zod';
import { HierarchySchema, type Hierarchy } from '../model/level';

/**
 * Validates a custom hierarchy of levels (highest first) and returns it.
 *
 * @param input - `{ id, name: { vi, en }, levels: [{ id, name }, …], since?, until? }`
 * @returns the validated hierarchy: a new object, deeply frozen (like the built-in presets)
 * @throws {ChisoError} for a missing name, a level id used twice, an id that is not kebab-case
 *
 * @example
 * defineHierarchy({
 *   id: 'emulation',
 *   name: { vi: 'Thi đua', en: 'Emulation' },
 *   levels: [
 *     { id: 'province', name: { vi: 'Cấp tỉnh', en: 'Province level' } },
 *     { id: 'enterprise', name: { vi: 'Doanh nghiệp', en: 'Enterprises' } },
 *   ],
 * }).levels.map((l) => l.id);
 * //=> ['province', 'enterprise']
 */
export function defineHierarchy(input: Hierarchy): Hierarchy {
  return deepFreeze(parseOrThrow(HierarchySchema, input));
}
