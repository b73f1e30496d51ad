// @zone-sensitive: the time stage.
import { describe, expect, it } from 'vitest';
import { deadlineStatus } from '../../src/time/deadlineStatus';
import { parsePeriod } from '../../src/time/parsePeriod';
import { reportingCalendar } from '../../src/time/reportingCalendar';

const status = (item: string, asOf: Date | string, extra: object = {}) => deadlineStatus(item, { asOf, ...extra }).status;

describe('deadlineStatus', () => {
  it('walks a range through its life: not started, in progress, due soon, overdue', () => {
    expect(status('2022-2023', '2021-12-31')).toBe('not-started');
    expect(status('2022-2023', '2022-01-01')).toBe('in-progress');
    expect(status('2022-2023', '2023-12-01')).toBe('due-soon'); // 30 days left
    expect(status('2022-2023', '2023-11-30')).toBe('in-progress'); // 31 days left
    expect(status('2022-2023', '2023-12-31')).toBe('due-soon');
    expect(status('2022-2023', '2024-01-01')).toBe('overdue');
  });
  it('the due-soon window is configurable', () => {
    expect(status('2022-2023', '2023-11-30', { dueSoonDays: 31 })).toBe('due-soon');
    expect(status('2022-2023', '2023-12-30', { dueSoonDays: 0 })).toBe('in-progress');
  });
  it('"by 2025" ends at 2025-12-31T23:59:59.999+07:00, whatever the host zone', () => {
    const r = deadlineStatus('đến năm 2025', { asOf: new Date('2025-12-31T16:59:59.999Z') });
    expect(r).toMatchObject({ status: 'due-soon', deadline: '2025-12-31', deadlineAt: '2025-12-31T23:59:59.999+07:00', daysLeft: 0 });
    expect(status('đến năm 2025', new Date('2025-12-31T17:00:00.000Z'))).toBe('overdue');
    expect(status('đến năm 2025', '2025-12-31T23:59:59.999+07:00')).toBe('due-soon');
    expect(status('đến năm 2025', '2026-01-01T00:00:00+07:00')).toBe('overdue');
    // the same instant in another zone the caller chooses
    expect(status('đến năm 2025', new Date('2025-12-31T17:00:00.000Z'), { zone: 'UTC' })).toBe('due-soon');
  });
  it('done on time or late', () => {
    expect(status('Quý I/2022', '2022-06-01', { completedAt: '2022-03-31' })).toBe('done-on-time');
    expect(status('Quý I/2022', '2022-06-01', { completedAt: '2022-04-01' })).toBe('done-late');
    expect(status('Quý I/2022', '2022-06-01', { completedAt: new Date('2022-03-31T17:30:00Z') })).toBe('done-late'); // already 1 April in Hà Nội
  });
  it('trước ngày 15/12: strict by default (14/12 is the last day), inclusive on request; recurs in asOf\'s year', () => {
    expect(deadlineStatus('trước ngày 15/12', { asOf: '2026-12-14' })).toMatchObject({ status: 'due-soon', occurrence: 2026, deadline: '2026-12-14', daysLeft: 0 });
    expect(status('trước ngày 15/12', '2026-12-15')).toBe('overdue');
    expect(status('trước ngày 15/12', '2026-12-15', { inclusive: true })).toBe('due-soon');
    expect(status('trước ngày 15/12', '2026-12-16', { inclusive: true })).toBe('overdue');
    expect(deadlineStatus('trước ngày 15/12', { asOf: '2027-01-05' })).toMatchObject({ occurrence: 2027, status: 'in-progress' });
  });
  it('Hằng năm is the whole of asOf\'s year; a conditional period has no fixed deadline', () => {
    expect(deadlineStatus('Hằng năm', { asOf: '2024-06-01' })).toMatchObject({ occurrence: 2024, start: '2024-01-01', deadline: '2024-12-31', status: 'in-progress' });
    expect(deadlineStatus('Khi có hướng dẫn của Bộ TT&TT', { asOf: '2024-06-01' })).toMatchObject({ status: 'no-fixed-deadline', deadline: null, daysLeft: null });
  });
  it('takes a parsed period or an item with a period', () => {
    expect(deadlineStatus(parsePeriod('2021'), { asOf: '2022-01-01' }).status).toBe('overdue');
    expect(deadlineStatus({ period: '2021' }, { asOf: '2021-06-01' }).status).toBe('in-progress');
  });
  it('rejects bad options and unknown text', () => {
    expect(() => deadlineStatus('2021', { asOf: '2021-02-30' })).toThrow(/real calendar date/);
    expect(() => deadlineStatus('2021', { asOf: '2021-01-01', zone: 'Nowhere/City' })).toThrow(/IANA/);
    expect(() => deadlineStatus('some day', { asOf: '2021-01-01' })).toThrow(/but got "some day"/);
    expect(() => deadlineStatus('2021', { asOf: '2021-01-01', dueSoonDays: -1 })).toThrow(/dueSoonDays/);
  });
});

describe('reportingCalendar', () => {
  it('302 V.18: units before 15/12 to Sở TT&TT, Sở TT&TT before 31/12 to UBND tỉnh', () => {
    const items = reportingCalendar(2025);
    expect(items.map((i) => [i.id, i.deadline, i.deadlineAt])).toEqual([
      ['units-to-dic', '2025-12-14', '2025-12-14T23:59:59.999+07:00'],
      ['dic-to-ppc', '2025-12-30', '2025-12-30T23:59:59.999+07:00'],
    ]);
    expect(items[0]?.to.vi).toBe('Sở Thông tin và Truyền thông');
    expect(reportingCalendar(2025, { inclusive: true }).map((i) => i.deadline)).toEqual(['2025-12-15', '2025-12-31']);
  });
  it('another province passes its own regime; items come in deadline order', () => {
    const step = (id: string, when: string) => ({ id, from: { vi: 'A', en: 'A' }, to: { vi: 'B', en: 'B' }, what: { vi: 'Báo cáo', en: 'Report' }, when });
    expect(reportingCalendar(2024, { regime: [step('late', 'trước ngày 20/12'), step('early', 'trước ngày 1/3')] }).map((i) => [i.id, i.deadline])).toEqual([
      ['early', '2024-02-29'],
      ['late', '2024-12-19'],
    ]);
    expect(() => reportingCalendar(2024, { regime: [step('x', 'Khi có hướng dẫn của Bộ TT&TT')] })).toThrow(/fixed date/);
    expect(() => reportingCalendar(1800)).toThrow(/year/);
  });
});
