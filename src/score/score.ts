import type Decimal from 'decimal.js';
import type { ObservationColumns } from '../model/observationColumns';
import { checkColumns } from '../model/intake/checkColumns';
import { columnError, columnRow } from '../model/intake/columnRows';
import { compareText } from '../_shared/compareKeys';
import { z } from 'zod';
import { ChisoError, type ChisoIssue } from '../errors';
import { dec, toNumber } from '../_shared/decimal';
import { makeIssue } from '../_shared/issue';
import { isObservationKey } from '../model/intake/observationFields';
import { checkSchemeDepth } from '../_shared/schemeDepth';
import { fromZodIssues, parseOrThrow } from '../_shared/zod';
import {
  DoneObservationSchema,
  FractionObservationSchema,
  PeriodSchema,
  RankObservationSchema,
  type Observation,
  type Period,
} from '../model/observation';
import {
  MinCoverageSchema,
  MissingPolicySchema,
  ScoreInputSchema,
  SchemeSchema,
  type GroupNode,
  type LeafNode,
  type MissingPolicy,
  type NodeScore,
  type Rule,
  type Scheme,
  type SchemeNode,
  type ScoreInput,
  type UnitScore,
} from '../model/scheme';

/** Options of {@link score}; each overrides the scheme's own setting. */
export interface ScoreOptions {
  /** What a missing leaf counts as: `error`, `zero` or `reweight` (the scheme's, else `reweight`). */
  readonly missing?: MissingPolicy;
  /** Under `reweight`, the share of each group's weight that must have data (the scheme's, else 1). */
  readonly minCoverage?: number;
}

const OptionsSchema = z.strictObject({ missing: MissingPolicySchema.optional(), minCoverage: MinCoverageSchema.optional() });

const SHAPES = [
  { keys: ['value'], schema: ScoreInputSchema, field: 'value' },
  { keys: ['numerator', 'denominator'], schema: FractionObservationSchema, field: 'numerator' },
  { keys: ['done'], schema: DoneObservationSchema, field: 'done' },
  { keys: ['rank'], schema: RankObservationSchema, field: 'rank' },
] as const;

type Path = (string | number)[];

/** An observation once valid, whichever its shape (the fields of the other shapes are absent). */
interface Obs {
  readonly unit: string;
  readonly indicator: string;
  readonly period: Period;
  readonly value?: number | boolean | string;
  readonly numerator?: number;
  readonly denominator?: number;
  readonly done?: boolean;
  readonly rank?: number;
  readonly scale?: 'percent' | 'ratio';
}

// What a cell (unit × period × indicator) holds. Numbers live in a Float64Array, so the kind says how
// to read them: a boolean is 0 / 1, a share is its value n·100 ÷ d (or n ÷ d) with n and d kept
// beside it for exact comparisons, a category is kept as text on the side.
const ABSENT = 0;
const NUMBER = 1;
const BOOL = 2;
const CATEGORY = 3;
const SHARE_PERCENT = 4;
const SHARE_RATIO = 5;
const NONE = 6;
const NONE_WHY = '0 of 0 (a share of nothing)';

// Rule codes of the compiled leaves.
const R_INDEX = 0;
const R_PROPORTIONAL = 1;
const R_BANDS = 2;
const R_CATEGORICAL = 3;
const R_BOOLEAN = 4;
const R_MINMAX = 5;
const R_DISTANCE = 6;
const R_MINMAX_PEERS = 7;
const R_ZSCORE = 8;
const R_RANK = 9;
const R_PERCENT_OF_MAX = 10;

/** A float coverage this close to minCoverage is recomputed exactly (float error is below 1e-13). */
const COVERAGE_GUARD = 1e-9;
/** Rows of observation columns read at a time (see readColumns). */
const COLUMN_CHUNK = 4096;
const TWO_53 = 9007199254740992;
const TWO_50 = 1125899906842624;
const POW10 = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

/**
 * The decimal places of a number as written (its shortest text), 0 to 15, or −1 for more (or for a
 * number too large to scale). With k places and |v|·10^k below 2^50, v·10^k rounds to the one integer
 * N with N ÷ 10^k = v as written, so differences of such integers are the exact decimal differences.
 */
function decimalPlaces(v: number): number {
  for (let k = 0; k < POW10.length; k += 1) {
    const p = POW10[k] as number;
    const scaled = Math.round(v * p);
    if (Math.abs(scaled) >= TWO_50) return -1;
    if (scaled / p === v) return k;
  }
  return -1;
}

type KindSet = Readonly<Partial<Record<Rule['kind'], true>>>;

const isGroup = (node: SchemeNode): node is GroupNode => 'children' in node;

/** Sort key of a period: a year counts as its last day (after every date in it). */
function periodKey(period: Period): string {
  return typeof period === 'number' ? `${period}-12-31~` : period;
}

/**
 * Zod reports a node that fits neither a group nor a leaf as one `invalid_union` holding both
 * attempts. Pick the attempt the node meant — a group if it has `children`, a leaf if it has
 * `indicator` or `rule` — so the issue names the real field (e.g. `rule.reference`).
 */
function flattenUnions(issues: readonly z.core.$ZodIssue[], prefix: Path, out: ChisoIssue[]): void {
  for (const issue of issues) {
    const path = [...prefix, ...issue.path.map((k) => (typeof k === 'symbol' ? String(k) : k))];
    const union = issue.code === 'invalid_union' ? issue : undefined;
    const input = union?.input;
    if (union !== undefined && !('discriminator' in union) && union.errors.length === 2 && typeof input === 'object' && input !== null) {
      const option = 'children' in input ? 0 : 'indicator' in input || 'rule' in input ? 1 : undefined;
      const chosen = option === undefined ? undefined : union.errors[option];
      if (chosen !== undefined) {
        flattenUnions(chosen, path, out);
        continue;
      }
      out.push(makeIssue({ code: 'invalid_type', path: ['scheme', ...path], expected: 'a group (with children) or a leaf (with indicator and rule)', received: input }));
      continue;
    }
    out.push(...fromZodIssues([{ ...issue, path }], ['scheme']));
  }
}

function parseScheme(input: unknown): Scheme {
  // The schema recurses into every group: a scheme nested some hundreds of levels deep (or with a
  // cycle) would overflow the stack inside zod before any issue could be reported.
  checkSchemeDepth(input, ['scheme']);
  const result = SchemeSchema.safeParse(input, { reportInput: true });
  if (result.success) return result.data;
  const issues: ChisoIssue[] = [];
  flattenUnions(result.error.issues, [], issues);
  throw new ChisoError(issues);
}

/** A node's stated points: its `points`, or for a group without `weight` whose children all state points, their sum. */
function statedPoints(node: SchemeNode): Decimal | undefined {
  if (node.points !== undefined) return dec(node.points);
  if (!isGroup(node) || node.weight !== undefined) return undefined;
  let sum = dec(0);
  for (const child of node.children) {
    const p = statedPoints(child);
    if (p === undefined) return undefined;
    sum = sum.plus(p);
  }
  return sum;
}

// ---------------------------------------------------------------------------------------------
// The compiled scheme: flat arrays in scheme (pre-)order, built once per call.

/** A `bands` rule, highest min first. A min is also kept as the integer `scaled` ÷ `pow` (10^k) when it can be. */
interface BandPlan {
  readonly min: Float64Array;
  readonly index: Float64Array;
  readonly scaled: Float64Array;
  readonly pow: Float64Array;
}

interface LeafPlan {
  readonly node: LeafNode;
  readonly code: number;
  readonly lower: boolean;
  /** `reference`, `target`, or the fixed `min` of a minmax rule. */
  readonly a: number;
  /** The fixed `max` of a minmax rule. */
  readonly b: number;
  /** The decimal places of a fixed minmax's goalposts (the more of the two), or −1. */
  readonly places: number;
  readonly truncate: boolean;
  readonly bands: BandPlan | undefined;
  readonly categories: ReadonlyMap<string, number> | undefined;
}

interface Plan {
  readonly ids: readonly string[];
  /** Leaf number of a node, −1 for a group. */
  readonly leafOf: Int32Array;
  /** Weight among its siblings. */
  readonly weight: Float64Array;
  readonly dWeight: readonly Decimal[];
  readonly max: readonly number[];
  /** A group's total children weight. */
  readonly total: Float64Array;
  readonly dTotal: readonly Decimal[];
  readonly geometric: Uint8Array;
  /** Children of node j: childList[childStart[j] .. childStart[j + 1]). */
  readonly childStart: Int32Array;
  readonly childList: Int32Array;
  /** The leaf numbers under each node. */
  readonly leavesUnder: readonly (readonly number[])[];
  readonly leaves: readonly LeafPlan[];
}

