import { deepFreeze } from '../_shared/deepFreeze';
import type { Hierarchy, Level } from './level';

// The levels both presets share: the same tier, named the same, before and after the 2025 reform.
const province: Level = { id: 'province', name: { vi: 'Cấp tỉnh', en: 'Province level' } };
const commune: Level = { id: 'commune', name: { vi: 'Cấp xã', en: 'Commune level' } };

/**
 * The three-tier local government of the 2021 plans: province → district → commune
 * (tỉnh → huyện → xã). In force until 30 June 2025.
 */
export const threeTier2021: Hierarchy = /* @__PURE__ */ deepFreeze({
  id: 'three-tier-2021',
  name: { vi: 'Chính quyền địa phương ba cấp', en: 'Three-tier local government' },
  levels: [province, { id: 'district', name: { vi: 'Cấp huyện', en: 'District level' } }, commune],
  until: '2025-06-30',
});

/**
 * The two-tier local government in force since 1 July 2025: province → commune (tỉnh → xã); the
 * district level is abolished.
 */
export const twoTier2025: Hierarchy = /* @__PURE__ */ deepFreeze({
  id: 'two-tier-2025',
  name: { vi: 'Chính quyền địa phương hai cấp', en: 'Two-tier local government' },
  levels: [province, commune],
  since: '2025-07-01',
});

/**
 * The built-in hierarchies. They are presets, not an enum: any {@link Hierarchy} works.
 *
 * They are shared by every user of the library in a process, so they are deeply frozen when their
 * module loads (the named exports `threeTier2021` and `twoTier2025` too), and changing one throws in
 * strict mode. Build a changed one as a new object (`{ ...hierarchies.twoTier2025, levels: [...] }`).
 *
 * @example
 * hierarchies.twoTier2025.levels.map((l) => l.id);
 * //=> ['province', 'commune']
 */
export const hierarchies: { readonly threeTier2021: Hierarchy; readonly twoTier2025: Hierarchy } = /* @__PURE__ */ deepFreeze({ threeTier2021, twoTier2025 });
