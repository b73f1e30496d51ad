import * as z from 'zod/mini';
import { strictObjectSchema } from '../_shared/strictObjectSchema';
import { holidayLaw } from '../catalogs/holidayLaw';
import { officialSchedules } from '../catalogs/officialSchedules';
import { checkZone, DEFAULT_ZONE } from '../_shared/civilDate';
import { toUtcMs } from '../_shared/dates';
import { fail } from '../_shared/issue';
import { parseOrThrow } from '../_shared/zod';
import {
  HolidayLawSchema,
  HolidayRuleSchema,
  OfficialAdjustmentSchema,
  OfficialScheduleSchema,
  WeekdaySchema,
  type HolidayLawRule,
  type HolidayRule,
  type OfficialAdjustment,
  type OfficialSchedule,
  type WorkingCalendar,
} from '../model/calendar';
import { lawHolidays } from './_internal/lawHolidays';
import { refuseBeforeLaw } from './_internal/refuseBeforeLaw';

/** Options of {@link workingCalendar}. A {@link WorkingCalendar} is itself valid options. */
export interface WorkingCalendarOptions {
  /** The weekly rest days, 0 Sunday … 6 Saturday (default `[6, 0]`: Saturday and Sunday). */
  readonly weekend?: readonly number[];
  /** The holiday law as dated rules (default `holidayLaw`: the Labour Code since 1 January 1995). */
  readonly law?: readonly HolidayLawRule[];
  /** The choices the law leaves open (see `publicHolidays`); `false` or `null` for no statutory holidays. */
  readonly rule?: HolidayRule | false | null;
  /** Official schedules replacing the law's days for the holidays they cover (default: the shipped `officialSchedules`). */
  readonly schedules?: readonly OfficialSchedule[];
  /** Days off and working days set by the caller, applied last (default none). */
  readonly adjustments?: readonly OfficialAdjustment[];
  /** The IANA zone a `Date` is read in (default `Asia/Ho_Chi_Minh`). */
  readonly zone?: string;
}

const OptionsSchema = strictObjectSchema({
  weekend: z.optional(z.array(WeekdaySchema).check(z.maxLength(6))),
  law: z.optional(HolidayLawSchema),
  rule: z.optional(z.union([HolidayRuleSchema, z.literal(false), z.null()])),
  schedules: z.optional(z.array(OfficialScheduleSchema)),
  adjustments: z.optional(z.array(OfficialAdjustmentSchema)),
  zone: z.optional(z.string()),
});

/** Validates options (at `path`) into a calendar, checking what the schema cannot: duplicates, and schedules covering a holiday the law does not name. */
function build(options: unknown, path: readonly (string | number)[]): WorkingCalendar {
  const opts = parseOrThrow(OptionsSchema, options ?? {}, path);
  const zone = opts.zone === undefined ? DEFAULT_ZONE : checkZone(opts.zone, [...path, 'zone']);
  const weekend = opts.weekend ?? [6, 0];
  weekend.forEach((day, i) => {
    if (weekend.indexOf(day) !== i) fail({ code: 'duplicate', path: [...path, 'weekend', i], field: 'weekend', expected: 'a day of the week not already listed', received: day });
  });
  const schedules = opts.schedules ?? parseOrThrow(z.array(OfficialScheduleSchema), officialSchedules, ['officialSchedules']);
  // Parsed, so the calendar holds its own copy, never the shipped objects.
  const law = opts.law ?? parseOrThrow(HolidayLawSchema, holidayLaw, ['holidayLaw']);
  const covered = new Set<string>();
  const dated = new Set<string>();
  schedules.forEach((schedule, i) => {
    schedule.occasions.forEach((occasion, j) => {
      const key = `${schedule.year} ${occasion}`;
      if (covered.has(key)) fail({ code: 'duplicate', path: [...path, 'schedules', i, 'occasions', j], field: 'occasions', expected: `a holiday no other schedule covers in ${schedule.year}`, received: occasion });
      covered.add(key);
    });
    schedule.days.forEach((day, j) => {
      if (dated.has(day.date)) fail({ code: 'duplicate', path: [...path, 'schedules', i, 'days', j, 'date'], field: 'date', expected: 'a date no other schedule day has', received: day.date });
      dated.add(day.date);
    });
  });
  const adjustments = opts.adjustments ?? [];
  const adjusted = new Set<string>();
  adjustments.forEach((adjustment, i) => {
    if (adjusted.has(adjustment.date)) fail({ code: 'duplicate', path: [...path, 'adjustments', i, 'date'], field: 'date', expected: 'a date no other adjustment has', received: adjustment.date });
    adjusted.add(adjustment.date);
  });
  const occasions = new Set(law.flatMap((r) => r.occasions.map((o) => o.id)));
  schedules.forEach((schedule, i) => {
    schedule.occasions.forEach((occasion, j) => {
      if (!occasions.has(occasion)) fail({ code: 'unknown_occasion', path: [...path, 'schedules', i, 'occasions', j], field: 'occasions', expected: `a holiday the law names (${[...occasions].join(', ')})`, received: occasion });
    });
  });
  const chosen = opts.rule === false || opts.rule === null ? null : (opts.rule ?? {});
  const rule =
    chosen === null
      ? null
      : {
          ...(chosen.tetDaysBefore === undefined ? {} : { tetDaysBefore: chosen.tetDaysBefore }),
          nationalDayExtra: chosen.nationalDayExtra ?? 'auto',
          compensatory: chosen.compensatory ?? true,
        };
  return { weekend: [...weekend], zone, law, rule, schedules, adjustments };
}

