import { ChisoError, type ChisoIssue } from '../errors';
import { compareKeys } from '../internal/compareKeys';
import { dec } from '../internal/decimal';
import { fail, makeIssue } from '../internal/issue';
import { decimalOrder } from '../internal/decimalOrder';
import { radixOrder } from '../internal/radixOrder';
import { uintOrder } from '../internal/uintOrder';

/** How tied values are ranked. */
export type TieMethod = 'competition' | 'dense' | 'ordinal' | 'fractional';

/** Options of {@link rank}. */
export interface RankOptions<T> {
  /** The value to rank by: a key of the items, or a function. `null`/`undefined` is a missing value. */
  readonly by: keyof T | ((item: T) => number | null | undefined);
  /** `desc` (default): the highest value ranks 1 (scores); `asc`: the lowest ranks 1 (times, costs). */
  readonly order?: 'desc' | 'asc';
  /**
   * `competition` (default, 1 2 2 4 — the national DTI's convention), `dense` (1 2 2 3), `ordinal`
   * (1 2 3 4, ties broken by `tieBreak`), `fractional` (1 2.5 2.5 4).
   */
  readonly ties?: TieMethod;
  /**
   * Orders tied items: a key or a function giving a string or number, compared ascending (numbers
   * before strings). Required
   * for `ordinal` (so the result never depends on input order); otherwise it only orders tied items
   * in the output, which without it keeps their input order. A function may be called more than
   * once per item, so it should give the same key each time.
   */
  readonly tieBreak?: keyof T | ((item: T) => string | number);
  /** `keep` (default): rank `null`, listed last; `last`: ranked after every value; `error`: throw. */
  readonly missing?: 'keep' | 'last' | 'error';
  /**
   * Compare values rounded to this many decimal places (half up, on their shortest decimal text),
   * so values that print the same tie. Without it, values tie only when exactly equal:
   * `0.1 + 0.2` ranks above `0.3`.
   */
  readonly precision?: number;
}

/** One ranked item. */
export interface Ranked<T> {
  readonly item: T;
  /** 1 is best; `null` for a missing value under `missing: 'keep'`. */
  readonly rank: number | null;
}

function read<T>(by: RankOptions<T>['by'], item: T): unknown {
  return typeof by === 'function' ? by(item) : (item as Record<PropertyKey, unknown>)[by as PropertyKey];
}

/**
 * Every item's index in (tie-break key, index) order when every tie-break key is a number (not NaN);
 * `null` when that is the input order; else `undefined` (the comparison sort per tie group then
 * orders them, and reports invalid keys of tied items only, as before). The order equals
 * compareKeys's: −0 and 0 are one key, as are two equal infinities (their difference is NaN, so the
 * index decides), and a radix sort is stable. Whole-number keys below 2^32 (ids, row numbers) take
 * the two-pass {@link uintOrder}; others the radix sort on their doubles.
 */
function numericTieOrder<T>(items: readonly T[], tieBreak: NonNullable<RankOptions<T>['tieBreak']>, keys: Float64Array): { order: Uint32Array; carried: boolean } | null | undefined {
  const n = items.length;
  const read: (i: number) => unknown =
    typeof tieBreak === 'function' ? (i) => tieBreak(items[i] as T) : (i) => (items[i] as Record<PropertyKey, unknown>)[tieBreak as PropertyKey];
  // Whole numbers from 0 to 2^32 − 1 (ids, row numbers) are read straight into 32 bits; at the first
  // other number every key is read again as a double. A key is read inline (the common, fast case).
  const whole = new Uint32Array(n);
  const key = typeof tieBreak === 'function' ? undefined : (tieBreak as PropertyKey);
  let ascending = true;
  let max = 0;
  let i = 0;
  try {
    for (let last = 0; i < n; i += 1) {
      const k = key === undefined ? read(i) : (items[i] as Record<PropertyKey, unknown>)[key];
      // k >>> 0 === k: a whole number from 0 to 2^32 − 1 (−0 included, as 0).
      if (typeof k !== 'number' || k >>> 0 !== k) break;
      whole[i] = k;
      if (k < last) ascending = false;
      if (k > max) max = k;
      last = k;
    }
  } catch {
    // The comparison path calls it again and throws only where it did before (a tied item).
    return undefined;
  }
  // The value keys travel with the ids (`carried`): read in tie order later, in sequence.
  if (i === n) return ascending ? null : { order: uintOrder(whole, max, keys), carried: true };
  const tk = new Float64Array(n);
  ascending = true;
  try {
    for (let j = 0; j < n; j += 1) {
      const k = read(j);
      if (typeof k !== 'number' || Number.isNaN(k)) return undefined;
      tk[j] = k === 0 ? 0 : k;
      if (j > 0 && (tk[j - 1] as number) > (tk[j] as number)) ascending = false;
    }
  } catch {
    // A throwing function or getter: as above.
    return undefined;
  }
  // Keys already ascending in input order (an index, ids as listed): the input order is the order.
  return ascending ? null : { order: decimalOrder(tk) ?? radixOrder(tk), carried: false };
}

