// @zone-sensitive: deadlines of parsed periods.
import { describe, expect, it } from 'vitest';
import { resolvePeriod } from '../../src/internal/resolvePeriod';
import type { ParsedPeriod } from '../../src/model/period';
import { parsePeriod } from '../../src/time/parsePeriod';

const period = (extra: Partial<ParsedPeriod>): ParsedPeriod => ({ text: 't', kind: 'yearly-before', start: null, end: null, recurrence: null, condition: null, leaseYears: null, ...extra }) as ParsedPeriod;

describe('resolvePeriod', () => {
  it('"before" a day of the year: the day before it (strict) or that day (inclusive); 29/02 in a common year is 28/02', () => {
    expect(resolvePeriod(parsePeriod('trước ngày 15/12'), 2025)).toEqual({ start: null, end: '2025-12-14', year: 2025 });
    expect(resolvePeriod(parsePeriod('trước ngày 15/12', { inclusive: true }), 2025)).toEqual({ start: null, end: '2025-12-15', year: 2025 });
    // 29/02/2025 does not exist: the written day is 28/02, so strictly before it is 27/02.
    expect(resolvePeriod(parsePeriod('trước ngày 29/02'), 2025).end).toBe('2025-02-27');
    expect(resolvePeriod(parsePeriod('trước ngày 29/02'), 2024).end).toBe('2024-02-28');
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