function planBands(rule: Extract<Rule, { kind: 'bands' }>): BandPlan {
  const sorted = [...rule.bands].sort((x, y) => (x.min < y.min ? 1 : x.min > y.min ? -1 : 0));
  const n = sorted.length;
  const plan: BandPlan = { min: new Float64Array(n), index: new Float64Array(n), scaled: new Float64Array(n), pow: new Float64Array(n) };
  sorted.forEach((band, i) => {
    plan.min[i] = band.min;
    plan.index[i] = band.index;
    if (Number.isSafeInteger(band.min)) {
      plan.scaled[i] = band.min;
      plan.pow[i] = 1;
      return;
    }
    // The min as written (its shortest decimal text): M ÷ 10^k with M a safe integer, when it is one.
    const d = dec(band.min);
    const k = d.decimalPlaces();
    const m = d.times(dec(10).pow(k));
    if (k <= 15 && m.abs().lt(TWO_53)) {
      plan.scaled[i] = m.toNumber();
      plan.pow[i] = 10 ** k;
    }
  });
  return plan;
}

function planLeaf(node: LeafNode): LeafPlan {
  const rule = node.rule;
  const lower = 'direction' in rule && rule.direction === 'lower';
  // One object literal, so every leaf plan has one shape (the hot loops see one map).
  const make = (code: number, a = 0, b = 1, truncate = true, bands?: BandPlan, categories?: ReadonlyMap<string, number>): LeafPlan => {
    const pa = decimalPlaces(a);
    const pb = decimalPlaces(b);
    const places = pa < 0 || pb < 0 ? -1 : Math.max(pa, pb);
    return { node, code, lower, a, b, places, truncate, bands, categories };
  };
  switch (rule.kind) {
    case 'index':
      return make(R_INDEX);
    case 'proportional':
      return make(R_PROPORTIONAL, rule.reference);
    case 'distanceToTarget':
      return make(R_DISTANCE, rule.target);
    case 'bands':
      return make(R_BANDS, 0, 1, true, planBands(rule));
    case 'categorical':
      return make(R_CATEGORICAL, 0, 1, true, undefined, new Map(Object.entries(rule.map)));
    case 'boolean':
      return make(R_BOOLEAN);
    case 'minmax':
      if (rule.min === undefined || rule.max === undefined) return make(R_MINMAX_PEERS);
      return make(R_MINMAX, rule.min, rule.max, rule.truncate !== false);
    case 'zscore':
      return make(R_ZSCORE);
    case 'rank':
      return make(R_RANK);
    case 'percentOfMax':
      return make(R_PERCENT_OF_MAX);
  }
}

/** Flattens the tree; weights and maxes are worked out in decimal (once), then read as numbers. */
function compile(root: SchemeNode): Plan {
  const ids: string[] = [];
  const leafOf: number[] = [];
  const weight: number[] = [];
  const dWeight: Decimal[] = [];
  const max: number[] = [];
  const total: number[] = [];
  const dTotal: Decimal[] = [];
  const geometric: number[] = [];
  const children: number[][] = [];
  const leavesUnder: number[][] = [];
  const leaves: LeafPlan[] = [];
  const visit = (node: SchemeNode, w: Decimal, m: Decimal): number => {
    const j = ids.length;
    ids.push(node.id);
    weight.push(toNumber(w));
    dWeight.push(w);
    max.push(toNumber(m));
    total.push(0);
    dTotal.push(w);
    geometric.push(0);
    children.push([]);
    if (!isGroup(node)) {
      leafOf.push(leaves.length);
      leavesUnder.push([leaves.length]);
      leaves.push(planLeaf(node));
      return j;
    }
    leafOf.push(-1);
    leavesUnder.push([]);
    const ws = node.children.map((child) => statedPoints(child) ?? dec(child.weight ?? 1));
    const sum = ws.reduce((a, x) => a.plus(x), dec(0));
    const kids = node.children.map((child, i) => {
      const cw = ws[i] as Decimal;
      return visit(child, cw, m.times(cw).div(sum));
    });
    children[j] = kids;
    total[j] = toNumber(sum);
    dTotal[j] = sum;
    geometric[j] = node.aggregation === 'geometric' ? 1 : 0;
    leavesUnder[j] = kids.flatMap((k) => leavesUnder[k] as number[]);
    return j;
  };
  visit(root, dec(1), statedPoints(root) ?? dec(1));
  const childStart = new Int32Array(ids.length + 1);
  children.forEach((kids, j) => {
    childStart[j + 1] = (childStart[j] as number) + kids.length;
  });
  return {
    ids,
    leafOf: Int32Array.from(leafOf),
    weight: Float64Array.from(weight),
    dWeight,
    max,
    total: Float64Array.from(total),
    dTotal,
    geometric: Uint8Array.from(geometric),
    childStart,
    childList: Int32Array.from(children.flat()),
    leavesUnder,
    leaves,
  };
}

// ---------------------------------------------------------------------------------------------
// Reading observations

/** What every leaf reading one indicator accepts, for the quick check of a value. */
interface IndicatorPlan {
  readonly name: string;
  readonly slot: number;
  readonly users: readonly LeafPlan[];
  /** Every user takes a number, between `lo` and `hi`. */
  readonly numeric: boolean;
  readonly lo: number;
  readonly hi: number;
  /** Every user is a `boolean` leaf. */
  readonly bool: boolean;
  /** Every user is a `categorical` leaf. */
  readonly categorical: boolean;
}

const NUMERIC_RULES: KindSet = { index: true, proportional: true, bands: true, minmax: true, zscore: true, distanceToTarget: true, rank: true, percentOfMax: true };
const NON_NEGATIVE_RULES: KindSet = { proportional: true, distanceToTarget: true, percentOfMax: true };

function planIndicators(leaves: readonly LeafPlan[]): Map<string, IndicatorPlan> {
  const byIndicator = new Map<string, LeafPlan[]>();
  for (const leaf of leaves) {
    const users = byIndicator.get(leaf.node.indicator);
    if (users === undefined) byIndicator.set(leaf.node.indicator, [leaf]);
    else users.push(leaf);
  }
  const plans = new Map<string, IndicatorPlan>();
  let slot = 0;
  for (const [indicator, users] of byIndicator) {
    let lo = -Infinity;
    let hi = Infinity;
    for (const u of users) {
      if (u.node.rule.kind === 'index') hi = Math.min(hi, 1);
      if (u.node.rule.kind === 'index' || NON_NEGATIVE_RULES[u.node.rule.kind] === true) lo = Math.max(lo, 0);
    }
    plans.set(indicator, {
      name: indicator,
      slot: slot++,
      users,
      numeric: users.every((u) => NUMERIC_RULES[u.node.rule.kind] === true),
      lo,
      hi,
      bool: users.every((u) => u.code === R_BOOLEAN),
      categorical: users.every((u) => u.code === R_CATEGORICAL),
    });
  }
  return plans;
}

/** What a leaf's rule accepts, in words, or `undefined` when the value fits (the slow, exact statement). */
function misfit(rule: Rule, kind: number, v: number, s: string): string | undefined {
  if (kind === NONE) return undefined;
  if (NUMERIC_RULES[rule.kind] === true) {
    if (kind !== NUMBER && kind !== SHARE_PERCENT && kind !== SHARE_RATIO) return 'a number';
    if (rule.kind === 'index' && (v < 0 || v > 1)) return 'an index between 0 and 1';
    if (NON_NEGATIVE_RULES[rule.kind] === true && v < 0) return 'a number ≥ 0';
    return undefined;
  }
  if (rule.kind === 'boolean') return kind === BOOL ? undefined : 'a boolean (or done: true / false)';
  if (rule.kind === 'categorical') {
    const categories = Object.keys(rule.map).sort(compareText).map((c) => JSON.stringify(c)).join(', ');
    if (kind !== CATEGORY) return `a category (one of ${categories})`;
    return Object.hasOwn(rule.map, s) ? undefined : `one of ${categories}`;
  }
  return undefined;
}

const trimmedEnd = (c: number): boolean => c > 32 && c < 127;

/**
 * The quick check of an observation: its shape (0 value, 1 numerator + denominator, 2 done, 3 rank)
 * when it is plainly valid, −1 when it needs the schema (which then says what is wrong, or accepts
 * it). Never accepts what the schemas reject.
 */
