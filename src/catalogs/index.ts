import { vinhPhuc302 } from './vinhPhuc302';

export { vinhPhuc302 } from './vinhPhuc302';

/**
 * The built-in catalogs, each read row by row from its plan and citing the section of every target.
 *
 * @example
 * catalogs.vinhPhuc302.plan.number;
 * //=> '302/KH-UBND'
 */
export const catalogs = { vinhPhuc302 } as const;
