import * as z from 'zod/mini';
import { ChisoError, type ChisoIssue } from '../errors';
import { makeIssue } from '../_shared/issue';
import { strictObjectSchema } from '../_shared/strictObjectSchema';
import { defineUnits } from '../evaluate/defineUnits';
import type { UnitRegistry } from '../model/registry';
import type { Unit } from '../model/unit';
import { checkDay, checkOptions, setAt } from './_internal/checks';
import { codeTypeIssue, leadingZeroHint } from './_internal/codes';

// `at` is checked by `checkDay`, which words a missing or malformed day.
// `province` by `codeTypeIssue`, which names a number as one (`"25"` would look valid).
const OptionsSchema = strictObjectSchema({ at: z.optional(z.unknown()), province: z.optional(z.unknown()) });

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
 * @throws {ChisoError} for an invalid or too early day, options that are not an object or have an
 *   unknown key, a province code that is not a string (`invalid_type`) or names no province at that day
 *   (`unknown_unit`, with the code meant when it lost its leading zero: `1` for `01`)
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
  if (checkOptions(OptionsSchema, options, issues) === undefined) throw new ChisoError(issues);
  const day = checkDay(options.at, ['options', 'at'], issues);
  const set = day === undefined ? undefined : setAt(day, ['options', 'at'], issues);
  if (options.province !== undefined && typeof options.province !== 'string') {
    const known = set === undefined ? undefined : new Set(set.provinces.map((p) => p.code));
    issues.push(codeTypeIssue(options.province, ['options', 'province'], known, "'25', '01'"));
  }
  const province = typeof options.province === 'string' ? options.province.trim() : undefined;
  if (set !== undefined && province !== undefined && !set.provinces.some((p) => p.code === province)) {
    const zeros = leadingZeroHint(province, new Set(set.provinces.map((p) => p.code)));
    issues.push(makeIssue({ code: 'unknown_unit', path: ['options', 'province'], field: 'province', unit: province, expected: `the code of a province on ${day}${zeros}`, received: province }));
  }
  if (issues.length > 0 || set === undefined) throw new ChisoError(issues);
  const keep = (p: string) => province === undefined || p === province;
  const units: Unit[] = [];
  for (const p of set.provinces) if (keep(p.code)) units.push({ id: p.code, name: p.name, level: 'province' });
  for (const d of set.districts) if (keep(d.province)) units.push({ id: d.code, name: d.name, level: 'district', parent: d.province });
  for (const c of set.communes) if (keep(c.province)) units.push({ id: c.code, name: c.name, level: 'commune', parent: c.district ?? c.province });
  return defineUnits(units, set.hierarchy);
}