function quickShape(o: Record<string, unknown>, periods: Map<string, boolean>): number {
  const hasValue = 'value' in o;
  const hasShare = 'numerator' in o || 'denominator' in o;
  const hasDone = 'done' in o;
  const hasRank = 'rank' in o;
  if (Number(hasValue) + Number(hasShare) + Number(hasDone) + Number(hasRank) !== 1 || Array.isArray(o)) return -1;
  const shape = hasValue ? 0 : hasShare ? 1 : hasDone ? 2 : 3;
  // A key enumerated here is `in` the object: a shape's key is that of the one shape counted above.
  for (const key in o) if (!isObservationKey(key)) return -1;
  const unit = o['unit'];
  // A unit the schema would trim (or find empty) goes the slow way.
  if (typeof unit !== 'string' || unit.length === 0) return -1;
  if (!(trimmedEnd(unit.charCodeAt(0)) && trimmedEnd(unit.charCodeAt(unit.length - 1))) && unit.trim() !== unit) return -1;
  if (typeof o['indicator'] !== 'string') return -1;
  const period = o['period'];
  if (typeof period === 'number') {
    if (!(Number.isInteger(period) && period >= 1900 && period <= 2199)) return -1;
  } else if (typeof period === 'string') {
    let ok = periods.get(period);
    if (ok === undefined) {
      ok = PeriodSchema.safeParse(period).success;
      periods.set(period, ok);
    }
    if (!ok) return -1;
  } else {
    return -1;
  }
  const scale = o['scale'];
  if (scale !== undefined && scale !== 'percent' && scale !== 'ratio') return -1;
  const source = o['source'];
  if (source !== undefined && (typeof source !== 'string' || source.length === 0)) return -1;
  const note = o['note'];
  if (note !== undefined && (typeof note !== 'string' || note.length === 0)) return -1;
  switch (shape) {
    case 0: {
      const value = o['value'];
      if (typeof value === 'number') return Number.isFinite(value) ? 0 : -1;
      if (typeof value === 'boolean') return 0;
      return typeof value === 'string' && value.length > 0 ? 0 : -1;
    }
    case 1: {
      const n = o['numerator'];
      const d = o['denominator'];
      return typeof n === 'number' && typeof d === 'number' && Number.isFinite(n) && Number.isFinite(d) && n >= 0 && d >= 0 ? 1 : -1;
    }
    case 2:
      return typeof o['done'] === 'boolean' ? 2 : -1;
    default: {
      const r = o['rank'];
      return typeof r === 'number' && Number.isSafeInteger(r) && r > 0 ? 3 : -1;
    }
  }
}

/** The schema's verdict on an observation the quick check did not accept, with its issues. */
function parseSlow(raw: unknown, path: Path, issues: ChisoIssue[]): { o: Obs; shape: number } | undefined {
  const present = typeof raw === 'object' && raw !== null ? SHAPES.filter((s) => s.keys.some((k) => k in raw)) : [];
  const shape = present[0];
  if (present.length !== 1 || shape === undefined) {
    issues.push(makeIssue({ code: 'invalid_type', path, expected: 'an observation with exactly one of value, numerator + denominator, done or rank', received: raw }));
    return undefined;
  }
  const parsed = shape.schema.safeParse(raw, { reportInput: true });
  if (!parsed.success) {
    issues.push(...fromZodIssues(parsed.error.issues, path, contextOf(raw)));
    return undefined;
  }
  return { o: parsed.data as Obs, shape: SHAPES.indexOf(shape) };
}

/** The unit and indicator of an observation as given, for issues. */
function contextOf(raw: unknown): { unit: string | undefined; indicator: string | undefined } {
  const r = raw as Record<string, unknown>;
  return { unit: typeof r['unit'] === 'string' ? r['unit'] : undefined, indicator: typeof r['indicator'] === 'string' ? r['indicator'] : undefined };
}

/** The cells of every unit × period (rows) × indicator (slots): `kind`, the number, and what a number cannot hold. */
class Store {
  kinds: Uint8Array;
  nums: Float64Array;
  shareN: Float64Array | undefined;
  shareD: Float64Array | undefined;
  readonly text = new Map<number, string>();
  rows = 0;
  readonly units: string[] = [];
  readonly periods: Period[] = [];

  constructor(
    readonly width: number,
    private capacity: number,
  ) {
    this.kinds = new Uint8Array(capacity * width);
    this.nums = new Float64Array(capacity * width);
  }

  addRow(unit: string, period: Period): number {
    if (this.rows === this.capacity) {
      this.capacity *= 2;
      this.kinds = grow(this.kinds, new Uint8Array(this.capacity * this.width));
      this.nums = grow(this.nums, new Float64Array(this.capacity * this.width));
      if (this.shareN !== undefined) this.shareN = grow(this.shareN, new Float64Array(this.capacity * this.width));
      if (this.shareD !== undefined) this.shareD = grow(this.shareD, new Float64Array(this.capacity * this.width));
    }
    this.units.push(unit);
    this.periods.push(period);
    return this.rows++;
  }

  setShare(slot: number, n: number, d: number): void {
    this.shareN ??= new Float64Array(this.capacity * this.width);
    this.shareD ??= new Float64Array(this.capacity * this.width);
    this.shareN[slot] = n;
    this.shareD[slot] = d;
  }

  /** A cell's number in exact decimal (a share as n ÷ d, times 100 for a percent), as the comparisons on it need. */
  exact(slot: number): Decimal {
    const kind = this.kinds[slot] as number;
    if (kind !== SHARE_PERCENT && kind !== SHARE_RATIO) return dec(this.nums[slot] as number);
    const share = dec((this.shareN as Float64Array)[slot] as number).div((this.shareD as Float64Array)[slot] as number);
    return kind === SHARE_PERCENT ? share.times(100) : share;
  }
}

function grow<T extends Uint8Array | Float64Array>(from: T, to: T): T {
  to.set(from);
  return to;
}

// ---------------------------------------------------------------------------------------------
// Leaf indices

/** Whether n·s ÷ d (a share, n ≥ 0, d > 0) reaches band b, compared exactly. */
function shareReaches(bands: BandPlan, b: number, n: number, s: number, d: number): boolean {
  const min = bands.min[b] as number;
  if (min <= 0) return true;
  const pow = bands.pow[b] as number;
  if (pow > 0 && Number.isSafeInteger(n) && Number.isSafeInteger(d)) {
    // n·s·10^k ≥ M·d in integers; each product is exact when it stays below 2^53.
    const left = n * s * pow;
    const right = (bands.scaled[b] as number) * d;
    if (left < TWO_53 && right < TWO_53) return left >= right;
  }
  return dec(n).times(s).gte(dec(min).times(d));
}

/**
 * The index of a rule that needs only the unit's own value (the value is present), for what
 * {@link leafRow} does not score inline: a share, a category, and any value of a fixed minmax. Plain
 * numbers and booleans under the other rules are scored inline there and never reach here.
 */
function ownIndex(leaf: LeafPlan, store: Store, slot: number): number {
  const kind = store.kinds[slot] as number;
  const v = store.nums[slot] as number;
  switch (leaf.code) {
    case R_INDEX:
      // A ratio share (a percent share cannot be an index).
      return v + 0;
    case R_CATEGORICAL:
      return (leaf.categories as ReadonlyMap<string, number>).get(store.text.get(slot) as string) as number;
    case R_PROPORTIONAL:
    case R_DISTANCE: {
      const t = leaf.a;
      // A share n·s ÷ d: one division of the products, so 1 of 3 against 80 is exactly 100 ÷ 240.
      const p = ((store.shareN as Float64Array)[slot] as number) * (kind === SHARE_PERCENT ? 100 : 1);
      const q = (store.shareD as Float64Array)[slot] as number;
      if (leaf.lower) return p <= t * q ? 1 : (t * q) / p;
      return Math.min(p / (q * t), 1);
    }
    case R_BANDS: {
      const bands = leaf.bands as BandPlan;
      const count = bands.min.length;
      const n = (store.shareN as Float64Array)[slot] as number;
      const d = (store.shareD as Float64Array)[slot] as number;
      const s = kind === SHARE_PERCENT ? 100 : 1;
      for (let b = 0; b < count; b += 1) if (shareReaches(bands, b, n, s, d)) return bands.index[b] as number;
      return 0;
    }
    default: {
      // R_MINMAX (fixed goalposts), the one other rule that reaches here.
      let raw: number;
      const own = kind === NUMBER && leaf.places >= 0 ? decimalPlaces(v) : -1;
      const p = own < 0 ? 0 : (POW10[Math.max(own, leaf.places)] as number);
      const lo = Math.round(leaf.a * p);
      const hi = Math.round(leaf.b * p);
      const x = Math.round(v * p);
      if (p > 0 && Math.abs(lo) < TWO_50 && Math.abs(hi) < TWO_50 && Math.abs(x) < TWO_50) {
        // In integers value·10^k: the exact decimal differences (see decimalPlaces).
        raw = leaf.lower ? (hi - x) / (hi - lo) : (x - lo) / (hi - lo);
      } else {
        raw = kind === NUMBER ? Number.NaN : shareMinmax(leaf, store, slot);
        if (raw !== raw) raw = leaf.lower ? (leaf.b - v) / (leaf.b - leaf.a) : (v - leaf.a) / (leaf.b - leaf.a);
      }
      if (!leaf.truncate) return raw + 0;
      return raw <= 0 ? 0 : raw > 1 ? 1 : raw;
    }
  }
}

/**
 * A fixed minmax of a share n·s ÷ d in integers: (n·s·10^k − A·d) ÷ (d·(B − A)) with the goalposts
 * A = min·10^k, B = max·10^k, exact but for the one division when every product stays below 2^53;
 * NaN when they do not.
 */
