import { ChisoError, type ChisoIssue } from '../errors';
import { fail, makeIssue } from '../_shared/issue';
import type { Ranked } from './rank';

/** One item's move between two rankings. */
export interface RankMove<T> {
  readonly item: T;
  readonly key: string;
  readonly rank: number | null;
  readonly previous: number | null;
  /** Places gained (positive = moved up): previous − rank; `null` when either rank is missing. */
  readonly change: number | null;
  /** `+3`, `−2` (with the minus sign U+2212), `=`, `new` (not ranked before), or `—` (no rank now). */
  readonly label: string;
}

/** A rank as `rank` gives it: a whole number from 1, or a half (fractional ties), or `null`; always safe to subtract and print. */
const isRank = (r: unknown): boolean => r === null || (typeof r === 'number' && r >= 1 && Number.isSafeInteger(r * 2));

/** Every entry of a ranking is `{ item, rank }` with a rank `rank` could give, so no move is NaN and no label `−NaN`. */
function checkRanking(ranking: unknown, where: string, readsKey: boolean): void {
  if (!Array.isArray(ranking)) fail({ code: 'invalid_type', path: [where], field: where, expected: 'a ranking (an array of { item, rank }, as rank returns)', received: ranking });
  const issues: ChisoIssue[] = [];
  ranking.forEach((entry: unknown, i) => {
    if (typeof entry !== 'object' || entry === null) {
      issues.push(makeIssue({ code: 'invalid_type', path: [where, i], field: where, expected: 'an entry { item, rank }', received: entry }));
      return;
    }
    const { item, rank } = entry as { item?: unknown; rank?: unknown };
    if (readsKey && (item === null || item === undefined)) issues.push(makeIssue({ code: 'invalid_type', path: [where, i, 'item'], field: 'item', expected: 'an item to read the key from', received: item }));
    if (!isRank(rank)) issues.push(makeIssue({ code: 'invalid_value', path: [where, i, 'rank'], field: 'rank', expected: 'a rank: a whole number from 1, a half (fractional ties), or null', received: rank }));
  });
  if (issues.length > 0) throw new ChisoError(issues);
}

/**
 * Compares two rankings of the same kind of items (e.g. two years): how many places each item moved.
 *
 * @param previous - the earlier ranking, as returned by {@link rank}
 * @param current - the later ranking
 * @param key - identifies an item across the two rankings (a key or a function giving a string)
 * @returns one move per item of `current`, in `current`'s order; items only in `previous` are not listed
 * @throws {ChisoError} for a ranking that is not an array of `{ item, rank }`, a rank that is not a
 *   whole number from 1, a half or `null`, an item's key that is not a string or number, or one used
 *   twice in a ranking
 *
 * @example
 * const y2022 = rank([{ p: 'A', s: 1 }, { p: 'B', s: 2 }], { by: 's' });
 * const y2023 = rank([{ p: 'A', s: 3 }, { p: 'B', s: 2 }, { p: 'C', s: 1 }], { by: 's' });
 * rankChange(y2022, y2023, 'p').map((m) => `${m.key} ${m.label}`);
 * //=> ['A +1', 'B −1', 'C new']
 */
export function rankChange<T>(previous: readonly Ranked<T>[], current: readonly Ranked<T>[], key: keyof T | ((item: T) => string | number)): RankMove<T>[] {
  if (!['function', 'string', 'number', 'symbol'].includes(typeof key)) fail({ code: 'invalid_type', path: ['key'], field: 'key', expected: 'a key of the items or a function giving one', received: key });
  checkRanking(previous, 'previous', typeof key !== 'function');
  checkRanking(current, 'current', typeof key !== 'function');
  const keyOf = (item: T, where: string, i: number): string => {
    const k = typeof key === 'function' ? key(item) : (item as Record<PropertyKey, unknown>)[key as PropertyKey];
    if (typeof k !== 'string' && typeof k !== 'number') fail({ code: 'invalid_type', path: [where, i, 'item'], field: 'key', expected: 'a string or number key', received: k });
    return String(k);
  };
  const before = new Map<string, number | null>();
  previous.forEach((r, i) => {
    const k = keyOf(r.item, 'previous', i);
    if (before.has(k)) fail({ code: 'duplicate_key', path: ['previous', i], field: 'key', expected: 'a key used once in the ranking', received: k });
    before.set(k, r.rank);
  });
  const seen = new Set<string>();
  return current.map((r, i) => {
    const k = keyOf(r.item, 'current', i);
    if (seen.has(k)) fail({ code: 'duplicate_key', path: ['current', i], field: 'key', expected: 'a key used once in the ranking', received: k });
    seen.add(k);
    const prev = before.has(k) ? (before.get(k) ?? null) : null;
    const change = prev !== null && r.rank !== null ? prev - r.rank : null;
    const label = !before.has(k) ? 'new' : r.rank === null || prev === null ? '—' : change === 0 ? '=' : change! > 0 ? `+${change}` : `\u2212${-change!}`;
    return { item: r.item, key: k, rank: r.rank, previous: prev, change, label };
  });
}
