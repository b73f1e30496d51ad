// @zone-sensitive: reads Dates in a calendar's zone and counts working days.
// @zone-sensitive: the time stage.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { holidayLaw } from '../../src/catalogs/holidayLaw';
import { officialSchedules } from '../../src/catalogs/officialSchedules';
import { ChisoError } from '../../src/errors';
import { addDays, fromUtcMs, toUtcMs } from '../../src/_shared/dates';
import { WorkingCalendarSchema, type OfficialSchedule } from '../../src/model/calendar';
import { addWorkingDays } from '../../src/time/addWorkingDays';
import { isWorkingDay } from '../../src/time/isWorkingDay';
import { workingCalendar } from '../../src/time/workingCalendar';
import { workingDaysBetween } from '../../src/time/workingDaysBetween';

/** The Labour Code rule alone, without the official schedules. */
const RULE = { schedules: [] };

const path = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(ChisoError);
    return (e as ChisoError).issues[0]?.path;
  }
  throw new Error('expected a ChisoError');
};

describe('the issue: a dossier received on the last working day before Tết, due in 3 working days', () => {
  // Tết 2025 (mùng 1 = Wednesday 29/1/2025).
  // Rule (Labour Code defaults): Tết days are 28 and 29 tháng Chạp and mùng 1–3 = Monday 27/1 – Friday 31/1,
  // with the weekends 25–26/1 and 1–2/2 around them. The last working day before is Friday 24/1. Not
  // counting the day received (BLDS 2015, Art. 147): Monday 3/2 (1), Tuesday 4/2 (2), Wednesday 5/2 (3).
  // Official (8726/VPCP-KGVX: off 25/1 – 2/2/2025): the same days, so the same due date, 5/2.
  // Rule with tetDaysBefore 1 (29 tháng Chạp – mùng 4 = Tuesday 28/1 – Saturday 1/2, mùng 4 made up on
  // Monday 3/2): the last working day before is Monday 27/1; 4/2 (1), 5/2 (2), 6/2 (3) → Thursday 6/2.
  // The official schedule overrides that rule: 27/1 is a day off, the last working day is 24/1 → 5/2, and
  // a dossier received on 27/1 anyway is due on 3/2 (1), 4/2 (2), 5/2 (3) → 5/2, not 6/2.
  it('2025', () => {
    expect(addWorkingDays('2025-01-24', 3, RULE)).toBe('2025-02-05');
    expect(addWorkingDays('2025-01-24', 3)).toBe('2025-02-05');
    expect(addWorkingDays('2025-01-24', 3, workingCalendar())).toBe('2025-02-05');

    const early = { rule: { tetDaysBefore: 1 }, schedules: [] };
    expect(isWorkingDay('2025-01-27', early)).toBe(true);
    expect(addWorkingDays('2025-01-28', -1, early)).toBe('2025-01-27');
    expect(addWorkingDays('2025-01-27', 3, early)).toBe('2025-02-06');

    const overridden = { rule: { tetDaysBefore: 1 } };
    expect(isWorkingDay('2025-01-27', overridden)).toBe(false);
    expect(addWorkingDays('2025-01-28', -1, overridden)).toBe('2025-01-24');
    expect(addWorkingDays('2025-01-27', 3, overridden)).toBe('2025-02-05');
    expect(addWorkingDays('2025-01-24', 3, overridden)).toBe('2025-02-05');
  });

  // Tết 2026 (mùng 1 = Tuesday 17/2/2026; tháng Chạp Ất Tỵ has 29 days).
  // Rule: 28 and 29 tháng Chạp (Sunday 15/2, Monday 16/2) and mùng 1–3 (17–19/2); 15/2 is a Sunday, made
  // up on Friday 20/2: off Saturday 14/2 – Sunday 22/2. Last working day before: Friday 13/2. Due: Monday
  // 23/2 (1), Tuesday 24/2 (2), Wednesday 25/2 (3).
  // Official (VPCP, October 2025: off 14/2 – 22/2/2026): the same → 25/2.
  // Rule with tetDaysBefore 0 (mùng 1–5 = 17/2 – Saturday 21/2, made up on Monday 23/2): the last working
  // day before is Monday 16/2; 24/2 (1), 25/2 (2), 26/2 (3) → Thursday 26/2. Overridden by the official
  // schedule: 16/2 is off; a dossier received then is due 23/2 (1), 24/2 (2), 25/2 (3) → 25/2.
  // A province's own extra day off on Monday 23/2 (an adjustment) moves the due date to Thursday 26/2.
  it('2026', () => {
    expect(addWorkingDays('2026-02-13', 3, RULE)).toBe('2026-02-25');
    expect(addWorkingDays('2026-02-13', 3)).toBe('2026-02-25');
    expect(addWorkingDays('2026-02-14', -1, RULE)).toBe('2026-02-13');

    const late = { rule: { tetDaysBefore: 0 }, schedules: [] };
    expect(addWorkingDays('2026-02-17', -1, late)).toBe('2026-02-16');
    expect(addWorkingDays('2026-02-16', 3, late)).toBe('2026-02-26');
    expect(addWorkingDays('2026-02-16', 3, { rule: { tetDaysBefore: 0 } })).toBe('2026-02-25');

    const provincial = { adjustments: [{ date: '2026-02-23', kind: 'off' as const, name: { vi: 'Nghỉ bổ sung của tỉnh', en: 'Provincial extra day off' } }] };
    expect(addWorkingDays('2026-02-13', 3, provincial)).toBe('2026-02-26');
  });
});

