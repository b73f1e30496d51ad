import { ChisoError, type ChisoIssue } from '../errors';
import { makeIssue } from '../_shared/issue';
import { checkDay, setAt } from './_internal/checks';
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
 *   did name one), an invalid day (`invalid_date`) or a day before the first list (`no_unit_set`)
 *
 * @example
 * findUnitByCode('26740', '2025-07-01').name;
 * //=> 'Phường Sài Gòn'
 * findUnitByCode('26740', '2025-06-30').name;
 * //=> 'Phường Bến Nghé'
 * findUnitByCode('26', '2026-01-01');
 * //=> throws ChisoError: …
 */
export function findUnitByCode(code: string, at: string): AdministrativeUnit {
  const issues: ChisoIssue[] = [];
  const day = checkDay(at, ['at'], issues);
  const set = day === undefined ? undefined : setAt(day, ['at'], issues);
  if (typeof code !== 'string' || code.trim() === '') {
    issues.push(makeIssue({ code: 'invalid_type', path: ['code'], field: 'code', expected: 'an official unit code', received: code }));
  }
  if (issues.length > 0 || set === undefined) throw new ChisoError(issues);
  const { afterByCode, beforeByCode, after } = decoded();
  const key = code.trim();
  const unit = (set === after ? afterByCode : beforeByCode).get(key);
  if (unit !== undefined) return unit;
  const other = (set === after ? beforeByCode : afterByCode).get(key);
  const when = other === undefined ? '' : ` (it was ${other.name} ${set === after ? 'until 2025-06-30' : 'from 2025-07-01'})`;
  throw new ChisoError([
    makeIssue({ code: 'unknown_unit', path: ['code'], field: 'code', unit: key, expected: `the code of a unit on ${day}${when}`, received: key }),
  ]);
}
