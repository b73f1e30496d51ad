import { decoded } from './_internal/data';
import type { CrosswalkEntry } from './types';

/**
 * The crosswalk of the reform of 1 July 2025: for every new commune-level unit, each old unit it was
 * made from and how (`whole`, `part` — the rest of that old commune went to another new unit —, or
 * `unchanged`), in the order of the statistics office's table, new units by code.
 *
 * Read from the table as published, with what its README warns of handled: an old commune's code
 * mistyped in the table is corrected to the commune of that name in the same old district (4 rows);
 * an island district that became a đặc khu whole is an old unit of level `district`; the coastal land
 * Huyện Kim Sơn managed, which was no unit, has `old: null` and level `area`; communes formed after
 * 4 January 2025 are marked `listed: false`.
 *
 * @returns the entries (frozen)
 *
 * @example
 * reformCrosswalk().filter((e) => e.new === '26740').map((e) => [e.old, e.oldName, e.relation]);
 * //=> [['26737', 'Phường Đa Kao', 'part'], ['26740', 'Phường Bến Nghé', 'whole'], ['26746', 'Phường Nguyễn Thái Bình', 'part']]
 */
export function reformCrosswalk(): readonly CrosswalkEntry[] {
  return decoded().crosswalk;
}