/**
 * A working calendar (plain data) for counting working days: weekly rest days, the holiday law as
 * dated rules (`law`, default `holidayLaw`: the Labour Code since 1 January 1995, each day judged by the
 * rule in force on it), the choices the law leaves open (`rule`), the official schedules that override
 * the law's days, and the caller's own adjustments. A day is decided in this order:
 *
 * 1. an `adjustments` entry for the day: `off` is a day off, `work` a working day;
 * 2. a day of an official schedule: `off` or `work` likewise;
 * 3. a day before the law's first rule is refused (a `ChisoError`): chiso does not know its holidays,
 *    and never judges it by a later law — give `law` with a rule in force then, or `rule: false`;
 * 4. a holiday or day in lieu of the law (`publicHolidays` with the calendar's weekend), unless an
 *    official schedule covers that holiday in that year — then only the schedule's days count for it;
 * 5. a weekly rest day is a day off; any other day is a working day.
 *
 * By default the shipped official public-sector schedules (`officialSchedules`: 2024, 2025, 2026) apply;
 * pass `schedules: []` for the law alone. A schedule may cover only a holiday some rule of the law names.
 *
 * @param options - `weekend` (default `[6, 0]`), `law` (default `holidayLaw`), `rule` (the
 *   `publicHolidays` choices, or `false`), `schedules` (default the shipped ones), `adjustments`
 *   (default none), `zone`
 * @returns the calendar, as plain data
 * @throws {ChisoError} for a malformed option or law, a repeated weekday, two schedules covering the same
 *   holiday of a year, a schedule covering a holiday the law does not name, a date given twice, an
 *   invalid zone
 *
 * @example
 * const calendar = workingCalendar({ schedules: [] });
 * [calendar.rule, calendar.law.map((rule) => rule.from)];
 * //=> [{ nationalDayExtra: 'auto', compensatory: true }, ['1995-01-01', '2007-04-02', '2013-05-01', '2021-01-01']]
 *
 * workingCalendar().schedules.length;
 * //=> 9
 */
export function workingCalendar(options: WorkingCalendarOptions = {}): WorkingCalendar {
  return build(options, ['options']);
}

/**
 * Validates a calendar (or calendar options; the default calendar when `undefined`) and returns it with
 * a test of whether a civil date `YYYY-MM-DD` is a working day, and the first day the test can judge
 * (`null`: any day). The law's holidays are computed once per year, on first use. The test throws a
 * `ChisoError` for a day before the law's first rule (unless an adjustment or schedule decides it):
 * callers check their own inputs against `from` first, to name the field at fault.
 *
 * @internal
 * @param calendar - a calendar or options, as given by the caller
 * @param path - where the calendar is in the caller's input, for error paths
 * @returns the calendar, the test, and the first day it can judge
 * @throws {ChisoError} as {@link workingCalendar}
 * @example
 * workingDayTest(undefined, ['calendar']).isWorking('2025-01-29');
 * //=> false
 */
export function workingDayTest(
  calendar: WorkingCalendarOptions | undefined,
  path: readonly (string | number)[],
): { calendar: WorkingCalendar; isWorking: (iso: string) => boolean; from: string | null } {
  const cal = build(calendar, path);
  const adjusted = new Map(cal.adjustments.map((a) => [a.date, a.kind] as const));
  const official = new Map(cal.schedules.flatMap((s) => s.days.map((d) => [d.date, d.kind] as const)));
  const covered = new Set(cal.schedules.flatMap((s) => s.occasions.map((o) => `${s.year} ${o}`)));
  const weekend = new Set(cal.weekend);
  const law = cal.law;
  // With no statutory holidays the caller has a calendar of their own for any day; otherwise the law
  // knows nothing before its first rule.
  const from = cal.rule === null ? null : (law[0] as HolidayLawRule).from;
  const choices = cal.rule === null ? null : { ...cal.rule, path: [...path, 'rule'] };
  const ruleDays = new Set<string>();
  const done = new Set<number>();
  // A year's holidays, once; a day in lieu may fall in the next year, so a day looks at its year's and
  // the year before's.
  const addYear = (year: number): void => {
    if (done.has(year) || choices === null || year < 1900 || year > 2199) return;
    done.add(year);
    for (const h of lawHolidays(year, law, choices, cal.weekend)) if (!covered.has(`${year} ${h.occasion}`)) ruleDays.add(h.date);
  };
  const isWorking = (iso: string): boolean => {
    const set = adjusted.get(iso) ?? official.get(iso);
    if (set !== undefined) return set === 'work';
    if (from !== null && iso < from) return refuseBeforeLaw(iso, law, path, 'calendar');
    const year = Number(iso.slice(0, 4));
    addYear(year - 1);
    addYear(year);
    if (ruleDays.has(iso)) return false;
    return !weekend.has(new Date(toUtcMs(iso)).getUTCDay());
  };
  return { calendar: cal, isWorking, from };
}
