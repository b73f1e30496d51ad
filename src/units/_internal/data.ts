import { deepFreeze } from '../../_shared/deepFreeze';
import { threeTier2021, twoTier2025 } from '../../model/hierarchies';
import { CROSSWALK, NEW_COMMUNES, NEW_PROVINCES, OLD_COMMUNES, OLD_DISTRICTS, OLD_PROVINCES } from '../_data/reform2025';
import type { AdministrativeUnit, CrosswalkEntry, ReformRelation, UnitSet } from '../types';

/** The first day of the two-tier set. */
export const REFORM_DAY = '2025-07-01';
/** The day of the January list, the first day the three-tier set is read at. */
export const JANUARY_LIST_DAY = '2025-01-04';
/** The last day of the three-tier set. */
export const LAST_OLD_DAY = '2025-06-30';

export interface Decoded {
  readonly before: UnitSet;
  readonly after: UnitSet;
  /** Every unit of a set by code (codes of different levels have different lengths, so one map). */
  readonly beforeByCode: ReadonlyMap<string, AdministrativeUnit>;
  readonly afterByCode: ReadonlyMap<string, AdministrativeUnit>;
  readonly crosswalk: readonly CrosswalkEntry[];
  /** Communes formed after 4 January 2025, known only from the crosswalk (`listed: false`), by code. */
  readonly unlisted: readonly AdministrativeUnit[];
}

const KIND: Readonly<Record<string, string>> = { X: 'Xã', P: 'Phường', T: 'Thị trấn', D: 'Đặc khu' };
const RELATION: Readonly<Record<string, ReformRelation>> = { w: 'whole', p: 'part', u: 'unchanged' };
const PROVINCE_KINDS = ['Thành phố', 'Tỉnh'];
const DISTRICT_KINDS = ['Thành phố', 'Thị xã', 'Quận', 'Huyện'];
const COMMUNE_KINDS = ['Thị trấn', 'Đặc khu', 'Phường', 'Xã'];

function kindOf(name: string, kinds: readonly string[]): string {
  // `Thị Xã Mộc Châu`, `Thành Phố Bắc Kạn`: the source capitalises a kind word now and then.
  const lower = name.toLowerCase();
  return kinds.find((k) => lower.startsWith(`${k.toLowerCase()} `)) ?? '';
}

function rows(text: string): string[][] {
  return text.split('\n').map((line) => line.split('|'));
}

const code5 = (n: number): string => String(n).padStart(5, '0');

/** A name as the generator wrote it: without its kind word, or `=` and the whole name. */
const fullName = (short: string, kind: string): string => (short.startsWith('=') ? short.slice(1) : kind === '' ? short : `${kind} ${short}`);

/** `code|kind name|field` lines with codes as differences and repeated fields left empty. */
function communeRows(text: string): { code: string; kind: string; name: string; field: string }[] {
  let code = 0;
  let field = '';
  return rows(text).map(([delta = '', named = '', given = '']) => {
    code += Number(delta);
    if (given !== '') field = given;
    const kind = KIND[named.charAt(0)] ?? '';
    return { code: code5(code), kind, name: fullName(named.slice(1), kind), field };
  });
}

let cache: Decoded | undefined;

/**
 * The generated strings as unit sets and the crosswalk, decoded on first use and kept.
 *
 * @returns the sets, their units by code, and the crosswalk (frozen)
 *
 * @example
 * [decoded().after.communes.length, decoded().beforeByCode.get('26740')?.name];
 * //=> [3321, 'Phường Bến Nghé']
 */
export function decoded(): Decoded {
  cache ??= decode();
  return cache;
}