/**
 * Ranks items by a value, with a stated tie method and missing-value policy.
 *
 * Ties are decided on the values as given (or rounded to `precision` places). The values are ordered
 * by a linear-time radix sort on their bits, so a million values rank in about the time a native
 * sort of the bare numbers takes (see `npm run bench`). Numeric `tieBreak` keys are ordered by radix
 * sort too; string or mixed keys by a comparison sort within each tie group.
 *
 * @param items - the items to rank (not changed)
 * @param options - `by` (key or function), `order`, `ties`, `tieBreak`, `missing`, `precision`
 * @returns `{ item, rank }` for every item, in rank order; missing values (`keep`) last
 * @throws {ChisoError} for NaN or ±Infinity or a non-number value, a missing value under
 *   `missing: 'error'`, `ordinal` without `tieBreak`, an invalid option, a `null` item when a key is
 *   read from it, a tie-break value that is not a string or a number
 *
 * @example
 * rank([{ p: 'A', s: 0.8 }, { p: 'B', s: 0.9 }, { p: 'C', s: 0.8 }, { p: 'D', s: 0.7 }], { by: 's' })
 *   .map((r) => `${r.item.p}${r.rank}`);
 * //=> ['B1', 'A2', 'C2', 'D4']
 *
 * rank([3, 1, 3, 2], { by: (x) => x, ties: 'fractional' }).map((r) => r.rank);
 * //=> [1.5, 1.5, 3, 4]
 */
