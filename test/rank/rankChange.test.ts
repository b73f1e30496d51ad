import { describe, expect, it } from 'vitest';
import { ChisoError, type ChisoIssue } from '../../src/errors';
import { rank } from '../../src/rank/rank';
import { rankChange } from '../../src/rank/rankChange';

function issueOf(fn: () => unknown): ChisoIssue {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(ChisoError);
    return (error as ChisoError).issues[0] as ChisoIssue;
  }
  throw new Error('expected a ChisoError');
}

type Row = { id: string | number | null; s: number | null };

describe('rankChange: missing ranks, key functions, errors', () => {
  // previous: a 1, b 2, c (no value); current: b 1, c 2, a 3, d 4.
  const previous = rank<Row>([{ id: 'a', s: 3 }, { id: 'b', s: 2 }, { id: 'c', s: null }], { by: 's' });
  const current = rank<Row>([{ id: 'a', s: 1 }, { id: 'b', s: 5 }, { id: 'c', s: 4 }, { id: 'd', s: 0 }], { by: 's' });

  it('b up one (+1), c had no rank before (—), a down two (−2, U+2212), d is new', () => {
    const moves = rankChange(previous, current, (x) => x.id as string);
    expect(moves.map((m) => [m.key, m.previous, m.rank, m.change, m.label])).toEqual([
      ['b', 2, 1, 1, '+1'],
      ['c', null, 2, null, '—'],
      ['a', 1, 3, -2, '\u22122'],
      ['d', null, 4, null, 'new'],
    ]);
  });

  it('numeric keys are matched as their text', () => {
    const before = rank<Row>([{ id: 1, s: 1 }], { by: 's' });
    const after = rank<Row>([{ id: 1, s: 2 }], { by: 's' });
    expect(rankChange(before, after, 'id')).toMatchObject([{ key: '1', previous: 1, rank: 1, change: 0, label: '=' }]);
  });

  it('a key that is neither a string nor a number', () => {
    const before = rank<Row>([{ id: null, s: 1 }], { by: 's' });
    expect(issueOf(() => rankChange(before, before, 'id'))).toMatchObject({
      code: 'invalid_type',
      path: ['previous', 0, 'item'],
      field: 'key',
      message: 'Expected previous[0].item to be a string or number key but got "null".',
    });
  });

  it('a key used twice in the previous ranking', () => {
    const before = rank<Row>([{ id: 'a', s: 1 }, { id: 'a', s: 2 }], { by: 's' });
    expect(issueOf(() => rankChange(before, current, 'id'))).toMatchObject({
      code: 'duplicate_key',
      path: ['previous', 1],
      message: 'Expected previous[1] to be a key used once in the ranking but got "a".',
    });
  });
});
