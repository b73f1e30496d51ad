import { fail } from '../_shared/issue';
import { checkText, matchDateLike, matchPeriod, normalise } from './_internal/periodText';
import type { ParsedPeriod } from '../model/period';

/** Options of {@link parsePeriod}. */
export interface ParsePeriodOptions {
  /**
   * How to read `trước ngày D/M` ("before day D/M"). `false` (default): strictly before, so the last
   * on-time day is the day before (`trước ngày 15/12` → 14/12). `true`: the day itself is on time.
   */
  readonly inclusive?: boolean;
}

/**
 * Parses a period or deadline as written in a plan's appendices: `2021`, `2022-2023`, `2021 -2023`,
 * `2022 - 2025`, `Hằng năm`, `Khi có hướng dẫn của Bộ TT&TT`, `Thuê trong 5 năm 2023- 2027`,
 * `Quý I/2022`, `trước ngày 15/12`, `đến năm 2025`, and every date form of {@link parseVietnameseDate}.
 * A range's dash may be a hyphen, an en dash or an em dash (`2021—2025` reads as `2021-2025`).
 *
 * The reporting periods of a year are ranges: `3 tháng đầu năm 2024` (01/01–31/03), `6 tháng đầu
 * năm 2024` or `nửa đầu năm 2024` (01/01–30/06), `9 tháng đầu năm 2024` (01/01–30/09), `6 tháng cuối
 * năm 2024` or `nửa cuối năm 2024` (01/07–31/12), `3 tháng cuối năm 2024` (01/10–31/12); `năm` may be
 * left out (`6 tháng đầu 2024`). Any other count, and a part without its year (`6 tháng cuối năm
 * nay`: which year "this year" is depends on the day it was written), is an error naming these forms.
 *
 * `đến năm 2025` ("by 2025") ends on 2025-12-31: on time until 2025-12-31T23:59:59.999+07:00 in
 * Vietnam time. `trước ngày 15/12` is strict by default (last on-time day 14/12); pass
 * `{ inclusive: true }` to count 15/12 as on time.
 *
 * @param text - the period as written
 * @param options - `inclusive` reading of `trước ngày`
 * @returns the parsed period: `kind`, `start`, `end` (inclusive civil days), `recurrence`, `condition`, `leaseYears`, and the original `text`
 * Every form goes through one check: a period's start is never after its end. `trước ngày 29/02`
 * (yearly) is on time through 28/02 in a common year, under either reading.
 *
 * @throws {ChisoError} for text it does not recognise (quoted in the message — never a guess), an impossible
 *   date, a period that runs backwards (`2023-2022`), a lease of 0 years or whose years do not match its range,
 *   a part of a year other than those above (`7 tháng đầu năm 2024`) or without its year (`6 tháng cuối năm nay`)
 *
 * @example
 * parsePeriod('Thuê trong 5 năm 2023- 2027');
 * //=> { text: 'Thuê trong 5 năm 2023- 2027', kind: 'range', start: '2023-01-01', end: '2027-12-31', recurrence: null, condition: null, leaseYears: 5 }
 *
 * parsePeriod('trước ngày 15/12').recurrence;
 * //=> { every: 'year', month: 12, day: 15, inclusive: false }
 *
 * parsePeriod('6 tháng đầu năm 2024');
 * //=> { text: '6 tháng đầu năm 2024', kind: 'range', start: '2024-01-01', end: '2024-06-30', recurrence: null, condition: null, leaseYears: null }
 *
 * parsePeriod('6 tháng cuối năm nay');
 * //=> throws ChisoError: Expected text to be a part of a year with its year written (6 tháng cuối năm YYYY): …
 */
export function parsePeriod(text: string, options: ParsePeriodOptions = {}): ParsedPeriod {
  const t = checkText(text, 'text');
  const n = normalise(t);
  return (
    matchDateLike(t, n, 'text') ??
    matchPeriod(t, n, 'text', (options as ParsePeriodOptions | null)?.inclusive === true) ??
    fail({ code: 'invalid_format', path: [], field: 'text', expected: 'a period as written in the plans (2021, 2022-2023, Hằng năm, Quý I/2022, 6 tháng đầu năm 2024, trước ngày 15/12, đến năm 2025, …)', received: t })
  );
}
