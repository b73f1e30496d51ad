import { decoded } from './_internal/data';

/** One of the 63 provinces of before 1 July 2025 and the province of the 34 it became part of. */
export interface ProvinceMapEntry {
  readonly old: string;
  readonly oldName: string;
  readonly new: string;
  readonly newName: string;
}

let map: readonly ProvinceMapEntry[] | undefined;

/**
 * The 63 provinces of before 1 July 2025, each with the province of the 34 it became part of,
 * derived from the crosswalk (every old commune of a province went to the same new province). A
 * merged province took the code of the old province that holds its centre, not always its namesake:
 * Bắc Ninh is 24 (the old Bắc Giang's code), Lào Cai 15 (the old Yên Bái's).
 *
 * @returns the 63 entries, by old code (frozen)
 *
 * @example
 * provinceMap().filter((e) => e.new === '25').map((e) => [e.old, e.oldName]);
 * //=> [['17', 'Tỉnh Hoà Bình'], ['25', 'Tỉnh Phú Thọ'], ['26', 'Tỉnh Vĩnh Phúc']]
 * provinceMap().length;
 * //=> 63
 */
export function provinceMap(): readonly ProvinceMapEntry[] {
  if (map !== undefined) return map;
  const { crosswalk, before, afterByCode } = decoded();
  const target = new Map<string, string>();
  for (const entry of crosswalk) if (!target.has(entry.oldProvince)) target.set(entry.oldProvince, entry.newProvince);
  map = Object.freeze(
    before.provinces.map((p) => {
      const code = target.get(p.code) ?? '';
      return Object.freeze({ old: p.code, oldName: p.name, new: code, newName: afterByCode.get(code)?.name ?? '' });
    }),
  );
  return map;
}
