// @zone-sensitive: computes holidays and reads civil dates through the time stage.
// @zone-sensitive: the time stage.
import { describe, expect, it } from 'vitest';
import { officialSchedules } from '../../src/catalogs/officialSchedules';
import { ChisoError } from '../../src/errors';
import { addDays, toUtcMs } from '../../src/_shared/dates';
import { HolidaySchema, OfficialScheduleSchema } from '../../src/model/calendar';
import { fromLunar } from '../../src/time/fromLunar';
import { publicHolidays } from '../../src/time/publicHolidays';
import { toLunar } from '../../src/time/toLunar';

const weekday = (iso: string) => new Date(toUtcMs(iso)).getUTCDay();
const dates = (year: number, options = {}) => publicHolidays(year, options).map((h) => h.date);
/** Every day from `from` to `to`, inclusive. */
const span = (from: string, to: string) => {
  const out: string[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) out.push(d);
  return out;
};
/** The weekdays (Monday–Friday) from `from` to `to`. */
const weekdays = (from: string, to: string) => span(from, to).filter((d) => weekday(d) !== 0 && weekday(d) !== 6);

describe('publicHolidays: Article 112.1 of the Labour Code 2019', () => {
  it('2025, in full', () => {
    expect(publicHolidays(2025).map((h) => [h.date, h.kind, h.occasion, h.name.vi])).toEqual([
      ['2025-01-01', 'fixed', 'new-year', 'Tết Dương lịch'],
      ['2025-01-27', 'lunar', 'tet', 'Tết Âm lịch (28 tháng Chạp)'],
      ['2025-01-28', 'lunar', 'tet', 'Tết Âm lịch (29 tháng Chạp)'],
      ['2025-01-29', 'lunar', 'tet', 'Tết Âm lịch (mùng 1 tháng Giêng)'],
      ['2025-01-30', 'lunar', 'tet', 'Tết Âm lịch (mùng 2 tháng Giêng)'],
      ['2025-01-31', 'lunar', 'tet', 'Tết Âm lịch (mùng 3 tháng Giêng)'],
      ['2025-04-07', 'lunar', 'hung-kings', 'Giỗ Tổ Hùng Vương (10/3 âm lịch)'],
      ['2025-04-30', 'fixed', 'victory', 'Ngày Chiến thắng (30/4)'],
      ['2025-05-01', 'fixed', 'labour', 'Ngày Quốc tế Lao động (1/5)'],
      ['2025-09-01', 'adjacent', 'national-day', 'Quốc khánh (ngày liền kề, 1/9)'],
      ['2025-09-02', 'fixed', 'national-day', 'Quốc khánh (2/9)'],
    ]);
  });

  // The Labour Code 2019 is in force from 1 January 2021 (earlier years: test/time/holidayLaw.test.ts).
  it('has the eleven days of the law every year from 2021, each a valid Holiday, in date order, within the year', () => {
    for (let year = 2021; year <= 2199; year += 7) {
      const holidays = publicHolidays(year, { compensatory: false });
      expect(holidays).toHaveLength(11);
      for (const h of holidays) expect(HolidaySchema.parse(h)).toEqual(h);
      expect(holidays.map((h) => h.date)).toEqual(holidays.map((h) => h.date).sort());
      const counts = Object.fromEntries(['new-year', 'tet', 'hung-kings', 'victory', 'labour', 'national-day'].map((o) => [o, holidays.filter((h) => h.occasion === o).length]));
      expect(counts).toEqual({ 'new-year': 1, tet: 5, 'hung-kings': 1, victory: 1, labour: 1, 'national-day': 2 });
      for (const h of publicHolidays(year)) expect(h.date.slice(0, 4)).toBe(String(year));
    }
  });

  // Five Tết days from the Labour Code 2012 (in force 1 May 2013): every Tết from 2014.
  it('Tết: by default the last two days of the lunar year and mùng 1–3', () => {
    for (let year = 2014; year <= 2199; year += 1) {
      const tet = publicHolidays(year, { compensatory: false }).filter((h) => h.occasion === 'tet');
      const lunar = tet.map((h) => toLunar(h.date));
      expect(lunar.slice(2).map((l) => [l.year, l.month, l.day])).toEqual([[year, 1, 1], [year, 1, 2], [year, 1, 3]]);
      expect(lunar.slice(0, 2).map((l) => [l.year, l.month])).toEqual([[year - 1, 12], [year - 1, 12]]);
      // …the last day of the year being 29 or 30 tháng Chạp
      expect(addDays(tet[1]!.date, 1)).toBe(tet[2]!.date);
    }
    expect(dates(2024, { compensatory: false }).slice(1, 6)).toEqual(['2024-02-08', '2024-02-09', '2024-02-10', '2024-02-11', '2024-02-12']);
    expect(publicHolidays(2024)[1]?.name).toEqual({ vi: 'Tết Âm lịch (29 tháng Chạp)', en: 'Lunar New Year (day 29 of the 12th month)' });
    expect(publicHolidays(2024)[2]?.name.vi).toBe('Tết Âm lịch (30 tháng Chạp)');
  });

  it('Tết: tetDaysBefore moves the five days', () => {
    // 1: the last day (29 tháng Chạp, Tuesday 28/1/2025) to mùng 4 (Saturday 1/2), made up on Monday 3/2.
    expect(publicHolidays(2025, { tetDaysBefore: 1 }).filter((h) => h.occasion === 'tet').map((h) => `${h.date} ${h.kind}`)).toEqual([
      '2025-01-28 lunar',
      '2025-01-29 lunar',
      '2025-01-30 lunar',
      '2025-01-31 lunar',
      '2025-02-01 lunar',
      '2025-02-03 compensatory',
    ]);
    // 0: mùng 1–5, with mùng 4 and 5 on Saturday and Sunday made up on mùng 6 and 7.
    expect(publicHolidays(2025, { tetDaysBefore: 0 }).filter((h) => h.occasion === 'tet').map((h) => toLunar(h.date).day)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(publicHolidays(2025, { tetDaysBefore: 5 }).filter((h) => h.occasion === 'tet' && h.kind === 'lunar').map((h) => toLunar(h.date).day)).toEqual([25, 26, 27, 28, 29]);
  });

  it('the rule reproduces the official Tết breaks of 2020 and 2023–2026 (the weekdays off)', () => {
    const tetOff = (year: number) => publicHolidays(year).filter((h) => h.occasion === 'tet').map((h) => h.date).filter((d) => weekday(d) !== 0 && weekday(d) !== 6);
    expect(tetOff(2020)).toEqual(weekdays('2020-01-23', '2020-01-29')); // 23/1 (29 tháng Chạp Kỷ Hợi) – 29/1/2020 (mùng 5)
    expect(tetOff(2023)).toEqual(weekdays('2023-01-20', '2023-01-26')); // Văn phòng Chính phủ, 2022: 20/1 – 26/1/2023
    expect(tetOff(2024)).toEqual(weekdays('2024-02-08', '2024-02-14')); // 8662/VPCP-KGVX
    expect(tetOff(2025)).toEqual(weekdays('2025-01-25', '2025-02-02')); // 8726/VPCP-KGVX
    expect(tetOff(2026)).toEqual(weekdays('2026-02-14', '2026-02-22')); // VPCP, October 2025
  });

  it('Giỗ Tổ Hùng Vương on 10/3 âm lịch — the regular month 3 in a year with a leap third month', () => {
    const hungKings = (year: number) => publicHolidays(year).find((h) => h.occasion === 'hung-kings')?.date;
    expect(hungKings(2024)).toBe('2024-04-18');
    expect(hungKings(2025)).toBe('2025-04-07');
    expect(hungKings(2026)).toBe('2026-04-26');
    // 2031 has a leap third month: Giỗ Tổ is in the first one.
    expect(hungKings(2031)).toBe(fromLunar({ year: 2031, month: 3, day: 10, leap: false }));
    expect(hungKings(2031)).not.toBe(fromLunar({ year: 2031, month: 3, day: 10, leap: true }));
  });

  it('Quốc khánh: 2/9 and the day that joins it to the weekend by default, or the one asked for', () => {
    const extra = (year: number, options = {}) => publicHolidays(year, options).find((h) => h.kind === 'adjacent')?.date.slice(5);
    // 2/9 on Thursday 2021 and Monday 2024: 3/9; on Friday 2022, Saturday 2023, Tuesday 2025, Wednesday 2026: 1/9.
    expect([2021, 2022, 2023, 2024, 2025, 2026].map((y) => extra(y))).toEqual(['09-03', '09-01', '09-01', '09-03', '09-01', '09-01']);
    expect(extra(2024, { nationalDayExtra: 'before' })).toBe('09-01');
    expect(extra(2025, { nationalDayExtra: 'after' })).toBe('09-03');
    // 2024 with 'before': 1/9 is a Sunday, made up after 2/9 on Tuesday 3/9.
    expect(publicHolidays(2024, { nationalDayExtra: 'before' }).filter((h) => h.occasion === 'national-day').map((h) => `${h.date} ${h.kind}`)).toEqual([
      '2024-09-01 adjacent',
      '2024-09-02 fixed',
      '2024-09-03 compensatory',
    ]);
  });

  it('days in lieu (Article 111.3): the next working day, after the whole break, in holiday order', () => {
    // 2023: 1/1 on a Sunday → Monday 2/1; Tết 20–24/1 with 30 Tết on Saturday and mùng 1 on Sunday → 25 and
    // 26/1; Giỗ Tổ on Saturday 29/4 and 30/4 on Sunday, with 1/5 on Monday → Tuesday 2/5 and Wednesday 3/5;
    // 2/9 on Saturday → Monday 4/9.
    expect(publicHolidays(2023).filter((h) => h.kind === 'compensatory').map((h) => [h.date, h.occasion])).toEqual([
      ['2023-01-02', 'new-year'],
      ['2023-01-25', 'tet'],
      ['2023-01-26', 'tet'],
      ['2023-05-02', 'hung-kings'],
      ['2023-05-03', 'victory'],
      ['2023-09-04', 'national-day'],
    ]);
    expect(publicHolidays(2023).find((h) => h.date === '2023-05-03')?.name).toEqual({
      vi: 'Nghỉ bù Ngày Chiến thắng (30/4)',
      en: 'Day off in lieu of Victory Day (Reunification Day, 30 April)',
    });
    expect(publicHolidays(2023, { compensatory: false }).some((h) => h.kind === 'compensatory')).toBe(false);
  });

  it('days in lieu follow the weekly rest days given', () => {
    // Sunday only: in 2023, 1/1 (Sunday) → Monday 2/1; Giỗ Tổ on Saturday is not a rest day.
    expect(publicHolidays(2023, { weekend: [0] }).filter((h) => h.kind === 'compensatory').map((h) => h.date)).toEqual([
      '2023-01-02',
      '2023-01-25',
      '2023-05-02',
    ]);
    expect(publicHolidays(2023, { weekend: [] }).some((h) => h.kind === 'compensatory')).toBe(false);
  });

  it('rejects bad input with a ChisoError naming the field', () => {
    const path = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        expect(e).toBeInstanceOf(ChisoError);
        return (e as ChisoError).issues[0]?.path;
      }
      return undefined;
    };
    expect(path(() => publicHolidays(1899))).toEqual(['year']);
    expect(path(() => publicHolidays(2200))).toEqual(['year']);
    expect(path(() => publicHolidays(2025.5))).toEqual(['year']);
    expect(path(() => publicHolidays(Number.NaN))).toEqual(['year']);
    expect(path(() => publicHolidays(2025, { tetDaysBefore: 6 }))).toEqual(['options', 'tetDaysBefore']);
    expect(path(() => publicHolidays(2025, { weekend: [7] }))).toEqual(['options', 'weekend', 0]);
    expect(path(() => publicHolidays(2025, { weekend: [0, 1, 2, 3, 4, 5, 6] }))).toEqual(['options', 'weekend']);
    expect(path(() => publicHolidays(2025, { nationalDayExtra: 'both' as never }))).toEqual(['options', 'nationalDayExtra']);
    expect(path(() => publicHolidays(2025, { tet: 2 } as never))).toEqual(['options', 'tet']);
  });
});