describe('isWorkingDay: official schedules override the rule', () => {
  it('the weekly rest days, the rule’s holidays and days in lieu', () => {
    expect(isWorkingDay('2025-03-07')).toBe(true); // Friday
    expect(isWorkingDay('2025-03-08')).toBe(false); // Saturday
    expect(isWorkingDay('2025-03-09')).toBe(false); // Sunday
    expect(isWorkingDay('2025-04-07')).toBe(false); // Giỗ Tổ Hùng Vương
    expect(isWorkingDay('2026-04-27')).toBe(false); // in lieu of Giỗ Tổ on Sunday 26/4/2026 (no official schedule)
    expect(isWorkingDay('2023-01-02', RULE)).toBe(false); // in lieu of 1/1/2023, a Sunday
  });

  it('swapped days: the Saturday worked and the weekday off (2024, 2025, 2026)', () => {
    // 2450/VPCP-KGVX: Monday 29/4/2024 off, Saturday 4/5/2024 worked.
    expect([isWorkingDay('2024-04-29', RULE), isWorkingDay('2024-04-29')]).toEqual([true, false]);
    expect([isWorkingDay('2024-05-04', RULE), isWorkingDay('2024-05-04')]).toEqual([false, true]);
    // 8726/VPCP-KGVX: Friday 2/5/2025 off, Saturday 26/4/2025 worked.
    expect([isWorkingDay('2025-05-02', RULE), isWorkingDay('2025-05-02')]).toEqual([true, false]);
    expect([isWorkingDay('2025-04-26', RULE), isWorkingDay('2025-04-26')]).toEqual([false, true]);
    // 12729/VPCP-KGVX: Friday 2/1/2026 off, Saturday 10/1/2026 worked.
    expect([isWorkingDay('2026-01-02', RULE), isWorkingDay('2026-01-02')]).toEqual([true, false]);
    expect([isWorkingDay('2026-01-10', RULE), isWorkingDay('2026-01-10')]).toEqual([false, true]);
    // Quốc khánh 2026: Monday 31/8 off, Saturday 22/8 worked.
    expect([isWorkingDay('2026-08-31', RULE), isWorkingDay('2026-08-31')]).toEqual([true, false]);
    expect([isWorkingDay('2026-08-22', RULE), isWorkingDay('2026-08-22')]).toEqual([false, true]);
    expect(workingDaysBetween('2026-08-21', '2026-09-04', RULE)).toBe(8);
    expect(workingDaysBetween('2026-08-21', '2026-09-04')).toBe(8); // one day moved, none lost
  });

  it('a schedule replaces the rule for the holidays it covers (it does not add to it)', () => {
    const afterInstead: OfficialSchedule = {
      year: 2026,
      occasions: ['national-day'],
      source: { document: 'test', section: 'a decision choosing 3/9 instead of 1/9' },
      days: [
        { date: '2026-09-02', kind: 'off', name: { vi: 'Quốc khánh', en: 'National Day' } },
        { date: '2026-09-03', kind: 'off', name: { vi: 'Quốc khánh', en: 'National Day' } },
      ],
    };
    expect(isWorkingDay('2026-09-01', RULE)).toBe(false); // the rule's day next to 2/9
    expect(isWorkingDay('2026-09-01', { schedules: [afterInstead] })).toBe(true);
    expect(isWorkingDay('2026-09-03', { schedules: [afterInstead] })).toBe(false);
    // other holidays of the year still follow the rule
    expect(isWorkingDay('2026-04-30', { schedules: [afterInstead] })).toBe(false);
  });

  it('adjustments come last, over schedules, the rule and the weekend', () => {
    const name = { vi: 'Điều chỉnh', en: 'Adjustment' };
    expect(isWorkingDay('2025-04-26', { adjustments: [{ date: '2025-04-26', kind: 'off', name }] })).toBe(false);
    expect(isWorkingDay('2025-01-29', { adjustments: [{ date: '2025-01-29', kind: 'work', name }] })).toBe(true);
    expect(isWorkingDay('2025-03-08', { adjustments: [{ date: '2025-03-08', kind: 'work', name }] })).toBe(true);
  });

  it('configurable weekly rest days, and no statutory holidays with rule: false', () => {
    expect(isWorkingDay('2025-03-08', { weekend: [0] })).toBe(true);
    expect(isWorkingDay('2025-03-07', { weekend: [5, 6] })).toBe(false);
    expect(isWorkingDay('2027-04-30', { rule: false })).toBe(true); // a Friday; no official schedule for 2027
    expect(isWorkingDay('2025-04-30', { rule: false })).toBe(false); // the official 2025 schedule still applies
    expect(workingDaysBetween('2024-12-31', '2025-12-31', { weekend: [], rule: false, schedules: [] })).toBe(365);
    expect(workingDaysBetween('2024-12-31', '2025-12-31', { rule: false, schedules: [] })).toBe(261);
    // 2025: 261 weekdays, less the rule's 11 holidays (none on a weekend) → 250; the official schedules move
    // Friday 2/5 (off, Saturday 26/4 worked), so the total stays 250.
    expect(workingDaysBetween('2024-12-31', '2025-12-31', RULE)).toBe(250);
    expect(workingDaysBetween('2024-12-31', '2025-12-31')).toBe(250);
  });

  it('a Date is read in the calendar’s zone', () => {
    // 17:30 UTC on Friday 7/3/2025 is 00:30 on Saturday 8/3 in Vietnam.
    expect(isWorkingDay(new Date('2025-03-07T17:30:00Z'))).toBe(false);
    expect(isWorkingDay(new Date('2025-03-07T17:30:00Z'), { zone: 'UTC' })).toBe(true);
    expect(isWorkingDay('2025-03-08T00:30:00+07:00')).toBe(false);
  });
});