function decode(): Decoded {
  const set = (id: '2025-01-04' | '2025-07-01') => id;
  const oldProvinces: AdministrativeUnit[] = rows(OLD_PROVINCES).map(([code = '', name = '']) => ({
    code, name, kind: kindOf(name, PROVINCE_KINDS), level: 'province', province: code, set: set('2025-01-04'),
  }));
  const oldDistricts: AdministrativeUnit[] = rows(OLD_DISTRICTS).map(([code = '', name = '', province = '']) => ({
    code, name, kind: kindOf(name, DISTRICT_KINDS), level: 'district', province, set: set('2025-01-04'),
  }));
  const districtProvince = new Map(oldDistricts.map((d) => [d.code, d.province]));
  const oldCommunes: AdministrativeUnit[] = communeRows(OLD_COMMUNES).map(({ code, name, kind, field: district }) => ({
    code, name, kind, level: 'commune', province: districtProvince.get(district) ?? '', district, set: set('2025-01-04'),
  }));
  const newProvinces: AdministrativeUnit[] = rows(NEW_PROVINCES).map(([code = '', name = '']) => ({
    code, name, kind: kindOf(name, PROVINCE_KINDS), level: 'province', province: code, set: set('2025-07-01'),
  }));
  const newCommunes: AdministrativeUnit[] = communeRows(NEW_COMMUNES).map(({ code, name, kind, field: province }) => ({
    code, name, kind, level: 'commune', province, set: set('2025-07-01'),
  }));
  const beforeByCode = new Map<string, AdministrativeUnit>();
  for (const u of [...oldProvinces, ...oldDistricts, ...oldCommunes]) beforeByCode.set(u.code, u);
  const afterByCode = new Map<string, AdministrativeUnit>();
  for (const u of [...newProvinces, ...newCommunes]) afterByCode.set(u.code, u);

  const crosswalk: CrosswalkEntry[] = [];
  let newNumber = 0;
  for (const [delta = '', sources = ''] of rows(CROSSWALK)) {
    newNumber += Number(delta);
    const newCode = code5(newNumber);
    const newProvince = afterByCode.get(newCode)?.province ?? '';
    for (const source of sources.split(',')) {
      const relation = RELATION[source.charAt(0)] ?? 'whole';
      const tag = source.charAt(1);
      const rest = source.slice(2).split('^');
      const base = { new: newCode, newProvince, relation };
      if (tag === 'd') {
        const code = rest[0] ?? '';
        const d = beforeByCode.get(code);
        crosswalk.push({ ...base, old: code, oldLevel: 'district', oldName: d?.name ?? '', oldDistrict: code, oldProvince: d?.province ?? '', listed: true });
      } else if (tag === 'a') {
        const [name = '', district = ''] = rest;
        crosswalk.push({ ...base, old: null, oldLevel: 'area', oldName: fullName(name, ''), oldDistrict: district, oldProvince: districtProvince.get(district) ?? '', listed: false });
      } else if (tag === 'c') {
        const [d = '', name = '', district = '', province = ''] = rest;
        crosswalk.push({ ...base, old: code5(newNumber + Number(d)), oldLevel: 'commune', oldName: fullName(name, ''), oldDistrict: district, oldProvince: province, listed: false });
      } else {
        const [delta = '', spelling] = source.slice(1).split('^');
        const old = code5(newNumber + Number(delta));
        const c = beforeByCode.get(old);
        crosswalk.push({
          ...base, old, oldLevel: 'commune', oldName: c?.name ?? '', oldDistrict: c?.district ?? '', oldProvince: c?.province ?? '', listed: true,
          ...(spelling === undefined ? {} : { crosswalkName: fullName(spelling, '') }),
        });
      }
    }
  }

  // Not in the January list, so not in its set; the crosswalk's row is all the sources say of them.
  const unlisted: AdministrativeUnit[] = [];
  for (const e of crosswalk) {
    if (e.listed || e.oldLevel !== 'commune' || e.old === null || unlisted.some((u) => u.code === e.old)) continue;
    unlisted.push({ code: e.old, name: e.oldName, kind: kindOf(e.oldName, COMMUNE_KINDS), level: 'commune', province: e.oldProvince, district: e.oldDistrict, set: '2025-01-04', listed: false });
  }

  const before: UnitSet = {
    id: '2025-01-04', validFrom: JANUARY_LIST_DAY, validUntil: LAST_OLD_DAY, hierarchy: threeTier2021,
    source: 'Danh mục đơn vị hành chính (Tổng cục Thống kê), 4/1/2025',
    provinces: oldProvinces, districts: oldDistricts, communes: oldCommunes,
  };
  const after: UnitSet = {
    id: '2025-07-01', validFrom: REFORM_DAY, validUntil: null, hierarchy: twoTier2025,
    source: 'Bảng chuyển đổi ĐVHC mới – cũ, 1/7/2025 (Quyết định 19/2025/QĐ-TTg)',
    provinces: newProvinces, districts: [], communes: newCommunes,
  };
  return deepFreeze({ before, after, beforeByCode, afterByCode, crosswalk, unlisted });
}
