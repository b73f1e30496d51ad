import { ChisoError, type ChisoIssue } from '../errors';
import { makeIssue } from '../_shared/issue';
import { defineUnits } from '../evaluate/defineUnits';
import type { UnitRegistry } from '../model/registry';
import type { Unit } from '../model/unit';
import { checkDay, setAt } from './_internal/checks';

/** Options of {@link officialUnits}. */
export interface OfficialUnitsOptions {
  /** The day the units are read at (`YYYY-MM-DD`, from `2025-01-04`): it picks the set. */
  readonly at: string;
  /** One province's code (in that set) for its units only; the whole country when left out. */
  readonly province?: string;
}

/**
 * The official units at a day as the registry `defineUnits` builds, with official codes as ids —
 * ready for `evaluate` and `rollUp`: from 1 July 2025 the 34 provinces and their xã / phường / đặc khu
 * (`twoTier2025`); before, the 63 provinces, their districts and communes (`threeTier2021`).
 *
 * @param options - `at` (required), `province` (a province code)
 * @returns the frozen registry `{ hierarchy, units }`
 * @throws {ChisoError} for an invalid or too early day, or a province code that names no province at
 *   that day (`unknown_unit`)
 *
 * @example
 * officialUnits({ at: '2026-01-01' }).units.length;
 * //=> 3355
 * const phuTho = officialUnits({ at: '2026-01-01', province: '25' });
 * [phuTho.hierarchy.id, phuTho.units[0], phuTho.units.length];
 * //=> ['two-tier-2025', { id: '25', name: 'Tỉnh Phú Thọ', level: 'province' }, 149]
 */
export function officialUnits(options: OfficialUnitsOptions): UnitRegistry {
  const issues: ChisoIssue[] = [];
  if (typeof options !== 'object' || options === null) {
    throw new ChisoError([makeIssue({ code: 'invalid_type', path: ['options'], field: 'options', expected: 'an object with at', received: options })]);
  }
  const day = checkDay(options.at, ['options', 'at'], issues);
  const set = day === undefined ? undefined : setAt(day, ['options', 'at'], issues);
  const province = typeof options.province === 'string' ? options.province.trim() : options.province;
  if (set !== undefined && province !== undefined && !set.provinces.some((p) => p.code === province)) {
    issues.push(makeIssue({ code: 'unknown_unit', path: ['options', 'province'], field: 'province', unit: String(province), expected: `the code of a province on ${day}`, received: province }));
  }
  if (issues.length > 0 || set === undefined) throw new ChisoError(issues);
  const keep = (p: string) => province === undefined || p === province;
  const units: Unit[] = [];
  for (const p of set.provinces) if (keep(p.code)) units.push({ id: p.code, name: p.name, level: 'province' });
  for (const d of set.districts) if (keep(d.province)) units.push({ id: d.code, name: d.name, level: 'district', parent: d.province });
  for (const c of set.communes) if (keep(c.province)) units.push({ id: c.code, name: c.name, level: 'commune', parent: c.district ?? c.province });
  return defineUnits(units, set.hierarchy);
}