describe('addWorkingDays and workingDaysBetween: the Civil Code 2015 count', () => {
  it('the start day is not counted, whether or not it is a working day', () => {
    expect(addWorkingDays('2025-03-03', 1)).toBe('2025-03-04'); // Monday → Tuesday
    expect(addWorkingDays('2025-03-07', 1)).toBe('2025-03-10'); // Friday → Monday
    expect(addWorkingDays('2025-03-08', 1)).toBe('2025-03-10'); // received on Saturday → Monday
    expect(addWorkingDays('2025-03-03', 5)).toBe('2025-03-10');
  });

  it('n = 0: the day itself, or the next working day (Art. 148.5)', () => {
    expect(addWorkingDays('2025-03-07', 0)).toBe('2025-03-07');
    expect(addWorkingDays('2025-03-08', 0)).toBe('2025-03-10');
    expect(addWorkingDays('2025-01-29', 0)).toBe('2025-02-03');
  });

  it('n < 0: the |n|-th working day before', () => {
    expect(addWorkingDays('2025-03-10', -1)).toBe('2025-03-07');
    expect(addWorkingDays('2025-03-09', -1)).toBe('2025-03-07');
    expect(addWorkingDays('2025-02-03', -1)).toBe('2025-01-24');
    expect(addWorkingDays('2025-03-10', -5)).toBe('2025-03-03');
  });

  it('workingDaysBetween counts the working days in (a, b], negative when b is before a', () => {
    expect(workingDaysBetween('2025-03-03', '2025-03-07')).toBe(4);
    expect(workingDaysBetween('2025-03-07', '2025-03-10')).toBe(1);
    expect(workingDaysBetween('2025-03-08', '2025-03-09')).toBe(0);
    expect(workingDaysBetween('2025-03-07', '2025-03-07')).toBe(0);
    expect(workingDaysBetween('2025-03-10', '2025-03-07')).toBe(-1);
    expect(workingDaysBetween('2025-01-24', '2025-02-05')).toBe(3);
    expect(workingDaysBetween('2025-01-24', '2025-02-05', { rule: false, schedules: [] })).toBe(8);
    expect(Object.is(workingDaysBetween('2025-03-09', '2025-03-08'), 0)).toBe(true);
  });

  const day = fc.integer({ min: toUtcMs('2019-01-01') / 86_400_000, max: toUtcMs('2031-12-31') / 86_400_000 }).map((d) => fromUtcMs(d * 86_400_000));
  const calendar = workingCalendar();

  it('addWorkingDays(d, n) is the n-th working day after d (property)', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 1, max: 40 }), (d, n) => {
        const due = addWorkingDays(d, n, calendar);
        expect(isWorkingDay(due, calendar)).toBe(true);
        expect(workingDaysBetween(d, due, calendar)).toBe(n);
        expect(workingDaysBetween(d, addDays(due, -1), calendar)).toBe(n - 1);
      }),
      { numRuns: 150 },
    );
  });

  it('going back from a working day is the inverse, and the count is antisymmetric and additive (property)', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: -40, max: -1 }), day, (d, n, e) => {
        const start = addWorkingDays(d, 0, calendar);
        expect(workingDaysBetween(start, addWorkingDays(start, n, calendar), calendar)).toBe(n);
        expect(workingDaysBetween(d, e, calendar)).toBe(-workingDaysBetween(e, d, calendar) || 0);
        expect(workingDaysBetween(d, e, calendar)).toBe(workingDaysBetween(d, start, calendar) + workingDaysBetween(start, e, calendar));
      }),
      { numRuns: 60 },
    );
  });
});

