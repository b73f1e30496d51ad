import { z } from 'zod';
import { SourceSchema } from './source';
import { IsoDateSchema, TextSchema } from './text';

/**
 * A date of the Vietnamese lunisolar calendar (âm lịch). `year` is the Gregorian year in which that
 * lunar year's Tết (month 1, day 1) falls — Ất Tỵ is 2025 — so month 12 of lunar year 2024 runs into
 * January 2025. `leap` marks the leap month (tháng nhuận), which repeats the number of the month
 * before it.
 *
 * @example
 * LunarDateSchema.parse({ year: 2025, month: 6, day: 1, leap: true }).leap;
 * //=> true
 */
export const LunarDateSchema = z.strictObject({
  year: z.int().min(1899).max(2199),
  month: z.int().min(1).max(12),
  day: z.int().min(1).max(30),
  leap: z.boolean(),
});

/** A date of the Vietnamese lunar calendar. */
export type LunarDate = z.infer<typeof LunarDateSchema>;

/**
 * The public holidays of Article 112.1 of the Labour Code 2019 (Bộ luật Lao động 2019), one id each:
 * `new-year` Tết Dương lịch, `tet` Tết Âm lịch, `hung-kings` Giỗ Tổ Hùng Vương, `victory` Ngày Chiến
 * thắng (30/4), `labour` Ngày Quốc tế Lao động (1/5), `national-day` Quốc khánh (2/9).
 *
 * @example
 * HolidayOccasionSchema.options.length;
 * //=> 6
 */
export const HolidayOccasionSchema = z.enum(['new-year', 'tet', 'hung-kings', 'victory', 'labour', 'national-day']);

/** One of the six public holidays of Article 112.1. */
export type HolidayOccasion = z.infer<typeof HolidayOccasionSchema>;

/**
 * One day off of a public holiday:
 * - `fixed`: a Gregorian date set by law (1/1, 30/4, 1/5, 2/9);
 * - `lunar`: a lunar date (the five days of Tết, Giỗ Tổ on 10/3 âm lịch);
 * - `adjacent`: the day next to Quốc khánh (1/9 or 3/9);
 * - `compensatory`: a day off in lieu (nghỉ bù) of a holiday that fell on a weekly rest day.
 *
 * @example
 * HolidaySchema.parse({
 *   date: '2025-09-02',
 *   name: { vi: 'Quốc khánh', en: 'National Day' },
 *   kind: 'fixed',
 *   occasion: 'national-day',
 * }).kind;
 * //=> 'fixed'
 */
export const HolidaySchema = z.strictObject({
  date: IsoDateSchema,
  name: TextSchema,
  kind: z.enum(['fixed', 'lunar', 'adjacent', 'compensatory']),
  occasion: HolidayOccasionSchema,
});

/** One day off of a public holiday. */
export type Holiday = z.infer<typeof HolidaySchema>;

/**
 * A day of the week as `Date.getUTCDay()` numbers it: 0 Sunday … 6 Saturday.
 *
 * @example
 * WeekdaySchema.parse(6);
 * //=> 6
 */
export const WeekdaySchema = z.int().min(0).max(6);

/**
 * What the Labour Code leaves to a yearly decision, and how the rule decides it when there is none
 * (see `publicHolidays`):
 * - `tetDaysBefore` (0–5, default 2): how many of the five Tết days are the last days of the old lunar
 *   year; the rest are mùng 1, mùng 2, … of the new one;
 * - `nationalDayExtra` (default `'auto'`): the day next to 2/9 — `'before'` (1/9), `'after'` (3/9), or
 *   `'auto'`: 3/9 when 2/9 is a Monday or a Thursday, otherwise 1/9;
 * - `compensatory` (default `true`): a holiday on a weekly rest day gives a day off on the next working
 *   day (Article 111.3).
 *
 * @example
 * HolidayRuleSchema.parse({ tetDaysBefore: 1 }).tetDaysBefore;
 * //=> 1
 */
export const HolidayRuleSchema = z.strictObject({
  tetDaysBefore: z.int().min(0).max(5).optional(),
  nationalDayExtra: z.enum(['auto', 'before', 'after']).optional(),
  compensatory: z.boolean().optional(),
});

/** The choices of the public-holiday rule. */
export type HolidayRule = z.infer<typeof HolidayRuleSchema>;

/**
 * One day that an official decision (or the caller) sets apart from the rule: `off`, a day off (a
 * holiday, a compensatory or swapped day off, a local extra day), or `work`, a working day (the
 * weekly rest day worked in exchange for a swapped day off — làm bù).
 *
 * @example
 * OfficialAdjustmentSchema.parse({
 *   date: '2025-04-26',
 *   kind: 'work',
 *   name: { vi: 'Làm bù cho thứ Sáu 02/5/2025', en: 'Worked in exchange for Friday 2 May 2025' },
 * }).kind;
 * //=> 'work'
 */
export const OfficialAdjustmentSchema = z.strictObject({
  date: IsoDateSchema,
  kind: z.enum(['off', 'work']),
  name: TextSchema,
  source: SourceSchema.optional(),
});

/** A day set apart from the rule: a day off or a working day. */
export type OfficialAdjustment = z.infer<typeof OfficialAdjustmentSchema>;

/**
 * An official schedule for one or more holidays of one year — the Prime Minister's decision, conveyed
 * by the Government Office and announced by the ministry in charge of labour. It replaces the rule's
 * days for the `occasions` it covers in `year`: the days off of those holidays are exactly its `off`
 * days (besides the weekly rest days), and its `work` days are working days.
 *
 * @example
 * OfficialScheduleSchema.parse({
 *   year: 2025,
 *   occasions: ['victory', 'labour'],
 *   source: { document: '8726/VPCP-KGVX', date: '2024-11-26', section: 'nghỉ lễ 30/4 và 1/5' },
 *   days: [],
 * }).occasions;
 * //=> ['victory', 'labour']
 */
export const OfficialScheduleSchema = z.strictObject({
  year: z.int().min(1900).max(2199),
  occasions: z.array(HolidayOccasionSchema).min(1),
  source: SourceSchema,
  days: z.array(OfficialAdjustmentSchema),
});

/** An official schedule of holidays for one year. */
export type OfficialSchedule = z.infer<typeof OfficialScheduleSchema>;

/**
 * A working calendar, as plain data: which days of the week are weekly rest days, the public-holiday
 * rule (computed year by year when needed; `null` for none), the official schedules that replace the
 * rule for the holidays they cover, and day-by-day adjustments applied last. Build one with
 * `workingCalendar`.
 *
 * @example
 * WorkingCalendarSchema.parse({
 *   weekend: [6, 0],
 *   zone: 'Asia/Ho_Chi_Minh',
 *   rule: { tetDaysBefore: 2, nationalDayExtra: 'auto', compensatory: true },
 *   schedules: [],
 *   adjustments: [],
 * }).weekend;
 * //=> [6, 0]
 */
export const WorkingCalendarSchema = z.strictObject({
  weekend: z.array(WeekdaySchema).max(6),
  zone: z.string().min(1),
  rule: z
    .strictObject({
      tetDaysBefore: z.int().min(0).max(5),
      nationalDayExtra: z.enum(['auto', 'before', 'after']),
      compensatory: z.boolean(),
    })
    .nullable(),
  schedules: z.array(OfficialScheduleSchema),
  adjustments: z.array(OfficialAdjustmentSchema),
});

/** A working calendar: weekly rest days, the holiday rule, official schedules and adjustments. */
export type WorkingCalendar = z.infer<typeof WorkingCalendarSchema>;
