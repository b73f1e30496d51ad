import * as z from 'zod/mini';
import { strictObjectSchema } from '../_shared/strictObjectSchema';
import { SourceSchema } from './source';
import { checkFirstUse } from './_internal/firstUse';
import { IsoDateSchema, KebabIdSchema, TextSchema } from './text';

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
export const LunarDateSchema = strictObjectSchema({
  year: z.int().check(z.gte(1899), z.lte(2199)),
  month: z.int().check(z.gte(1), z.lte(12)),
  day: z.int().check(z.gte(1), z.lte(30)),
  leap: z.boolean(),
});

/** A date of the Vietnamese lunar calendar. */
export type LunarDate = z.infer<typeof LunarDateSchema>;

/**
 * A public holiday's id (kebab-case): a name for an occasion, not a closed list. The holiday law
 * chiso ships (`holidayLaw`) names six — `new-year` Tết Dương lịch, `tet` Tết Âm lịch, `hung-kings`
 * Giỗ Tổ Hùng Vương, `victory` Ngày Chiến thắng (30/4), `labour` Ngày Quốc tế Lao động (1/5),
 * `national-day` Quốc khánh (2/9) — and a rule of the caller's may add its own (e.g. `culture-day`,
 * Ngày Văn hóa Việt Nam, 24/11), named in the rule's `occasions`.
 *
 * @example
 * HolidayOccasionSchema.parse('culture-day');
 * //=> 'culture-day'
 */
export const HolidayOccasionSchema = KebabIdSchema;

/** A public holiday's id: `tet`, `national-day`, or one a holiday rule defines. */
export type HolidayOccasion = z.infer<typeof HolidayOccasionSchema>;

/**
 * An occasion of a holiday rule: its id and its name in Vietnamese and English. Day names (`Tết Âm
 * lịch (mùng 1 tháng Giêng)`, `Nghỉ bù …`) are made from it unless a day gives its own.
 *
 * @example
 * HolidayOccasionDefinitionSchema.parse({ id: 'culture-day', name: { vi: 'Ngày Văn hóa Việt Nam', en: 'Vietnam Culture Day' } }).id;
 * //=> 'culture-day'
 */
export const HolidayOccasionDefinitionSchema = strictObjectSchema({
  id: HolidayOccasionSchema,
  name: TextSchema,
});

/** An occasion of a holiday rule, with its names. */
export type HolidayOccasionDefinition = z.infer<typeof HolidayOccasionDefinitionSchema>;

// The longest day of each month a fixed holiday may name: 29 February is refused, as a holiday that
// exists one year in four is not one any Vietnamese law has made.
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;
const everyYear = { message: 'a day that every year has (29 February is not one)', path: ['day'] };
const hasEveryYear = (d: { month: number; day: number }): boolean => d.day <= (MONTH_DAYS[d.month - 1] ?? 31);

/**
 * One day (or run of days) of a holiday rule, by `kind`:
 * - `fixed`: a Gregorian date (`month`, `day`), e.g. 30/4;
 * - `lunar`: a date of the lunar calendar (`month`, `day` 1–29), in the regular month when that month
 *   is doubled, e.g. Giỗ Tổ Hùng Vương, 10/3 âm lịch;
 * - `tet`: Tết Âm lịch, `days` days of which `before` are the last days of the old lunar year and the
 *   rest mùng 1, mùng 2, … of the new one; `split` says who places them: `law` (the law fixes them)
 *   or `decided` (a yearly decision or the employer — the caller's `tetDaysBefore` then moves them);
 * - `adjacent`: the day next to a Gregorian date (`month`, `day`, e.g. 2/9): `before`, `after`, or
 *   `decided` (a yearly decision — the caller's `nationalDayExtra` then places it).
 *
 * `name` overrides the day's name (by default the occasion's name and the date).
 *
 * @example
 * HolidayDayRuleSchema.parse({ kind: 'fixed', occasion: 'culture-day', month: 11, day: 24 });
 * //=> { kind: 'fixed', occasion: 'culture-day', month: 11, day: 24 }
 */
export const HolidayDayRuleSchema = z.discriminatedUnion('kind', [
  strictObjectSchema({ kind: z.literal('fixed'), occasion: HolidayOccasionSchema, month: z.int().check(z.gte(1), z.lte(12)), day: z.int().check(z.gte(1), z.lte(31)), name: z.optional(TextSchema) }).check(z.refine(hasEveryYear, everyYear)),
  strictObjectSchema({ kind: z.literal('lunar'), occasion: HolidayOccasionSchema, month: z.int().check(z.gte(1), z.lte(12)), day: z.int().check(z.gte(1), z.lte(29)), name: z.optional(TextSchema) }),
  strictObjectSchema({ kind: z.literal('tet'), occasion: HolidayOccasionSchema, days: z.int().check(z.gte(1), z.lte(10)), before: z.int().check(z.gte(0), z.lte(10)), split: z.enum(['law', 'decided']) }).check(z.refine((t) => t.before <= t.days, { message: 'at most the number of Tết days', path: ['before'] })),
  strictObjectSchema({ kind: z.literal('adjacent'), occasion: HolidayOccasionSchema, month: z.int().check(z.gte(1), z.lte(12)), day: z.int().check(z.gte(1), z.lte(31)), side: z.enum(['before', 'after', 'decided']) }).check(z.refine(hasEveryYear, everyYear)),
]);

