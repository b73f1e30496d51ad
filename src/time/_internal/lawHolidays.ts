import { addDays, isoFromParts, toUtcMs } from '../../_shared/dates';
import { fail } from '../../_shared/issue';
import { lunarFromDay, lunarYearMonths } from './lunarTable';
import type { Holiday, HolidayDayRule, HolidayLawRule, HolidayRule } from '../../model/calendar';
import type { Text } from '../../model/text';

const DAY = 86_400_000;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const ordinal = (n: number): string => `${n}${n % 10 === 1 && n !== 11 ? 'st' : n % 10 === 2 && n !== 12 ? 'nd' : n % 10 === 3 && n !== 13 ? 'rd' : 'th'}`;

const weekday = (iso: string): number => new Date(toUtcMs(iso)).getUTCDay();
const isoOfDay = (day: number): string => new Date(day * DAY).toISOString().slice(0, 10);
const byDate = (a: Holiday, b: Holiday): number => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0);

/** The choices of `HolidayRule`, and where they came from (for the error path of a misfit `tetDaysBefore`). */
export interface LawChoices extends HolidayRule {
  readonly path: readonly (string | number)[];
}

/** The holidays one rule gives in `year` (before compensation), wherever they fall. */
function ruleHolidays(rule: HolidayLawRule, year: number, choices: LawChoices): Holiday[] {
  const names = new Map(rule.occasions.map((o) => [o.id, o.name] as const));
  const nameOf = (day: HolidayDayRule): Text => names.get(day.occasion) as Text;
  const months = lunarYearMonths(year);
  const out: Holiday[] = [];
  const push = (date: string, name: Text, kind: Holiday['kind'], occasion: string) => out.push({ date, name, kind, occasion, law: rule.id });
  for (const day of rule.days) {
    const occasion = nameOf(day);
    switch (day.kind) {
      case 'fixed':
        push(isoFromParts(year, day.month, day.day), day.name ?? { vi: `${occasion.vi} (${day.day}/${day.month})`, en: `${occasion.en} (${day.day} ${MONTHS[day.month - 1]})` }, 'fixed', day.occasion);
        break;
      case 'lunar': {
        // The regular month when the month is doubled: the leap one repeats its number after it.
        const month = months.find((m) => m.month === day.month && !m.leap);
        if (month === undefined) break;
        push(
          isoOfDay(month.start + day.day - 1),
          day.name ?? { vi: `${occasion.vi} (${day.day}/${day.month} âm lịch)`, en: `${occasion.en} (${ordinal(day.day)} day of the ${ordinal(day.month)} lunar month)` },
          'lunar',
          day.occasion,
        );
        break;
      }
      case 'tet': {
        let before = day.before;
        if (day.split === 'decided' && choices.tetDaysBefore !== undefined) {
          if (choices.tetDaysBefore > day.days) {
            fail({
              code: 'out_of_range',
              path: [...choices.path, 'tetDaysBefore'],
              field: 'tetDaysBefore',
              expected: `at most ${day.days} (Tết has ${day.days} days under ${rule.source.document}, ${rule.source.section})`,
              received: choices.tetDaysBefore,
            });
          }
          before = choices.tetDaysBefore;
        }
        const tet = (months[0] as (typeof months)[number]).start;
        const eve = lunarFromDay(tet - 1);
        for (let i = -before; i < day.days - before; i += 1) {
          const name =
            i < 0
              ? { vi: `${occasion.vi} (${eve.day + i + 1} tháng Chạp${eve.leap ? ' nhuận' : ''})`, en: `${occasion.en} (day ${eve.day + i + 1} of the ${eve.leap ? 'leap ' : ''}12th month)` }
              : { vi: `${occasion.vi} (mùng ${i + 1} tháng Giêng)`, en: `${occasion.en} (day ${i + 1} of the 1st month)` };
          push(isoOfDay(tet + i), name, 'lunar', day.occasion);
        }
        break;
      }
      case 'adjacent': {
        const anchor = isoFromParts(year, day.month, day.day);
        const extra = day.side === 'decided' ? (choices.nationalDayExtra ?? 'auto') : day.side;
        // 'auto': the day that joins the two to a weekend where one does — after a Monday or a Thursday.
        const after = extra === 'after' || (extra === 'auto' && [1, 4].includes(weekday(anchor)));
        const date = addDays(anchor, after ? 1 : -1);
        const [, m, d] = date.split('-').map(Number) as [number, number, number];
        push(date, { vi: `${occasion.vi} (ngày liền kề, ${d}/${m})`, en: `${occasion.en} (adjacent day, ${d} ${MONTHS[m - 1]})` }, 'adjacent', day.occasion);
        break;
      }
    }
  }
  return out;
}

/**
 * The public holidays of `year` under the holiday law, each from the rule in force on its day, with the
 * days in lieu each rule's `compensation` gives for those on a weekly rest day (unless
 * `choices.compensatory` is `false`), in date order. Days before the first rule get no holidays: the
 * callers refuse them first.
 *
 * @internal
 * @param year - a Gregorian year, 1900–2199
 * @param law - the dated rules, valid and in order
 * @param choices - what the law leaves open, and the path to report a misfit `tetDaysBefore` at
 * @param weekend - the weekly rest days
 * @returns the holidays and days in lieu, in date order
 * @throws {ChisoError} when `tetDaysBefore` is more than a rule's Tết days
 * @example
 * lawHolidays(2019, holidayLaw, { path: [] }, [6, 0]).filter((h) => h.occasion === 'national-day').length;
 * //=> 1
 */
export function lawHolidays(year: number, law: readonly HolidayLawRule[], choices: LawChoices, weekend: readonly number[]): Holiday[] {
  const first = `${String(year).padStart(4, '0')}-01-01`;
  const last = `${String(year).padStart(4, '0')}-12-31`;
  const holidays: Holiday[] = [];
  law.forEach((rule, i) => {
    const until = law[i + 1]?.from;
    if (rule.from > last || (until !== undefined && until <= first)) return;
    for (const h of ruleHolidays(rule, year, choices)) if (h.date >= rule.from && (until === undefined || h.date < until)) holidays.push(h);
  });
  // A day in lieu is owed under the rule that made the day a holiday, even if it falls under the next.
  const compensated = new Set(law.filter((rule) => rule.compensation.kind === 'next-working-day').map((rule) => rule.id));
  // Stable: two holidays on one day keep the order of their rule's days.
  holidays.sort(byDate);
  if (choices.compensatory === false) return holidays;

  // A holiday on a weekly rest day is made up on the next day that is neither a weekly rest day, nor
  // a holiday, nor already a day in lieu — in date order of the holidays (the codes' "ngày tiếp theo",
  // "ngày kế tiếp", "ngày làm việc kế tiếp", as the ministry's yearly notices applied them).
  const taken = new Set(holidays.map((h) => h.date));
  const inLieu: Holiday[] = [];
  for (const holiday of holidays) {
    if (holiday.law === undefined || !compensated.has(holiday.law) || !weekend.includes(weekday(holiday.date))) continue;
    let day = addDays(holiday.date, 1);
    while (weekend.includes(weekday(day)) || taken.has(day)) day = addDays(day, 1);
    taken.add(day);
    inLieu.push({ date: day, name: { vi: `Nghỉ bù ${holiday.name.vi}`, en: `Day off in lieu of ${holiday.name.en}` }, kind: 'compensatory', occasion: holiday.occasion, law: holiday.law });
  }
  return [...holidays, ...inLieu].sort(byDate);
}
