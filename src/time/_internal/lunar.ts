// The Vietnamese lunisolar calendar (âm lịch): its months, leap months and dates. The astronomy it
// stands on (new moons, the sun's longitude, ΔT, with their sources) is in `astronomy.ts`.
//
// The calendar rules (as in the Chinese calendar since 1645, with Vietnam's own meridian):
// - a month begins on the civil day (at the calendar's meridian) of a new moon;
// - month 11 is the month that contains the December solstice (major term Z11, sun at 270°);
// - when 13 new moons begin between one month 11 and the next (a leap "sui"), the first month after
//   month 11 that contains no major term (zhongqi: the sun's longitude a multiple of 30°) is a leap
//   month and takes the number of the month before it;
// - a major term belongs to the month whose civil days contain it: the sun's longitude is taken at
//   the first instant (local midnight) of each month.
// The meridian: UTC+7 from 1968-01-01 (North Vietnam switched its calendar to UTC+7 from the lunar year
// Mậu Thân 1968: Tết 1968 fell on 29 January in the North, 30 January in the South and China) and UTC+8
// (the Chinese meridian, 120° E) for instants before 1968-01-01T00:00Z. This is also the rule of the
// `date-chinese` package's CalendarVietnamese, which the tests use as an oracle for 1900–2199: the two
// agree on every day but 326, all in months without a major term that lie in 12-month suis (2033, 2052–53,
// 2128, 2147, 2185), which the oracle wrongly marks leap (test/time/lunar.test.ts lists them).

import { civilToUtcMs } from '../../_shared/dates';
import { deltaTDays, NEW_MOON_0, newMoonJde, solarArc, SYNODIC_MONTH } from './astronomy';

/** JD (UT) of 1970-01-01T00:00Z: epoch days are whole days since then, as the civil-date helpers use. */
const JD_UNIX_EPOCH = 2440587.5;
/** JD (UT) of 1968-01-01T00:00Z: the switch from UTC+8 to UTC+7. */
const JD_1968 = 2439856.5;

/** The calendar's offset from UTC, in hours, at an instant (JD, UT): 8 before 1968, 7 from 1968. */
export function offsetHours(jdUt: number): number {
  return jdUt < JD_1968 ? 8 : 7;
}

/** A lunar month as the calendar sees it: its first civil day and the offset it was reckoned with. */
interface MonthStart {
  /** Whole days since 1970-01-01 of the month's first day (the new moon's civil day). */
  readonly day: number;
  /** Hours east of UTC of the meridian used for this new moon. */
  readonly offset: number;
}

/** The civil day (in the calendar's meridian) on which the k-th new moon falls. */
export function monthStart(k: number): MonthStart {
  const jde = newMoonJde(k);
  const jdUt = jde - deltaTDays(jde);
  const offset = offsetHours(jdUt);
  return { day: Math.floor(jdUt - JD_UNIX_EPOCH + offset / 24), offset };
}

/** The number (0…11) of the 30° arc of solar longitude the sun is in at the first instant of a month. */
function arcAtStart(start: MonthStart): number {
  const jdUt = JD_UNIX_EPOCH + start.day - start.offset / 24;
  return solarArc(jdUt + deltaTDays(jdUt));
}

/** The month containing a civil day: the index k of its new moon, its start and the next month's. */
export function monthOf(day: number): { readonly k: number; readonly start: MonthStart; readonly next: MonthStart } {
  let k = Math.floor((JD_UNIX_EPOCH + day + 0.5 - NEW_MOON_0) / SYNODIC_MONTH);
  let start = monthStart(k);
  let next = monthStart(k + 1);
  while (next.day <= day) {
    k += 1;
    start = next;
    next = monthStart(k + 1);
  }
  while (start.day > day) {
    k -= 1;
    next = start;
    start = monthStart(k);
  }
  return { k, start, next };
}

/** The index k of the new moon that begins the month containing the civil day `day` (days since 1970-01-01). */
export function monthIndexOf(day: number): number {
  return monthOf(day).k;
}

/** The index of the new moon that begins month 11 — the month containing the December solstice of `year`. */
export function month11(year: number): number {
  // The month containing 31 December begins at most 30 days earlier; if the sun has already passed
  // 270° when it begins, the solstice fell in the month before.
  // Only the years 1899–2200 reach here (toLunar and fromLunar accept 1900–2199), but a civil date
  // becomes a time value through the one helper whatever its year.
  const { k, start } = monthOf(civilToUtcMs(year, 12, 31) / 86_400_000);
  return arcAtStart(start) === 9 ? k - 1 : k;
}

