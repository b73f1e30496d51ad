import type { AdministrativeUnit } from '../types';
import { decoded } from './data';

/**
 * A name as people type it, folded: NFD without combining marks (so `Hòa`/`Hoà`, `Thủy`/`Thuỷ`, NFC and
 * NFD and no diacritics at all read the same), `đ` as `d`, lower case, whitespace collapsed.
 *
 * @param text - the name
 * @returns the folded name
 *
 * @example
 * [foldName('Phường  Hòa Bình'), foldName('phuong hoa binh'), foldName('Phường Hoà Bình'.normalize('NFD'))];
 * //=> ['phuong hoa binh', 'phuong hoa binh', 'phuong hoa binh']
 */
export function foldName(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/gu, '')
    .replace(/[đĐ]/gu, 'd')
    .toLowerCase()
    .replace(/\s+/gu, ' ')
    .trim();
}

// Longest first, so `thi xa` is stripped before `xa` could be.
const KINDS = ['thanh pho', 'thi tran', 'dac khu', 'thi xa', 'phuong', 'huyen', 'quan', 'tinh', 'xa'];

/**
 * The folded name without its kind word, or `undefined` when it has none.
 *
 * @param folded - a name folded by {@link foldName}
 * @returns the name without the kind
 *
 * @example
 * [bareName('phuong sai gon'), bareName('thi xa phu tho'), bareName('sai gon')];
 * //=> ['sai gon', 'phu tho', undefined]
 */
export function bareName(folded: string): string | undefined {
  for (const kind of KINDS) if (folded.startsWith(`${kind} `)) return folded.slice(kind.length + 1);
  return undefined;
}

let index: Map<string, AdministrativeUnit[]> | undefined;

/**
 * Every unit of both sets, and the communes known only from the crosswalk, under its folded name and
 * its folded name without the kind; built once.
 *
 * @returns the index
 *
 * @example
 * nameIndex().get('sai gon')?.map((u) => u.code);
 * //=> ['26740']
 */
export function nameIndex(): ReadonlyMap<string, readonly AdministrativeUnit[]> {
  if (index !== undefined) return index;
  const built = new Map<string, AdministrativeUnit[]>();
  const add = (key: string, unit: AdministrativeUnit): void => {
    const list = built.get(key);
    if (list === undefined) built.set(key, [unit]);
    else if (list[list.length - 1] !== unit) list.push(unit);
  };
  const { after, before } = decoded();
  for (const set of [after, before]) {
    for (const unit of [...set.provinces, ...set.districts, ...set.communes]) {
      const folded = foldName(unit.name);
      add(folded, unit);
      const bare = bareName(folded);
      if (bare !== undefined) add(bare, unit);
    }
  }
  // The crosswalk's spellings of old communes (`Xã Sà Phìn` for the list's `Xã Xà Phìn`) find them too.
  const { beforeByCode, crosswalk } = decoded();
  for (const entry of crosswalk) {
    const unit = entry.crosswalkName === undefined || entry.old === null ? undefined : beforeByCode.get(entry.old);
    if (unit === undefined || entry.crosswalkName === undefined) continue;
    const folded = foldName(entry.crosswalkName);
    if (!(built.get(folded) ?? []).includes(unit)) add(folded, unit);
    const bare = bareName(folded);
    if (bare !== undefined && !(built.get(bare) ?? []).includes(unit)) add(bare, unit);
  }
  // Communes formed after 4 January 2025 are named only in the crosswalk: found by that name.
  for (const unit of decoded().unlisted) {
    const folded = foldName(unit.name);
    add(folded, unit);
    const bare = bareName(folded);
    if (bare !== undefined) add(bare, unit);
  }
  index = built;
  return built;
}
