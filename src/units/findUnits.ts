import * as z from 'zod/mini';
import { ChisoError, type ChisoIssue } from '../errors';
import { makeIssue } from '../_shared/issue';
import { strictObjectSchema } from '../_shared/strictObjectSchema';
import { checkDay, checkOptions, setAt } from './_internal/checks';
import { codeTypeIssue } from './_internal/codes';
import { foldName, nameIndex, readTyped, type NameEntry } from './_internal/names';
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

/** The entries that pass, or all of them when none does. */
const narrow = (entries: readonly NameEntry[], keep: (e: NameEntry) => boolean): readonly NameEntry[] => {
  const kept = entries.filter(keep);
  return kept.length > 0 ? kept : entries;
};
// Types only: the values are checked below, each with its own wording.
const OptionsSchema = strictObjectSchema({ at: z.optional(z.string()), level: z.optional(z.string()), province: z.optional(z.unknown()) });

/**
 * Every unit whose name is the one given, as people type it: with or without diacritics, in either
 * tone-mark convention (`Hòa` / `Hoà`, `Thủy` / `Thuỷ`), NFC or NFD, any case and spacing, with or
 * without its kind (`Phường Sài Gòn`, `sai gon`); with an ASCII apostrophe for the official `’`
 * (`B'Lao`), any dash or hyphen or a space (`Bà Rịa – Vũng Tàu`, `Bà Rịa-Vũng Tàu`), `Ð` (U+00D0, old
 * encodings) for `Đ`, and the kind abbreviated at the start (`TP.` / `TP` / `Tp.` Thành phố, `TX.`
 * Thị xã, `TT.` Thị trấn, `Q.` Quận, `H.` Huyện, `P.` Phường, `X.` Xã).
 *
 * What is typed narrows the match, never to nothing:
 * - diacritics typed in the name count: when some units have the name with those diacritics (tone
 *   marks placed either way), only they are returned (`Tiên Hải` is not `Tiền Hải`); a name typed
 *   without any diacritics, or with diacritics no unit has, returns every unit it folds to (`tien hai`);
 * - a kind typed counts: when some of those units are of that kind with that name, only they are
 *   returned (`Phường Đúc` is not `Xã Phượng Dực`); otherwise the kind is ignored.
 *
 * A name several units share returns all of them — never a guess; narrow it with `at`, `level` or
 * `province`. The ten communes formed after 4 January 2025, which are not in that day's list and are
 * known only from the crosswalk, are found by the name the crosswalk gives them, marked `listed: false`.
 *
 * @param name - the name as typed
 * @param options - `at` (a day: only the set holding then), `level`, `province`
 * @returns the matching units: the 2025-07-01 set first, then by level and code
 * @throws {ChisoError} for a name that matches no unit (`unknown_unit`), or invalid options (not an
 *   object, an unknown key, a value of the wrong type or out of range)
 *
 * @example
 * findUnits('sai gon', { at: '2026-01-01' }).map((u) => [u.code, u.name]);
 * //=> [['26740', 'Phường Sài Gòn']]
 * findUnits('Phú Thọ', { at: '2026-01-01', level: 'province' }).map((u) => u.code);
 * //=> ['25']
 * findUnits('moc ly', { at: '2025-06-30' }).map((u) => [u.code, u.name, u.district, u.listed]);
 * //=> [['03980', 'Phường Mộc Lỵ', '123', false]]
 * [findUnits('Tiên Hải', { at: '2026-01-01' }).map((u) => u.code), findUnits('tien hai', { at: '2026-01-01' }).map((u) => u.code)];
 * //=> [['30781'], ['12970', '30781']]
 * findUnits("TP. Hồ Chí Minh", { at: '2026-01-01' }).map((u) => u.name);
 * //=> ['Thành phố Hồ Chí Minh']
 * findUnits('Xã Không Có');
 * //=> throws ChisoError: …
 */
export function findUnits(name: string, options: FindUnitsOptions = {}): AdministrativeUnit[] {
  const issues: ChisoIssue[] = [];
  if (typeof name !== 'string' || foldName(name) === '') {
    issues.push(makeIssue({ code: 'invalid_type', path: ['name'], field: 'name', expected: 'a unit name', received: name }));
  }
  if (checkOptions(OptionsSchema, options, issues) === undefined) throw new ChisoError(issues);
  const day = options.at === undefined ? undefined : checkDay(options.at, ['options', 'at'], issues);
  const set = day === undefined ? undefined : setAt(day, ['options', 'at'], issues);
  if (options.level !== undefined && !LEVELS.includes(options.level)) {
    issues.push(makeIssue({ code: 'invalid_value', path: ['options', 'level'], field: 'level', expected: 'one of province, district, commune', received: options.level }));
  }
  if (options.province !== undefined && typeof options.province !== 'string') issues.push(codeTypeIssue(options.province, ['options', 'province'], undefined, "'25', '01'"));
  else if (options.province !== undefined && !/^\d{2}$/u.test(options.province.trim())) {
    const zeros = /^\d$/u.test(options.province.trim()) ? ` (did you mean "0${options.province.trim()}"? a code keeps its leading zeros)` : '';
    issues.push(makeIssue({ code: 'invalid_value', path: ['options', 'province'], field: 'province', expected: `a two-digit province code${zeros}`, received: options.province }));
  }
  if (issues.length > 0) throw new ChisoError(issues);
  const province = options.province?.trim();
  const typed = readTyped(name);
  const under = (key: string | undefined): readonly NameEntry[] =>
    (key === undefined ? [] : (nameIndex().get(key) ?? [])).filter(
      ({ unit: u }) =>
        (set === undefined || u.set === set.id) &&
        (options.level === undefined || u.level === options.level) &&
        (province === undefined || u.province === province),
    );
  // A kind typed that no unit of the name has (`Phường Tiên Hải`, a Xã) falls back to the name alone.
  const named = under(typed.folded);
  const candidates = named.length > 0 ? named : under(typed.foldedBare);
  // The diacritics typed decide between names that differ only by them (Tiên Hải / Tiền Hải) ...
  const toned = typed.marked ? narrow(candidates, (e) => e.toned.some((n) => n === typed.toned || n === typed.tonedBare)) : candidates;
  // ... and the kind typed between units of a name (Phường Phường Đúc / Xã Phượng Dực); neither hides all.
  // A kind is typed when the rest is the unit's name: `Phuong Son` is no Phường named Sơn, so Phường Phượng Sơn is no match of the kind.
  const kinded = typed.kind === undefined ? toned : narrow(toned, (e) => e.unit.kind === typed.kind && e.bare.includes(typed.foldedBare ?? ''));
  const found = kinded.map((e) => e.unit);
  if (found.length === 0) {
    const where = [set === undefined ? '' : ` on ${day}`, options.level === undefined ? '' : ` at level ${options.level}`, province === undefined ? '' : ` in province ${province}`].join('');
    throw new ChisoError([makeIssue({ code: 'unknown_unit', path: ['name'], field: 'name', expected: `the name of a unit${where}`, received: name })]);
  }
  const levelRank = (u: AdministrativeUnit): number => LEVELS.indexOf(u.level);
  return [...found].sort(
    (a, b) => (a.set === b.set ? 0 : a.set > b.set ? -1 : 1) || levelRank(a) - levelRank(b) || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0),
  );
}
