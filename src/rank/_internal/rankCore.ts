import { ChisoError, type ChisoIssue } from '../../errors';
import { compareKeys } from '../../_shared/compareKeys';
import { dec } from '../../_shared/decimal';
import { fail, makeIssue } from '../../_shared/issue';
import { decimalOrder } from './decimalOrder';
import { radixOrder } from '../../_shared/radixOrder';
import { uintOrder } from './uintOrder';
import { hasRepeatedKey } from './repeatedKeys';

/** How tied values are ranked. */
export type TieMethod = 'competition' | 'dense' | 'ordinal' | 'fractional';

/** Options of `rank`. */
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
   * before strings). Required for `ordinal` (so the result never depends on input order), where two
   * different items with the same value and the same tie-break key are an error, since nothing
   * would decide which ranks first; otherwise it only orders tied items in the output (items with
   * equal keys, or all tied items without it, keep their input order). A function may be called
   * more than once per item, so it should give the same key each time.
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

/**
 * Below this many items, values are ordered by a comparison sort, and tied items by their tie-break
 * keys within each tie group; from it on, by the radix sorts. A radix sort costs a few passes over
 * up to 65,536 buckets whatever the number of keys (about 0.3–0.6 ms), which made a rank of 3 values
 * take as long as one of thousands. Set by measurement (`npm run bench -- rank`, docs/benchmarks.md).
 */
export const COMPARISON_BELOW = 1024;

function read<T>(by: RankOptions<T>['by'], item: T): unknown {
  return typeof by === 'function' ? by(item) : (item as Record<PropertyKey, unknown>)[by as PropertyKey];
}

/** The indices of `keys` (finite, no −0) in ascending order, then by index: a comparison sort, for few keys. */
function comparisonOrder(keys: Float64Array): Uint32Array {
  const order = new Uint32Array(keys.length);
  for (let i = 0; i < order.length; i += 1) order[i] = i;
  // Finite keys: their difference is never NaN (at worst ±Infinity, which has the right sign).
  return order.sort((a, b) => (keys[a] as number) - (keys[b] as number) || a - b);
}

/** Whether two neighbours in `order` have the same key in `keys` (equal infinities included). */
function hasRepeats(order: Uint32Array, keys: Uint32Array | Float64Array): boolean {
  for (let k = 1; k < order.length; k += 1) if (keys[order[k] as number] === keys[order[k - 1] as number]) return true;
  return false;
}

/**
 * Every item's index in (tie-break key, index) order when every tie-break key is a number (not NaN);
 * `null` when that is the input order; else `undefined` (the comparison sort per tie group then
 * orders them, and reports invalid keys of tied items only, as before). The order equals
 * compareKeys's: −0 and 0 are one key, as are two equal infinities (their difference is NaN, so the
 * index decides), and a radix sort is stable. Whole-number keys below 2^32 (ids, row numbers) take
 * the two-pass {@link uintOrder}; others the radix sort on their doubles.
 *
 * With `distinct` (ordinal ties), two items with one key also give `undefined`: the comparison path
 * then finds whether they tie on their values too, which is an error.
 */
function numericTieOrder<T>(items: readonly T[], tieBreak: NonNullable<RankOptions<T>['tieBreak']>, keys: Float64Array, distinct: boolean): { order: Uint32Array; carried: boolean } | null | undefined {
  const n = items.length;
  const read: (i: number) => unknown =
    typeof tieBreak === 'function' ? (i) => tieBreak(items[i] as T) : (i) => (items[i] as Record<PropertyKey, unknown>)[tieBreak as PropertyKey];
  // Whole numbers from 0 to 2^32 − 1 (ids, row numbers) are read straight into 32 bits; at the first
  // other number every key is read again as a double. A key is read inline (the common, fast case).
  const whole = new Uint32Array(n);
  const key = typeof tieBreak === 'function' ? undefined : (tieBreak as PropertyKey);
  let ascending = true;
  let repeated = false;
  let max = 0;
  let i = 0;
  try {
    for (let last = -1; i < n; i += 1) {
      const k = key === undefined ? read(i) : (items[i] as Record<PropertyKey, unknown>)[key];
      // k >>> 0 === k: a whole number from 0 to 2^32 − 1 (−0 included, as 0).
      if (typeof k !== 'number' || k >>> 0 !== k) break;
      whole[i] = k;
      if (k < last) ascending = false;
      else if (k === last) repeated = true;
      if (k > max) max = k;
      last = k;
    }
  } catch {
    // The comparison path calls it again and throws only where it did before (a tied item).
    return undefined;
  }
  if (i === n) {
    if (distinct && repeated) return undefined;
    if (ascending) return null;
    // Ordinal ties with one id used twice (rare): ordered per group, where the repeat is an error.
    // Checked before the sort, so the value keys are still in input order when it is found.
    if (distinct && hasRepeatedKey(whole, max, () => uintOrder(whole, max))) return undefined;
    // The value keys travel with the ids (`carried`): read in tie order later, in sequence.
    return { order: uintOrder(whole, max, keys), carried: true };
  }
  const tk = new Float64Array(n);
  ascending = true;
  repeated = false;
  try {
    for (let j = 0; j < n; j += 1) {
      const k = read(j);
      if (typeof k !== 'number' || Number.isNaN(k)) return undefined;
      tk[j] = k === 0 ? 0 : k;
      if (j > 0) {
        if ((tk[j - 1] as number) > (tk[j] as number)) ascending = false;
        else if (tk[j - 1] === tk[j]) repeated = true;
      }
    }
  } catch {
    // A throwing function or getter: as above.
    return undefined;
  }
  if (distinct && repeated) return undefined;
  // Keys already ascending in input order (an index, ids as listed): the input order is the order.
  if (ascending) return null;
  const order = decimalOrder(tk) ?? radixOrder(tk);
  if (distinct && hasRepeats(order, tk)) return undefined;
  return { order, carried: false };
}

