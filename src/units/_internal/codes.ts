import type { ChisoIssue } from '../../errors';
import { makeIssue } from '../../_shared/issue';
import type { AdministrativeUnit } from '../types';
import { decoded } from './data';

/** How long a code of each level is: a province `01`, a district `001`, a commune `00004`. */
const LENGTHS = [2, 3, 5] as const;

/**
 * A hint for a code that lost its leading zeros (Excel reads `08707` as the number 8707): the
 * zero-padded code, when it names a unit in `known`; empty otherwise.
 *
 * @param code - the code as given
 * @param known - the codes that would be accepted
 * @returns ` (did you mean "08707"?)`, or `''`
 *
 * @example
 * const known = new Set(['08707', '01']);
 * [leadingZeroHint('8707', known), leadingZeroHint('1', known), leadingZeroHint('08707', known), leadingZeroHint('x', known)];
 * //=> [' (did you mean "08707"? a code keeps its leading zeros)', ' (did you mean "01"? a code keeps its leading zeros)', '', '']
 */
export function leadingZeroHint(code: string, known: { has(code: string): boolean }): string {
  if (!/^\d+$/u.test(code)) return '';
  for (const length of LENGTHS) {
    if (code.length >= length) continue;
    const padded = code.padStart(length, '0');
    if (known.has(padded)) return ` (did you mean "${padded}"? a code keeps its leading zeros)`;
  }
  return '';
}

/**
 * A unit in words for a message: its name, and for a commune its district (or province).
 *
 * @param unit - the unit
 * @returns `Phường 14 (Quận Bình Thạnh)`
 *
 * @example
 * describeUnit({ code: '26935', name: 'Phường 14', kind: 'Phường', level: 'commune', province: '79', district: '765', set: '2025-01-04' });
 * //=> 'Phường 14 (Quận Bình Thạnh)'
 */
export function describeUnit(unit: AdministrativeUnit): string {
  const { beforeByCode, afterByCode } = decoded();
  const parent = unit.district !== undefined ? beforeByCode.get(unit.district) : unit.level === 'commune' ? (unit.set === '2025-07-01' ? afterByCode : beforeByCode).get(unit.province) : undefined;
  return parent === undefined ? unit.name : `${unit.name} (${parent.name})`;
}

/**
 * The issue of a code that is not a string. A number is named as one (`the number 26740`), since
 * `"26740"` would look valid in the message, with the code it lost its leading zeros from, if any.
 *
 * @param value - the code as given (not a string)
 * @param path - where it is in the input
 * @param known - the codes that would be accepted, when known
 * @param examples - codes of the kind expected, as the message shows them
 * @returns the issue
 *
 * @example
 * codeTypeIssue(8707, ['code'], new Set(['08707'])).message;
 * //=> `Expected code to be an official unit code written as a string ('26740', '08707') (did you mean "08707"? a code keeps its leading zeros) but got "the number 8707".`
 * codeTypeIssue(null, ['options', 'province'], undefined, "'25', '01'").message;
 * //=> `Expected options.province to be an official unit code written as a string ('25', '01') but got "null".`
 */
export function codeTypeIssue(value: unknown, path: readonly (string | number)[], known?: { has(code: string): boolean }, examples = "'26740', '08707'"): ChisoIssue {
  const number = typeof value === 'number';
  const zeros = number && known !== undefined && Number.isSafeInteger(value) ? leadingZeroHint(String(value), known) : '';
  return makeIssue({
    code: 'invalid_type', path, field: String(path[path.length - 1] ?? 'code'),
    expected: `an official unit code written as a string (${examples})${zeros}`,
    received: number ? `the number ${String(value)}` : value,
  });
}