describe('officialSchedules (data)', () => {
  it('is valid, names its documents, and each schedule covers its holiday', () => {
    for (const schedule of officialSchedules) {
      expect(OfficialScheduleSchema.parse(schedule)).toEqual(schedule);
      expect(schedule.source.document).toMatch(/VPCP-KGVX|Văn phòng Chính phủ/);
      for (const day of schedule.days) expect(day.date.slice(0, 4)).toBe(String(schedule.year));
      // every swapped working day is a Saturday
      for (const day of schedule.days.filter((d) => d.kind === 'work')) expect(weekday(day.date)).toBe(6);
      const off = schedule.days.filter((d) => d.kind === 'off').map((d) => d.date);
      // the announced break is one run of days
      expect(off).toEqual(span(off[0]!, off[off.length - 1]!));
      const y = schedule.year;
      if (schedule.occasions.includes('tet')) expect(off).toContain(fromLunar({ year: y, month: 1, day: 1 }));
      if (schedule.occasions.includes('national-day')) expect(off).toContain(`${y}-09-02`);
      if (schedule.occasions.includes('victory')) expect(off).toEqual(expect.arrayContaining([`${y}-04-30`, `${y}-05-01`]));
      if (schedule.occasions.includes('new-year')) expect(off).toContain(`${y}-01-01`);
    }
    expect(officialSchedules.map((s) => s.year)).toEqual([2024, 2024, 2024, 2025, 2025, 2025, 2026, 2026, 2026]);
  });
});
