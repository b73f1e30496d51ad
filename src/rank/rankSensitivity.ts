import * as z from 'zod/mini';
import { strictObjectSchema } from '../_shared/strictObjectSchema';
import { fail } from '../_shared/issue';
import { checkSchemeDepth } from '../_shared/schemeDepth';
import { parseOrThrow } from '../_shared/zod';
import type { Observation } from '../model/observation';
import { SchemeSchema, type Scheme, type SchemeNode, type ScoreInput } from '../model/scheme';
import { score } from '../score/score';
import { rank } from './rank';
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
  readonly children: readonly Flat[];
  readonly geometric: boolean;
}

function flatten(node: SchemeNode): Flat {
  const children = 'children' in node ? node.children.map(flatten) : [];
  const pts = (n: SchemeNode) => n.points ?? ('children' in n && n.children.every((c) => c.points !== undefined) ? n.children.reduce((s, c) => s + (c.points as number), 0) : undefined);
  return { id: node.id, weight: pts(node) ?? node.weight ?? 1, children, geometric: 'children' in node && node.aggregation === 'geometric' };
}

/** Re-aggregates leaf indices with weights × factors; leaves without data are left out (reweighted). */
function aggregate(node: Flat, leaves: Readonly<Record<string, number | null>>, factor: (n: Flat) => number, geometric: (n: Flat) => boolean): number | null {
  if (node.children.length === 0) return Object.hasOwn(leaves, node.id) ? (leaves[node.id] ?? null) : null;
  let weight = 0;
  let sum = 0;
  let logSum = 0;
  let zero = false;
  const geo = geometric(node);
  for (const child of node.children) {
    const index = aggregate(child, leaves, factor, geometric);
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
 * How much of a ranking is real and how much is the choice of weights: re-ranks the units under
 * many randomly perturbed weightings (each weight × a factor uniform in [1 − p, 1 + p], optionally
 * with the aggregation switched between arithmetic and geometric) and reports, for each unit, its
 * nominal rank, median rank and 5th–95th percentile interval. A seeded generator makes it
 * reproducible: the same seed gives the same result.
 *
 * The leaf indices come from {@link score} once (rules do not depend on weights); each sample
 * re-aggregates them in float64. Units whose nominal score is `no-data` are not ranked.
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
  const tree = flatten(sch.root);
  const leaves = rows.map((r) => Object.fromEntries(Object.entries(r.nodes).map(([id, n]) => [id, n.index])));
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
    const values = leaves.map((l, i) => ({ i, v: aggregate(tree, l, (n) => factors.get(n.id) as number, (n) => methods.get(n.id) === true) }));
    for (const r of rank(values, { by: 'v', missing: 'last' })) (drawn[r.item.i] as Float64Array)[s] = r.rank as number;
  }
  const pick = (sorted: Float64Array, q: number) => sorted[Math.max(0, Math.ceil(q * sorted.length) - 1)] as number;
  return rows
    .map((r, i) => {
      const sorted = (drawn[i] as Float64Array).slice().sort();
      return { unit: r.unit, nominal: nominalRank.get(i) as number, median: pick(sorted, 0.5), p5: pick(sorted, 0.05), p95: pick(sorted, 0.95) };
    })
    .sort((a, b) => a.nominal - b.nominal || (a.unit < b.unit ? -1 : a.unit > b.unit ? 1 : 0));
}