/** One lunar month of a sui (from one month 11 to the next). */
export interface LunarMonth {
  /** The new-moon index of the month. */
  readonly k: number;
  /** Its first civil day (days since 1970-01-01). */
  readonly start: number;
  /** Its number of days (29 or 30). */
  readonly length: number;
  readonly month: number;
  readonly leap: boolean;
}

/**
 * The months of a sui — from the month 11 with new-moon index `a` to the next month 11, index `b` —
 * numbered, with the leap month marked. Only the first `upTo + 1` months are returned when `upTo` is
 * given (later months cannot change the numbering of earlier ones).
 */
export function suiMonths(a: number, b: number, upTo = b - a - 1): LunarMonth[] {
  const last = Math.min(upTo, b - a - 1);
  const starts: MonthStart[] = [];
  for (let i = 0; i <= last + 1; i += 1) starts.push(monthStart(a + i));
  const leapAt = leapPosition(a, b, last);
  const months: LunarMonth[] = [];
  for (let i = 0; i <= last; i += 1) {
    const shift = leapAt !== -1 && i >= leapAt ? 1 : 0;
    const start = (starts[i] as MonthStart).day;
    months.push({
      k: a + i,
      start,
      length: (starts[i + 1] as MonthStart).day - start,
      month: ((10 + i - shift) % 12) + 1,
      leap: i === leapAt,
    });
  }
  return months;
}

/** A lunar date: the year is the Gregorian year in which its Tết (month 1, day 1) falls. */
export interface LunarParts {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly leap: boolean;
}

/** Whether a month is the (non-leap) month 1, the month of Tết. */
function isFirstMonth(m: LunarMonth): boolean {
  return m.month === 1 && !m.leap;
}

/**
 * The position of the leap month in the sui from month 11 `a` to month 11 `b` — the first month
 * without a major term when the sui has 13 months — looking no further than position `upTo`; −1 when
 * there is none up to there.
 */
function leapPosition(a: number, b: number, upTo: number): number {
  if (b - a !== 13) return -1;
  let arc = arcAtStart(monthStart(a + 1));
  for (let i = 1; i <= Math.min(upTo, 12); i += 1) {
    const next = arcAtStart(monthStart(a + i + 1));
    if (next === arc) return i;
    arc = next;
  }
  return -1;
}

/** The lunar date of a civil day (days since 1970-01-01). */
export function lunarFromDay(day: number): LunarParts {
  const year = new Date(day * 86_400_000).getUTCFullYear();
  const { k, start } = monthOf(day);
  // The day lies between month 11 of the previous December and month 11 of the next one.
  let december = year;
  let a = month11(year);
  let b: number;
  if (k >= a) {
    b = month11(year + 1);
  } else {
    december = year - 1;
    b = a;
    a = month11(year - 1);
  }
  const position = k - a;
  const leapAt = leapPosition(a, b, position);
  const shift = leapAt !== -1 && position >= leapAt ? 1 : 0;
  // Month 1 is at position 2, or 3 after a leap month 11 or 12; months before it belong to the lunar
  // year that began before this December.
  const tet = leapAt === 1 || leapAt === 2 ? 3 : 2;
  return {
    year: position >= tet ? december + 1 : december,
    month: ((10 + position - shift) % 12) + 1,
    day: day - start.day + 1,
    leap: position === leapAt,
  };
}

/** The months of lunar year `year` in order: 1 … 12 with its leap month, if any. */
export function lunarYearMonths(year: number): LunarMonth[] {
  const a = month11(year - 1);
  const b = month11(year);
  const first = suiMonths(a, b);
  const second = suiMonths(b, month11(year + 1), 3);
  return [...first.slice(first.findIndex(isFirstMonth)), ...second.slice(0, second.findIndex(isFirstMonth))];
}

/** Whether the month that begins with the k-th new moon contains a major solar term (zhongqi). */
export function hasMajorTerm(k: number): boolean {
  return arcAtStart(monthStart(k)) !== arcAtStart(monthStart(k + 1));
}
