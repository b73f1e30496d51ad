import * as z from 'zod/mini';
import { fromUtcMs } from '../_shared/dates';
import { fail } from '../_shared/issue';
import { lunarYearMonths } from './_internal/lunarTable';
import { parseOrThrow } from '../_shared/zod';
import { LunarDateSchema } from '../model/calendar';

const InputSchema = z.extend(LunarDateSchema, { leap: z.optional(z.boolean()) });

/** The lunar months' names for messages: `month 6`, `leap month 6`. */
function monthName(month: number, leap: boolean): string {
  return `${leap ? 'leap ' : ''}month ${month}`;
}

/**
 * The civil date (`YYYY-MM-DD`) of a Vietnamese lunar date — the inverse of `toLunar`, for
 * dates that fall from 1900-01-01 (lunar 1899, month 12, day 1) to 2199-12-31.
 *
 * `year` is the Gregorian year of that lunar year's Tết, so `{ year: 2024, month: 12, day: 29 }` is in
 * January 2025. Giỗ Tổ Hùng Vương is `{ month: 3, day: 10 }`: in a year with a leap third month, the
 * regular (first) month 3.
 *
 * @param lunarDate - `{ year, month, day, leap }`; `leap` may be omitted for a regular month
 * @returns the civil date `YYYY-MM-DD`
 * @throws {ChisoError} for a day 30 in a 29-day month, `leap: true` for a month that is not leap that
 *   year, a date outside the range, or a malformed object
 *
 * @example
 * fromLunar({ year: 2025, month: 1, day: 1 });
 * //=> '2025-01-29'
 *
 * fromLunar({ year: 2025, month: 3, day: 10, leap: false });
 * //=> '2025-04-07'
 *
 * fromLunar({ year: 2025, month: 6, day: 1, leap: true });
 * //=> '2025-07-25'
 */
export function fromLunar(lunarDate: { readonly year: number; readonly month: number; readonly day: number; readonly leap?: boolean }): string {
  const input = parseOrThrow(InputSchema, lunarDate, ['lunarDate']);
  const leap = input.leap === true;
  const months = lunarYearMonths(input.year);
  const month = months.find((m) => m.month === input.month && m.leap === leap);
  if (month === undefined) {
    const leapMonth = months.find((m) => m.leap);
    return fail({
      code: 'invalid_value',
      path: ['lunarDate', 'leap'],
      field: 'leap',
      expected: `false (lunar year ${input.year} has ${leapMonth === undefined ? 'no leap month' : `its leap month after month ${leapMonth.month}`})`,
      received: lunarDate.leap,
    });
  }
  const iso = fromUtcMs((month.start + input.day - 1) * 86_400_000);
  if (iso < '1900-01-01' || iso > '2199-12-31') {
    return fail({
      code: 'out_of_range',
      path: ['lunarDate'],
      expected: 'a lunar date falling from 1900-01-01 to 2199-12-31',
      // Written as a lunar date (day/month/year âm lịch), so it cannot be mistaken for a civil date.
      received: `${input.day}/${input.month}${leap ? ' nhuận' : ''}/${input.year} âm lịch (${iso})`,
    });
  }
  if (input.day > month.length) {
    return fail({
      code: 'too_big',
      path: ['lunarDate', 'day'],
      field: 'day',
      expected: `at most ${month.length} (${monthName(month.month, month.leap)} of lunar year ${input.year} has ${month.length} days)`,
      received: input.day,
    });
  }
  return iso;
}
