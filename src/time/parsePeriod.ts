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
 *   date, a period that runs backwards (`2023-2022`), a lease of 0 years or whose years do not match its range
 *
 * @example
 * parsePeriod('Thuê trong 5 năm 2023- 2027');
 * //=> { text: 'Thuê trong 5 năm 2023- 2027', kind: 'range', start: '2023-01-01', end: '2027-12-31', recurrence: null, condition: null, leaseYears: 5 }
 *
 * parsePeriod('trước ngày 15/12').recurrence;
 * //=> { every: 'year', month: 12, day: 15, inclusive: false }
 */
export function parsePeriod(text: string, options: ParsePeriodOptions = {}): ParsedPeriod {
  const t = checkText(text, 'text');
  const n = normalise(t);
  return (
    matchDateLike(t, n, 'text') ??
    matchPeriod(t, n, 'text', (options as ParsePeriodOptions | null)?.inclusive === true) ??
    fail({ code: 'invalid_format', path: [], field: 'text', expected: 'a period as written in the plans (2021, 2022-2023, Hằng năm, Quý I/2022, trước ngày 15/12, đến năm 2025, …)', received: t })
  );
}
