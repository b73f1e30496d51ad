import { z } from 'zod';
import { addDays, isoFromParts, toUtcMs } from '../internal/dates';
import { lunarFromDay, lunarYearMonths } from '../internal/lunar';
import { parseOrThrow } from '../internal/zod';
import { HolidayRuleSchema, WeekdaySchema, type Holiday, type HolidayRule } from '../model/calendar';

/** Options of {@link publicHolidays}: the rule's choices, and the weekly rest days for days in lieu. */
export interface PublicHolidaysOptions extends HolidayRule {
  /** The weekly rest days, 0 Sunday … 6 Saturday (default `[6, 0]`, Saturday and Sunday). */
  readonly weekend?: readonly number[];
}

const OptionsSchema = HolidayRuleSchema.extend({ weekend: z.array(WeekdaySchema).max(6).optional() });

const DAY = 86_400_000;

/** The name of a Tết day: `mùng 3 tháng Giêng`, `30 tháng Chạp` (of the first or the last lunar month). */
function tetDayName(month: number, day: number, leap: boolean): { vi: string; en: string } {
  if (month === 1) return { vi: `Tết Âm lịch (mùng ${day} tháng Giêng)`, en: `Lunar New Year (day ${day} of the 1st month)` };
  return { vi: `Tết Âm lịch (${day} tháng Chạp${leap ? ' nhuận' : ''})`, en: `Lunar New Year (day ${day} of the ${leap ? 'leap ' : ''}12th month)` };
}

/**
 * The public holidays of a year under Article 112.1 of the Labour Code 2019 (Bộ luật Lao động 2019,
 * in force since 2021-01-01), with the days in lieu of Article 111.3, in date order:
 *
 * - Tết Dương lịch: 1/1 (`fixed`);
 * - Tết Âm lịch: 5 days (`lunar`) — by default the last two days of the old lunar year (29 and 30 tháng
 *   Chạp, or 28 and 29 when the twelfth month has 29 days) and mùng 1, 2, 3 tháng Giêng: the split of
 *   the Prime Minister's decisions for 2020, 2021, 2023, 2024 and 2025 (with the days in lieu, also the
 *   days off of 2022 and 2026); `tetDaysBefore` moves it (1: the last day to mùng 4);
 * - Giỗ Tổ Hùng Vương: 10/3 âm lịch (`lunar`; the regular month 3 when the third month is doubled);
 * - Ngày Chiến thắng: 30/4 and Ngày Quốc tế Lao động: 1/5 (`fixed`);
 * - Quốc khánh: 2/9 (`fixed`) and one day next to it (`adjacent`) — by default (`'auto'`) 3/9 when 2/9
 *   is a Monday or a Thursday, otherwise 1/9: the day that joins the two to a weekend where one does
 *   (the decisions for 2021–2026 chose so: 2–3/9/2024, 1–2/9/2025, 1–2/9/2026);
 * - days in lieu (`compensatory`, nghỉ bù, Article 111.3): a holiday on a weekly rest day gives a day off
 *   on the next working day — the first later day that is neither a weekly rest day, nor a holiday, nor
 *   already a day in lieu — in date order of the holidays.
 *
 * The law leaves the exact days of Tết and of Quốc khánh to the Prime Minister each year (Article 112.3)
 * and the public sector often swaps days to join breaks; those official schedules override this rule in
 * `workingCalendar`. The rule is applied as written to any year 1900–2199 (the holidays before 2021
 * were fewer: Quốc khánh was one day); foreign workers' extra days (Article 112.2) are not included.
 *
 * @param year - the Gregorian year (1900–2199)
 * @param options - `tetDaysBefore` (0–5, default 2), `nationalDayExtra` (`'auto'` | `'before'` | `'after'`),
 *   `compensatory` (default `true`), `weekend` (default `[6, 0]`)
 * @returns the days off, each `{ date, name: { vi, en }, kind, occasion }`, in date order
 * @throws {ChisoError} for a year outside 1900–2199 or invalid options
 *
 * @example
 * publicHolidays(2025).filter((h) => h.occasion === 'tet').map((h) => h.date);
 * //=> ['2025-01-27', '2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31']
 *
 * publicHolidays(2026).filter((h) => h.kind !== 'fixed').map((h) => `${h.date} ${h.kind}`);
 * //=> ['2026-02-15 lunar', '2026-02-16 lunar', '2026-02-17 lunar', '2026-02-18 lunar', '2026-02-19 lunar', '2026-02-20 compensatory', '2026-04-26 lunar', '2026-04-27 compensatory', '2026-09-01 adjacent']
 */