describe('workingCalendar', () => {
  it('is plain data: it survives JSON, and does not share the shipped catalog', () => {
    const calendar = workingCalendar();
    const copy = JSON.parse(JSON.stringify(calendar));
    expect(copy).toEqual(calendar);
    expect(WorkingCalendarSchema.parse(copy)).toEqual(calendar);
    expect(addWorkingDays('2025-04-25', 1, copy)).toBe('2025-04-26');
    calendar.schedules.length = 0;
    (calendar.weekend as number[]).push(3);
    expect(workingCalendar().schedules).toHaveLength(officialSchedules.length);
    expect(workingCalendar().weekend).toEqual([6, 0]);
  });

  it('fills in the rule’s defaults', () => {
    // `tetDaysBefore` is filled in only when chosen: otherwise each rule's own split applies.
    expect(workingCalendar({ rule: { tetDaysBefore: 1 }, schedules: [] })).toEqual({
      weekend: [6, 0],
      zone: 'Asia/Ho_Chi_Minh',
      law: holidayLaw,
      rule: { tetDaysBefore: 1, nationalDayExtra: 'auto', compensatory: true },
      schedules: [],
      adjustments: [],
    });
    expect(workingCalendar({ schedules: [] }).rule).toEqual({ nationalDayExtra: 'auto', compensatory: true });
    expect(workingCalendar({ rule: false }).rule).toBeNull();
  });

  it('rejects bad calendars and inputs with a ChisoError naming the field', () => {
    const name = { vi: 'x', en: 'x' };
    expect(path(() => workingCalendar({ weekend: [6, 6] }))).toEqual(['options', 'weekend', 1]);
    expect(path(() => workingCalendar({ weekend: [7] }))).toEqual(['options', 'weekend', 0]);
    expect(path(() => workingCalendar({ zone: 'Nowhere/Land' }))).toEqual(['options', 'zone']);
    expect(path(() => workingCalendar({ foo: 1 } as never))).toEqual(['options', 'foo']);
    expect(
      path(() =>
        workingCalendar({
          adjustments: [
            { date: '2025-03-03', kind: 'off', name },
            { date: '2025-03-03', kind: 'work', name },
          ],
        }),
      ),
    ).toEqual(['options', 'adjustments', 1, 'date']);
    expect(path(() => workingCalendar({ schedules: [officialSchedules[0]!, officialSchedules[0]!] }))).toEqual(['options', 'schedules', 1, 'occasions', 0]);
    expect(path(() => workingCalendar({ adjustments: [{ date: '2025-02-29', kind: 'off', name }] }))).toEqual(['options', 'adjustments', 0, 'date']);
    expect(path(() => isWorkingDay('2025-03-03', { weekend: [1, 1] }))).toEqual(['calendar', 'weekend', 1]);
    expect(path(() => isWorkingDay('2025-02-29'))).toEqual(['date']);
    expect(path(() => isWorkingDay('2200-01-01'))).toEqual(['date']);
    expect(path(() => addWorkingDays('2025-03-03', 1.5))).toEqual(['n']);
    expect(path(() => addWorkingDays('2025-03-03', Number.NaN))).toEqual(['n']);
    expect(path(() => addWorkingDays('2199-12-30', 5))).toEqual(['n']);
    // The 1900 bound, with no statutory holidays (the shipped law starts in 1995: holidayLaw.test.ts).
    expect(path(() => addWorkingDays('1900-01-02', -5, { rule: false }))).toEqual(['n']);
    expect(path(() => workingDaysBetween('1899-12-31', '2025-01-01'))).toEqual(['a']);
    expect(path(() => workingDaysBetween('2025-01-01', 'tomorrow'))).toEqual(['b']);
  });
});