function shareMinmax(leaf: LeafPlan, store: Store, slot: number): number {
  const n = (store.shareN as Float64Array)[slot] as number;
  const d = (store.shareD as Float64Array)[slot] as number;
  if (!Number.isSafeInteger(n) || !Number.isSafeInteger(d) || leaf.places < 0) return Number.NaN;
  const p = POW10[leaf.places] as number;
  const lo = Math.round(leaf.a * p);
  const hi = Math.round(leaf.b * p);
  const top = n * (store.kinds[slot] === SHARE_PERCENT ? 100 : 1) * p;
  const span = d * (hi - lo);
  const bound = Math.max(Math.abs(top), Math.abs(lo * d), Math.abs(hi * d), Math.abs(span));
  if (!(bound < TWO_53 / 2)) return Number.NaN;
  return leaf.lower ? (hi * d - top) / span : (top - lo * d) / span;
}

/** The leaves of one row, filled by {@link leafRow}: whether each has data, its index, value and z. */
interface LeafRow {
  readonly has: Uint8Array;
  readonly index: Float64Array;
  readonly value: NodeScore['value'][];
  readonly z: Float64Array;
}

/** Fills the leaves of one row: data or not, index (own rule, or from the peer column), value, z. */
function leafRow(leaves: readonly LeafPlan[], store: Store, row: number, slotOf: Int32Array, peers: readonly (PeerColumn | undefined)[], out: LeafRow): void {
  const { kinds, nums } = store;
  const { has, index, value, z } = out;
  const cells = row * store.width;
  for (let l = 0; l < leaves.length; l += 1) {
    const slot = cells + (slotOf[l] as number);
    const kind = kinds[slot];
    if (kind === ABSENT || kind === NONE) {
      has[l] = 0;
      value[l] = null;
      continue;
    }
    has[l] = 1;
    const v = nums[slot] as number;
    // The value shown: the number (−0 as 0), the boolean, the category.
    value[l] = kind === BOOL ? v === 1 : kind === CATEGORY ? (store.text.get(slot) as string) : v + 0;
    const peer = peers[l];
    if (peer !== undefined) {
      index[l] = peer.index[row] as number;
      if (peer.z !== undefined) z[l] = peer.z[row] as number;
      continue;
    }
    const leaf = leaves[l] as LeafPlan;
    if (kind !== NUMBER && kind !== BOOL) {
      index[l] = ownIndex(leaf, store, slot);
      continue;
    }
    // The common case inline: a plain number (or boolean) and a rule of its own.
    let x: number;
    switch (leaf.code) {
      case R_PROPORTIONAL:
      case R_DISTANCE:
        x = leaf.lower ? (v <= leaf.a ? 1 : leaf.a / v) : v >= leaf.a ? 1 : v / leaf.a;
        break;
      case R_BANDS: {
        const bands = leaf.bands as BandPlan;
        x = 0;
        // Two JS numbers compare exactly.
        for (let b = 0; b < bands.min.length; b += 1) {
          if (v >= (bands.min[b] as number)) {
            x = bands.index[b] as number;
            break;
          }
        }
        break;
      }
      case R_MINMAX:
        x = ownIndex(leaf, store, slot);
        break;
      default:
        // boolean, index
        x = v + 0;
    }
    index[l] = x;
  }
}

/**
 * (a + aErr) ÷ (b + bErr), where aErr and bErr are the small errors of the compensated sums a and b:
 * the quotient, corrected by its remainder (a − q·b, with q·b taken exactly by Dekker's product).
 */
function divide(a: number, aErr: number, b: number, bErr: number): number {
  const q = a / b;
  const hi = q * b;
  const qc = 134217729 * q;
  const q1 = qc - (qc - q);
  const q2 = q - q1;
  const bc = 134217729 * b;
  const b1 = bc - (bc - b);
  const b2 = b - b1;
  const lo = q1 * b1 - hi + q1 * b2 + q2 * b1 + q2 * b2;
  const x = q + (a - hi - lo + aErr - q * bErr) / b;
  return Number.isFinite(x) ? x : q;
}

/** Φ(z), the standard normal CDF, to about 1e-16 absolute. */
function normalCdf(z: number): number {
  if (z === 0) return 0.5;
  const x = Math.abs(z) / Math.SQRT2;
  let erfc: number;
  if (x < 3) {
    // erf(x) = 2/√π · e^(−x²) · Σ (2x²)ⁿ · x / (1·3·…·(2n+1)): every term positive, no cancellation.
    let term = x;
    let sum = x;
    for (let n = 1; n < 500 && term > sum * 1e-18; n += 1) {
      term *= (2 * x * x) / (2 * n + 1);
      sum += term;
    }
    erfc = 1 - (2 / Math.sqrt(Math.PI)) * Math.exp(-x * x) * sum;
  } else {
    // erfc(x) = e^(−x²)/√π · 1/(x + (1/2)/(x + 1/(x + (3/2)/(x + …)))), evaluated from the tail.
    let t = x;
    for (let k = 120; k >= 1; k -= 1) t = x + k / 2 / t;
    erfc = Math.exp(-x * x) / Math.sqrt(Math.PI) / t;
  }
  const tail = erfc / 2;
  return z > 0 ? 1 - tail : tail;
}

/** Scratch space for one leaf × period of a peer rule. */
interface PeerScratch {
  /** Row ids of the peers. */
  at: Int32Array;
  values: Float64Array;
}

/** A peer leaf's values by row id (NaN where missing) and its results by row id. */
interface PeerColumn {
  readonly values: Float64Array;
  readonly index: Float64Array;
  readonly z: Float64Array | undefined;
  /** Whether any value is a share: then minmax works on fractions, rank ties are decided in decimal, zscore is float64. */
  hasShare: boolean;
}

/**
 * The decimal places shared by values[0 .. n) (the most any has), when every value scaled by 10^k is
 * an integer below 2^50 (and, for spread n > 1, n²·N² stays below 2^53); −1 otherwise.
 */
function commonPlaces(values: Float64Array, n: number, spread: number): number {
  let k = 0;
  let top = 0;
  for (let i = 0; i < n; i += 1) {
    const v = values[i] as number;
    // Most values share the places found so far: one check.
    const p = POW10[k] as number;
    if (Math.round(v * p) / p !== v) {
      const own = decimalPlaces(v);
      if (own < 0) return -1;
      k = Math.max(k, own);
    }
    top = Math.max(top, Math.abs(v));
  }
  const scaled = top * (POW10[k] as number);
  if (!(scaled < TWO_50)) return -1;
  // spread = 1: differences of two such integers; spread = n: zscore's n·Σ N² and S², at most n²·N².
  return spread === 1 || spread * spread * scaled * scaled < TWO_53 ? k : -1;
}

/**
 * Minmax among peers some of whose values are shares: each value as a fraction P ÷ Q of small
 * integers (a share n·100 ÷ d, a number N ÷ 10^k), so that differences are exact cross-products.
 * Returns false (nothing set) when a value has no such form.
 */
function rationalMinmax(lower: boolean, n: number, at: Int32Array, values: Float64Array, store: Store, slotInRow: number, set: (i: number, x: number) => void): boolean {
  const P = new Float64Array(n);
  const Q = new Float64Array(n);
  let topP = 0;
  let topQ = 0;
  for (let i = 0; i < n; i += 1) {
    const slot = (at[i] as number) * store.width + slotInRow;
    const kind = store.kinds[slot];
    if (kind === SHARE_PERCENT || kind === SHARE_RATIO) {
      const num = (store.shareN as Float64Array)[slot] as number;
      const den = (store.shareD as Float64Array)[slot] as number;
      if (!Number.isSafeInteger(num) || !Number.isSafeInteger(den)) return false;
      P[i] = kind === SHARE_PERCENT ? num * 100 : num;
      Q[i] = den;
    } else {
      const v = values[i] as number;
      const k = decimalPlaces(v);
      if (k < 0) return false;
      P[i] = Math.round(v * (POW10[k] as number));
      Q[i] = POW10[k] as number;
    }
    topP = Math.max(topP, Math.abs(P[i] as number));
    topQ = Math.max(topQ, Q[i] as number);
  }
  // Every product P·Q below 2^52, so a difference of two is exact.
  if (!(topP * topQ < TWO_53 / 2)) return false;
  const cmp = (i: number, j: number): number => (P[i] as number) * (Q[j] as number) - (P[j] as number) * (Q[i] as number);
  let h = 0;
  let l = 0;
  for (let i = 1; i < n; i += 1) {
    if (cmp(i, h) > 0) h = i;
    if (cmp(i, l) < 0) l = i;
  }
  const span = cmp(h, l);
  for (let i = 0; i < n; i += 1) {
    // (v − lo) ÷ (hi − lo) = (P·Qlo − Plo·Q) ÷ span × Qhi ÷ Q, and (hi − v) likewise; three roundings
    // may not leave [0, 1].
    const x = span === 0 ? 1 : lower ? (cmp(h, i) / span) * ((Q[l] as number) / (Q[i] as number)) : (cmp(i, l) / span) * ((Q[h] as number) / (Q[i] as number));
    set(i, x > 1 ? 1 : x);
  }
  return true;
}

/**
 * Indices of a peer-based rule for the rows of one period (row ids order[from .. to), in output
 * order) that have a value for the leaf; writes them (and z) by row id.
 */
