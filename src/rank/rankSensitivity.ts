import * as z from 'zod/mini';
import { strictObjectSchema } from '../_shared/strictObjectSchema';
import { fail } from '../_shared/issue';
import { checkSchemeDepth } from '../_shared/schemeDepth';
import { parseOrThrow } from '../_shared/zod';
import type { Observation } from '../model/observation';
import type Decimal from 'decimal.js';
import { dec, toNumber } from '../_shared/decimal';
import { SchemeSchema, statedPoints, type Scheme, type SchemeNode, type ScoreInput } from '../model/scheme';
import { score } from '../score/score';
import { rank, type Ranked } from './rank';
import { seededRandom } from './_internal/seededRandom';

/** Options of {@link rankSensitivity}. */
export interface RankSensitivityOptions {
  /** How many perturbed weightings to draw (default 1000). */
  readonly samples?: number;
  /** Each weight is multiplied by a factor drawn uniformly from [1 − p, 1 + p] (default 0.2: ±20 %). */
  readonly perturbation?: number;
  /**
   * Seed of the generator: any safe integer (default 1). The same seed gives the same result, and
   * the whole seed counts (1 and 2^32 + 1 draw differently); a non-integer or an unsafe integer is
   * an error.
   */
  readonly seed?: number;
  /** Also draw the aggregation of every group at random (arithmetic or geometric) in each sample. */
  readonly switchAggregation?: boolean;
  /** The period to rank, when the data hold several. */
  readonly period?: number | string;
}

/** How stable one unit's rank is under perturbed weights. */
export interface RankInterval {
  readonly unit: string;
  /** The rank with the scheme's own weights (competition ranks, highest index first). */
  readonly nominal: number;
  readonly median: number;
  /** 5th and 95th percentiles of the sampled ranks (nearest-rank method). */
  readonly p5: number;
  readonly p95: number;
}

const OptionsSchema = strictObjectSchema({
  samples: z.optional(z.int().check(z.gte(1), z.lte(100_000))),
  perturbation: z.optional(z.number().check(z.gte(0), z.lt(1))),
  seed: z.optional(z.int()),
  switchAggregation: z.optional(z.boolean()),
  period: z.optional(z.union([z.int(), z.string()])),
});

interface Flat {
  readonly id: string;
  readonly weight: number;
  /** The weight as `score` reads it: stated points (summed in decimal) or `weight`, exactly. */
  readonly dWeight: Decimal;
  readonly children: readonly Flat[];
  readonly geometric: boolean;
}

function flatten(node: SchemeNode, weight: Decimal): Flat {
  const children = 'children' in node ? node.children.map((c) => flatten(c, statedPoints(c) ?? dec(c.weight ?? 1))) : [];
  return { id: node.id, weight: toNumber(weight), dWeight: weight, children, geometric: 'children' in node && node.aggregation === 'geometric' };
}

/** A unit's node indices as `score` returned them (`null` for a node without data). */
type Nodes = Readonly<Record<string, number | null>>;

/**
 * Re-aggregates leaf indices with weights × factors; leaves without data are left out (reweighted),
 * and a group `score` left without data (coverage below `minCoverage`) stays without data. In
 * float64: fast, and off the exact value by far less than {@link NEAR} of the largest leaf index.
 */
function aggregate(node: Flat, nodes: Nodes, factor: (n: Flat) => number, geometric: (n: Flat) => boolean): number | null {
  const nominal = Object.hasOwn(nodes, node.id) ? (nodes[node.id] ?? null) : null;
  if (node.children.length === 0 || nominal === null) return nominal;
  let weight = 0;
  let sum = 0;
  let logSum = 0;
  let zero = false;
  const geo = geometric(node);
  for (const child of node.children) {
    const index = aggregate(child, nodes, factor, geometric);
    if (index === null) continue;
    const w = child.weight * factor(child);
    weight += w;
    if (geo) {
      if (index <= 0) zero = true;
      else logSum += w * Math.log(index);
    } else sum += w * index;
  }
  if (weight === 0) return null;
  return geo ? (zero ? 0 : Math.exp(logSum / weight)) : sum / weight;
}

/**
 * The same value worked out as `score` works out an index: an arithmetic group is the exact decimal
 * mean Σ w·f·x ÷ Σ w·f of its children's values (each read as its shortest decimal text, as `score`
 * reads them), rounded once to the nearest float64; a geometric one is computed in float64 (exp and
 * ln), as in `score`. With every factor 1 this is `score`'s own index, to the last bit.
 */
