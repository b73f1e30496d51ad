import { ChisoError, type ChisoIssue } from '../errors';
import { makeIssue } from '../_shared/issue';
import { checkDay, setAt } from './_internal/checks';
import { codeTypeIssue, leadingZeroHint } from './_internal/codes';
import { decoded } from './_internal/data';
import type { AdministrativeUnit } from './types';

/**
 * The unit an official code names at a day. Codes are reused across the reform (`26740` was Phường
 * Bến Nghé until 30 June 2025 and is Phường Sài Gòn from 1 July 2025; province `24` was Bắc Giang
 * and is Bắc Ninh), so a code is always read with its day.
 *
 * @param code - the official code (`'01'`, `'001'`, `'00004'`); surrounding spaces are ignored
 * @param at - the day, `YYYY-MM-DD` (from `2025-01-04`)
 * @returns the unit
 * @throws {ChisoError} for a code that names no unit at that day (`unknown_unit`, saying when the code
 *   did name one, or the code it lost its leading zeros from: `8707` for `08707`), a code that is not a
 *   string (`invalid_type`; a number loses the leading zeros), an invalid day (`invalid_date`) or a day
 *   before the first list (`no_unit_set`)
 *
 * @example
 * findUnitByCode('26740', '2025-07-01').name;
 * //=> 'Phường Sài Gòn'
 * findUnitByCode('26740', '2025-06-30').name;
 * //=> 'Phường Bến Nghé'
 * findUnitByCode('26', '2026-01-01');
 * //=> throws ChisoError: …
 * findUnitByCode('8707', '2025-06-30');
 * //=> throws ChisoError: Expected code (unit "8707") to be the code of a unit on 2025-06-30 (did you mean "08707"? a code keeps its leading zeros) but got "8707".
 */
export function findUnitByCode(code: string, at: string): AdministrativeUnit {
  const issues: ChisoIssue[] = [];
  const day = checkDay(at, ['at'], issues);
  const set = day === undefined ? undefined : setAt(day, ['at'], issues);
  const { afterByCode, beforeByCode, after } = decoded();
  const byCode = set === undefined ? undefined : set === after ? afterByCode : beforeByCode;
  if (typeof code === 'number') issues.push(codeTypeIssue(code, ['code'], byCode));
  else if (typeof code !== 'string' || code.trim() === '') {
    issues.push(makeIssue({ code: 'invalid_type', path: ['code'], field: 'code', expected: 'an official unit code', received: code }));
  }
  if (issues.length > 0 || byCode === undefined) throw new ChisoError(issues);
  const key = code.trim();
  const unit = byCode.get(key);
  if (unit !== undefined) return unit;
  const other = (set === after ? beforeByCode : afterByCode).get(key);
  const when = other === undefined ? leadingZeroHint(key, byCode) : ` (it was ${other.name} ${set === after ? 'until 2025-06-30' : 'from 2025-07-01'})`;
  throw new ChisoError([
    makeIssue({ code: 'unknown_unit', path: ['code'], field: 'code', unit: key, expected: `the code of a unit on ${day}${when}`, received: key }),
  ]);
}
