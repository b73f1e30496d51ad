// @zone-independent: calendar days are civil dates (YYYY-MM-DD); no instant is read in the host's zone.
// The working-day table against chiso's own calendar functions (isWorkingDay, addWorkingDays,
// workingDaysBetween, publicHolidays) and against facts of the sources: the 2025 official schedule
// (Tết 25/01–02/02, the 30/4–1/5 break 30/4–04/5 with Saturday 26/4 worked in exchange).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addWorkingDays, isWorkingDay, publicHolidays, workingDaysBetween } from '../../src/index';
import { workingDayRows, workingDaysCsv, workingDaysSql } from '../../src/sql/index';
import { issuesOf } from '../helpers';

describe('workingDayRows', () => {
  const year = workingDayRows('2024-12-20', '2026-01-10');

  it('marks each day as isWorkingDay does, with the weekday of the date', () => {
    for (const d of year) {
      expect(d.working, d.date).toBe(isWorkingDay(d.date));
      expect(d.weekday).toBe(new Date(`${d.date}T00:00:00Z`).getUTCDay());
    }
  });

  it('numbers working days so that the N-th working day after a day is addWorkingDays’ deadline', () => {
    const byDate = new Map(year.map((d) => [d.date, d]));
    fc.assert(fc.property(fc.integer({ min: 0, max: 300 }), fc.integer({ min: 1, max: 40 }), (i, n) => {
      const a = year[i] as (typeof year)[number];
      const due = year.find((d) => d.working && d.ordinal === a.ordinal + n);
      expect(due?.date).toBe(addWorkingDays(a.date, n));
      const b = year[i + n] as (typeof year)[number];
      expect(b.ordinal - a.ordinal).toBe(workingDaysBetween(a.date, b.date));
      expect(byDate.get(a.date)).toBe(a);
    }), { seed: 20261204, numRuns: 200 });
  });

  it('names the days of the 2025 official schedule', () => {
    const named = (date: string) => year.find((d) => d.date === date);
    expect(named('2025-01-29')).toMatchObject({ working: false, holiday: 'Nghỉ Tết Âm lịch (25/01–02/02/2025)' });
    expect(named('2025-04-26')).toMatchObject({ working: true, holiday: 'Làm bù cho thứ Sáu 02/5/2025', weekday: 6 });
    expect(named('2025-05-02')).toMatchObject({ working: false, weekday: 5 });
    // An ordinary Saturday and an ordinary Monday carry no name.
    expect(named('2025-03-08')).toMatchObject({ working: false, holiday: null });
    expect(named('2025-03-10')).toMatchObject({ working: true, holiday: null });
  });

  it('names the law’s holidays where no schedule covers them (schedules: [])', () => {
    const rows = workingDayRows('2027-01-01', '2027-12-31', { schedules: [] });
    const off = rows.filter((d) => !d.working && d.weekday !== 0 && d.weekday !== 6);
    // Every weekday off is a holiday or day in lieu of the law, and has its name.
    for (const d of off) expect(d.holiday, d.date).not.toBeNull();
    for (const h of publicHolidays(2027)) expect(rows.find((d) => d.date === h.date)?.holiday).toBe(h.name.vi);
  });

  it('covers 1900–2199 with a calendar of weekends only, and refuses days before the shipped law', () => {
    const all = workingDayRows('1900-01-01', '2199-12-31', { rule: false });
    // 300 years of the Gregorian calendar: 300 × 365 + 73 leap days (every fourth year 1904–2196,
    // less 2100; 1900 is not one).
    expect(all).toHaveLength(300 * 365 + 73);
    expect(all.at(-1)?.date).toBe('2199-12-31');
    expect(all.filter((d) => d.working).length).toBe(all.at(-1)?.ordinal);
    expect(issuesOf(() => workingDayRows('1994-12-30', '1995-01-02'))[0]?.code).toBe('out_of_range');
    expect(issuesOf(() => workingDayRows('2025-01-02', '2025-01-01'))[0]?.path).toEqual(['to']);
    expect(issuesOf(() => workingDayRows('2025-02-29', '2025-03-01'))[0]?.path).toEqual(['from']);
    expect(issuesOf(() => workingDayRows('2025-01-01', '2200-01-01'))[0]?.path).toEqual(['to']);
  });
});

describe('workingDaysCsv and workingDaysSql', () => {
  it('write the same rows as text', () => {
    const rows = workingDayRows('2025-04-25', '2025-05-06');
    const csv = workingDaysCsv('2025-04-25', '2025-05-06').trimEnd().split('\n');
    expect(csv[0]).toBe('date,weekday,working,holiday,ordinal');
    expect(csv.slice(1)).toEqual(rows.map((d) => [d.date, d.weekday, d.working, d.holiday ?? '', d.ordinal].join(',')));
    const sql = workingDaysSql('2025-04-25', '2025-05-06', { batch: 5, table: "wd'; --" });
    // 12 days in batches of 5: three INSERTs, after the CREATE TABLE.
    expect(sql.match(/^INSERT INTO "wd'; --"/gm)).toHaveLength(3);
    expect(sql.split('\n')[0]).toBe(`CREATE TABLE "wd'; --" (date DATE PRIMARY KEY, weekday SMALLINT NOT NULL, working BOOLEAN NOT NULL, holiday TEXT, ordinal INTEGER NOT NULL);`);
  });

  it('quotes a holiday name with a comma or quote in CSV and SQL', () => {
    const adjustments = [{ date: '2031-03-03', kind: 'off' as const, name: { vi: 'Nghỉ "bù", một ngày; O\'Brien', en: 'x' } }];
    const csv = workingDaysCsv('2031-03-03', '2031-03-03', { adjustments });
    expect(csv.split('\n')[1]).toBe('2031-03-03,1,false,"Nghỉ ""bù"", một ngày; O\'Brien",0');
    expect(workingDaysSql('2031-03-03', '2031-03-03', { calendar: { adjustments } })).toContain(`'Nghỉ "bù", một ngày; O''Brien'`);
  });
});