function exactAggregate(node: Flat, nodes: Nodes, factor: (n: Flat) => Decimal, geometric: (n: Flat) => boolean): number | null {
  const nominal = Object.hasOwn(nodes, node.id) ? (nodes[node.id] ?? null) : null;
  if (node.children.length === 0 || nominal === null) return nominal;
  const values: { child: Flat; x: number }[] = [];
  for (const child of node.children) {
    const x = exactAggregate(child, nodes, factor, geometric);
    if (x !== null) values.push({ child, x });
  }
  if (values.length === 0) return null;
  if (geometric(node)) {
    let weight = 0;
    let logSum = 0;
    for (const { child, x } of values) {
      const w = toNumber(child.dWeight.times(factor(child)));
      weight += w;
      if (x <= 0) return 0;
      logSum += w * Math.log(x);
    }
    return Math.exp(logSum / weight);
  }
  let sum = dec(0);
  let weight = dec(0);
  for (const { child, x } of values) {
    const w = child.dWeight.times(factor(child));
    sum = sum.plus(w.times(x));
    weight = weight.plus(w);
  }
  return toNumber(sum.div(weight));
}

/**
 * How far apart (relative to a unit's largest leaf index) two float64 sample values must be for
 * their order to be the exact one. A weighted mean never exceeds its largest term, and float64 adds
 * a few units of 2^-53 of it per term and per level on the way up, so 2^-30 holds for any scheme of
 * fewer than a million nodes (geometric means aside: exp and ln are float64 in `score` too).
 */
const NEAR = 2 ** -30;

/**
 * How much of a ranking is real and how much is the choice of weights: re-ranks the units under
 * many randomly perturbed weightings (each weight × a factor uniform in [1 − p, 1 + p], optionally
 * with the aggregation switched between arithmetic and geometric) and reports, for each unit, its
 * nominal rank, median rank and 5th–95th percentile interval. A seeded generator makes it
 * reproducible: the same seed gives the same result.
 *
 * The leaf indices come from {@link score} once (rules do not depend on weights); each sample
 * re-aggregates them with the weights as `score` reads them (stated points, else `weight`), and a
 * group `score` left without data (coverage below `minCoverage`) stays without data. Samples compare
 * with the exactness of `score`: values are worked out in float64, and those of units too close to
 * another's for float64 to order (2^-30 of the unit's largest index) again as `score` works out an
 * index (an arithmetic mean exactly in decimal, rounded once), so `perturbation: 0` gives every
 * unit its nominal rank in every sample on arithmetic schemes (a geometric mean is float64 in both).
 * Units whose nominal score is `no-data` are not ranked.
 *
 * @param scheme - the scoring scheme
 * @param data - the observations, as for {@link score}
 * @param options - `samples` (1000), `perturbation` (0.2), `seed` (1), `switchAggregation`, `period`
 * @returns one interval per unit, in nominal rank order (then unit id)
 * @throws {ChisoError} as {@link score} does (a scheme deeper than 64 levels included); for data
 *   holding several periods without `period`; for a seed that is not a safe integer
 *
 * @example
 * // Four units on an invented three-leaf index; b and c are 0.002 apart at the nominal weights.
 * const leaf = (id: string, points: number) => ({ id, name: { vi: id, en: id }, points, indicator: id, rule: { kind: 'index' as const } });
 * const scheme: Scheme = {
 *   id: 'toy',
 *   name: { vi: 'Chỉ số thử', en: 'Toy index' },
 *   root: {
 *     id: 'root',
 *     name: { vi: 'Tổng', en: 'Total' },
 *     points: 100,
 *     children: [{ id: 'gov', name: { vi: 'Chính quyền số', en: 'Digital government' }, points: 60, children: [leaf('online', 30), leaf('signed', 30)] }, leaf('eco', 40)],
 *   },
 * };
 * const leaves = { a: [0.9, 0.9, 0.9], b: [0.6, 0.5, 0.55], c: [0.5, 0.6, 0.56], d: [0.1, 0.1, 0.1] };
 * const observations = Object.entries(leaves).flatMap(([unit, values]) =>
 *   ['online', 'signed', 'eco'].map((indicator, i) => ({ unit, indicator, period: 2024, value: values[i] ?? 0 })),
 * );
 * rankSensitivity(scheme, observations, { samples: 400, seed: 7 }).map((r) => [r.unit, r.nominal, r.p5, r.p95]);
 * //=> [['a', 1, 1, 1], ['c', 2, 2, 3], ['b', 3, 2, 3], ['d', 4, 4, 4]]
 */
