// @zone-sensitive: computes holidays and counts working days through the time stage.
// The holiday law as dated rules (issue 19). Expected values are read from the laws' texts (quoted
// in src/catalogs/holidayLaw.ts and docs/deadlines.md) and from the lunar calendar, not from the code.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { holidayLaw } from '../../src/catalogs/holidayLaw';
import { officialSchedules } from '../../src/catalogs/officialSchedules';
import { ChisoError, type ChisoIssue } from '../../src/errors';
import { addDays, toUtcMs } from '../../src/_shared/dates';
import { measureDossiers } from '../../src/measure/measureDossiers';
import { HolidayLawSchema, OfficialScheduleSchema, type HolidayLawRule, type OfficialSchedule } from '../../src/model/calendar';
import { addWorkingDays } from '../../src/time/addWorkingDays';
import { fromLunar } from '../../src/time/fromLunar';
import { isWorkingDay } from '../../src/time/isWorkingDay';
import { publicHolidays } from '../../src/time/publicHolidays';
import { toLunar } from '../../src/time/toLunar';
import { workingCalendar, workingDayTest } from '../../src/time/workingCalendar';
import { workingDaysBetween } from '../../src/time/workingDaysBetween';

const weekday = (iso: string) => new Date(toUtcMs(iso)).getUTCDay();
const isWeekend = (iso: string) => weekday(iso) === 0 || weekday(iso) === 6;
const span = (from: string, to: string) => {
  const out: string[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) out.push(d);
  return out;
};
const issueOf = (fn: () => unknown): ChisoIssue => {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(ChisoError);
    return (error as ChisoError).issues[0] as ChisoIssue;
  }
  throw new Error('expected a ChisoError');
};
const statutory = (year: number, options = {}) => publicHolidays(year, { compensatory: false, ...options });
const count = (year: number, occasion: string) => statutory(year).filter((h) => h.occasion === occasion).length;
const inLieu = (year: number, options = {}) => publicHolidays(year, options).filter((h) => h.kind === 'compensatory').map((h) => [h.date, h.occasion]);

describe('holidayLaw (data)', () => {
  it('is valid, in order, and each rule cites its law, article and the day it took effect', () => {
    expect(HolidayLawSchema.parse(holidayLaw)).toEqual(holidayLaw);
    expect(holidayLaw.map((r) => [r.from, r.source.document.match(/\d+\/\d{4}\/QH\d+|1994/)?.[0], r.source.section.match(/Điều \d+/)?.[0]])).toEqual([
      ['1995-01-01', '1994', 'Điều 73'], // Bộ luật Lao động 1994, in force 01/01/1995
      ['2007-04-02', '84/2007/QH11', 'Điều 73'], // Luật 84/2007/QH11 of 02/4/2007, "có hiệu lực từ ngày công bố"
      ['2013-05-01', '10/2012/QH13', 'Điều 115'], // in force 01/5/2013
      ['2021-01-01', '45/2019/QH14', 'Điều 112'], // in force 01/01/2021
    ]);
    // What the search could not confirm is said in the data, not hidden.
    expect(holidayLaw[0]!.note).toMatch(/UNCONFIRMED/);
    expect(holidayLaw[1]!.note).toMatch(/UNCONFIRMED/);
  });
});

describe('the number of holidays per year under each code', () => {
  // Art. 73 (1994): Tết Dương lịch 1, Tết âm lịch 4, 30/4, 1/5, 2/9 = 8. Law 84/2007 adds Giỗ Tổ = 9.
  // Art. 115.1 (2012, from 1/5/2013): Tết 5 = 10. Art. 112.1 (2019, from 1/1/2021): Quốc khánh 2 = 11.
  const expected = (year: number) => {
    const tet = year <= 2013 ? 4 : 5; // Tết 2013 (February) was before 1 May 2013
    const hungKings = year >= 2007 ? 1 : 0; // Giỗ Tổ 2007 was 26/4/2007, after the amendment of 2/4/2007
    const nationalDay = year >= 2021 ? 2 : 1;
    return { 'new-year': 1, tet, 'hung-kings': hungKings, victory: 1, labour: 1, 'national-day': nationalDay, total: 3 + tet + hungKings + nationalDay };
  };
  it('every year 1995–2199, occasion by occasion', () => {
    for (let year = 1995; year <= 2199; year += 1) {
      const days = statutory(year);
      const counts = Object.fromEntries(['new-year', 'tet', 'hung-kings', 'victory', 'labour', 'national-day'].map((o) => [o, days.filter((h) => h.occasion === o).length]));
      expect({ ...counts, total: days.length }, String(year)).toEqual(expected(year));
    }
  });
  it('8, 9, 10 and 11 days under the four rules', () => {
    expect([1995, 2006, 2007, 2012, 2013, 2014, 2020, 2021, 2026].map((y) => statutory(y).length)).toEqual([8, 8, 9, 9, 9, 10, 10, 11, 11]);
  });
});

