// @zone-sensitive: civil days of instants in zones.
import { describe, expect, it } from 'vitest';
import { checkZone, isRealDate } from '../../src/_shared/civilDate';
import { ChisoError } from '../../src/errors';

describe('isRealDate', () => {
  it.each([
    ['2024-02-29', true], // 2024 is divisible by 4
    ['2000-02-29', true], // divisible by 400
    ['1900-02-29', false], // divisible by 100, not 400
    ['2023-02-29', false],
    ['2024-04-31', false], // April has 30 days
    ['2024-12-31', true],
    ['2024-13-01', false],
    ['2024-00-10', false],
    ['2024-01-00', false],
    ['2024-1-01', false], // not YYYY-MM-DD
    ['24-01-01', false],
    ['2024-01-01T00:00', false],
  ])('%s → %s', (text, real) => {
    expect(isRealDate(text)).toBe(real);
  });
});

describe('checkZone', () => {
  it('accepts an IANA zone and rejects anything else, naming the path', () => {
    expect(checkZone('Asia/Ho_Chi_Minh', ['zone'])).toBe('Asia/Ho_Chi_Minh');
    for (const bad of ['Asia/Hanoi_City', '', 7]) {
      try {
        checkZone(bad, ['options', 'zone']);
        expect.unreachable();
      } catch (error) {
        expect(error).toBeInstanceOf(ChisoError);
        expect((error as ChisoError).issues[0]).toMatchObject({ path: ['options', 'zone'], field: 'zone', expected: 'an IANA time-zone name such as "Asia/Ho_Chi_Minh"', received: String(bad) });
      }
    }
  });
});