function peerIndices(leaf: LeafPlan, column: PeerColumn, order: Int32Array, from: number, to: number, scratch: PeerScratch, store: Store, slotInRow: number): void {
  const { at, values } = scratch;
  const col = column.values;
  let n = 0;
  let hi = -Infinity;
  let lo = Infinity;
  for (let r = from; r < to; r += 1) {
    const row = order[r] as number;
    const v = col[row] as number;
    if (v !== v) continue; // NaN: no value
    at[n] = row;
    values[n] = v;
    if (v > hi) hi = v;
    if (v < lo) lo = v;
    n += 1;
  }
  if (n === 0) return;
  const index = column.index;
  const set = (i: number, x: number): void => {
    index[at[i] as number] = x + 0;
  };
  switch (leaf.code) {
    case R_MINMAX_PEERS: {
      // Differences of nearly equal values cancel: with few decimal places (the usual data), they are
      // taken on the integers value·10^k, exactly, so the index is the decimal one, rounded once.
      // (A share's value is a rounded quotient, not a decimal as written: shares go the rational way.)
      const k = column.hasShare ? -1 : commonPlaces(values, n, 1);
      if (k >= 0) {
        const p = POW10[k] as number;
        const top = Math.round(hi * p);
        const bottom = Math.round(lo * p);
        for (let i = 0; i < n; i += 1) {
          const v = Math.round((values[i] as number) * p);
          set(i, top === bottom ? 1 : leaf.lower ? (top - v) / (top - bottom) : (v - bottom) / (top - bottom));
        }
        return;
      }
      if (column.hasShare && rationalMinmax(leaf.lower, n, at, values, store, slotInRow, set)) return;
      let span = hi - lo;
      // Values near ±1.7e308 would overflow the span: halve everything (exact but for subnormals).
      const half = !Number.isFinite(span);
      if (half) span = hi / 2 - lo / 2;
      for (let i = 0; i < n; i += 1) {
        const v = values[i] as number;
        if (span === 0) set(i, 1);
        else if (half) set(i, leaf.lower ? (hi / 2 - v / 2) / span : (v / 2 - lo / 2) / span);
        else set(i, leaf.lower ? (hi - v) / span : (v - lo) / span);
      }
      return;
    }
    case R_PERCENT_OF_MAX:
      for (let i = 0; i < n; i += 1) set(i, hi === 0 ? 1 : (values[i] as number) / hi);
      return;
    case R_ZSCORE: {
      const zs = column.z as Float64Array;
      const put = (i: number, raw: number): void => {
        const z = leaf.lower ? -raw || 0 : raw + 0;
        set(i, normalCdf(z));
        zs[at[i] as number] = z;
      };
      // With few decimal places: z = (n·N − S) ÷ √(n·Σ N² − S²) on the integers N = value·10^k, exact
      // but for the square root and the division (so the mean itself is exactly 0).
      const k = column.hasShare ? -1 : commonPlaces(values, n, n);
      if (k >= 0) {
        const p = POW10[k] as number;
        let sum = 0;
        let squares = 0;
        for (let i = 0; i < n; i += 1) {
          const v = Math.round((values[i] as number) * p);
          values[i] = v;
          sum += v;
          squares += v * v;
        }
        const sd = Math.sqrt(n * squares - sum * sum);
        for (let i = 0; i < n; i += 1) put(i, sd === 0 ? 0 : (n * (values[i] as number) - sum) / sd);
        return;
      }
      // Otherwise two passes (mean, then squared deviations), each a compensated sum; all equal →
      // z = 0. z does not change with the scale, so values far from 1 are first scaled by a power of
      // 2 (exactly), lest their squares overflow or underflow.
      const m = Math.max(Math.abs(hi), Math.abs(lo));
      const f = m > 2 ** 500 ? 2 ** -600 : m < 2 ** -500 ? 2 ** 600 : 1;
      if (f !== 1) for (let i = 0; i < n; i += 1) values[i] = (values[i] as number) * f;
      let sum = 0;
      let c = 0;
      for (let i = 0; i < n; i += 1) {
        const v = values[i] as number;
        const t = sum + v;
        c += Math.abs(sum) >= Math.abs(v) ? sum - t + v : v - t + sum;
        sum = t;
      }
      const mean = (sum + c) / n;
      let ss = 0;
      let cc = 0;
      for (let i = 0; i < n; i += 1) {
        const dv = (values[i] as number) - mean;
        const sq = dv * dv;
        const t = ss + sq;
        cc += ss >= sq ? ss - t + sq : sq - t + ss;
        ss = t;
      }
      const sd = hi === lo ? 0 : Math.sqrt((ss + cc) / n);
      for (let i = 0; i < n; i += 1) put(i, sd === 0 ? 0 : ((values[i] as number) - mean) / sd);
      return;
    }
    case R_RANK: {
      // Best first; competition ranks (1 2 2 4). Ties are equal numbers; with shares, values a few
      // ulps apart are told apart (or found equal) in exact decimal.
      const ord = Array.from({ length: n }, (_, i) => i);
      const sign = leaf.lower ? 1 : -1;
      ord.sort((x, y) => sign * ((values[x] as number) - (values[y] as number)) || x - y);
      const tie = new Uint8Array(n);
      for (let p = 1; p < n; p += 1) tie[p] = values[ord[p] as number] === values[ord[p - 1] as number] ? 1 : 0;
      if (column.hasShare) exactRuns(ord, values, at, store, slotInRow, tie, sign);
      let rank = 1;
      for (let p = 0; p < n; p += 1) {
        if (p > 0 && tie[p] === 0) rank = p + 1;
        set(ord[p] as number, n === 1 ? 1 : (n - rank) / (n - 1));
      }
      return;
    }
  }
}

/** Re-sorts runs of nearly equal values in exact decimal, and marks exact ties (the rare path of rank with shares). */
function exactRuns(ord: number[], values: Float64Array, rows: Int32Array, store: Store, slotInRow: number, tie: Uint8Array, sign: number): void {
  const n = ord.length;
  const near = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-12 * Math.max(Math.abs(a), Math.abs(b));
  for (let start = 0; start < n; ) {
    let end = start + 1;
    while (end < n && near(values[ord[end - 1] as number] as number, values[ord[end] as number] as number)) end += 1;
    if (end - start > 1) {
      const run = ord.slice(start, end).map((i) => ({ i, d: store.exact((rows[i] as number) * store.width + slotInRow) }));
      run.sort((x, y) => sign * x.d.cmp(y.d) || x.i - y.i);
      run.forEach((e, k) => {
        ord[start + k] = e.i;
        if (k > 0) tie[start + k] = e.d.eq((run[k - 1] as { d: Decimal }).d) ? 1 : 0;
      });
    }
    start = end;
  }
}

// ---------------------------------------------------------------------------------------------
// score

