// @zone-sensitive: the time stage.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ChisoError } from '../../src/errors';
import { parsePeriod } from '../../src/time/parsePeriod';
import { parseVietnameseDate } from '../../src/time/parseVietnameseDate';

const span = (text: string) => {
  const p = parsePeriod(text);
  return [p.kind, p.start, p.end];
};

describe('parseVietnameseDate', () => {
  it.each([
    ['08/12/2021', 'date', '2021-12-08', '2021-12-08'],
    ['8/12/2021', 'date', '2021-12-08', '2021-12-08'],
    ['3/6/2020', 'date', '2020-06-03', '2020-06-03'], // day first: 3 June, never 6 March
    ['ngày 08 tháng 12 năm 2021', 'date', '2021-12-08', '2021-12-08'],
    ['Ngày 25 tháng 01 năm 2022', 'date', '2022-01-25', '2022-01-25'],
    ['tháng 12/2021', 'month', '2021-12-01', '2021-12-31'],
    ['tháng 2/2024', 'month', '2024-02-01', '2024-02-29'],
    ['tháng 2 năm 2023', 'month', '2023-02-01', '2023-02-28'],
    ['Quý I/2022', 'quarter', '2022-01-01', '2022-03-31'],
    ['Quý II/2022', 'quarter', '2022-04-01', '2022-06-30'],
    ['quý III/2022', 'quarter', '2022-07-01', '2022-09-30'],
    ['Quý IV/2022', 'quarter', '2022-10-01', '2022-12-31'],
    ['năm 2025', 'year', '2025-01-01', '2025-12-31'],
  ])('%s → %s %s…%s', (text, kind, start, end) => {
    expect(parseVietnameseDate(text)).toMatchObject({ text, kind, start, end });
  });
  it.each(['31/02/2022', '29/02/2023', '00/12/2021', '12/13/2021', 'tháng 13/2021', 'Quý V/2022', '2021-12-08', 'hôm qua', ''])('rejects %j, quoting it', (text) => {
    expect(() => parseVietnameseDate(text)).toThrow(ChisoError);
    try {
      parseVietnameseDate(text);
    } catch (e) {
      expect((e as ChisoError).issues[0]?.received).toBe(text);
    }
  });
  it('accepts 29/02 in a leap year only', () => {
    expect(parseVietnameseDate('29/02/2024').start).toBe('2024-02-29');
    expect(() => parseVietnameseDate('29/02/2100')).toThrow(/real calendar date/);
  });
});

describe('parsePeriod: every form of the plans', () => {
  it.each([
    ['2021', ['year', '2021-01-01', '2021-12-31']],
    ['2022-2023', ['range', '2022-01-01', '2023-12-31']],
    ['2021 -2023', ['range', '2021-01-01', '2023-12-31']],
    ['2022 - 2025', ['range', '2022-01-01', '2025-12-31']],
    ['2021- 2025', ['range', '2021-01-01', '2025-12-31']],
    ['Giai đoạn 2021-2025', ['range', '2021-01-01', '2025-12-31']],
    ['Quý I/2022', ['quarter', '2022-01-01', '2022-03-31']],
    ['đến năm 2025', ['by', null, '2025-12-31']],
    ['Hằng năm', ['yearly', null, null]],
    ['Khi có hướng dẫn của Bộ TT&TT', ['conditional', null, null]],
  ])('%s', (text, expected) => {
    expect(span(text)).toEqual(expected);
  });
  it('a lease keeps its length, and it must match its years', () => {
    expect(parsePeriod('Thuê trong 5 năm 2023- 2027')).toEqual({
      text: 'Thuê trong 5 năm 2023- 2027', kind: 'range', start: '2023-01-01', end: '2027-12-31', recurrence: null, condition: null, leaseYears: 5,
    });
    expect(() => parsePeriod('Thuê trong 4 năm 2023- 2027')).toThrow(/lease whose years \(4\) match its range/);
  });
  it('trước ngày 15/12 recurs yearly and is strict unless read inclusively', () => {
    expect(parsePeriod('trước ngày 15/12').recurrence).toEqual({ every: 'year', month: 12, day: 15, inclusive: false });
    expect(parsePeriod('trước ngày 15/12', { inclusive: true }).recurrence).toEqual({ every: 'year', month: 12, day: 15, inclusive: true });
    expect(span('trước ngày 15/12/2025')).toEqual(['by', null, '2025-12-14']);
    expect(parsePeriod('trước ngày 15/12/2025', { inclusive: true }).end).toBe('2025-12-15');
    expect(span('trước ngày 1/1/2026')).toEqual(['by', null, '2025-12-31']);
  });
  it('keeps the condition of a conditional period', () => {
    expect(parsePeriod('Khi có hướng dẫn của Bộ TT&TT').condition).toBe('Khi có hướng dẫn của Bộ TT&TT');
  });
  it('is not fooled by extra spaces, case or decomposed Unicode', () => {
    expect(span('  HẰNG   NĂM ')).toEqual(['yearly', null, null]);
    expect(span('Quý I/2022'.normalize('NFD'))).toEqual(['quarter', '2022-01-01', '2022-03-31']);
  });
  it.each(['2025-2021', 'sau năm 2025', 'Q1/2022', '2022/2023', 'năm 1800', '15/12', 'trước ngày 31/02'])('rejects %j with an error that quotes it', (text) => {
    expect(() => parsePeriod(text)).toThrow(new RegExp(`but got "${text.replace(/[/]/g, '\\/')}"`));
  });
});

describe('parsers under fuzzing', () => {
  const check = (text: string) => {
    const started = performance.now();
    try {
      const p = parsePeriod(text);
      expect(p.text).toBe(text);
    } catch (e) {
      expect(e).toBeInstanceOf(ChisoError);
    }
    try {
      parseVietnameseDate(text);
    } catch (e) {
      expect(e).toBeInstanceOf(ChisoError);
    }
    return performance.now() - started;
  };
  it('arbitrary strings give a period or a ChisoError, never anything else', () => {
    fc.assert(fc.property(fc.string({ maxLength: 300 }), (s) => void check(s)), { numRuns: 3000, seed: 15 });
    fc.assert(fc.property(fc.stringMatching(/^(trước ngày|Quý|tháng|ngày|năm|Thuê trong|đến năm)? ?[0-9IV /\-–]{0,20}$/), (s) => void check(s)), { numRuns: 3000, seed: 16 });
  });
  it('no input takes more than 50 ms (no catastrophic backtracking)', () => {
    const hostile = [
      '1'.repeat(200), '1/'.repeat(100), 'trước ngày ' + '1'.repeat(189), ' '.repeat(200), 'Quý ' + 'I'.repeat(196),
      '2021 ' + '- '.repeat(97), 'a'.repeat(1_000_000), 'ngày 1 tháng 1 năm ' + '9'.repeat(180),
    ];
    for (const text of hostile) expect(check(text)).toBeLessThan(50);
  });
});
