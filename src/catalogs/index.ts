import { dienBien } from './dienBien';
import { tuyenQuang154 } from './tuyenQuang154';
import { vinhPhuc302 } from './vinhPhuc302';

export { dienBien } from './dienBien';
export { emulationHierarchy154, tuyenQuang154 } from './tuyenQuang154';
export { vinhPhuc302 } from './vinhPhuc302';
export { reportingRegimes, vinhPhuc302Reporting } from './reportingRegimes';
export { registers, vinhPhuc302Projects, vinhPhuc302Tasks } from './registers';
export { officialSchedules } from './officialSchedules';

/**
 * The built-in catalogs, each read row by row from its plan and citing the section of every target.
 * Indicators that mean the same thing share one id across them.
 *
 * @example
 * Object.keys(catalogs);
 * //=> ['vinhPhuc302', 'tuyenQuang154', 'dienBien']
 */
export const catalogs = { vinhPhuc302, tuyenQuang154, dienBien } as const;