/**
 * Scores units against a scheme: for every unit × period in the observations, the index and points
 * of every node of the scheme tree, from the leaves' rules up to the root.
 *
 * - Each leaf reads the observation of its `indicator` for the unit and period: a `value` (number,
 *   boolean or category), a share as `numerator` + `denominator` (a percent, or a ratio with
 *   `scale: 'ratio'`; 0 of 0 counts as missing), `done` (a boolean) or `rank` (a number).
 * - Peer-based rules (`minmax` without goalposts, `zscore`, `rank`, `percentOfMax`) compare a unit
 *   with the units that have a value for the same leaf in the same period.
 * - A group's index is the weighted arithmetic (or geometric) mean of its children's; a node's
 *   points are its index × its max (see `SchemeSchema` for how weights and points combine).
 * - Missing leaves follow `missing` (options, else the scheme's, else `reweight`) and `minCoverage`
 *   (options, else the scheme's, else 1): by default a unit missing any leaf is `no-data` (never a
 *   number made up), while the nodes that have their data still show their index.
 * - Index arithmetic is in float64 (relative error below 1e-15); boundaries (bands, coverage) are
 *   compared exactly. In detail:
 *   - `bands`: a number is compared with each `min` as two JS numbers (exact); a share by
 *     cross-multiplication with the `min` as written (n·100 ≥ min·d, in integers, or decimal for
 *     non-integer counts) — never n ÷ d · 100 in floating point, so 57 of 100 reaches a band at 57.
 *   - `minCoverage`: coverage is a ratio of weights. Full coverage (every child has data) is known
 *     exactly; otherwise the float64 coverage decides, unless it lies within 1e-9 of `minCoverage`,
 *     where it is recomputed in decimal from the weights as written and compared exactly.
 *   - `rank` ties are exact (shares that are nearly equal are compared in decimal).
 *   - Values are taken as written, and differences of nearly equal values are exact: `minmax` (fixed
 *     or among peers) subtracts integers (a value with k decimal places times 10^k; a share as n·100
 *     over d), so 199.98 between 199.97 and 199.99 is exactly 0.5; `zscore` does too while
 *     n²·(value·10^k)² stays below 2^53 (two decimals up to 200 for 3,000 units) and no value is a
 *     share. Beyond that (more than 15 decimal places, integers past 2^50, larger zscore sums) the
 *     differences are float64 ones, which keep their inputs' own rounding.
 *   - Weights and maxes are worked out in decimal once; means use compensated sums. A group whose
 *     children share one index has that index exactly, and a mean never leaves the range of its
 *     children's indices.
 *   - Geometric means are exp(Σ wᵢ·ln xᵢ ÷ Σ w): for very small indices the relative error grows to
 *     about |ln x| × 1e-16. zscore's Φ(z) is computed in float64 (to about 1e-16 absolute).
 * - Nothing is rounded (rounding is formatting) and nothing is NaN. Rows are ordered by period (a
 *   year after the dates in it), then unit id; nodes by their order in the scheme. Input order never
 *   changes the output.
 * - Each row's `nodes` is built the first time it is read (then kept), from the cells `score` keeps:
 *   a list of totals does not pay for one object per node per row. It is an own enumerable property, so
 *   `JSON.stringify`, spreads, `structuredClone` and deep equality see it as a plain one; assigning it
 *   replaces it. A row kept alive keeps the result's cells alive.
 *
 * @param scheme - the scheme (validated here)
 * @param observations - `ScoreInput`s and/or the library's observations (validated here, all problems
 *   reported at once); an observation of an indicator that no leaf uses is an error. Or observation
 *   columns, as `evaluateColumns` takes them (numbers only: a row is a share when its `denominator` is
 *   a number), read without an object kept per row; problems then point into the columns
 * @param options - `missing`, `minCoverage`
 * @returns one score per unit × period, with every node's score under `nodes` (built when first read)
 * @throws {ChisoError} for an invalid scheme or option; an invalid observation (NaN, ±Infinity, a
 *   numerator above its denominator, a ratio outside 0–1); an indicator not in the scheme; two
 *   observations of the same unit × indicator × period; a value its leaf's rule cannot read (a
 *   boolean for a number rule, an unknown category, a negative value for `proportional`,
 *   `distanceToTarget` or `percentOfMax`, an `index` outside 0–1); a missing leaf under
 *   `missing: 'error'`
 *
 * @example
 * const [daNang] = score(schemes.dtiProvince2022, [
 *   ['dti-digital-awareness', 1], ['dti-digital-institutions', 0.9], ['dti-digital-infrastructure', 0.8253],
 *   ['dti-digital-human-resources', 0.8487], ['dti-cybersecurity', 0.7578], ['dti-digital-government', 0.8575],
 *   ['dti-digital-economy', 0.7836], ['dti-digital-society', 0.5197],
 * ].map(([indicator, value]) => ({ unit: 'da-nang', indicator, period: 2022, value })));
 * daNang.points;
 * //=> 800.175
 * daNang.nodes['dti-digital-institutions'].points;
 * //=> 90
 */
export function score(scheme: Scheme, observations: readonly (ScoreInput | Observation)[] | ObservationColumns, options: ScoreOptions = {}): UnitScore[] {
  const sch = parseScheme(scheme);
  const opts = parseOrThrow(OptionsSchema, options, ['options']);
  const missing = opts.missing ?? sch.missing ?? 'reweight';
  const minCoverage = opts.minCoverage ?? sch.minCoverage ?? 1;

  const plan = compile(sch.root);
  const { leaves } = plan;
  const indicators = planIndicators(leaves);

  let read: { store: Store; rowsByPeriod: Map<Period, Map<string, number>> };
  if (Array.isArray(observations)) {
    read = readObservations(observations as readonly (ScoreInput | Observation)[], indicators, sch.id);
  } else if (typeof observations === 'object' && observations !== null && 'unit' in observations) {
    read = readColumns(observations as ObservationColumns, checkColumns(observations, []), indicators, sch.id);
  } else {
    throw new ChisoError([makeIssue({ code: 'invalid_type', path: ['observations'], field: 'observations', expected: 'an array of observations, or observation columns', received: observations })]);
  }
  const { store, rowsByPeriod } = read;

  // Rows in output order: by period (a year after its dates), then unit; `segments` bound the periods.
  const rowCount = store.rows;
  const order = new Int32Array(rowCount);
  const segments: number[] = [0];
  {
    const periods = [...rowsByPeriod.keys()].sort((a, b) => compareText(periodKey(a), periodKey(b)));
    let r = 0;
    for (const period of periods) {
      const units = rowsByPeriod.get(period) as Map<string, number>;
      for (const unit of [...units.keys()].sort()) order[r++] = units.get(unit) as number;
      segments.push(r);
    }
  }
  const slotOf = Int32Array.from(leaves, (leaf) => (indicators.get(leaf.node.indicator) as IndicatorPlan).slot);

  if (missing === 'error') {
    const issues: ChisoIssue[] = [];
    for (let r = 0; r < rowCount; r += 1) {
      const row = order[r] as number;
      leaves.forEach((leaf, l) => {
        const kind = store.kinds[row * store.width + (slotOf[l] as number)];
        if (kind !== ABSENT && kind !== NONE) return;
        issues.push(
          makeIssue({
            code: 'missing_observation',
            path: ['observations'],
            field: 'indicator',
            unit: store.units[row],
            indicator: leaf.node.indicator,
            expected: `an observation for period ${store.periods[row]} of leaf "${leaf.node.id}" (missing: "error")`,
            received: kind === ABSENT ? 'nothing' : NONE_WHY,
          }),
        );
      });
    }
    if (issues.length > 0) throw new ChisoError(issues);
  }

  const peers = scorePeers(leaves, store, order, segments, slotOf);
  return scoreRows(plan, store, order, slotOf, peers, missing, minCoverage);
}

/** Reads every observation into its cell: unit × period (a row) × indicator (a slot). Throws all the issues found. */
function readObservations(
  observations: readonly unknown[],
  indicators: ReadonlyMap<string, IndicatorPlan>,
  schemeId: string,
): { store: Store; rowsByPeriod: Map<Period, Map<string, number>> } {
  const reader = new Reader(indicators, schemeId, observations.length);
  reader.readAll(observations);
  if (reader.issues.length > 0) throw new ChisoError(reader.issues);
  return { store: reader.store, rowsByPeriod: reader.rowsByPeriod };
}

/**
 * Reads observation columns as {@link readObservations} reads objects: a few thousand rows at a time
 * become short-lived observation objects, so no object per row outlives its chunk. Issues point into
 * the columns (`columns.value[i]`).
 */
function readColumns(
  columns: ObservationColumns,
  count: number,
  indicators: ReadonlyMap<string, IndicatorPlan>,
  schemeId: string,
): { store: Store; rowsByPeriod: Map<Period, Map<string, number>> } {
  const reader = new Reader(indicators, schemeId, count);
  const chunk: unknown[] = [];
  for (let from = 0; from < count; from += COLUMN_CHUNK) {
    const to = Math.min(count, from + COLUMN_CHUNK);
    chunk.length = 0;
    for (let i = from; i < to; i += 1) chunk.push(columnRow(columns, i));
    reader.readAll(chunk, from);
  }
  if (reader.issues.length > 0) throw columnError(new ChisoError(reader.issues));
  return { store: reader.store, rowsByPeriod: reader.rowsByPeriod };
}

class Reader {
  readonly issues: ChisoIssue[] = [];
  readonly store: Store;
  readonly rowsByPeriod = new Map<Period, Map<string, number>>();
  private readonly periodCache = new Map<string, boolean>();
  private readonly bySlot: readonly IndicatorPlan[];
  // Long data repeats one order of indicators: after indicator a, guess the one that followed a last
  // time (a string comparison) before asking the map.
  private readonly following: Int32Array;
  private previous = -1;
  private lastUnit: string | undefined;
  private lastPeriod: Period | undefined;
  private lastRow = -1;

  constructor(
    private readonly indicators: ReadonlyMap<string, IndicatorPlan>,
    private readonly schemeId: string,
    count: number,
  ) {
    const width = indicators.size;
    this.store = new Store(width, Math.ceil(count / Math.max(width, 1)) + 16);
    this.bySlot = [...indicators.values()];
    this.following = new Int32Array(width).fill(-1);
  }

  /** The hot loop: a plainly valid number or boolean `value` is stored here; anything else goes through {@link readOne}. */
  readAll(observations: readonly unknown[], offset = 0): void {
    const store = this.store;
    const width = store.width;
    for (let i = 0; i < observations.length; i += 1) {
      const raw: unknown = observations[i];
      if (typeof raw !== 'object' || raw === null || quickShape(raw as Record<string, unknown>, this.periodCache) !== 0) {
        this.readOne(raw, i + offset);
        continue;
      }
      const o = raw as Obs;
      const value = o.value;
      const ind = this.indicatorOf(o.indicator);
      if (ind === undefined || o.scale !== undefined || (typeof value === 'number' ? !(ind.numeric && value >= ind.lo && value <= ind.hi) : typeof value !== 'boolean' || !ind.bool)) {
        this.readOne(raw, i + offset);
        continue;
      }
      const slot = this.rowOf(o.unit, o.period) * width + ind.slot;
      if (store.kinds[slot] !== ABSENT) {
        this.readOne(raw, i + offset);
        continue;
      }
      if (typeof value === 'number') {
        store.kinds[slot] = NUMBER;
        store.nums[slot] = value;
      } else {
        store.kinds[slot] = BOOL;
        store.nums[slot] = value ? 1 : 0;
      }
    }
  }

