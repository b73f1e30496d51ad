import { describe, expect, it } from 'vitest';
import { ChisoError } from '../../src/errors';
import { rankGroups } from '../../src/rank/rankGroups';

describe('rankGroups: group keys', () => {
  it('numeric groups come in numeric order (9 before 10), mixed keys in text order', () => {
    const items = [{ g: 10, s: 1 }, { g: 9, s: 2 }, { g: 9, s: 3 }];
    expect(rankGroups(items, { by: 's', groupBy: 'g' }).map((x) => [x.group, x.ranking.map((r) => r.item.s)])).toEqual([
      [9, [3, 2]],
      [10, [1]],
    ]);
  });

  it('mixed keys: numbers (by value) before strings, whatever the input order', () => {
    // As text, 10 < "5" < 9 while 9 < 10 as numbers: a cycle that made the order depend on the input.
    const keys: (string | number)[] = [10, 9, '5'];
    const orders = [[0, 1, 2], [0, 2, 1], [1, 0, 2], [1, 2, 0], [2, 0, 1], [2, 1, 0]];
    for (const order of orders) {
      const items = order.map((i) => ({ g: keys[i] as string | number, s: 1 }));
      expect(rankGroups(items, { by: 's', groupBy: (x) => x.g }).map((x) => x.group)).toEqual([9, 10, '5']);
    }
  });

  it('items that are not an array; a group key that is not finite', () => {
    expect(() => rankGroups(5 as never, { by: 's' as never, groupBy: 'g' as never })).toThrow('Expected items to be an array but got "5".');
    try {
      rankGroups([{ g: Number.NaN, s: 1 }], { by: 's', groupBy: 'g' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ChisoError);
      expect((error as ChisoError).issues[0]).toMatchObject({ path: ['items', 0], field: 'groupBy', message: 'Expected items[0] to be a group key (a string or a finite number) but got "NaN".' });
    }
  });
});