export function rank<T>(items: readonly T[], options: RankOptions<T>): Ranked<T>[] {
  if (!Array.isArray(items)) fail({ code: 'invalid_type', path: ['items'], field: 'items', expected: 'an array', received: items });
  if (typeof options !== 'object' || options === null) fail({ code: 'invalid_type', path: ['options'], field: 'options', expected: 'an object with `by`', received: options });
  const order = options.order ?? 'desc';
  const ties = options.ties ?? 'competition';
  const missing = options.missing ?? 'keep';
  const { by, tieBreak, precision } = options;
  const opt = (field: string, ok: boolean, expected: string, received: unknown) => {
    if (!ok) fail({ code: 'invalid_value', path: ['options', field], field, expected, received });
  };
  opt('by', typeof by === 'function' || typeof by === 'string' || typeof by === 'number' || typeof by === 'symbol', 'a key or a function', by);
  opt('order', order === 'desc' || order === 'asc', 'one of "desc", "asc"', order);
  opt('ties', ['competition', 'dense', 'ordinal', 'fractional'].includes(ties), 'one of "competition", "dense", "ordinal", "fractional"', ties);
  opt('missing', ['keep', 'last', 'error'].includes(missing), 'one of "keep", "last", "error"', missing);
  opt('precision', precision === undefined || (Number.isInteger(precision) && precision >= 0 && precision <= 20), 'a whole number of decimal places from 0 to 20', precision);
  opt('tieBreak', ties !== 'ordinal' || tieBreak !== undefined, 'a key or function that orders tied items (required for ordinal ties)', tieBreak);
  // An object as a key would be converted with its toString (a null-prototype object has none: TypeError).
  opt('tieBreak', tieBreak === undefined || ['function', 'string', 'number', 'symbol'].includes(typeof tieBreak), 'a key or a function', tieBreak);

  const n = items.length;
  // Values are negated for `desc`, so "better" is always "smaller" below.
  const keys = new Float64Array(n);
  const issues: ChisoIssue[] = [];
  let present = 0;
  // A key is read inline (the common, fast case); a function is called.
  const byKey = typeof by === 'function' ? undefined : (by as PropertyKey);
  const byFn = typeof by === 'function' ? by : undefined;
  // A key (of `by` or `tieBreak`) can only be read from an object: `null` as an item is an error, not a TypeError.
  const readsKeys = byFn === undefined || (tieBreak !== undefined && typeof tieBreak !== 'function');
  for (let i = 0; i < n; i += 1) {
    if (readsKeys && (items[i] === null || items[i] === undefined)) {
      issues.push(makeIssue({ code: 'invalid_type', path: ['items', i], field: 'items', expected: 'an item to read the `by` and `tieBreak` keys from', received: items[i] }));
      continue;
    }
    const raw = byFn === undefined ? (items[i] as Record<PropertyKey, unknown>)[byKey as PropertyKey] : byFn(items[i] as T);
    if (raw === null || raw === undefined) {
      if (missing === 'error') issues.push(makeIssue({ code: 'missing_value', path: ['items', i], field: 'by', expected: 'a value (missing: "error")', received: raw }));
      // NaN marks a missing value (the keys are otherwise finite).
      keys[i] = Number.NaN;
      continue;
    }
    if (typeof raw !== 'number' || !Number.isFinite(raw)) {
      issues.push(makeIssue({ code: 'invalid_type', path: ['items', i], field: 'by', expected: 'a finite number, or null for a missing value', received: raw }));
      continue;
    }
    let v = raw;
    // Decimal rounding on the shortest text, so 1.005 at 2 places is 1.01 (toFixed would give 1.00).
    if (precision !== undefined) v = dec(raw).toDecimalPlaces(precision, 4 /* ROUND_HALF_UP */).toNumber();
    // −0 and 0 are one value; negating for `desc` makes "better" always "smaller".
    keys[i] = v === 0 ? 0 : order === 'desc' ? -v : v;
    present += 1;
  }
  if (issues.length > 0) throw new ChisoError(issues);

  // With numeric tie-break keys (an id, an index), the items are first put in (tie-break key, index)
  // order by a radix sort, so the stable radix sort on the values below leaves every tie group
  // already ordered: linear time instead of a comparison sort per group. Items are visited in that
  // order (`visit`), else in input order (already the tie order, or string, mixed or invalid keys).
  const tieOrder = tieBreak === undefined ? undefined : numericTieOrder(items, tieBreak, keys);
  const preOrdered = tieOrder !== undefined;
  const visit = tieOrder?.order;
  // `keys[v]` is the key of `visit[v]` when the keys travelled with the tie sort, else `keys[visit[v]]`.
  const carried = tieOrder?.carried === true;
  // Present items in ascending key order (stable), then missing ones in input (or tie-break) order.
  // With every value present and no tie order, the keys are the present keys, in input order.
  const identity = present === n && visit === undefined;
  const presentIndex = identity ? undefined : new Uint32Array(present);
  const presentKeys = identity ? keys : new Float64Array(present);
  if (presentIndex !== undefined) {
    for (let v = 0, j = 0; v < n; v += 1) {
      const i = visit === undefined ? v : (visit[v] as number);
      const k = keys[carried ? v : i] as number;
      // Not NaN: a present value.
      if (k === k) {
        presentIndex[j] = i;
        presentKeys[j] = k;
        j += 1;
      }
    }
  }
  // Decimals of a few places (most data) sort as scaled integers in one or two passes; any other double by its bits in four.
  const sortedPositions = decimalOrder(presentKeys) ?? radixOrder(presentKeys);
  const out = presentIndex === undefined ? sortedPositions : new Uint32Array(n);
  // Ordinal ranks of items already in tie order are their positions: no tie groups to find.
  const positional = ties === 'ordinal' && preOrdered;
  // The keys in sorted order, read sequentially below (random reads here, once).
  const sortedKeys = new Float64Array(positional ? 0 : present);
  for (let k = 0; k < present; k += 1) {
    const j = sortedPositions[k] as number;
    if (presentIndex !== undefined) out[k] = presentIndex[j] as number;
    if (!positional) sortedKeys[k] = presentKeys[j] as number;
  }
  for (let v = 0, m = present; v < n && m < n; v += 1) {
    const i = visit === undefined ? v : (visit[v] as number);
    const k = keys[carried ? v : i] as number;
    if (k !== k) out[m++] = i;
  }
  const missingCount = n - present;

  // Tie groups are contiguous runs of equal keys; inside one, tieBreak (if any) orders the items.
  const tb =
    tieBreak === undefined
      ? undefined
      : (i: number): string | number => {
          const k = read(tieBreak as RankOptions<T>['by'], items[i] as T);
          // Anything else would be ordered through String() (which throws for some objects) or NaN.
          if (typeof k === 'string' || (typeof k === 'number' && !Number.isNaN(k))) return k;
          return fail({ code: 'invalid_type', path: ['items', i], field: 'tieBreak', expected: 'a string or a number to order tied items by', received: k });
        };
  const result = new Array<Ranked<T>>(n);
  let group = 0;
  if (positional) for (let k = 0; k < present; k += 1) result[k] = { item: items[out[k] as number] as T, rank: k + 1 };
  for (let start = 0; start < present && !positional; ) {
    const v = sortedKeys[start] as number;
    let end = start + 1;
    while (end < present && sortedKeys[end] === v) end += 1;
    if (tb !== undefined && !preOrdered && end - start > 1) {
      const slice = Array.from(out.subarray(start, end)).sort((a, b) => compareKeys(tb(a), tb(b)) || a - b);
      for (let k = start; k < end; k += 1) out[k] = slice[k - start] as number;
    }
    group += 1;
    const shared = ties === 'competition' ? start + 1 : ties === 'dense' ? group : (start + 1 + end) / 2;
    for (let k = start; k < end; k += 1) result[k] = { item: items[out[k] as number] as T, rank: ties === 'ordinal' ? k + 1 : shared };
    start = end;
  }
  if (tb !== undefined && !preOrdered && missingCount > 1) {
    const slice = Array.from(out.subarray(present)).sort((a, b) => compareKeys(tb(a), tb(b)) || a - b);
    for (let k = present; k < n; k += 1) out[k] = slice[k - present] as number;
  }
  const lastRank = ties === 'dense' ? group : present;
  const missingRank = ties === 'fractional' ? present + (missingCount + 1) / 2 : lastRank + 1;
  // Missing values come last in `out`.
  for (let k = present; k < n; k += 1) {
    result[k] = { item: items[out[k] as number] as T, rank: missing === 'last' ? (ties === 'ordinal' ? k + 1 : missingRank) : null };
  }
  return result;
}