/** One day (or Tết's run of days) of a holiday rule. */
export type HolidayDayRule = z.infer<typeof HolidayDayRuleSchema>;

/**
 * One dated rule of the holiday law: the public holidays in force from `from` until the next rule's
 * `from`, as the law (`source`: document, date, article) lists them, and what happens when one falls
 * on a weekly rest day (`compensation`: `next-working-day` — a day off on the next day that is neither
 * a weekly rest day nor a holiday — or `none`; `section` cites the clause). Each rule lists every
 * holiday in force, not only what changed. `note` says what could not be confirmed.
 *
 * @example
 * HolidayLawRuleSchema.parse({
 *   id: 'culture-day-example',
 *   from: '2030-01-01',
 *   source: { document: 'An amended Labour Code (example)', section: 'Điều 112' },
 *   occasions: [{ id: 'culture-day', name: { vi: 'Ngày Văn hóa Việt Nam', en: 'Vietnam Culture Day' } }],
 *   days: [{ kind: 'fixed', occasion: 'culture-day', month: 11, day: 24 }],
 *   compensation: { kind: 'next-working-day', section: 'Điều 111 khoản 3' },
 * }).from;
 * //=> '2030-01-01'
 */
export const HolidayLawRuleSchema = strictObjectSchema({
    id: KebabIdSchema,
    from: IsoDateSchema,
    source: SourceSchema,
    occasions: z.array(HolidayOccasionDefinitionSchema).check(z.minLength(1)),
    days: z.array(HolidayDayRuleSchema).check(z.minLength(1)),
    compensation: strictObjectSchema({ kind: z.enum(['next-working-day', 'none']), section: z.string().check(z.minLength(1)) }),
    note: z.optional(z.string().check(z.minLength(1))),
  }).check(z.superRefine((rule, ctx) => {
    const ids = new Set<string>();
    rule.occasions.forEach((o, i) => checkFirstUse(ids, o.id, ctx, ['occasions', i, 'id'], 'an occasion id not already listed', o.id, 'duplicate'));
    rule.days.forEach((d, i) => {
      if (!ids.has(d.occasion)) ctx.addIssue({ code: 'custom', path: ['days', i, 'occasion'], message: 'an occasion listed in the rule’s occasions', params: { code: 'unknown_occasion' }, input: d.occasion });
    });
    if (rule.days.filter((d) => d.kind === 'tet').length > 1) ctx.addIssue({ code: 'custom', path: ['days'], message: 'a list with at most one Tết entry', input: rule.days });
  }));

/** One dated rule of the holiday law. */
export type HolidayLawRule = z.infer<typeof HolidayLawRuleSchema>;

/**
 * The holiday law as dated rules, in order of `from` (strictly increasing; ids unique). A day is
 * judged by the rule in force on it; a day before the first rule has no known holidays.
 *
 * @example
 * HolidayLawSchema.safeParse([]).success;
 * //=> false
 */
export const HolidayLawSchema = z.array(HolidayLawRuleSchema).check(z.minLength(1), z.superRefine((rules, ctx) => {
  const ids = new Set<string>();
  rules.forEach((rule, i) => {
    checkFirstUse(ids, rule.id, ctx, [i, 'id'], 'a rule id not already listed', rule.id, 'duplicate');
    const previous = rules[i - 1];
    if (previous !== undefined && rule.from <= previous.from) {
      ctx.addIssue({ code: 'custom', path: [i, 'from'], message: `a day after the previous rule’s from (${previous.from}): rules are listed in the order they took effect`, params: { code: 'out_of_order' }, input: rule.from });
    }
  });
}));

/** The holiday law as dated rules. */
export type HolidayLaw = z.infer<typeof HolidayLawSchema>;

/**
 * One day off of a public holiday:
 * - `fixed`: a Gregorian date set by law (1/1, 30/4, 1/5, 2/9);
 * - `lunar`: a lunar date (the days of Tết, Giỗ Tổ on 10/3 âm lịch);
 * - `adjacent`: the day next to Quốc khánh (1/9 or 3/9);
 * - `compensatory`: a day off in lieu (nghỉ bù) of a holiday that fell on a weekly rest day.
 *
 * `occasion` is the holiday's id; `law` the id of the holiday rule it comes from (see `holidayLaw`).
 *
 * @example
 * HolidaySchema.parse({
 *   date: '2025-09-02',
 *   name: { vi: 'Quốc khánh', en: 'National Day' },
 *   kind: 'fixed',
 *   occasion: 'national-day',
 *   law: 'labour-code-2019-art112',
 * }).kind;
 * //=> 'fixed'
 */