describe('Quốc khánh: one day before 2021, two from 2021', () => {
  it('2/9 alone in 1995–2020; 2/9 and 1/9 or 3/9 from 2021', () => {
    for (let year = 1995; year <= 2020; year += 1) expect(statutory(year).filter((h) => h.occasion === 'national-day').map((h) => h.date)).toEqual([`${year}-09-02`]);
    for (let year = 2021; year <= 2199; year += 1) {
      const days = statutory(year).filter((h) => h.occasion === 'national-day').map((h) => h.date);
      expect(days).toHaveLength(2);
      expect(days).toContain(`${year}-09-02`);
      expect([`${year}-09-01`, `${year}-09-03`]).toContain(days.find((d) => d !== `${year}-09-02`));
    }
  });
  it('the issue: 3/9/2019 and 1/9/2020 (Tuesdays) were working days — no second National Day before 2021', () => {
    expect([weekday('2019-09-03'), weekday('2020-09-01')]).toEqual([2, 2]);
    expect(isWorkingDay('2019-09-03')).toBe(true);
    expect(isWorkingDay('2020-09-01')).toBe(true);
    expect(isWorkingDay('2019-09-02')).toBe(false);
    // From 2021 the adjacent day is off: 2/9/2021 a Thursday, 3/9/2021 the day next to it.
    expect(isWorkingDay('2021-09-03')).toBe(false);
    // A dossier received Friday 30/8/2019 with 2 working days: Tuesday 3/9 counts (2/9 does not).
    expect(addWorkingDays('2019-08-30', 2)).toBe('2019-09-04');
    expect(workingDaysBetween('2020-08-28', '2020-09-04')).toBe(4); // Mon 31/8, Tue 1/9, Thu 3/9, Fri 4/9
  });
});

describe('Tết: four days until 1 May 2013, five after', () => {
  it('1995–2013: the last day of the lunar year and mùng 1–3 (Art. 73: "một ngày cuối năm và ba ngày đầu năm")', () => {
    for (let year = 1995; year <= 2013; year += 1) {
      const tet = statutory(year).filter((h) => h.occasion === 'tet').map((h) => h.date);
      const first = fromLunar({ year, month: 1, day: 1 });
      expect(tet, String(year)).toEqual([addDays(first, -1), first, addDays(first, 1), addDays(first, 2)]);
      expect(toLunar(tet[0]!).month).toBe(12);
    }
  });
  it('2014–2199: five days (Art. 115.1, then 112.1); by default 2 before and 3 after', () => {
    for (let year = 2014; year <= 2199; year += 1) {
      const tet = statutory(year).filter((h) => h.occasion === 'tet').map((h) => h.date);
      const first = fromLunar({ year, month: 1, day: 1 });
      expect(tet, String(year)).toEqual([-2, -1, 0, 1, 2].map((i) => addDays(first, i)));
    }
  });
  it('the split is a choice only where the law leaves it (Decree 45/2013 Art. 8: 1+4 or 2+3; Art. 112.3)', () => {
    const tet = (year: number, options = {}) => statutory(year, options).filter((h) => h.occasion === 'tet').map((h) => toLunar(h.date).day);
    // 2015, Labour Code 2012: one day before and four after, when the employer chose so.
    expect(tet(2015, { tetDaysBefore: 1 })).toEqual([toLunar(addDays(fromLunar({ year: 2015, month: 1, day: 1 }), -1)).day, 1, 2, 3, 4]);
    // 2010, Labour Code 1994 as amended: the law fixes the split; the choice does not apply.
    expect(tet(2010, { tetDaysBefore: 0 })).toEqual(tet(2010));
    // A rule with fewer Tết days than the choice asks for is an error naming the option.
    const short: HolidayLawRule = { ...holidayLaw[3]!, days: [{ kind: 'tet', occasion: 'tet', days: 3, before: 1, split: 'decided' }] };
    expect(issueOf(() => publicHolidays(2025, { law: [short], tetDaysBefore: 4 }))).toMatchObject({ code: 'out_of_range', path: ['options', 'tetDaysBefore'] });
  });
});

