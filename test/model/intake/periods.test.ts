// @zone-independent: periods are civil dates compared as text; nothing reads the host's clock or zone
import { describe, expect, it } from 'vitest';
import { valueOfColumns, valueOfObservation } from '../../../src/model/intake/observationValue';
import { periodKey, periodUsable } from '../../../src/model/intake/periods';

describe('periodKey and periodUsable', () => {
  it('puts a year after every date within it', () => {
    const periods = [2024, '2024-12-31', '2025-01-01', '2023-06-30', 2023] as const;
    const sorted = [...periods].sort((a, b) => (periodKey(a) < periodKey(b) ? -1 : 1));
    expect(sorted).toEqual(['2023-06-30', 2023, '2024-12-31', 2024, '2025-01-01']);
  });

  it('uses a year from any day of it, a date from that day, with or without the year given', () => {
    expect(periodUsable(2024, '2024-01-01')).toBe(true);
    expect(periodUsable(2025, '2024-12-31')).toBe(false);
    expect(periodUsable('2024-06-30', '2024-06-30')).toBe(true);
    expect(periodUsable('2024-06-30', '2024-06-29', 2024)).toBe(false);
    expect(periodUsable(2024, '2024-06-29', 2024)).toBe(true);
  });
});

describe('the value readers', () => {
  it('read an observation and a row of columns alike', () => {
    expect(valueOfObservation({ unit: 'u', indicator: 'i', period: 2024, value: 5 })).toBe(5);
    expect(valueOfObservation({ unit: 'u', indicator: 'i', period: 2024, done: false })).toBe(false);
    expect(valueOfObservation({ unit: 'u', indicator: 'i', period: 2024, rank: 2 })).toEqual({ rank: 2 });
    expect(valueOfObservation({ unit: 'u', indicator: 'i', period: 2024, numerator: 1, denominator: 2 })).toEqual({ numerator: 1, denominator: 2 });
    expect(valueOfColumns(5, undefined, 'count')).toBe(5);
    expect(valueOfColumns(2, null, 'rank')).toEqual({ rank: 2 });
    expect(valueOfColumns(1, 2, 'rank')).toEqual({ numerator: 1, denominator: 2 });
  });
});