  private indicatorOf(name: string): IndicatorPlan | undefined {
    const previous = this.previous;
    const guess = previous >= 0 ? (this.following[previous] as number) : -1;
    let ind: IndicatorPlan | undefined;
    if (guess >= 0 && (this.bySlot[guess] as IndicatorPlan).name === name) {
      ind = this.bySlot[guess] as IndicatorPlan;
    } else {
      ind = this.indicators.get(name);
      if (ind === undefined) return undefined;
      if (previous >= 0) this.following[previous] = ind.slot;
    }
    this.previous = ind.slot;
    return ind;
  }

  private rowOf(unit: string, period: Period): number {
    if (unit === this.lastUnit && period === this.lastPeriod) return this.lastRow;
    let units = this.rowsByPeriod.get(period);
    if (units === undefined) {
      units = new Map();
      this.rowsByPeriod.set(period, units);
    }
    let row = units.get(unit);
    if (row === undefined) {
      row = this.store.addRow(unit, period);
      units.set(unit, row);
    }
    this.lastUnit = unit;
    this.lastPeriod = period;
    this.lastRow = row;
    return row;
  }

  /** One observation, any shape, with every check and its issue. */
  private readOne(raw: unknown, i: number): void {
    const { issues, store } = this;
    let shape = typeof raw === 'object' && raw !== null ? quickShape(raw as Record<string, unknown>, this.periodCache) : -1;
    let o = raw as Obs;
    let ind = shape >= 0 ? this.indicatorOf(o.indicator) : undefined;
    if (ind === undefined) {
      // The schema's way, with its issues; an unknown (well-formed) indicator lands here too.
      const parsed = parseSlow(raw, ['observations', i], issues);
      if (parsed === undefined) return;
      o = parsed.o;
      shape = parsed.shape;
      ind = this.indicators.get(o.indicator);
      if (ind === undefined) {
        issues.push(makeIssue({ code: 'unknown_indicator', path: ['observations', i, 'indicator'], field: 'indicator', ...contextOf(raw), expected: `an indicator used by a leaf of scheme "${this.schemeId}"`, received: o.indicator }));
        return;
      }
    }
    const period = o.period;
    const slot = this.rowOf(o.unit, period) * store.width + ind.slot;
    if (store.kinds[slot] !== ABSENT) {
      issues.push(makeIssue({ code: 'duplicate_observation', path: ['observations', i], ...contextOf(raw), field: 'period', expected: 'one observation per unit × indicator × period', received: period }));
      return;
    }
    const invalid = (field: string, expected: string, received: unknown): void => {
      issues.push(makeIssue({ code: 'invalid_value', path: ['observations', i, field], field, ...contextOf(raw), expected, received }));
    };
    let kind: number;
    let v = 0;
    let text = '';
    let field = 'value';
    if (shape === 0) {
      const value = o.value as number | boolean | string;
      if (typeof value === 'number') {
        if (o.scale === 'ratio' && (value < 0 || value > 1)) return invalid('value', "a ratio between 0 and 1 (scale: 'ratio')", value);
        if (o.scale === 'percent' && (value < 0 || value > 100)) return invalid('value', "a percent between 0 and 100 (scale: 'percent')", value);
        kind = NUMBER;
        v = value;
      } else {
        if (o.scale !== undefined) return invalid('scale', 'absent for a value that is not a number', o.scale);
        if (typeof value === 'boolean') {
          kind = BOOL;
          v = value ? 1 : 0;
        } else {
          kind = CATEGORY;
          text = value;
        }
      }
    } else if (shape === 1) {
      const n = o.numerator as number;
      const d = o.denominator as number;
      if (n > d) return invalid('numerator', `at most the denominator (${d})`, n);
      if (d === 0) {
        kind = NONE;
        field = 'denominator';
      } else {
        kind = o.scale === 'ratio' ? SHARE_RATIO : SHARE_PERCENT;
        v = kind === SHARE_RATIO ? n / d : (n * 100) / d;
        field = 'numerator';
      }
    } else if (shape === 2) {
      kind = BOOL;
      v = o.done === true ? 1 : 0;
      field = 'done';
    } else {
      kind = NUMBER;
      v = o.rank as number;
      field = 'rank';
    }
    // The quick check of the value against every leaf that reads it; the slow one says what is wrong.
    let fits: boolean;
    if (kind === NONE) fits = true;
    else if (kind === BOOL) fits = ind.bool;
    else if (kind === CATEGORY) fits = ind.categorical && ind.users.every((u) => (u.categories as ReadonlyMap<string, number>).has(text));
    else fits = ind.numeric && v >= ind.lo && v <= ind.hi;
    if (!fits) {
      fits = true;
      for (const leaf of ind.users) {
        const expected = misfit(leaf.node.rule, kind, v, text);
        if (expected === undefined) continue;
        invalid(field, `${expected} (rule "${leaf.node.rule.kind}" of leaf "${leaf.node.id}")`, 'value' in o ? o.value : 'done' in o ? o.done : 'rank' in o ? o.rank : v);
        fits = false;
      }
      if (!fits) return;
    }
    store.kinds[slot] = kind;
    store.nums[slot] = v;
    if (kind === SHARE_PERCENT || kind === SHARE_RATIO) store.setShare(slot, o.numerator as number, o.denominator as number);
    else if (kind === CATEGORY) store.text.set(slot, text);
  }
}

/**
 * Peer-based leaves, leaf by leaf and period by period: their values are first copied into one
 * column per leaf (by row id, one pass over the cells), so the periods are read from small arrays.
 */
function scorePeers(leaves: readonly LeafPlan[], store: Store, order: Int32Array, segments: readonly number[], slotOf: Int32Array): (PeerColumn | undefined)[] {
  const rowCount = store.rows;
  const width = store.width;
  const columns = leaves.map((leaf): PeerColumn | undefined =>
    leaf.code < R_MINMAX_PEERS
      ? undefined
      : { values: new Float64Array(rowCount), index: new Float64Array(rowCount), z: leaf.code === R_ZSCORE ? new Float64Array(rowCount) : undefined, hasShare: false },
  );
  const peers = leaves.flatMap((_, l) => (columns[l] === undefined ? [] : [l]));
  if (peers.length === 0) return columns;
  const { kinds, nums } = store;
  for (let row = 0; row < rowCount; row += 1) {
    const cells = row * width;
    for (const l of peers) {
      const column = columns[l] as PeerColumn;
      const slot = cells + (slotOf[l] as number);
      const kind = kinds[slot] as number;
      if (kind === ABSENT || kind === NONE) column.values[row] = Number.NaN;
      else {
        column.values[row] = nums[slot] as number;
        if (kind !== NUMBER) column.hasShare = true;
      }
    }
  }
  let longest = 0;
  for (let p = 1; p < segments.length; p += 1) longest = Math.max(longest, (segments[p] as number) - (segments[p - 1] as number));
  const scratch: PeerScratch = { at: new Int32Array(longest), values: new Float64Array(longest) };
  for (const l of peers) {
    for (let p = 1; p < segments.length; p += 1) {
      peerIndices(leaves[l] as LeafPlan, columns[l] as PeerColumn, order, segments[p - 1] as number, segments[p] as number, scratch, store, slotOf[l] as number);
    }
  }
  return columns;
}

/**
 * The coverage of group j in decimal, from the weights as written, for the row whose statuses are in
 * `ok` and leaves' data in `has` (it depends only on which leaves have data, hence the memo).
 */
function exactCoverage(plan: Plan, j: number, ok: Uint8Array, has: Uint8Array, memo: Map<string, Decimal>): Decimal {
  let key = `${j}:`;
  for (const l of plan.leavesUnder[j] as number[]) key += has[l] === 1 ? '1' : '0';
  let c = memo.get(key);
  if (c === undefined) {
    let sum = dec(0);
    for (let e = plan.childStart[j] as number; e < (plan.childStart[j + 1] as number); e += 1) {
      const k = plan.childList[e] as number;
      if (ok[k] !== 1) continue;
      const lk = plan.leafOf[k] as number;
      const ck = lk >= 0 ? dec(has[lk] === 1 ? 1 : 0) : exactCoverage(plan, k, ok, has, memo);
      sum = sum.plus((plan.dWeight[k] as Decimal).times(ck));
    }
    c = sum.div(plan.dTotal[j] as Decimal);
    memo.set(key, c);
  }
  return c;
}

type RecordMaker = (built: readonly NodeScore[]) => Record<string, NodeScore>;

/**
 * A function that builds a row's `nodes` record from its node scores in scheme order. A copy of a
 * template object that already has every key in scheme order keeps the rows' shapes identical (fast
 * properties) without compiling code: the build must hold no `eval` or `new Function`, so a portal
 * under a strict Content-Security-Policy can run it.
 */
