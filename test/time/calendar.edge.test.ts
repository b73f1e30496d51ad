// @zone-sensitive: reads civil dates and deadlines through the time stage.
// @zone-sensitive: the time stage.
import { describe, expect, it } from 'vitest';
import { vinhPhuc302Reporting } from '../../src/catalogs/reportingRegimes';
import { holidayLaw } from '../../src/catalogs/holidayLaw';
import { officialSchedules } from '../../src/catalogs/officialSchedules';
import { ChisoError, type ChisoIssue } from '../../src/errors';
import { addWorkingDays } from '../../src/time/addWorkingDays';
import { fromLunar } from '../../src/time/fromLunar';
import { isWorkingDay } from '../../src/time/isWorkingDay';
import { publicHolidays } from '../../src/time/publicHolidays';
import { reportingCalendar } from '../../src/time/reportingCalendar';

function issueOf(fn: () => unknown): ChisoIssue {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(ChisoError);
    return (error as ChisoError).issues[0] as ChisoIssue;
  }
  throw new Error('expected a ChisoError');
}

describe('reportingCalendar: zone and equal deadlines', () => {
  it('the last on-time instant is the end of the day in the zone given', () => {
    // Strict "trước ngày 15/12": the last on-time day is 14/12.
    expect(reportingCalendar(2025, { zone: 'UTC' })[0]).toMatchObject({ deadline: '2025-12-14', deadlineAt: '2025-12-14T23:59:59.999+00:00' });
    expect(reportingCalendar(2025)[0]?.deadlineAt).toBe('2025-12-14T23:59:59.999+07:00');
  });
  it('two steps due the same day keep the regime order', () => {
    const [first, second] = vinhPhuc302Reporting;
    const regime = [
      { ...second!, id: 'b-second', when: 'trước ngày 15/12' },
      { ...first!, id: 'a-first', when: 'trước ngày 15/12' },
    ];
    expect(reportingCalendar(2025, { regime }).map((d) => [d.id, d.deadline])).toEqual([
      ['b-second', '2025-12-14'],
      ['a-first', '2025-12-14'],
    ]);
  });
});

describe('working calendar: duplicates, range', () => {
  it('two schedules listing one day is an error naming the second', () => {
    const [a] = officialSchedules;
    const copy = { ...a!, occasions: ['hung-kings' as const], days: [a!.days[0]!] };
    expect(issueOf(() => isWorkingDay('2024-02-08', { schedules: [a!, copy] }))).toMatchObject({
      code: 'duplicate',
      path: ['calendar', 'schedules', 1, 'days', 0, 'date'],
      message: 'Expected calendar.schedules[1].days[0].date to be a date no other schedule day has but got "2024-02-08".',
    });
  });
  it('a start date outside 1900–2199 is out of range', () => {
    expect(issueOf(() => addWorkingDays('1899-12-29', 3))).toMatchObject({ code: 'out_of_range', path: ['date'], message: 'Expected date to be a date from 1900-01-01 to 2199-12-31 but got "1899-12-29".' });
  });
});

describe('fromLunar: a leap month named in the error', () => {
  it('day 30 of the 29-day leap month 2 of 2023', () => {
    expect(issueOf(() => fromLunar({ year: 2023, month: 2, day: 30, leap: true })).message).toBe(
      'Expected lunarDate.day to be at most 29 (leap month 2 of lunar year 2023 has 29 days) but got "30".',
    );
  });
});

describe('publicHolidays: two holidays on one day', () => {
  // No year under the law (1995–2199) has Giỗ Tổ on 30/4; 1917 did, so the test gives a law of its own
  // (the 2019 rule, as if in force from 1900): chiso refuses 1917 under the shipped law.
  it('in 1917 the 10th day of the 3rd lunar month fell on 30 April: both holidays are listed, Hùng Kings first (rule order)', () => {
    const law = [{ ...holidayLaw[3]!, from: '1900-01-01' }];
    const spring = publicHolidays(1917, { law }).filter((h) => h.date >= '1917-04-29' && h.date <= '1917-05-02');
    expect(spring.map((h) => [h.date, h.occasion])).toEqual([
      ['1917-04-30', 'hung-kings'],
      ['1917-04-30', 'victory'],
      ['1917-05-01', 'labour'],
    ]);
  });
});
