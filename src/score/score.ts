import Decimal from 'decimal.js';
import { z } from 'zod';
import { ChisoError, type ChisoIssue } from '../errors';
import { dec, toNumber } from '../internal/decimal';
import { makeIssue } from '../internal/issue';
import { fromZodIssues, parseOrThrow } from '../internal/zod';
import {
  DoneObservationSchema,
  FractionObservationSchema,
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
  type MissingPolicy,
  type NodeScore,
  type Rule,
  type Scheme,
  type SchemeNode,
  type ScoreInput,
  type ScoreStatus,
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

type Value = { type: 'number'; d: Decimal } | { type: 'boolean'; b: boolean } | { type: 'string'; s: string } | { type: 'none'; why: string };

type Path = (string | number)[];

interface Leaf {
  readonly type: 'leaf';
  readonly node: SchemeNode;
  readonly indicator: string;
  readonly rule: Rule;
  readonly weight: Decimal;
  readonly max: Decimal;
}

interface Group {
  readonly type: 'group';
  readonly node: SchemeNode;
  readonly geometric: boolean;
  readonly children: readonly Compiled[];
  readonly totalWeight: Decimal;
  readonly weight: Decimal;
  readonly max: Decimal;
}

type Compiled = Leaf | Group;

interface Result {
  readonly status: ScoreStatus;
  readonly index: Decimal | null;
  readonly coverage: Decimal;
}

type KindSet = Readonly<Partial<Record<Rule['kind'], true>>>;

const PEER_RULES: KindSet = { minmax: true, zscore: true, rank: true, percentOfMax: true };
const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
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

function compile(node: SchemeNode, weight: Decimal, max: Decimal, leaves: Leaf[]): Compiled {
  if (!isGroup(node)) {
    const leaf: Leaf = { type: 'leaf', node, indicator: node.indicator, rule: node.rule, weight, max };
    leaves.push(leaf);
    return leaf;
  }
  const weights = node.children.map((child) => statedPoints(child) ?? dec(child.weight ?? 1));
  const totalWeight = weights.reduce((a, w) => a.plus(w), dec(0));
  const children = node.children.map((child, i) => {
    const w = weights[i] as Decimal;
    return compile(child, w, max.times(w).div(totalWeight), leaves);
  });
  return { type: 'group', node, geometric: node.aggregation === 'geometric', children, totalWeight, weight, max };
}

/** Reads an observation's value: a share given as counts becomes a percent (or a ratio, with `scale: 'ratio'`). */
function readObservation(o: ScoreInput | Observation, path: Path, issues: ChisoIssue[]): { value: Value; field: string } | undefined {
  const ctx = { unit: o.unit, indicator: o.indicator };
  if ('value' in o) {
    const v = o.value;
    if (typeof v === 'number') {
      if (o.scale === 'ratio' && (v < 0 || v > 1)) {
        issues.push(makeIssue({ code: 'invalid_value', path: [...path, 'value'], field: 'value', ...ctx, expected: "a ratio between 0 and 1 (scale: 'ratio')", received: v }));
        return undefined;
      }
      if (o.scale === 'percent' && (v < 0 || v > 100)) {
        issues.push(makeIssue({ code: 'invalid_value', path: [...path, 'value'], field: 'value', ...ctx, expected: "a percent between 0 and 100 (scale: 'percent')", received: v }));
        return undefined;
      }
      return { value: { type: 'number', d: dec(v) }, field: 'value' };
    }
    if (o.scale !== undefined) {
      issues.push(makeIssue({ code: 'invalid_value', path: [...path, 'scale'], field: 'scale', ...ctx, expected: 'absent for a value that is not a number', received: o.scale }));
      return undefined;
    }
    return { value: typeof v === 'boolean' ? { type: 'boolean', b: v } : { type: 'string', s: v }, field: 'value' };
  }
  if ('numerator' in o) {
    if (o.numerator > o.denominator) {
      issues.push(makeIssue({ code: 'invalid_value', path: [...path, 'numerator'], field: 'numerator', ...ctx, expected: `at most the denominator (${o.denominator})`, received: o.numerator }));
      return undefined;
    }
    if (o.denominator === 0) return { value: { type: 'none', why: '0 of 0 (a share of nothing)' }, field: 'denominator' };
    const share = dec(o.numerator).div(o.denominator);
    return { value: { type: 'number', d: o.scale === 'ratio' ? share : share.times(100) }, field: 'numerator' };
  }
  if ('done' in o) return { value: { type: 'boolean', b: o.done }, field: 'done' };
  return { value: { type: 'number', d: dec(o.rank) }, field: 'rank' };
}

const NUMERIC_RULES: KindSet = { index: true, proportional: true, bands: true, minmax: true, zscore: true, distanceToTarget: true, rank: true, percentOfMax: true };
const NON_NEGATIVE_RULES: KindSet = { proportional: true, distanceToTarget: true, percentOfMax: true };

/** What a leaf's rule accepts, in words, or `undefined` when the value fits. */
function misfit(rule: Rule, value: Value): string | undefined {
  if (value.type === 'none') return undefined;
  if (NUMERIC_RULES[rule.kind] === true) {
    if (value.type !== 'number') return 'a number';
    if (rule.kind === 'index' && (value.d.lt(0) || value.d.gt(1))) return 'an index between 0 and 1';
    if (NON_NEGATIVE_RULES[rule.kind] === true && value.d.lt(0)) return 'a number ≥ 0';
    return undefined;
  }
  if (rule.kind === 'boolean') return value.type === 'boolean' ? undefined : 'a boolean (or done: true / false)';
  if (rule.kind === 'categorical') {
    const categories = Object.keys(rule.map).sort(compareText).map((c) => JSON.stringify(c)).join(', ');
    if (value.type !== 'string') return `a category (one of ${categories})`;
    return Object.hasOwn(rule.map, value.s) ? undefined : `one of ${categories}`;
  }
  return undefined;
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

const ONE = (): Decimal => dec(1);
const clamp01 = (d: Decimal): Decimal => (d.lt(0) ? dec(0) : d.gt(1) ? dec(1) : d);

interface PeerIndex {
  readonly index: Decimal;
  readonly z?: number;
}

/** Indices of a peer-based rule for every unit with a value for the leaf in one period. */
function peerIndices(rule: Rule, entries: readonly { unit: string; d: Decimal }[]): Map<string, PeerIndex> {
  const out = new Map<string, PeerIndex>();
  const lower = 'direction' in rule && rule.direction === 'lower';
  // Sorted so that sums are taken in the same order whatever the input order.
  const sorted = [...entries].sort((a, b) => (lower ? a.d.cmp(b.d) : b.d.cmp(a.d)) || compareText(a.unit, b.unit));
  const n = sorted.length;
  const values = sorted.map((e) => e.d);
  const hi = values.reduce((m, v) => (v.gt(m) ? v : m), values[0] ?? dec(0));
  const lo = values.reduce((m, v) => (v.lt(m) ? v : m), values[0] ?? dec(0));
  switch (rule.kind) {
    case 'minmax': {
      const span = hi.minus(lo);
      for (const e of sorted) {
        const index = span.isZero() ? ONE() : lower ? hi.minus(e.d).div(span) : e.d.minus(lo).div(span);
        out.set(e.unit, { index });
      }
      return out;
    }
    case 'percentOfMax': {
      for (const e of sorted) out.set(e.unit, { index: hi.isZero() ? ONE() : e.d.div(hi) });
      return out;
    }
    case 'rank': {
      let rank = 1;
      sorted.forEach((e, i) => {
        if (i > 0 && !e.d.eq(sorted[i - 1]?.d as Decimal)) rank = i + 1;
        out.set(e.unit, { index: n === 1 ? ONE() : dec(n - rank).div(n - 1) });
      });
      return out;
    }
    case 'zscore': {
      const mean = values.reduce((a, v) => a.plus(v), dec(0)).div(n);
      const variance = values.reduce((a, v) => a.plus(v.minus(mean).pow(2)), dec(0)).div(n);
      const sd = variance.sqrt();
      for (const e of sorted) {
        const raw = sd.isZero() ? 0 : toNumber(e.d.minus(mean).div(sd));
        const z = lower ? -raw || 0 : raw;
        out.set(e.unit, { index: dec(normalCdf(z)), z });
      }
      return out;
    }
    default:
      return out;
  }
}

/** The index of a rule that needs only the unit's own value. */
function ownIndex(rule: Rule, value: Value): Decimal {
  switch (rule.kind) {
    case 'boolean':
      return value.type === 'boolean' && value.b ? dec(1) : dec(0);
    case 'categorical':
      return dec(value.type === 'string' ? (rule.map[value.s] as number) : 0);
    default:
      break;
  }
  const v = value.type === 'number' ? value.d : dec(0);
  switch (rule.kind) {
    case 'index':
      return v;
    case 'proportional':
      return minOf(v.div(rule.reference), dec(1));
    case 'distanceToTarget':
      if (rule.direction === 'lower') return v.lte(rule.target) ? dec(1) : dec(rule.target).div(v);
      return minOf(v.div(rule.target), dec(1));
    case 'bands': {
      let best: { min: Decimal; index: number } | undefined;
      for (const band of rule.bands) {
        const min = dec(band.min);
        if (v.gte(min) && (best === undefined || min.gt(best.min))) best = { min, index: band.index };
      }
      return dec(best?.index ?? 0);
    }
    case 'minmax': {
      // Fixed goalposts (the peer case is handled by peerIndices).
      const lo = dec(rule.min ?? 0);
      const hi = dec(rule.max ?? 1);
      const raw = rule.direction === 'lower' ? hi.minus(v).div(hi.minus(lo)) : v.minus(lo).div(hi.minus(lo));
      return rule.truncate === false ? raw : clamp01(raw);
    }
    default:
      return dec(0);
  }
}

function minOf(a: Decimal, b: Decimal): Decimal {
  return a.lte(b) ? a : b;
}

// ln and exp at 200 digits take milliseconds; 40 significant digits are still far finer than a double.
let Working: typeof Decimal | undefined;

/** Π indexᵢ^(wᵢ ÷ Σ w) for positive indices, as exp(Σ wᵢ·ln indexᵢ ÷ Σ w). */
function geometricMean(used: readonly { w: Decimal; index: Decimal }[], weight: Decimal): Decimal {
  Working ??= Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_EVEN });
  let sum = new Working(0);
  for (const u of used) sum = sum.plus(new Working(u.index).ln().times(u.w));
  return dec(sum.div(weight).exp());
}

