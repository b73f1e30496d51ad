import { describe, expect, it } from 'vitest';
import { fail, formatPath, formatReceived, makeIssue } from '../../src/_shared/issue';
import { ChisoError } from '../../src/errors';

describe('formatReceived: what was got, briefly, never throwing', () => {
  it('strings up to 80 characters as they are, longer ones cut to 77 + "..."', () => {
    expect(formatReceived('x'.repeat(80))).toBe('x'.repeat(80));
    expect(formatReceived('x'.repeat(81))).toBe(`${'x'.repeat(77)}...`);
  });
  it('-0 keeps its sign; other primitives as String() gives them', () => {
    expect(formatReceived(-0)).toBe('-0');
    expect(formatReceived(1.5)).toBe('1.5');
    expect(formatReceived(undefined)).toBe('undefined');
    expect(formatReceived(null)).toBe('null');
    expect(formatReceived(10n)).toBe('10');
    expect(formatReceived(Symbol('s'))).toBe('Symbol(s)');
  });
  it('objects as JSON (cut like strings); JSON that is undefined falls back to String(); cycles and bigints do not throw', () => {
    expect(formatReceived({ a: 1 })).toBe('{"a":1}');
    expect(formatReceived({ s: 'y'.repeat(100) })).toBe(`{"s":"${'y'.repeat(71)}...`);
    expect(formatReceived({ toJSON: () => undefined })).toBe('[object Object]');
    const cycle: Record<string, unknown> = {};
    cycle['self'] = cycle;
    expect(formatReceived(cycle)).toBe('an object');
    expect(formatReceived([1n])).toBe('an array');
  });
});

describe('makeIssue and fail', () => {
  it('an empty path falls back to the field, then to "input"', () => {
    expect(makeIssue({ code: 'c', path: [], field: 'json', expected: 'x', received: 1 }).message).toBe('Expected json to be x but got "1".');
    expect(makeIssue({ code: 'c', path: [], expected: 'x', received: 1 }).message).toBe('Expected input to be x but got "1".');
  });
  it('paths: keys joined by dots, indexes in brackets, symbols by their description', () => {
    expect(formatPath(['indicators', 3, 'targets', 1, 'op'])).toBe('indicators[3].targets[1].op');
    expect(formatPath([0, 'a', Symbol('k')])).toBe('[0].a.Symbol(k)');
  });
  it('fail throws a ChisoError with that one issue', () => {
    expect(() => fail({ code: 'c', path: ['a'], expected: 'b', received: 'c' })).toThrow(ChisoError);
    expect(() => fail({ code: 'c', path: ['a'], expected: 'b', received: 'c' })).toThrow('Expected a to be b but got "c".');
  });
});
