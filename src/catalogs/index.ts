import { deepFreeze } from '../_shared/deepFreeze';
import type { Catalog } from '../model/catalog';
import { dienBien } from './dienBien';
import { tuyenQuang154 } from './tuyenQuang154';
import { vinhPhuc302 } from './vinhPhuc302';

export { dienBien } from './dienBien';
export { emulationHierarchy154, tuyenQuang154 } from './tuyenQuang154';
export { vinhPhuc302 } from './vinhPhuc302';
export { reportingRegimes, vinhPhuc302Reporting } from './reportingRegimes';
export { registers, vinhPhuc302Projects, vinhPhuc302Tasks } from './registers';
export { officialSchedules } from './officialSchedules';
export { holidayLaw } from './holidayLaw';

/**
 * The built-in catalogs, each read row by row from its plan and citing the section of every target.
 * Indicators that mean the same thing share one id across them.
 *
 * Every catalog chiso hands out is deeply frozen, these included: they are shared by everything in
 * the process, so changing one in place would change every later `evaluate`. They are frozen when
 * their module loads (the named exports `vinhPhuc302`, … are the same objects, frozen too); changing
 * one throws a `TypeError` in strict mode. Derive a changed catalog with `extendCatalog`.
 *
 * @example
 * Object.keys(catalogs);
 * //=> ['vinhPhuc302', 'tuyenQuang154', 'dienBien']
 */
export const catalogs: { readonly vinhPhuc302: Catalog; readonly tuyenQuang154: Catalog; readonly dienBien: Catalog } = /* @__PURE__ */ deepFreeze({ vinhPhuc302, tuyenQuang154, dienBien });