function aggregate(group: Group, results: readonly Result[], missing: MissingPolicy, minCoverage: Decimal): Result {
  let coverage = dec(0);
  let weight = dec(0);
  const used: { w: Decimal; index: Decimal }[] = [];
  group.children.forEach((child, i) => {
    const r = results[i] as Result;
    if (r.status !== 'ok' || r.index === null) return;
    coverage = coverage.plus(child.weight.times(r.coverage));
    weight = weight.plus(child.weight);
    used.push({ w: child.weight, index: r.index });
  });
  coverage = coverage.div(group.totalWeight);
  if (used.length === 0 || (missing === 'reweight' && coverage.lt(minCoverage))) return { status: 'no-data', index: null, coverage };
  let index: Decimal;
  if (!group.geometric) {
    index = used.reduce((a, u) => a.plus(u.w.times(u.index)), dec(0)).div(weight);
  } else if (used.some((u) => u.index.isZero())) {
    index = dec(0);
  } else {
    index = geometricMean(used, weight);
  }
  return { status: 'ok', index, coverage };
}

/**
 * Scores units against a scheme: for every unit × period in the observations, the index and points
 * of every node of the scheme tree, from the leaves' rules up to the root.
 *
 * - Each leaf reads the observation of its `indicator` for the unit and period: a `value` (number,
 *   boolean or category), a share as `numerator` + `denominator` (read exactly as a percent, or a
 *   ratio with `scale: 'ratio'`; 0 of 0 counts as missing), `done` (a boolean) or `rank` (a number).
 * - Peer-based rules (`minmax` without goalposts, `zscore`, `rank`, `percentOfMax`) compare a unit
 *   with the units that have a value for the same leaf in the same period.
 * - A group's index is the weighted arithmetic (or geometric) mean of its children's; a node's
 *   points are its index × its max (see `SchemeSchema` for how weights and points combine).
 * - Missing leaves follow `missing` (options, else the scheme's, else `reweight`) and `minCoverage`
 *   (options, else the scheme's, else 1): by default a unit missing any leaf is `no-data` (never a
 *   number made up), while the nodes that have their data still show their index.
 * - Nothing is rounded (rounding is formatting) and nothing is NaN. Rows are ordered by period (a
 *   year after the dates in it), then unit id; nodes by their order in the scheme. Input order never
 *   changes the output.
 *
 * @param scheme - the scheme (validated here)
 * @param observations - `ScoreInput`s and/or the library's observations (validated here, all problems
 *   reported at once); an observation of an indicator that no leaf uses is an error
 * @param options - `missing`, `minCoverage`
 * @returns one score per unit × period
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
export function score(scheme: Scheme, observations: readonly (ScoreInput | Observation)[], options: ScoreOptions = {}): UnitScore[] {
  const sch = parseScheme(scheme);
  const opts = parseOrThrow(OptionsSchema, options, ['options']);
  const missing = opts.missing ?? sch.missing ?? 'reweight';
  const minCoverage = dec(opts.minCoverage ?? sch.minCoverage ?? 1);

  const leaves: Leaf[] = [];
  const root = compile(sch.root, dec(1), statedPoints(sch.root) ?? dec(1), leaves);
  const leavesByIndicator = new Map<string, Leaf[]>();
  for (const leaf of leaves) leavesByIndicator.set(leaf.indicator, [...(leavesByIndicator.get(leaf.indicator) ?? []), leaf]);

  if (!Array.isArray(observations)) {
    throw new ChisoError([makeIssue({ code: 'invalid_type', path: ['observations'], field: 'observations', expected: 'an array of observations', received: observations })]);
  }
  const issues: ChisoIssue[] = [];
  // unit × period → indicator → value
  const cells = new Map<string, { unit: string; period: Period; values: Map<string, Value> }>();
  observations.forEach((raw: unknown, i) => {
    const path: Path = ['observations', i];
    const present = typeof raw === 'object' && raw !== null ? SHAPES.filter((s) => s.keys.some((k) => k in raw)) : [];
    const shape = present[0];
    if (present.length !== 1 || shape === undefined) {
      issues.push(makeIssue({ code: 'invalid_type', path, expected: 'an observation with exactly one of value, numerator + denominator, done or rank', received: raw }));
      return;
    }
    const rawRecord = raw as Record<string, unknown>;
    const context = {
      unit: typeof rawRecord['unit'] === 'string' ? rawRecord['unit'] : undefined,
      indicator: typeof rawRecord['indicator'] === 'string' ? rawRecord['indicator'] : undefined,
    };
    const parsed = shape.schema.safeParse(raw, { reportInput: true });
    if (!parsed.success) {
      issues.push(...fromZodIssues(parsed.error.issues, path, context));
      return;
    }
    const o = parsed.data as ScoreInput | Observation;
    const users = leavesByIndicator.get(o.indicator);
    if (users === undefined) {
      issues.push(makeIssue({ code: 'unknown_indicator', path: [...path, 'indicator'], field: 'indicator', ...context, expected: `an indicator used by a leaf of scheme "${sch.id}"`, received: o.indicator }));
      return;
    }
    const cellKey = `${typeof o.period}\u0000${o.period}\u0000${o.unit}`;
    const cell = cells.get(cellKey) ?? { unit: o.unit, period: o.period, values: new Map<string, Value>() };
    if (cell.values.has(o.indicator)) {
      issues.push(makeIssue({ code: 'duplicate_observation', path, ...context, field: 'period', expected: 'one observation per unit × indicator × period', received: o.period }));
      return;
    }
    const read = readObservation(o, path, issues);
    if (read === undefined) return;
    let fits = true;
    for (const leaf of users) {
      const expected = misfit(leaf.rule, read.value);
      if (expected !== undefined) {
        const received = 'value' in o ? o.value : 'done' in o ? o.done : 'rank' in o ? o.rank : read.value.type === 'number' ? toNumber(read.value.d) : undefined;
        issues.push(makeIssue({ code: 'invalid_value', path: [...path, read.field], field: read.field, ...context, expected: `${expected} (rule "${leaf.rule.kind}" of leaf "${leaf.node.id}")`, received }));
        fits = false;
      }
    }
    if (!fits) return;
    cell.values.set(o.indicator, read.value);
    cells.set(cellKey, cell);
  });
  if (issues.length > 0) throw new ChisoError(issues);

  const rows = [...cells.values()].sort((a, b) => compareText(periodKey(a.period), periodKey(b.period)) || compareText(a.unit, b.unit));
  if (missing === 'error') {
    for (const row of rows) {
      for (const leaf of leaves) {
        const v = row.values.get(leaf.indicator);
        if (v === undefined || v.type === 'none') {
          issues.push(
            makeIssue({
              code: 'missing_observation',
              path: ['observations'],
              field: 'indicator',
              unit: row.unit,
              indicator: leaf.indicator,
              expected: `an observation for period ${row.period} of leaf "${leaf.node.id}" (missing: "error")`,
              received: v === undefined ? 'nothing' : v.why,
            }),
          );
        }
      }
    }
    if (issues.length > 0) throw new ChisoError(issues);
  }

  // Peer-based indices, per leaf and period.
  const peers = new Map<string, Map<string, PeerIndex>>();
  const peerTable = (leafIndex: number, leaf: Leaf, period: Period): Map<string, PeerIndex> => {
    const key = `${leafIndex}\u0000${typeof period}\u0000${period}`;
    let table = peers.get(key);
    if (table === undefined) {
      const entries: { unit: string; d: Decimal }[] = [];
      for (const row of rows) {
        if (row.period !== period) continue;
        const v = row.values.get(leaf.indicator);
        if (v?.type === 'number') entries.push({ unit: row.unit, d: v.d });
      }
      table = peerIndices(leaf.rule, entries);
      peers.set(key, table);
    }
    return table;
  };
  const leafNumber = new Map(leaves.map((leaf, i) => [leaf, i]));

  const order: Compiled[] = [];
  const walk = (c: Compiled): void => {
    order.push(c);
    if (c.type === 'group') c.children.forEach(walk);
  };
  walk(root);

  return rows.map((row) => {
    const scores = new Map<Compiled, NodeScore>();
    const visit = (c: Compiled): Result => {
      let result: Result;
      let extra: { value: NodeScore['value']; z?: number | null } | undefined;
      if (c.type === 'leaf') {
        const v = row.values.get(c.indicator);
        const has = v !== undefined && v.type !== 'none';
        const usesPeers = PEER_RULES[c.rule.kind] === true && !(c.rule.kind === 'minmax' && c.rule.min !== undefined);
        let z: number | null = null;
        if (!has) {
          result = missing === 'zero' ? { status: 'ok', index: dec(0), coverage: dec(0) } : { status: 'no-data', index: null, coverage: dec(0) };
        } else if (usesPeers) {
          const entry = peerTable(leafNumber.get(c) as number, c, row.period).get(row.unit) as PeerIndex;
          z = entry.z ?? null;
          result = { status: 'ok', index: entry.index, coverage: dec(1) };
        } else {
          result = { status: 'ok', index: ownIndex(c.rule, v), coverage: dec(1) };
        }
        const value = !has ? null : v.type === 'number' ? toNumber(v.d) : v.type === 'boolean' ? v.b : v.s;
        extra = c.rule.kind === 'zscore' ? { value, z } : { value };
      } else {
        result = aggregate(c, c.children.map(visit), missing, minCoverage);
      }
      scores.set(c, {
        status: result.status,
        index: result.index === null ? null : toNumber(result.index),
        points: result.index === null ? null : toNumber(result.index.times(c.max)),
        max: toNumber(c.max),
        coverage: toNumber(result.coverage),
        ...extra,
      });
      return result;
    };
    visit(root);
    const nodes: Record<string, NodeScore> = {};
    for (const c of order) nodes[c.node.id] = scores.get(c) as NodeScore;
    const top = scores.get(root) as NodeScore;
    return {
      unit: row.unit,
      period: row.period,
      status: top.status,
      index: top.index,
      points: top.points,
      max: top.max,
      coverage: top.coverage,
      nodes,
    };
  });
}