describe('Giỗ Tổ Hùng Vương: a paid holiday from the 2007 amendment (Law 84/2007/QH11)', () => {
  it('none in 1995–2006; one every year from 2007, on 10/3 âm lịch', () => {
    for (let year = 1995; year <= 2006; year += 1) expect(count(year, 'hung-kings')).toBe(0);
    for (let year = 2007; year <= 2199; year += 1) {
      expect(statutory(year).filter((h) => h.occasion === 'hung-kings').map((h) => h.date)).toEqual([fromLunar({ year, month: 3, day: 10, leap: false })]);
    }
    expect(fromLunar({ year: 2007, month: 3, day: 10 })).toBe('2007-04-26');
  });
  it('Friday 7/4/2006 (10/3 Bính Tuất) was a working day; Thursday 26/4/2007 was not', () => {
    expect(fromLunar({ year: 2006, month: 3, day: 10 })).toBe('2006-04-07');
    expect(isWorkingDay('2006-04-07')).toBe(true);
    expect(isWorkingDay('2007-04-26')).toBe(false);
  });
});

describe('compensation as each code says', () => {
  it('Labour Code 1994, Art. 73: "nghỉ bù vào ngày tiếp theo"', () => {
    // 1/1/1995 a Sunday → Monday 2/1; 30/4/1995 a Sunday, 1/5 a holiday → Tuesday 2/5; 2/9/1995 a Saturday → Monday 4/9.
    expect(inLieu(1995)).toEqual([
      ['1995-01-02', 'new-year'],
      ['1995-05-02', 'victory'],
      ['1995-09-04', 'national-day'],
    ]);
    // A Sunday-only employer: Saturday 2/9/1995 is a working day, so no day in lieu.
    expect(inLieu(1995, { weekend: [0] })).toEqual([
      ['1995-01-02', 'new-year'],
      ['1995-05-02', 'victory'],
    ]);
  });
  it('as amended in 2007: Giỗ Tổ on Saturday 31/3/2012 → Monday 2/4/2012', () => {
    expect(inLieu(2012).filter(([, o]) => o === 'hung-kings')).toEqual([['2012-04-02', 'hung-kings']]);
  });
  it('Labour Code 2012, Art. 115.3: "nghỉ bù vào ngày kế tiếp"', () => {
    // 2/9/2018 a Sunday → Monday 3/9 (the 2018 schedule, as reported: 1–3/9/2018), for a Sunday-only employer too.
    expect(inLieu(2018).filter(([, o]) => o === 'national-day')).toEqual([['2018-09-03', 'national-day']]);
    expect(inLieu(2018, { weekend: [0] }).filter(([, o]) => o === 'national-day')).toEqual([['2018-09-03', 'national-day']]);
    // Tết 2020: mùng 1 and 2 on Saturday 25 and Sunday 26/1 → Tuesday 28 and Wednesday 29/1, after mùng 3
    // (4544/TB-LĐTBXH, 25/10/2019: off from 23/1 to 29/1/2020).
    expect(inLieu(2020).filter(([, o]) => o === 'tet')).toEqual([
      ['2020-01-28', 'tet'],
      ['2020-01-29', 'tet'],
    ]);
    expect(span('2020-01-23', '2020-01-29').every((d) => !isWorkingDay(d))).toBe(true);
    expect([isWorkingDay('2020-01-22'), isWorkingDay('2020-01-30')]).toEqual([true, true]);
  });
  it('Labour Code 2019, Art. 111.3: "nghỉ bù … vào ngày làm việc kế tiếp"', () => {
    // 1/5/2021 a Saturday → Monday 3/5/2021.
    expect(inLieu(2021).filter(([, o]) => o === 'labour')).toEqual([['2021-05-03', 'labour']]);
  });
  it('a day in lieu is listed under the rule of the holiday it makes up; none when asked, or when a rule gives none', () => {
    expect(publicHolidays(1995).find((h) => h.date === '1995-01-02')?.law).toBe('labour-code-1994-art73');
    expect(inLieu(1995, { compensatory: false })).toEqual([]);
    const none: HolidayLawRule = { ...holidayLaw[0]!, compensation: { kind: 'none', section: 'x' } };
    expect(inLieu(1995, { law: [none] })).toEqual([]);
  });
});

