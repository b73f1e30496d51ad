import { deepFreeze } from '../_shared/deepFreeze';
import { parseOrThrow } from '../_shared/zod';
import { CatalogSchema, type Catalog, type CatalogInput } from '../model/catalog';

/**
 * Validates a catalog written in code and returns it, typed.
 *
 * Checks the shape of every field (unknown keys are rejected), that indicator ids are unique
 * kebab-case, that every target's level exists in the catalog's hierarchy and that every target
 * kind fits its indicator's measure, and that every target's numbers lie within its measure's bounds
 * (`MEASURE_BOUNDS`: a percent target of 150 or −5 can never be met). Shared references in the input
 * are fine (one `source` object used by many indicators); a cycle is an error naming where it is.
 *
 * @param input - the catalog: plan, hierarchy, indicators with their targets
 * @returns the validated catalog: a new object, deeply frozen (like every catalog chiso returns;
 *   derive a changed one with `extendCatalog`); the input is not changed
 * @throws {ChisoError} listing every problem, each with its path (`indicators[3].targets[1].op`),
 *   what was allowed and what was found
 *
 * @example
 * const catalog = defineCatalog({
 *   id: 'my-province',
 *   plan: { issuer: { vi: 'UBND tỉnh X', en: 'X People’s Committee' }, number: '1/KH-UBND', date: '2025-09-01', title: { vi: 'Kế hoạch', en: 'Plan' } },
 *   hierarchy: hierarchies.twoTier2025,
 *   indicators: [],
 * });
 * catalog.hierarchy.levels.length;
 * //=> 2
 */
export function defineCatalog(input: CatalogInput): Catalog {
  return deepFreeze(parseOrThrow(CatalogSchema, input));
}
