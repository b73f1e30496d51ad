// @zone-independent: comparisons of signs; no dates.
import { describe, expect, it } from 'vitest';
import { holds } from '../../src/_shared/holds';

describe('holds: the five comparisons read from a sign', () => {
  it('every operator against a sign below, at and above the bound (the table written out by hand)', () => {
    const table = (['>=', '>', '<=', '<', '='] as const).map((op) => [op, holds(op, -1), holds(op, 0), holds(op, 1)]);
    expect(table).toEqual([
      ['>=', false, true, true],
      ['>', false, false, true],
      ['<=', true, true, false],
      ['<', true, false, false],
      ['=', false, true, false],
    ]);
  });
  it('only the sign counts', () => {
    expect([holds('>', 1e-300), holds('<', -5), holds('=', -0)]).toEqual([true, true, true]);
  });
});
