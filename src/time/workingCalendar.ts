import { z } from 'zod';
import { officialSchedules } from '../catalogs/officialSchedules';
import { checkZone, DEFAULT_ZONE } from '../internal/civilDate';
import { toUtcMs } from '../internal/dates';
import { fail } from '../internal/issue';
import { parseOrThrow } from '../internal/zod';
import {
  HolidayRuleSchema,
  OfficialAdjustmentSchema,
  OfficialScheduleSchema,
  WeekdaySchema,
  type HolidayRule,
  type OfficialAdjustment,
  type OfficialSchedule,
  type WorkingCalendar,
} from '../model/calendar';
import { publicHolidays } from './publicHolidays';

/** Options of {@link workingCalendar}. A {@link WorkingCalendar} is itself valid options. */
export interface WorkingCalendarOptions {
  /** The weekly rest days, 0 Sunday … 6 Saturday (default `[6, 0]`: Saturday and Sunday). */
  readonly weekend?: readonly number[];
  /** The Labour Code rule's choices (see `publicHolidays`); `false` or `null` for no statutory holidays. */
  readonly rule?: HolidayRule | false | null;
  /** Official schedules replacing the rule for the holidays they cover (default: the shipped `officialSchedules`). */
  readonly schedules?: readonly OfficialSchedule[];
  /** Days off and working days set by the caller, applied last (default none). */
  readonly adjustments?: readonly OfficialAdjustment[];
  /** The IANA zone a `Date` is read in (default `Asia/Ho_Chi_Minh`). */
  readonly zone?: string;
}

const OptionsSchema = z.strictObject({
  weekend: z.array(WeekdaySchema).max(6).optional(),
  rule: z.union([HolidayRuleSchema, z.literal(false), z.null()]).optional(),
  schedules: z.array(OfficialScheduleSchema).optional(),
  adjustments: z.array(OfficialAdjustmentSchema).optional(),
  zone: z.string().optional(),
});

/** Validates options (at `path`) into a calendar, checking what the schema cannot: duplicates. */
function build(options: unknown, path: readonly (string | number)[]): WorkingCalendar {
  const opts = parseOrThrow(OptionsSchema, options ?? {}, path);
  const zone = opts.zone === undefined ? DEFAULT_ZONE : checkZone(opts.zone, [...path, 'zone']);
  const weekend = opts.weekend ?? [6, 0];
  weekend.forEach((day, i) => {
    if (weekend.indexOf(day) !== i) fail({ code: 'duplicate', path: [...path, 'weekend', i], field: 'weekend', expected: 'a day of the week not already listed', received: day });
  });
  const schedules = opts.schedules ?? parseOrThrow(z.array(OfficialScheduleSchema), officialSchedules, ['officialSchedules']);
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
  const chosen = opts.rule === false || opts.rule === null ? null : (opts.rule ?? {});
  const rule =
    chosen === null
      ? null
      : { tetDaysBefore: chosen.tetDaysBefore ?? 2, nationalDayExtra: chosen.nationalDayExtra ?? 'auto', compensatory: chosen.compensatory ?? true };
  return { weekend: [...weekend], zone, rule, schedules, adjustments };
}

/**
 * A working calendar (plain data) for counting working days: weekly rest days, the public holidays of
 * the Labour Code rule (computed for each year when needed), the official schedules that override the
 * rule, and the caller's own adjustments. A day is decided in this order:
 *
 * 1. an `adjustments` entry for the day: `off` is a day off, `work` a working day;
 * 2. a day of an official schedule: `off` or `work` likewise;
 * 3. a holiday of the rule (`publicHolidays` with the calendar's weekend), unless an official schedule
 *    covers that holiday in that year — then only the schedule's days count for it;
 * 4. a weekly rest day is a day off; any other day is a working day.
 *
 * By default the shipped official public-sector schedules (`officialSchedules`: 2024, 2025, 2026) apply;
 * pass `schedules: []` for the rule alone.
 *
 * @param options - `weekend` (default `[6, 0]`), `rule` (the `publicHolidays` choices, or `false`),
 *   `schedules` (default the shipped ones), `adjustments` (default none), `zone`
 * @returns the calendar, as plain data
 * @throws {ChisoError} for a malformed option, a repeated weekday, two schedules covering the same holiday
 *   of a year, a date given twice, an invalid zone
 *
 * @example
 * workingCalendar({ schedules: [] });
 * //=> { weekend: [6, 0], zone: 'Asia/Ho_Chi_Minh', rule: { tetDaysBefore: 2, nationalDayExtra: 'auto', compensatory: true }, schedules: [], adjustments: [] }
 *
 * workingCalendar().schedules.length;
 * //=> 9
 */
export function workingCalendar(options: WorkingCalendarOptions = {}): WorkingCalendar {
  return build(options, ['options']);
}

/**
 * Validates a calendar (or calendar options; the default calendar when `undefined`) and returns it with
 * a test of whether a civil date `YYYY-MM-DD` is a working day. The rule's holidays are computed once
 * per year, on first use.
 *
 * @internal
 * @param calendar - a calendar or options, as given by the caller
 * @param path - where the calendar is in the caller's input, for error paths
 * @returns the calendar and the test
 * @throws {ChisoError} as {@link workingCalendar}
 * @example
 * workingDayTest(undefined, ['calendar']).isWorking('2025-01-29');
 * //=> false
 */
export function workingDayTest(
  calendar: WorkingCalendarOptions | undefined,
  path: readonly (string | number)[],
): { calendar: WorkingCalendar; isWorking: (iso: string) => boolean } {
  const cal = build(calendar, path);
  const adjusted = new Map(cal.adjustments.map((a) => [a.date, a.kind] as const));
  const official = new Map(cal.schedules.flatMap((s) => s.days.map((d) => [d.date, d.kind] as const)));
  const covered = new Set(cal.schedules.flatMap((s) => s.occasions.map((o) => `${s.year} ${o}`)));
  const weekend = new Set(cal.weekend);
  const ruleDays = new Map<number, Set<string>>();
  const ruleDaysOf = (year: number): Set<string> => {
    let days = ruleDays.get(year);
    if (days === undefined) {
      const holidays = cal.rule === null ? [] : publicHolidays(year, { ...cal.rule, weekend: cal.weekend });
      days = new Set(holidays.filter((h) => !covered.has(`${year} ${h.occasion}`)).map((h) => h.date));
      ruleDays.set(year, days);
    }
    return days;
  };
  const isWorking = (iso: string): boolean => {
    const set = adjusted.get(iso) ?? official.get(iso);
    if (set !== undefined) return set === 'work';
    if (ruleDaysOf(Number(iso.slice(0, 4))).has(iso)) return false;
    return !weekend.has(new Date(toUtcMs(iso)).getUTCDay());
  };
  return { calendar: cal, isWorking };
}