// The shipped official schedules, as their letters state them (unchanged by this work).
const SHIPPED: [number, string, string, string, string, string[]][] = [
  [2024, 'tet', '8662/VPCP-KGVX', '2023-11-03', '2024-02-08..2024-02-14', []],
  [2024, 'national-day', '8662/VPCP-KGVX', '2023-11-03', '2024-08-31..2024-09-03', []],
  [2024, 'victory+labour', '2450/VPCP-KGVX', '2024-04-12', '2024-04-27..2024-05-01', ['2024-05-04']],
  [2025, 'tet', '8726/VPCP-KGVX', '2024-11-26', '2025-01-25..2025-02-02', []],
  [2025, 'victory+labour', '8726/VPCP-KGVX', '2024-11-26', '2025-04-30..2025-05-04', ['2025-04-26']],
  [2025, 'national-day', '8726/VPCP-KGVX', '2024-11-26', '2025-08-30..2025-09-02', []],
  [2026, 'new-year', '12729/VPCP-KGVX', '2025-12-25', '2026-01-01..2026-01-04', ['2026-01-10']],
  [2026, 'tet', 'Văn phòng Chính phủ', '', '2026-02-14..2026-02-22', []],
  [2026, 'national-day', 'Văn phòng Chính phủ', '', '2026-08-29..2026-09-02', ['2026-08-22']],
];

describe('the official schedules shipped (2024–2026) are unchanged, and still decide their days', () => {
  it('every schedule, as its letter states it', () => {
    expect(officialSchedules.map((s) => OfficialScheduleSchema.parse(s))).toEqual(officialSchedules);
    expect(
      officialSchedules.map((s) => {
        const off = s.days.filter((d) => d.kind === 'off').map((d) => d.date);
        return [s.year, s.occasions.join('+'), s.source.document.includes('VPCP-KGVX') ? s.source.document : 'Văn phòng Chính phủ', s.source.date ?? '', `${off[0]}..${off[off.length - 1]}`, s.days.filter((d) => d.kind === 'work').map((d) => d.date)];
      }),
    ).toEqual(SHIPPED);
    for (const s of officialSchedules) {
      const off = s.days.filter((d) => d.kind === 'off').map((d) => d.date);
      expect(off).toEqual(span(off[0]!, off[off.length - 1]!));
    }
  });
  it('by default every day of a break is off and every Saturday worked is a working day', () => {
    for (const [, , , , range, work] of SHIPPED) {
      const [from, to] = range.split('..') as [string, string];
      for (const d of span(from, to)) expect(isWorkingDay(d), d).toBe(false);
      for (const d of work) expect(isWorkingDay(d), d).toBe(true);
    }
  });
});

describe('days before the earliest rule are refused, unless the caller gives a calendar of their own', () => {
  const name = { vi: 'Nghỉ', en: 'Off' };
  it('publicHolidays(1994) and the working-day functions say why', () => {
    expect(issueOf(() => publicHolidays(1994))).toMatchObject({ code: 'out_of_range', path: ['year'], received: '1994' });
    expect(issueOf(() => publicHolidays(1994)).message).toMatch(/^Expected year to be a year from 1995 \(the earliest holiday rule of the calendar, Bộ luật Lao động 1994.*Điều 73, took effect on 1995-01-01\).*`law`.*`rule: false`.* but got "1994"\.$/);
    expect(issueOf(() => isWorkingDay('1994-12-30'))).toMatchObject({ code: 'out_of_range', path: ['date'], field: 'date', received: '1994-12-30' });
    expect(issueOf(() => addWorkingDays('1994-12-30', 1))).toMatchObject({ code: 'out_of_range', path: ['date'] });
    // Going back from Tuesday 3/1/1995 past the first rule: 2/1 (in lieu of 1/1) and 1/1 are off, then 1994.
    expect(addWorkingDays('1995-01-04', -1)).toBe('1995-01-03');
    expect(issueOf(() => addWorkingDays('1995-01-03', -1))).toMatchObject({ code: 'out_of_range', path: ['n'] });
    expect(issueOf(() => workingDaysBetween('1994-12-31', '1995-01-10'))).toMatchObject({ path: ['a'] });
    expect(issueOf(() => workingDaysBetween('1995-01-10', '1990-01-01'))).toMatchObject({ path: ['b'] });
  });
  it('rule: false, a law of one’s own, or an adjustment for the day decides it', () => {
    expect(isWorkingDay('1994-12-30', { rule: false })).toBe(true); // a Friday
    expect(workingDaysBetween('1990-01-01', '1990-12-31', { rule: false, schedules: [] })).toBe(260);
    const own: HolidayLawRule = { ...holidayLaw[0]!, id: 'own-1990', from: '1990-01-01' };
    const law = [own, ...holidayLaw.slice(1)];
    expect(publicHolidays(1994, { law }).map((h) => h.date)).toContain('1994-09-02');
    expect(isWorkingDay('1994-09-02', { law })).toBe(false);
    expect(isWorkingDay('1994-12-30', { adjustments: [{ date: '1994-12-30', kind: 'off', name }] })).toBe(false);
  });
  it('measureDossiers: a dossier whose working days reach before the law is a bad record (reported, not counted); rule: false counts it', () => {
    const record = { id: 'HS-1', unit: 'xa-a', procedure: '1.001612', receivedAt: '1994-06-01', channel: 'online', serviceLevel: 'full-online', processingDays: 3, state: 'completed', completedAt: '1994-06-03' } as const;
    const options = { period: 1994, asOf: '1994-12-31' };
    expect(measureDossiers([record], options)).toMatchObject({ counts: { read: 1, measured: 0, rejected: 1 }, issues: [{ code: 'out_of_range', path: ['records', 0, 'receivedAt'], index: 0, id: 'HS-1' }] });
    expect(measureDossiers([record], { ...options, calendar: { rule: false } }).counts).toEqual({ read: 1, measured: 1, rejected: 0 });
  });
});

