import { deepFreeze } from '../_shared/deepFreeze';
import type { Catalog, CatalogInput } from '../model/catalog';
import { parseCatalog } from './_internal/parseCatalog';

/**
 * Validates a catalog written in code and returns it, typed.
 *
 * Checks the shape of every field (unknown keys are rejected), that indicator ids are unique
 * kebab-case, that every target's level exists in the catalog's hierarchy and that every target
 * kind fits its indicator's measure, and that every target's numbers lie within its measure's bounds
 * (`MEASURE_BOUNDS`: a percent target of 150 or −5 can never be met), and that no target's `wording`
 * says another comparison than the target (`trên 90%` is `> 90`, not `>= 90`). Shared references in the input
 * are fine (one `source` object used by many indicators); a cycle is an error naming where it is.
 *
 * What may be left out: `en` of a label (it is then the `vi` text), an indicator's `pillar` and
 * `source`, the plan's `number` and `date`. The hierarchy may be a preset's name (`'twoTier2025'`,
 * `'threeTier2021'`, or their ids), which becomes the preset.
 *
 * @param input - the catalog: plan, hierarchy, indicators with their targets
 * @returns the validated catalog: a new object, deeply frozen (like every catalog chiso returns;
 *   derive a changed one with `extendCatalog`); the input is not changed
 * @throws {ChisoError} listing every problem, each with its path (`indicators[3].targets[1].op`),
 *   what was allowed and what was found; among them a target whose `wording` contradicts it
 *   (`wording_mismatch`): `trên 90%` on `">="`, `tối thiểu 90%` on `">"`, `tối thiểu 80%` on 90.
 *   A wording is read only when it is sure (one comparison phrase and one number, or `từ A-B`);
 *   several numbers, none, or a phrase it does not know are not checked (docs/adapting.md)
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
 *
 * @example
 * defineCatalog({ id: 'an-binh', plan: { issuer: { vi: 'UBND tỉnh An Bình' }, title: { vi: 'Kế hoạch' } }, hierarchy: 'threeTier2021', indicators: [] }).hierarchy.levels.map((l) => l.id);
 * //=> ['province', 'district', 'commune']
 *
 * @example
 * // The plan says "trên 90%" (strictly above): exactly 90 must not meet it.
 * defineCatalog({ id: 'an-binh', plan: { issuer: { vi: 'UBND tỉnh An Bình' }, title: { vi: 'Kế hoạch' } }, hierarchy: 'twoTier2025', indicators: [{ id: 'fibre', name: { vi: 'Cáp quang' }, measure: 'percent', targets: [{ kind: 'threshold', op: '>=', value: 90, wording: 'trên 90%' }] }] });
 * //=> throws ChisoError: Expected indicators[0].targets[0].op (indicator "fibre") to be ">" as "trên 90%" says but got ">=".
 */
export function defineCatalog(input: CatalogInput): Catalog {
  return deepFreeze(parseCatalog(input));
}
