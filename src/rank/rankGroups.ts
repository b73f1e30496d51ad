import { compareKeys } from '../_shared/compareKeys';
import { fail } from '../_shared/issue';
import { rank, type RankOptions, type Ranked } from './rank';

/** Options of {@link rankGroups}: those of {@link rank}, plus the group of each item. */
export interface RankGroupsOptions<T> extends RankOptions<T> {
  /** The group an item is ranked within: a key or a function (e.g. its level, or its parent unit). */
  readonly groupBy: keyof T | ((item: T) => string | number);
}

/**
 * Ranks items within groups — communes within each district, units within each level — each group
 * ranked on its own with the same options.
 *
 * @param items - the items (not changed)
 * @param options - `groupBy` and every option of {@link rank}
 * @returns one `{ group, ranking }` per group, groups in ascending order of their key (numbers, then strings)
 * @throws {ChisoError} as {@link rank} does; for options that are not an object or a `groupBy` that is
 *   not a key or a function; for a missing item when `groupBy` is a key; for a group key that is not a
 *   string or a finite number
 *
 * @example
 * rankGroups(
 *   [{ id: 'a', d: 'X', s: 5 }, { id: 'b', d: 'X', s: 7 }, { id: 'c', d: 'Y', s: 1 }],
 *   { by: 's', groupBy: 'd' },
 * ).map((g) => [g.group, g.ranking.map((r) => `${r.item.id}${r.rank}`)]);
 * //=> [['X', ['b1', 'a2']], ['Y', ['c1']]]
 */
export function rankGroups<T>(items: readonly T[], options: RankGroupsOptions<T>): { group: string | number; ranking: Ranked<T>[] }[] {
  if (!Array.isArray(items)) fail({ code: 'invalid_type', path: ['items'], field: 'items', expected: 'an array', received: items });
  if (typeof options !== 'object' || options === null) fail({ code: 'invalid_type', path: ['options'], field: 'options', expected: 'an object with `by` and `groupBy`', received: options });
  const { groupBy, ...rankOptions } = options;
  if (!['function', 'string', 'number', 'symbol'].includes(typeof groupBy)) fail({ code: 'invalid_value', path: ['options', 'groupBy'], field: 'groupBy', expected: 'a key or a function', received: groupBy });
  const groups = new Map<string | number, T[]>();
  items.forEach((item, i) => {
    if (typeof groupBy !== 'function' && (item === null || item === undefined)) {
      fail({ code: 'invalid_type', path: ['items', i], field: 'items', expected: 'an item to read the `groupBy` key from', received: item });
    }
    const key = typeof groupBy === 'function' ? groupBy(item) : (item as Record<PropertyKey, unknown>)[groupBy as PropertyKey];
    if (typeof key !== 'string' && !(typeof key === 'number' && Number.isFinite(key))) {
      fail({ code: 'invalid_type', path: ['items', i], field: 'groupBy', expected: 'a group key (a string or a finite number)', received: key });
    }
    const list = groups.get(key as string | number) ?? [];
    list.push(item);
    groups.set(key as string | number, list);
  });
  return [...groups.keys()]
    .sort(compareKeys)
    .map((group) => ({ group, ranking: rank(groups.get(group) as T[], rankOptions) }));
}
