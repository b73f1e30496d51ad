import { ChisoError, type ChisoIssue } from '../errors';
import { makeIssue } from '../_shared/issue';
import { checkDay, setAt } from './_internal/checks';
import { foldName, nameIndex } from './_internal/names';
import type { AdministrativeLevel, AdministrativeUnit } from './types';

/** Options of {@link findUnits}. */
export interface FindUnitsOptions {
  /** Only the set that holds at this day (`YYYY-MM-DD`); both sets when left out. */
  readonly at?: string;
  /** Only units of this level. */
  readonly level?: AdministrativeLevel;
  /** Only units of this province (its code in the set searched). */
  readonly province?: string;
}

const LEVELS: readonly string[] = ['province', 'district', 'commune'];

/**
 * Every unit whose name is the one given, as people type it: with or without diacritics, in either
 * tone-mark convention (`Hòa` / `Hoà`, `Thủy` / `Thuỷ`), NFC or NFD, any case and spacing, with or
 * without its kind (`Phường Sài Gòn`, `sai gon`). A name several units share returns all of them —
 * never a guess; narrow it with `at`, `level` or `province`. The ten communes formed after 4 January
 * 2025, which are not in that day's list and are known only from the crosswalk, are found by the name
 * the crosswalk gives them, marked `listed: false`.
 *
 * @param name - the name as typed
 * @param options - `at` (a day: only the set holding then), `level`, `province`
 * @returns the matching units: the 2025-07-01 set first, then by level and code
 * @throws {ChisoError} for a name that matches no unit (`unknown_unit`), or an invalid option
 *
 * @example
 * findUnits('sai gon', { at: '2026-01-01' }).map((u) => [u.code, u.name]);
 * //=> [['26740', 'Phường Sài Gòn']]
 * findUnits('Phú Thọ', { at: '2026-01-01', level: 'province' }).map((u) => u.code);
 * //=> ['25']
 * findUnits('moc ly', { at: '2025-06-30' }).map((u) => [u.code, u.name, u.district, u.listed]);
 * //=> [['03980', 'Phường Mộc Lỵ', '123', false]]
 * findUnits('Xã Không Có');
 * //=> throws ChisoError: …
 */
export function findUnits(name: string, options: FindUnitsOptions = {}): AdministrativeUnit[] {
  const issues: ChisoIssue[] = [];
  if (typeof name !== 'string' || foldName(name) === '') {
    issues.push(makeIssue({ code: 'invalid_type', path: ['name'], field: 'name', expected: 'a unit name', received: name }));
  }
  const day = options.at === undefined ? undefined : checkDay(options.at, ['options', 'at'], issues);
  const set = day === undefined ? undefined : setAt(day, ['options', 'at'], issues);
  if (options.level !== undefined && !LEVELS.includes(options.level)) {
    issues.push(makeIssue({ code: 'invalid_value', path: ['options', 'level'], field: 'level', expected: 'one of province, district, commune', received: options.level }));
  }
  if (options.province !== undefined && (typeof options.province !== 'string' || !/^\d{2}$/u.test(options.province.trim()))) {
    issues.push(makeIssue({ code: 'invalid_value', path: ['options', 'province'], field: 'province', expected: 'a two-digit province code', received: options.province }));
  }
  if (issues.length > 0) throw new ChisoError(issues);
  const province = options.province?.trim();
  const found = (nameIndex().get(foldName(name)) ?? []).filter(
    (u) =>
      (set === undefined || u.set === set.id) &&
      (options.level === undefined || u.level === options.level) &&
      (province === undefined || u.province === province),
  );
  if (found.length === 0) {
    const where = [set === undefined ? '' : ` on ${day}`, options.level === undefined ? '' : ` at level ${options.level}`, province === undefined ? '' : ` in province ${province}`].join('');
    throw new ChisoError([makeIssue({ code: 'unknown_unit', path: ['name'], field: 'name', expected: `the name of a unit${where}`, received: name })]);
  }
  const levelRank = (u: AdministrativeUnit): number => LEVELS.indexOf(u.level);
  return [...found].sort(
    (a, b) => (a.set === b.set ? 0 : a.set > b.set ? -1 : 1) || levelRank(a) - levelRank(b) || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0),
  );
}
