import { describe, expect, it } from 'vitest';
import { ChisoError, type ChisoIssue } from '../../src/errors';
import { rank } from '../../src/rank/rank';

// Edge cases of rank(): keys that are numbers or symbols, tie-break functions and mixed tie-break
// values, and the errors. Expected orders are worked out by hand from the options' documentation.

function issueOf(fn: () => unknown): ChisoIssue {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(ChisoError);
    return (error as ChisoError).issues[0] as ChisoIssue;
  }
  throw new Error('expected a ChisoError');
}

describe('rank: keys and tie-breaks', () => {
  it('items that are not an array', () => {
    expect(issueOf(() => rank('abc' as never, { by: 'v' as never }))).toMatchObject({ path: ['items'], field: 'items', expected: 'an array', message: 'Expected items to be an array but got "abc".' });
  });

  it('by a numeric key (tuples): [2,b] 1st, [1,c] 2nd, [0,a] 3rd', () => {
    const rows = rank(
      [
        [0, 'a'],
        [2, 'b'],
        [1, 'c'],
      ] as [number, string][],
      { by: 0 },
    );
    expect(rows.map((r) => [r.item[1], r.rank])).toEqual([['b', 1], ['c', 2], ['a', 3]]);
  });

  it('by a symbol key', () => {
    const v = Symbol('v');
    const rows = rank([{ id: 'x', [v]: 1 }, { id: 'y', [v]: 3 }], { by: v });
    expect(rows.map((r) => [r.item.id, r.rank])).toEqual([['y', 1], ['x', 2]]);
  });

  it('a tie-break function giving numbers compares them as numbers: id 2 before id 10 (as text "10" < "2")', () => {
    const items = [{ id: 10, v: 1 }, { id: 2, v: 1 }, { id: 5, v: 0 }];
    const rows = rank(items, { by: (x) => x.v, ties: 'ordinal', tieBreak: (x) => x.id });
    expect(rows.map((r) => [r.item.id, r.rank])).toEqual([[2, 1], [10, 2], [5, 3]]);
  });

  it('tie-break values of both kinds: numbers before strings; equal ones keep input order (ordinal: an error)', () => {
    const items = [{ n: 0, t: 'b', v: 1 }, { n: 1, t: 1, v: 1 }, { n: 2, t: 'c', v: 1 }];
    const rows = rank(items, { by: 'v', ties: 'ordinal', tieBreak: 't' });
    expect(rows.map((r) => [r.item.n, r.rank])).toEqual([[1, 1], [0, 2], [2, 3]]);
    // Equal keys among tied items: listed in input order by the other methods, refused by ordinal
    // (issue 13, item 19: the ranks would follow the input order).
    const same = [{ n: 0, t: 'b', v: 1 }, { n: 1, t: 1, v: 1 }, { n: 2, t: 'b', v: 1 }];
    expect(rank(same, { by: 'v', ties: 'competition', tieBreak: 't' }).map((r) => [r.item.n, r.rank])).toEqual([[1, 1], [0, 1], [2, 1]]);
    expect(() => rank(same, { by: 'v', ties: 'ordinal', tieBreak: 't' })).toThrow('Expected items[2] to be an item whose tie-break key differs from that of items[0]');
  });

  it('ordinal ranks with mixed tie-break keys do not depend on the input order', () => {
    // As text, 10 < "5" < 9 while 9 < 10: compared that way the order followed the input.
    const keys: (string | number)[] = [10, 9, '5'];
    const orders = [[0, 1, 2], [0, 2, 1], [1, 0, 2], [1, 2, 0], [2, 0, 1], [2, 1, 0]];
    for (const order of orders) {
      const rows = rank(order.map((i) => ({ t: keys[i] as string | number, v: 1 })), { by: 'v', ties: 'ordinal', tieBreak: 't' });
      expect(rows.map((r) => [r.item.t, r.rank])).toEqual([[9, 1], [10, 2], ['5', 3]]);
    }
  });

  it('a by function with a tie-break key still needs items to read the key from', () => {
    expect(issueOf(() => rank([null, { id: 'a' }], { by: () => 1, tieBreak: 'id' as never }))).toMatchObject({
      path: ['items', 0],
      expected: 'an item to read the `by` and `tieBreak` keys from',
      message: 'Expected items[0] to be an item to read the `by` and `tieBreak` keys from but got "null".',
    });
  });

  it('options that are not an object', () => {
    expect(issueOf(() => rank([1], null as never))).toMatchObject({ path: ['options'], message: 'Expected options to be an object with `by` but got "null".' });
  });

  it('a tie-break value that is neither a string nor a number', () => {
    expect(issueOf(() => rank([{ v: 1, t: 'x' as unknown }, { v: 1, t: {} }], { by: 'v', tieBreak: 't' }))).toMatchObject({
      path: ['items', 1],
      field: 'tieBreak',
      message: 'Expected items[1] to be a string or a number to order tied items by but got "{}".',
    });
  });

  it('missing values are ordered by the tie-break too ("0" before "a"), equal ones in input order', () => {
    const items = [{ n: 0, v: null, t: 'a' }, { n: 1, v: null, t: 'a' }, { n: 2, v: null, t: '0' }];
    expect(rank(items, { by: 'v', tieBreak: 't' }).map((r) => [r.item.n, r.rank])).toEqual([[2, null], [0, null], [1, null]]);
  });
});