describe('a rule added as data: 24/11, Ngày Văn hóa Việt Nam, from the day an amended code takes effect', () => {
  // The day is invented here (no amendment is in force): 1 January 2030.
  const culture = { id: 'culture-day', name: { vi: 'Ngày Văn hóa Việt Nam', en: 'Vietnam Culture Day' } };
  const current = holidayLaw[holidayLaw.length - 1]!;
  const amended: HolidayLawRule = {
    ...current,
    id: 'labour-code-amended-culture-day',
    from: '2030-01-01',
    source: { document: 'Bộ luật Lao động (sửa đổi) — example', section: 'Điều 112 khoản 1' },
    occasions: [...current.occasions, culture],
    days: [...current.days, { kind: 'fixed', occasion: 'culture-day', month: 11, day: 24 }],
  };
  const law = [...holidayLaw, amended];
  it('from its day, not before; with a day in lieu when it falls on a weekend', () => {
    expect(publicHolidays(2029, { law }).some((h) => h.occasion === 'culture-day')).toBe(false);
    // 24/11/2030 is a Sunday: a day off in lieu on Monday 25/11.
    expect(publicHolidays(2030, { law }).filter((h) => h.occasion === 'culture-day').map((h) => [h.date, h.kind, h.name.vi, h.law])).toEqual([
      ['2030-11-24', 'fixed', 'Ngày Văn hóa Việt Nam (24/11)', 'labour-code-amended-culture-day'],
      ['2030-11-25', 'compensatory', 'Nghỉ bù Ngày Văn hóa Việt Nam (24/11)', 'labour-code-amended-culture-day'],
    ]);
    expect([isWorkingDay('2031-11-24', { law }), isWorkingDay('2031-11-24')]).toEqual([false, true]); // a Monday
    expect(statutory(2030, { law })).toHaveLength(12);
  });
  it('a schedule may cover the new occasion once the law names it', () => {
    const schedule: OfficialSchedule = {
      year: 2031,
      occasions: ['culture-day'],
      source: { document: 'example', section: 'x' },
      days: [{ date: '2031-11-24', kind: 'off', name: { vi: 'Nghỉ', en: 'Off' } }, { date: '2031-11-25', kind: 'off', name: { vi: 'Nghỉ', en: 'Off' } }],
    };
    expect(isWorkingDay('2031-11-25', { law, schedules: [schedule] })).toBe(false);
    expect(issueOf(() => workingCalendar({ schedules: [schedule] }))).toMatchObject({ code: 'unknown_occasion', path: ['options', 'schedules', 0, 'occasions', 0] });
  });
  it('a malformed law is a ChisoError naming the field', () => {
    expect(issueOf(() => workingCalendar({ law: [amended, ...holidayLaw] }))).toMatchObject({ code: 'out_of_order', path: ['options', 'law', 1, 'from'] });
    expect(issueOf(() => workingCalendar({ law: [{ ...amended, days: [{ kind: 'fixed', occasion: 'unknown', month: 1, day: 1 }] }] }))).toMatchObject({ code: 'unknown_occasion', path: ['options', 'law', 0, 'days', 0, 'occasion'] });
    expect(issueOf(() => workingCalendar({ law: [{ ...amended, days: [{ kind: 'fixed', occasion: 'culture-day', month: 2, day: 29 }] }] }))).toMatchObject({ path: ['options', 'law', 0, 'days', 0, 'day'] });
    expect(issueOf(() => publicHolidays(2030, { law: [] }))).toMatchObject({ path: ['options', 'law'] });
  });
});

