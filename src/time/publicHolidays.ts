import * as z from 'zod/mini';
import { holidayLaw } from '../catalogs/holidayLaw';
import { parseOrThrow } from '../_shared/zod';
import { HolidayLawSchema, HolidayRuleSchema, WeekdaySchema, type Holiday, type HolidayLawRule, type HolidayRule } from '../model/calendar';
import { lawHolidays } from './_internal/lawHolidays';
import { refuseBeforeLaw } from './_internal/refuseBeforeLaw';

/** Options of {@link publicHolidays}: the choices the law leaves open, the weekly rest days, the law. */
export interface PublicHolidaysOptions extends HolidayRule {
  /** The weekly rest days, 0 Sunday … 6 Saturday (default `[6, 0]`, Saturday and Sunday). */
  readonly weekend?: readonly number[];
  /** The holiday law as dated rules (default `holidayLaw`, the Labour Code since 1995). */
  readonly law?: readonly HolidayLawRule[];
}

const OptionsSchema = z.extend(HolidayRuleSchema, { weekend: z.optional(z.array(WeekdaySchema).check(z.maxLength(6))), law: z.optional(HolidayLawSchema) });

/**
 * The public holidays of a year as the law stood on each of its days, with the days in lieu, in date
 * order. The law is the dated rules of `holidayLaw` (or `options.law`):
 *
 * - from 1/1/1995, the Labour Code 1994, Article 73: Tết Dương lịch 1/1; Tết Âm lịch four days (the last
 *   day of the lunar year and mùng 1–3); 30/4; 1/5; Quốc khánh 2/9 — eight days;
 * - from 2/4/2007 (Law 84/2007/QH11), also Giỗ Tổ Hùng Vương, 10/3 âm lịch — nine days;
 * - from 1/5/2013, the Labour Code 2012, Article 115: Tết five days — ten days;
 * - from 1/1/2021, the Labour Code 2019, Article 112: Quốc khánh two days (2/9 and the day next to it) —
 *   eleven days.
 *
 * A holiday on a weekly rest day gives a day off in lieu (`compensatory`) on the next day that is
 * neither a weekly rest day, nor a holiday, nor already a day in lieu (Article 73 "ngày tiếp theo",
 * 115.3 "ngày kế tiếp", 111.3 "ngày làm việc kế tiếp"), in date order of the holidays.
 *
 * What the law leaves to a decision, chiso decides unless told: Tết's split where it is `decided`
 * (from 2013; by default 29–30 tháng Chạp — or 28–29 when the month has 29 days — and mùng 1–3, as
 * the public-sector schedules of 2020–2026 had it; `tetDaysBefore` moves it), and from 2021 the day
 * next to 2/9 (by default 3/9 when 2/9 is a Monday or a Thursday, otherwise 1/9: the day that joins
 * the two to a weekend where one does; `nationalDayExtra`). The Prime Minister's yearly schedules
 * override these in `workingCalendar`. Foreign workers' extra days are not included.
 *
 * A year before the first rule (1995 with the shipped law) is refused rather than judged by a later
 * law: pass `law` with a rule of your own to go further back.
 *
 * @param year - the Gregorian year (1900–2199, and not before the first rule of the law)
 * @param options - `tetDaysBefore` (0–10), `nationalDayExtra` (`'auto'` | `'before'` | `'after'`),
 *   `compensatory` (default `true`), `weekend` (default `[6, 0]`), `law` (default `holidayLaw`)
 * @returns the days off, each `{ date, name: { vi, en }, kind, occasion, law }`, in date order
 * @throws {ChisoError} for a year outside 1900–2199 or before the first rule of the law, invalid
 *   options or law, or a `tetDaysBefore` above a rule's number of Tết days
 *
 * @example
 * publicHolidays(2025).filter((h) => h.occasion === 'tet').map((h) => h.date);
 * //=> ['2025-01-27', '2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31']
 *
 * publicHolidays(2026).filter((h) => h.kind !== 'fixed').map((h) => `${h.date} ${h.kind}`);
 * //=> ['2026-02-15 lunar', '2026-02-16 lunar', '2026-02-17 lunar', '2026-02-18 lunar', '2026-02-19 lunar', '2026-02-20 compensatory', '2026-04-26 lunar', '2026-04-27 compensatory', '2026-09-01 adjacent']
 *
 * // 2020, under the Labour Code 2012: Quốc khánh is one day.
 * publicHolidays(2020).filter((h) => h.occasion === 'national-day').map((h) => h.date);
 * //=> ['2020-09-02']
 */
export function publicHolidays(year: number, options: PublicHolidaysOptions = {}): Holiday[] {
  const y = parseOrThrow(z.int().check(z.gte(1900), z.lte(2199)), year, ['year']);
  const opts = parseOrThrow(OptionsSchema, options, ['options']);
  const law = opts.law ?? holidayLaw;
  if (`${y}-01-01` < (law[0] as HolidayLawRule).from) return refuseBeforeLaw(year, law, ['year'], 'year');
  return lawHolidays(y, law, { ...opts, path: ['options'] }, opts.weekend ?? [6, 0]);
}
