// The Vietnamese lunar calendar read from a table. The calendar is computed astronomically in
// `lunar.ts` (with `astronomy.ts`); test/tools/generate-lunar.ts runs that computation once and
// writes `../_data/lunarYears.ts`, so what ships is a few hundred bytes of month lengths instead of
// the new-moon and solar-longitude series. test/time/lunarTable.test.ts checks that the table gives
// the computation's months and dates, day by day.

import { DIGITS, FIRST_K, FIRST_TET, FIRST_YEAR, YEARS } from '../_data/lunarYears';
// Types only: the shapes are the computation's, so the two cannot drift apart (erased when built).
import type { LunarMonth, LunarParts } from './lunar';

interface Table {
  /** Tết of each lunar year from `FIRST_YEAR`, and one more entry: the day after the last year ends. */
  readonly tet: readonly number[];
  /** The months of each lunar year from `FIRST_YEAR`, in order. */
  readonly years: readonly (readonly LunarMonth[])[];
}

let table: Table | undefined;

function decode(): Table {
  const tet: number[] = [];
  const years: LunarMonth[][] = [];
  let start = FIRST_TET;
  let k = FIRST_K;
  for (let at = 0; at < YEARS.length; at += 3) {
    let value = 0;
    for (let i = at; i < at + 3; i += 1) value = value * 64 + DIGITS.indexOf(YEARS.charAt(i));
    const leapAt = value >> 13;
    const months: LunarMonth[] = [];
    tet.push(start);
    for (let i = 0; i < (leapAt === 0 ? 12 : 13); i += 1) {
      const length = 29 + ((value >> i) & 1);
      // The leap month repeats the number of the month before it.
      months.push({ k, start, length, month: leapAt !== 0 && i >= leapAt ? i : i + 1, leap: leapAt !== 0 && i === leapAt });
      start += length;
      k += 1;
    }
    years.push(months);
  }
  tet.push(start);
  return { tet, years };
}

/** The months of lunar year `year` in order: 1 … 12 with its leap month, if any. */
export function lunarYearMonths(year: number): readonly LunarMonth[] {
  const months = (table ??= decode()).years[year - FIRST_YEAR];
  // Unreachable from the library, whose callers refuse years outside 1899–2199 first.
  if (months === undefined) throw new RangeError(`lunar year ${year} is outside the table`);
  return months;
}

/** The lunar date of a civil day (days since 1970-01-01). */
export function lunarFromDay(day: number): LunarParts {
  const { tet, years } = (table ??= decode());
  if (!(day >= (tet[0] as number) && day < (tet[years.length] as number))) throw new RangeError(`day ${day} is outside the lunar table`);
  // A lunar year lasts 354–385 days: the estimate is the year or one of its neighbours.
  let i = Math.min(years.length - 1, Math.floor((day - (tet[0] as number)) / 365.25));
  while ((tet[i] as number) > day) i -= 1;
  while ((tet[i + 1] as number) <= day) i += 1;
  const months = years[i] as readonly LunarMonth[];
  let m = 0;
  while (m + 1 < months.length && (months[m + 1] as LunarMonth).start <= day) m += 1;
  const month = months[m] as LunarMonth;
  return { year: FIRST_YEAR + i, month: month.month, day: day - month.start + 1, leap: month.leap };
}