export function publicHolidays(year: number, options: PublicHolidaysOptions = {}): Holiday[] {
  const y = parseOrThrow(z.int().min(1900).max(2199), year, ['year']);
  const opts = parseOrThrow(OptionsSchema, options, ['options']);
  const before = opts.tetDaysBefore ?? 2;
  const weekend = opts.weekend ?? [6, 0];
  const weekday = (iso: string) => new Date(toUtcMs(iso)).getUTCDay();

  const months = lunarYearMonths(y);
  const tet = (months[0] as (typeof months)[number]).start;
  const third = months.find((m) => m.month === 3 && !m.leap) as (typeof months)[number];
  const eve = lunarFromDay(tet - 1);

  const holidays: Holiday[] = [{ date: isoFromParts(y, 1, 1), name: { vi: 'Tết Dương lịch', en: 'New Year’s Day' }, kind: 'fixed', occasion: 'new-year' }];
  for (let i = -before; i < 5 - before; i += 1) {
    const name = i < 0 ? tetDayName(12, eve.day + i + 1, eve.leap) : tetDayName(1, i + 1, false);
    holidays.push({ date: new Date((tet + i) * DAY).toISOString().slice(0, 10), name, kind: 'lunar', occasion: 'tet' });
  }
  holidays.push(
    {
      date: new Date((third.start + 9) * DAY).toISOString().slice(0, 10),
      name: { vi: 'Giỗ Tổ Hùng Vương (10/3 âm lịch)', en: 'Hùng Kings’ Commemoration Day (10th day of the 3rd lunar month)' },
      kind: 'lunar',
      occasion: 'hung-kings',
    },
    { date: isoFromParts(y, 4, 30), name: { vi: 'Ngày Chiến thắng (30/4)', en: 'Victory Day (Reunification Day, 30 April)' }, kind: 'fixed', occasion: 'victory' },
    { date: isoFromParts(y, 5, 1), name: { vi: 'Ngày Quốc tế Lao động (1/5)', en: 'International Labour Day (1 May)' }, kind: 'fixed', occasion: 'labour' },
  );
  const nationalDay = isoFromParts(y, 9, 2);
  const extra = opts.nationalDayExtra ?? 'auto';
  const after = extra === 'after' || (extra === 'auto' && [1, 4].includes(weekday(nationalDay)));
  holidays.push(
    { date: nationalDay, name: { vi: 'Quốc khánh (2/9)', en: 'National Day (2 September)' }, kind: 'fixed', occasion: 'national-day' },
    {
      date: addDays(nationalDay, after ? 1 : -1),
      name: { vi: `Quốc khánh (ngày liền kề, ${after ? '3/9' : '1/9'})`, en: `National Day (adjacent day, ${after ? '3' : '1'} September)` },
      kind: 'adjacent',
      occasion: 'national-day',
    },
  );
  holidays.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  if (opts.compensatory === false) return holidays;

  // Article 111.3: a weekly rest day that is a holiday is made up on the next working day.
  const taken = new Set(holidays.map((h) => h.date));
  const inLieu: Holiday[] = [];
  for (const holiday of holidays) {
    if (!weekend.includes(weekday(holiday.date))) continue;
    let day = addDays(holiday.date, 1);
    while (weekend.includes(weekday(day)) || taken.has(day)) day = addDays(day, 1);
    taken.add(day);
    inLieu.push({ date: day, name: { vi: `Nghỉ bù ${holiday.name.vi}`, en: `Day off in lieu of ${holiday.name.en}` }, kind: 'compensatory', occasion: holiday.occasion });
  }
  return [...holidays, ...inLieu].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