describe('properties', () => {
  it('every day 1995–2199: isWorkingDay agrees with publicHolidays and the official schedules', () => {
    // The expected days off, built from publicHolidays year by year: a schedule's days decide
    // themselves; a holiday a schedule covers that year is replaced by the schedule.
    const scheduled = new Map(officialSchedules.flatMap((s) => s.days.map((d) => [d.date, d.kind] as const)));
    const covered = new Set(officialSchedules.flatMap((s) => s.occasions.map((o) => `${s.year} ${o}`)));
    const off = new Set<string>();
    for (let year = 1995; year <= 2199; year += 1) for (const h of publicHolidays(year)) if (!covered.has(`${year} ${h.occasion}`)) off.add(h.date);
    const expected = (d: string) => scheduled.get(d) ?? (off.has(d) || isWeekend(d) ? 'off' : 'work');

    // 1. Every day, through the test isWorkingDay itself uses.
    const { isWorking } = workingDayTest(undefined, ['calendar']);
    let days = 0;
    for (let d = '1995-01-01'; d <= '2199-12-31'; d = addDays(d, 1)) {
      days += 1;
      if (isWorking(d) !== (expected(d) === 'work')) expect.fail(`${d}: isWorking ${isWorking(d)}, expected ${expected(d)}`);
    }
    expect(days).toBe(74_875);
    // 2. The public functions: each weekday off is not a working day, and every month's count agrees —
    // together they pin every day of the month.
    for (const d of [...off, ...scheduled.keys()].filter((x) => !isWeekend(x) || scheduled.has(x))) expect(isWorkingDay(d), d).toBe(expected(d) === 'work');
    for (let year = 1995; year <= 2199; year += 1) {
      for (let month = 1; month <= 12; month += 1) {
        const first = `${year}-${String(month).padStart(2, '0')}-01`;
        const next = month === 12 ? `${year + 1}-01-01` : `${year}-${String(month + 1).padStart(2, '0')}-01`;
        const last = addDays(next, -1);
        const want = span(first, last).filter((d) => expected(d) === 'work').length;
        // workingDaysBetween counts (a, b]; the day before 1995-01-01 is refused, so January 1995 counts
        // its first day on its own.
        const got = first === '1995-01-01' ? (isWorkingDay(first) ? 1 : 0) + workingDaysBetween(first, last) : workingDaysBetween(addDays(first, -1), last);
        if (got !== want) expect.fail(`${year}-${month}: ${got} working days, expected ${want}`);
      }
    }
  }, 120_000);

  it('each holiday comes from the rule in force on its day', () => {
    for (let year = 1995; year <= 2199; year += 1) {
      for (const h of publicHolidays(year, { compensatory: false })) {
        const inForce = [...holidayLaw].reverse().find((r) => r.from <= h.date);
        expect(h.law, h.date).toBe(inForce?.id);
      }
    }
  });

  it('a rule added later never changes an earlier day (property)', () => {
    const start = toUtcMs('1996-01-01') / 86_400_000;
    const end = toUtcMs('2199-01-01') / 86_400_000;
    const day = fc.integer({ min: start, max: end }).map((n) => new Date(n * 86_400_000).toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, fc.integer({ min: 1, max: 400 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }), (from, back, month, dayOfMonth) => {
        const current = holidayLaw[holidayLaw.length - 1]!;
        const later: HolidayLawRule = {
          ...current,
          id: 'later',
          from: from < current.from ? addDays(current.from, 1) : from,
          occasions: [...current.occasions, { id: 'extra', name: { vi: 'Ngày thêm', en: 'Extra day' } }],
          days: [...current.days, { kind: 'fixed', occasion: 'extra', month, day: dayOfMonth }],
        };
        const before = addDays(later.from, -back);
        expect(isWorkingDay(before, { law: [...holidayLaw, later] })).toBe(isWorkingDay(before));
      }),
      { numRuns: 150, seed: 19 },
    );
  });
});