export const HolidaySchema = strictObjectSchema({
  date: IsoDateSchema,
  name: TextSchema,
  kind: z.enum(['fixed', 'lunar', 'adjacent', 'compensatory']),
  occasion: HolidayOccasionSchema,
  law: z.optional(KebabIdSchema),
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
export const WeekdaySchema = z.int().check(z.gte(0), z.lte(6));

/**
 * What the law leaves to a decision (the Prime Minister's each year under the Labour Code 2019,
 * Article 112.3; the employer's under Decree 45/2013/NĐ-CP, Article 8), and how chiso decides it when
 * no decision is given (see `publicHolidays`):
 * - `tetDaysBefore` (0–10): how many of the Tết days are the last days of the old lunar year; by
 *   default the rule's own (`before`: 2 under the codes of 2012 and 2019). It applies only to rules
 *   whose Tết `split` is `decided`: the Labour Code 1994 fixed it (one day before, three after);
 * - `nationalDayExtra` (default `'auto'`): the day next to 2/9 where the law gives one (from 2021) —
 *   `'before'` (1/9), `'after'` (3/9), or `'auto'`: 3/9 when 2/9 is a Monday or a Thursday, else 1/9;
 * - `compensatory` (default `true`): a holiday on a weekly rest day gives a day off in lieu, as each
 *   rule's `compensation` says; `false` lists the holidays alone.
 *
 * @example
 * HolidayRuleSchema.parse({ tetDaysBefore: 1 }).tetDaysBefore;
 * //=> 1
 */
export const HolidayRuleSchema = strictObjectSchema({
  tetDaysBefore: z.optional(z.int().check(z.gte(0), z.lte(10))),
  nationalDayExtra: z.optional(z.enum(['auto', 'before', 'after'])),
  compensatory: z.optional(z.boolean()),
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
export const OfficialAdjustmentSchema = strictObjectSchema({
  date: IsoDateSchema,
  kind: z.enum(['off', 'work']),
  name: TextSchema,
  source: z.optional(SourceSchema),
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
export const OfficialScheduleSchema = strictObjectSchema({
  year: z.int().check(z.gte(1900), z.lte(2199)),
  occasions: z.array(HolidayOccasionSchema).check(z.minLength(1)),
  source: SourceSchema,
  days: z.array(OfficialAdjustmentSchema),
});

/** An official schedule of holidays for one year. */
export type OfficialSchedule = z.infer<typeof OfficialScheduleSchema>;

/**
 * A working calendar, as plain data: which days of the week are weekly rest days, the holiday law as
 * dated rules (`law`; a day before its first rule has no known holidays), the choices the law leaves
 * open (`rule`; `null` for no statutory holidays at all), the official schedules that replace the law's
 * days for the holidays they cover, and day-by-day adjustments applied last. Build one with
 * `workingCalendar`.
 *
 * @example
 * WorkingCalendarSchema.parse({
 *   weekend: [6, 0],
 *   zone: 'Asia/Ho_Chi_Minh',
 *   law: [
 *     {
 *       id: 'own-rule',
 *       from: '1990-01-01',
 *       source: { document: 'A company’s own calendar (example)', section: '1' },
 *       occasions: [{ id: 'new-year', name: { vi: 'Tết Dương lịch', en: 'New Year’s Day' } }],
 *       days: [{ kind: 'fixed', occasion: 'new-year', month: 1, day: 1 }],
 *       compensation: { kind: 'none', section: '1' },
 *     },
 *   ],
 *   rule: { nationalDayExtra: 'auto', compensatory: true },
 *   schedules: [],
 *   adjustments: [],
 * }).weekend;
 * //=> [6, 0]
 */
export const WorkingCalendarSchema = strictObjectSchema({
  weekend: z.array(WeekdaySchema).check(z.maxLength(6)),
  zone: z.string().check(z.minLength(1)),
  law: HolidayLawSchema,
  rule: z.nullable(strictObjectSchema({
      tetDaysBefore: z.optional(z.int().check(z.gte(0), z.lte(10))),
      nationalDayExtra: z.enum(['auto', 'before', 'after']),
      compensatory: z.boolean(),
    })),
  schedules: z.array(OfficialScheduleSchema),
  adjustments: z.array(OfficialAdjustmentSchema),
});

/** A working calendar: weekly rest days, the holiday law and its choices, official schedules and adjustments. */
export type WorkingCalendar = z.infer<typeof WorkingCalendarSchema>;