function recordMaker(ids: readonly string[]): RecordMaker {
  const template = JSON.parse(JSON.stringify(Object.fromEntries(ids.map((id) => [id, null])))) as Record<string, NodeScore>;
  return (built) => {
    const nodes = { ...template };
    for (let j = 0; j < ids.length; j += 1) nodes[ids[j] as string] = built[j] as NodeScore;
    return nodes;
  };
}

/**
 * One output row. Its root figures are plain properties; `nodes` is an own enumerable accessor that
 * builds the row's node objects on first read, from the columnar cells `score` keeps, and then
 * keeps them. A portal that lists totals never pays for the node objects (56 per row for 33,000
 * communes in the benchmark: 1.86 million); one that reads them (directly, by `JSON.stringify`, a spread or a deep equality) gets the
 * very objects an eager build gives, as the score tests check. Assigning `nodes` replaces them.
 */
function lazyRow(unit: string, period: Period, index: number | null, points: number | null, max: number, coverage: number, row: number, materialize: (row: number) => Record<string, NodeScore>): UnitScore {
  let nodes: Record<string, NodeScore> | undefined;
  return {
    unit,
    period,
    status: index === null ? 'no-data' : 'ok',
    index,
    points,
    max,
    coverage,
    get nodes(): Record<string, NodeScore> {
      nodes ??= materialize(row);
      return nodes;
    },
    set nodes(value: Record<string, NodeScore>) {
      nodes = value;
    },
  };
}

/**
 * Groups bottom-up (reverse scheme order), row by row: the root's figures now, each row's node
 * objects when they are first read.
 */
function scoreRows(plan: Plan, store: Store, order: Int32Array, slotOf: Int32Array, peers: readonly (PeerColumn | undefined)[], missing: MissingPolicy, minCoverage: number): UnitScore[] {
  const zero = missing === 'zero';
  const reweight = missing === 'reweight';
  const { ids, leafOf, weight, max, total, geometric, childStart, childList, leaves } = plan;
  const rowCount = order.length;
  const N = ids.length;
  const idx = new Float64Array(N);
  const cov = new Float64Array(N);
  const pts = new Float64Array(N);
  const ok = new Uint8Array(N);
  const full = new Uint8Array(N);
  const L = leaves.length;
  const leafData: LeafRow = { has: new Uint8Array(L), index: new Float64Array(L), value: new Array<NodeScore['value']>(L).fill(null), z: new Float64Array(L) };
  const { has: leafHas, index: leafIndex, value: leafValue, z: leafZ } = leafData;
  const built: NodeScore[] = new Array<NodeScore>(N);
  const makeRecord = recordMaker(ids);
  const exactMemo = new Map<string, Decimal>();
  const dMin = dec(minCoverage);
  // Where each row goes in the output.
  const position = new Int32Array(rowCount);
  for (let r = 0; r < rowCount; r += 1) position[order[r] as number] = r;

  /**
   * Scores one row: every node's index, points, coverage and status into the scratch arrays, and,
   * with `build`, its node objects into `built`.
   */
  const run = (row: number, build: boolean): void => {
    leafRow(leaves, store, row, slotOf, peers, leafData);
    for (let j = N - 1; j >= 0; j -= 1) {
      const mx = max[j] as number;
      const l = leafOf[j] as number;
      if (l >= 0) {
        const peer = peers[l];
        if (leafHas[l] === 1) {
          const x = leafIndex[l] as number;
          const points = x * mx;
          ok[j] = 1;
          full[j] = 1;
          idx[j] = x;
          pts[j] = points;
          cov[j] = 1;
          if (!build) continue;
          const value = leafValue[l];
          built[j] =
            peer?.z === undefined
              ? { status: 'ok', index: x, points, max: mx, coverage: 1, value }
              : { status: 'ok', index: x, points, max: mx, coverage: 1, value, z: leafZ[l] as number };
          continue;
        }
        full[j] = 0;
        cov[j] = 0;
        if (zero) {
          ok[j] = 1;
          idx[j] = 0;
          pts[j] = 0;
          if (build) built[j] = peer?.z === undefined ? { status: 'ok', index: 0, points: 0, max: mx, coverage: 0, value: null } : { status: 'ok', index: 0, points: 0, max: mx, coverage: 0, value: null, z: null };
        } else {
          ok[j] = 0;
          if (build) built[j] = peer?.z === undefined ? { status: 'no-data', index: null, points: null, max: mx, coverage: 0, value: null } : { status: 'no-data', index: null, points: null, max: mx, coverage: 0, value: null, z: null };
        }
        continue;
      }
      // Σ w·x ÷ Σ w over the children with data (compensated sums); coverage Σ w·coverage ÷ the
      // group's total weight. With every child used, the points are the sum of the children's points
      // (the same number as index × max, with less rounding).
      let s = 0;
      let sErr = 0;
      let sw = 0;
      let swErr = 0;
      let p = 0;
      let pErr = 0;
      let sc = 0;
      let lowest = Infinity;
      let highest = -Infinity;
      let allFull = true;
      let allUsed = true;
      const c0 = childStart[j] as number;
      const c1 = childStart[j + 1] as number;
      for (let e = c0; e < c1; e += 1) {
        const k = childList[e] as number;
        if (ok[k] !== 1) {
          allFull = false;
          allUsed = false;
          continue;
        }
        const w = weight[k] as number;
        const x = idx[k] as number;
        const q = pts[k] as number;
        // Knuth's two-sum (no branch): t + its error = s + a exactly.
        const a = w * x;
        let t = s + a;
        let z = t - s;
        sErr += s - (t - z) + (a - z);
        s = t;
        t = p + q;
        z = t - p;
        pErr += p - (t - z) + (q - z);
        p = t;
        sw += w;
        sc += w * (cov[k] as number);
        if (full[k] !== 1) allFull = false;
        if (x < lowest) lowest = x;
        if (x > highest) highest = x;
      }
      if (allUsed) {
        // Every child: the total weight, summed in decimal once.
        sw = total[j] as number;
      } else {
        // Some children: their weights again, compensated (rare, and only under missing data).
        sw = 0;
        for (let e = c0; e < c1; e += 1) {
          const k = childList[e] as number;
          if (ok[k] !== 1) continue;
          const w = weight[k] as number;
          const t = sw + w;
          const z = t - sw;
          swErr += sw - (t - z) + (w - z);
          sw = t;
        }
      }
      let coverage = allFull ? 1 : sc / (total[j] as number);
      let status = sw > 0;
      if (status && reweight && !allFull) {
        // Not full, so the exact coverage is below 1; near minCoverage, decide in decimal.
        if (minCoverage === 1) status = false;
        else if (Math.abs(coverage - minCoverage) <= COVERAGE_GUARD) {
          const exact = exactCoverage(plan, j, ok, leafHas, exactMemo);
          status = exact.gte(dMin);
          coverage = toNumber(exact);
        } else {
          status = coverage > minCoverage;
        }
      }
      ok[j] = status ? 1 : 0;
      full[j] = allFull ? 1 : 0;
      cov[j] = coverage;
      if (!status) {
        if (build) built[j] = { status: 'no-data', index: null, points: null, max: mx, coverage };
        continue;
      }
      let x: number;
      let points: number | undefined;
      if (geometric[j] !== 1) {
        x = divide(s, sErr, sw, swErr);
        if (allUsed) points = p + pErr;
      } else if (lowest === 0) {
        x = 0;
      } else {
        // Π xᵢ^(wᵢ ÷ Σ w) = exp(Σ wᵢ·ln xᵢ ÷ Σ w).
        let logs = 0;
        for (let e = c0; e < c1; e += 1) {
          const k = childList[e] as number;
          if (ok[k] === 1) logs += (weight[k] as number) * Math.log(idx[k] as number);
        }
        x = Math.exp(logs / (sw + swErr));
      }
      // Children sharing one index give it exactly; a mean lies between its smallest and largest
      // term, and rounding never takes it out.
      if (lowest === highest || x < lowest) x = lowest;
      else if (x > highest) x = highest;
      points ??= x * mx;
      idx[j] = x;
      pts[j] = points;
      if (build) built[j] = { status: 'ok', index: x, points, max: mx, coverage };
    }
  };
  // A row's node objects, built again from the columnar cells when first read (see lazyRow).
  const materialize = (row: number): Record<string, NodeScore> => {
    run(row, true);
    return makeRecord(built);
  };

  const out = new Array<UnitScore>(rowCount);
  const rootMax = max[0] as number;
  // Rows in the order of the cells (they are read in sequence); each lands at its output position.
  for (let row = 0; row < rowCount; row += 1) {
    run(row, false);
    const scored = ok[0] === 1;
    out[position[row] as number] = lazyRow(
      store.units[row] as string,
      store.periods[row] as Period,
      scored ? (idx[0] as number) : null,
      scored ? (pts[0] as number) : null,
      rootMax,
      cov[0] as number,
      row,
      materialize,
    );
  }
  return out;
}
