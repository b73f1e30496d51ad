import { fail } from '../_shared/issue';
import { checkText, matchDateLike, normalise } from './_internal/periodText';
import type { ParsedPeriod } from '../model/period';

/**
 * Parses a Vietnamese date as written in plans: a day (`08/12/2021`, `8/12/2021`,
 * `ngày 08 tháng 12 năm 2021`), a month (`tháng 12/2021`), a quarter (`Quý I/2022`) or a year
 * (`năm 2025`). Day and month are always in Vietnamese order (day first).
 *
 * @param text - the date as written
 * @returns the span it names: `start` and `end` (inclusive civil days), `kind` `date` | `month` | `quarter` | `year`
 * @throws {ChisoError} for an impossible date (`31/02/2022`) or text that is not one of these forms — the
 *   error quotes the text; nothing is guessed
 *
 * @example
 * parseVietnameseDate('Quý I/2022');
 * //=> { text: 'Quý I/2022', kind: 'quarter', start: '2022-01-01', end: '2022-03-31', recurrence: null, condition: null, leaseYears: null }
 *
 * parseVietnameseDate('08/12/2021').start;
 * //=> '2021-12-08'
 */
export function parseVietnameseDate(text: string): ParsedPeriod {
  const t = checkText(text, 'text');
  return (
    matchDateLike(t, normalise(t), 'text') ??
    fail({ code: 'invalid_format', path: [], field: 'text', expected: 'a Vietnamese date (08/12/2021, ngày 08 tháng 12 năm 2021, tháng 12/2021, Quý I/2022, năm 2025)', received: t })
  );
}