export function rankSensitivity(scheme: Scheme, data: readonly (ScoreInput | Observation)[], options: RankSensitivityOptions = {}): RankInterval[] {
  // Bounded before the schema, which recurses into every group (see score).
  checkSchemeDepth(scheme, ['scheme']);
  const sch = parseOrThrow(SchemeSchema, scheme, ['scheme']);
  const opts = parseOrThrow(OptionsSchema, options, ['options']);
  const scores = score(sch, data);
  const periods = [...new Set(scores.map((s) => String(s.period)))];
  const period = opts.period === undefined ? undefined : String(opts.period);
  if (period === undefined && periods.length > 1) {
    fail({ code: 'invalid_value', path: ['options', 'period'], field: 'period', expected: `one of the periods in the data (${periods.join(', ')})`, received: undefined });
  }
  const rows = scores.filter((s) => (period === undefined || String(s.period) === period) && s.status === 'ok' && s.index !== null);
  const tree = flatten(sch.root, dec(1));
  const nodes: Nodes[] = rows.map((r) => Object.fromEntries(Object.entries(r.nodes).map(([id, n]) => [id, n.index])));
  // Units with the same node indices get the same value in every sample, float or exact.
  const signature = nodes.map((l) => Object.values(l).map((x) => (x === null ? 'n' : String(x))).join(','));
  // Float64 values this close to another unit's are worked out exactly (see NEAR).
  const tolerance = nodes.map((l) => NEAR * Object.values(l).reduce<number>((m, x) => (x === null ? m : Math.max(m, Math.abs(x))), 0));
  const nominal = rank(rows.map((r, i) => ({ i, v: r.index as number })), { by: 'v' });
  const nominalRank = new Map(nominal.map((x) => [x.item.i, x.rank as number]));
  const samples = opts.samples ?? 1000;
  const p = opts.perturbation ?? 0.2;
  const random = seededRandom(opts.seed ?? 1);
  const drawn = rows.map(() => new Float64Array(samples));
  for (let s = 0; s < samples; s += 1) {
    // One factor per node per sample, drawn in a fixed (tree) order so the seed fixes every draw.
    const factors = new Map<string, number>();
    const methods = new Map<string, boolean>();
    const visit = (n: Flat) => {
      factors.set(n.id, 1 - p + 2 * p * random());
      if (n.children.length > 0) methods.set(n.id, opts.switchAggregation === true ? random() < 0.5 : n.geometric);
      n.children.forEach(visit);
    };
    visit(tree);
    const geometric = (n: Flat) => methods.get(n.id) === true;
    const values = nodes.map((l, i) => ({ i, v: aggregate(tree, l, (n) => factors.get(n.id) as number, geometric) }));
    let ranked = rank(values, { by: 'v', missing: 'last' });
    // Neighbours in float64 order that are too close for float64 to order (a tie included), and not
    // the same data, are worked out exactly, as score would: so no tie is split and no order turned
    // by rounding noise. Others keep their float64 value, whose order is already the exact one.
    const near = new Set<string>();
    for (let k = 1; k < ranked.length; k += 1) {
      const a = (ranked[k - 1] as Ranked<{ i: number; v: number | null }>).item;
      const b = (ranked[k] as Ranked<{ i: number; v: number | null }>).item;
      if (a.v === null || b.v === null || signature[a.i] === signature[b.i]) continue;
      if (Math.abs(a.v - b.v) <= (tolerance[a.i] as number) + (tolerance[b.i] as number)) {
        near.add(signature[a.i] as string);
        near.add(signature[b.i] as string);
      }
    }
    if (near.size > 0) {
      const exactFactors = new Map<string, Decimal>();
      const factor = (n: Flat): Decimal => {
        let f = exactFactors.get(n.id);
        if (f === undefined) exactFactors.set(n.id, (f = dec(factors.get(n.id) as number)));
        return f;
      };
      const exact = new Map<string, number | null>();
      for (const value of values) {
        const sig = signature[value.i] as string;
        if (!near.has(sig)) continue;
        if (!exact.has(sig)) exact.set(sig, exactAggregate(tree, nodes[value.i] as Nodes, factor, geometric));
        value.v = exact.get(sig) ?? null;
      }
      ranked = rank(values, { by: 'v', missing: 'last' });
    }
    for (const r of ranked) (drawn[r.item.i] as Float64Array)[s] = r.rank as number;
  }
  const pick = (sorted: Float64Array, q: number) => sorted[Math.max(0, Math.ceil(q * sorted.length) - 1)] as number;
  return rows
    .map((r, i) => {
      const sorted = (drawn[i] as Float64Array).slice().sort();
      return { unit: r.unit, nominal: nominalRank.get(i) as number, median: pick(sorted, 0.5), p5: pick(sorted, 0.05), p95: pick(sorted, 0.95) };
    })
    .sort((a, b) => a.nominal - b.nominal || (a.unit < b.unit ? -1 : a.unit > b.unit ? 1 : 0));
}