/**
 * `rank` itself (see its documentation), with the size below which values are ordered by a
 * comparison sort as a parameter, so the tests can run both ways on the same input.
 *
 * @param items - the items to rank
 * @param options - as for `rank`
 * @param comparisonBelow - below this many items, comparison sorts; from it on, radix sorts
 * @returns `{ item, rank }` for every item, in rank order
 * @throws {ChisoError} as `rank` does
 * @example
 * rankCore([2, 1], { by: (x) => x }, COMPARISON_BELOW).map((r) => r.rank);
 * //=> [1, 2]
 */
export function rankCore<T>(items: readonly T[], options: RankOptions<T>, comparisonBelow: number): Ranked<T>[] {
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

  // Few items: comparison sorts throughout (the radix sorts' bucket tables would cost more than the
  // sorting). Many: with numeric tie-break keys (an id, an index), the items are first put in
  // (tie-break key, index) order by a radix sort, so the stable radix sort on the values below
  // leaves every tie group already ordered: linear time instead of a comparison sort per group.
  // Items are visited in that order (`visit`), else in input order (already the tie order, or
  // string, mixed, invalid or — for ordinal ties — repeated keys, ordered per group below).
  const small = n < comparisonBelow;
  const tieOrder = tieBreak === undefined || small ? undefined : numericTieOrder(items, tieBreak, keys, ties === 'ordinal');
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
  const sortedPositions = small ? comparisonOrder(presentKeys) : (decimalOrder(presentKeys) ?? radixOrder(presentKeys));
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
  // Ordinal ranks of two different items that tie on their value and on their tie-break key would
  // follow the input order: every such pair is an error (two references to one item, or one
  // primitive listed twice, rank the same whichever comes first).
  const repeats: ChisoIssue[] = [];
  const orderGroup = (from: number, to: number, checkRepeats: boolean) => {
    const slice = Array.from(out.subarray(from, to), (i) => ({ i, k: (tb as (i: number) => string | number)(i) })).sort((a, b) => compareKeys(a.k, b.k) || a.i - b.i);
    for (let k = from; k < to; k += 1) out[k] = (slice[k - from] as { i: number }).i;
    if (!checkRepeats) return;
    for (let k = 1; k < slice.length; k += 1) {
      const a = slice[k - 1] as { i: number; k: string | number };
      const b = slice[k] as { i: number; k: string | number };
      if (a.k === b.k && !Object.is(items[a.i], items[b.i])) {
        const first = Math.min(a.i, b.i);
        repeats.push(
          makeIssue({
            code: 'duplicate_key',
            path: ['items', Math.max(a.i, b.i)],
            field: 'tieBreak',
            expected: `an item whose tie-break key differs from that of items[${first}], which has the same value (ordinal ranks would otherwise depend on the input order)`,
            received: b.k,
          }),
        );
      }
    }
  };
  const result = new Array<Ranked<T>>(n);
  let group = 0;
  if (positional) for (let k = 0; k < present; k += 1) result[k] = { item: items[out[k] as number] as T, rank: k + 1 };
  for (let start = 0; start < present && !positional; ) {
    const v = sortedKeys[start] as number;
    let end = start + 1;
    while (end < present && sortedKeys[end] === v) end += 1;
    if (tb !== undefined && !preOrdered && end - start > 1) orderGroup(start, end, ties === 'ordinal');
    group += 1;
    const shared = ties === 'competition' ? start + 1 : ties === 'dense' ? group : (start + 1 + end) / 2;
    for (let k = start; k < end; k += 1) result[k] = { item: items[out[k] as number] as T, rank: ties === 'ordinal' ? k + 1 : shared };
    start = end;
  }
  // Missing values ranked last under `ordinal` take ranks one by one too.
  if (tb !== undefined && !preOrdered && missingCount > 1) orderGroup(present, n, ties === 'ordinal' && missing === 'last');
  if (repeats.length > 0) throw new ChisoError(repeats);
  const lastRank = ties === 'dense' ? group : present;
  const missingRank = ties === 'fractional' ? present + (missingCount + 1) / 2 : lastRank + 1;
  // Missing values come last in `out`.
  for (let k = present; k < n; k += 1) {
    result[k] = { item: items[out[k] as number] as T, rank: missing === 'last' ? (ties === 'ordinal' ? k + 1 : missingRank) : null };
  }
  return result;
}
