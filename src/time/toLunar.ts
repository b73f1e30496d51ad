import * as z from 'zod/mini';
import { strictObjectSchema } from '../_shared/strictObjectSchema';
import { checkZone, civilDate, DEFAULT_ZONE } from '../_shared/civilDate';
import { toUtcMs } from '../_shared/dates';
import { fail } from '../_shared/issue';
import { lunarFromDay } from './_internal/lunarTable';
import { parseOrThrow } from '../_shared/zod';
import type { LunarDate } from '../model/calendar';

/** Options of {@link toLunar}. */
export interface ToLunarOptions {
  /** The IANA zone a `Date` is read in (`Asia/Ho_Chi_Minh` by default); the calendar itself is always Vietnam's. */
  readonly zone?: string;
}

const OptionsSchema = strictObjectSchema({ zone: z.optional(z.string()) });

/**
 * The Vietnamese lunar date (âm lịch) of a civil date, 1900-01-01 to 2199-12-31.
 *
 * The calendar is computed astronomically — new moons and solar terms (Meeus, "Astronomical
 * Algorithms": the new moon of ch. 49, the sun's apparent longitude from VSOP87) for the meridian of
 * UTC+7 from 1968 and of UTC+8 before (North Vietnam changed meridian for the lunar year Mậu Thân
 * 1968) — and shipped as a table of month lengths and leap months generated from that computation for
 * 1900–2199. Month 11 contains the December solstice; in a year of 13 months, the first month without
 * a major solar term is the leap month. So Tết 1985 is 21 January (20 February in China) and Tết 2007
 * is 17 February (18 in China).
 *
 * `year` is the Gregorian year of the lunar year's Tết: the days before Tết belong to the year before.
 *
 * @param date - a civil date `YYYY-MM-DD`, or a `Date` (an instant, read in `options.zone`)
 * @param options - `zone` for reading a `Date`
 * @returns the lunar `{ year, month, day, leap }`
 * @throws {ChisoError} for an impossible date (`2025-02-30`), a date outside 1900-01-01 … 2199-12-31,
 *   an invalid `Date` or zone
 *
 * @example
 * toLunar('2025-01-29');
 * //=> { year: 2025, month: 1, day: 1, leap: false }
 *
 * toLunar('2025-07-25');
 * //=> { year: 2025, month: 6, day: 1, leap: true }
 *
 * toLunar('2025-01-28');
 * //=> { year: 2024, month: 12, day: 29, leap: false }
 */
export function toLunar(date: Date | string, options?: ToLunarOptions): LunarDate {
  const opts = options === undefined ? {} : parseOrThrow(OptionsSchema, options, ['options']);
  const zone = opts.zone === undefined ? DEFAULT_ZONE : checkZone(opts.zone, ['options', 'zone']);
  const iso = civilDate(date, zone, ['date']);
  if (iso < '1900-01-01' || iso > '2199-12-31') {
    return fail({ code: 'out_of_range', path: ['date'], field: 'date', expected: 'a date from 1900-01-01 to 2199-12-31', received: iso });
  }
  const lunar = lunarFromDay(toUtcMs(iso) / 86_400_000);
  return { year: lunar.year, month: lunar.month, day: lunar.day, leap: lunar.leap };
}
