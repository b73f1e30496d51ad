// @zone-sensitive: deadlines of parsed periods.
import { describe, expect, it } from 'vitest';
import { resolvePeriod } from '../../../src/time/_internal/resolvePeriod';
import type { ParsedPeriod } from '../../../src/model/period';
import { parsePeriod } from '../../../src/time/parsePeriod';

const period = (extra: Partial<ParsedPeriod>): ParsedPeriod => ({ text: 't', kind: 'yearly-before', start: null, end: null, recurrence: null, condition: null, leaseYears: null, ...extra }) as ParsedPeriod;

describe('resolvePeriod', () => {
  it('"before" a day of the year: the day before it (strict) or that day (inclusive); 29/02 in a common year is 28/02', () => {
    expect(resolvePeriod(parsePeriod('trước ngày 15/12'), 2025)).toEqual({ start: null, end: '2025-12-14', year: 2025 });
    expect(resolvePeriod(parsePeriod('trước ngày 15/12', { inclusive: true }), 2025)).toEqual({ start: null, end: '2025-12-15', year: 2025 });
    // 2025 is a common year (not divisible by 4): February has 28 days and 29/02/2025 does not
    // exist, so every day of February is before it and no day lies between 28/02 and the missing
    // day. 28/02 is on time under both readings (it used to be 27/02 strictly).
    const end = (text: string, year: number, inclusive: boolean): string | null => resolvePeriod(parsePeriod(text, { inclusive }), year).end;
    expect(end('trước ngày 29/02', 2025, false)).toBe('2025-02-28');
    expect(end('trước ngày 29/02', 2025, true)).toBe('2025-02-28');
    // 2100 is divisible by 100 but not by 400: common too.
    expect(end('trước ngày 29/02', 2100, false)).toBe('2100-02-28');
    expect(end('trước ngày 29/02', 2100, true)).toBe('2100-02-28');
    // Leap years (2024: by 4; 2000: by 400) have 29/02: strictly the day before, inclusively that day.
    expect(end('trước ngày 29/02', 2024, false)).toBe('2024-02-28');
    expect(end('trước ngày 29/02', 2024, true)).toBe('2024-02-29');
    expect(end('trước ngày 29/02', 2000, false)).toBe('2000-02-28');
    expect(end('trước ngày 29/02', 2000, true)).toBe('2000-02-29');
    // 01/03 strictly is the last day of February, whichever it is, so in a common year it agrees with 29/02.
    expect(end('trước ngày 01/03', 2025, false)).toBe('2025-02-28');
    expect(end('trước ngày 01/03', 2024, false)).toBe('2024-02-29');
    expect(end('trước ngày 01/03', 2025, true)).toBe('2025-03-01');
    // 28/02 exists every year: the ordinary rule.
    expect(end('trước ngày 28/02', 2025, false)).toBe('2025-02-27');
    expect(end('trước ngày 28/02', 2025, true)).toBe('2025-02-28');
  });
  it('a "before" period without its day falls back to the year end (31/12, so strictly 30/12)', () => {
    expect(resolvePeriod(period({}), 2024)).toEqual({ start: null, end: '2024-12-30', year: 2024 });
  });
  it('a fixed period keeps its window and has no year', () => {
    expect(resolvePeriod(parsePeriod('2021-2025'), 2030)).toEqual({ start: '2021-01-01', end: '2025-12-31', year: null });
  });
});

describe('parsePeriod: text that is not a string', () => {
  it('says so', () => {
    expect(() => parsePeriod(5 as never)).toThrow('Expected text to be a string but got "5".');
  });
});
