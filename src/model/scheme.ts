import * as z from 'zod/mini';
import { strictObjectSchema } from '../_shared/strictObjectSchema';
import { dec } from '../_shared/decimal';
import { PeriodSchema } from './observation';
import { checkFirstUse } from './_internal/firstUse';
import { KebabIdSchema, TextSchema } from './text';

// A scoring scheme: a tree of groups and leaves that turns observations into a composite index.
//
// How weights and points combine (checked by `SchemeSchema`):
// - Every node has a 0–1 **index**. A leaf's index comes from its rule; a group's index is the
//   weighted mean (arithmetic by default, or geometric) of its children's indices.
// - A child's **weight among its siblings** is its `points` when the siblings give points, otherwise
//   its `weight` (1 when absent). A node gives `weight` or `points`, never both; siblings give
//   `points` all or none.
// - A group whose children all give points has, unless it says otherwise, points equal to their sum;
//   when it does give `points`, they must equal that sum. Such a group may not give a `weight`.
// - Every node has a **max** (its maximum points): the root's max is its points (stated or summed),
//   or 1 when there are none; a child's max is its parent's max × its weight ÷ the siblings' total
//   weight. So a node that gives points always has `max === points`, and a scheme without points
//   has `max = 1` at the root (points = index).
// - A node's **points** are its index × its max, at every node.

/** How a group combines its children's indices. */
export const AggregationSchema = z.enum(['arithmetic', 'geometric']);

/** How a group combines its children's indices. */
export type Aggregation = z.infer<typeof AggregationSchema>;

/**
 * What a missing leaf counts as:
 * - `error`: throw, naming each missing unit × period × indicator;
 * - `zero`: the leaf's index is 0 (its coverage is 0, so the gap stays visible);
 * - `reweight` (the default): the leaf is `no-data`, and a group's index is the weighted mean of its
 *   children that have data — as long as their data cover at least `minCoverage` of the group's
 *   weight; below that the group is `no-data` too.
 */
export const MissingPolicySchema = z.enum(['error', 'zero', 'reweight']);

/** What a missing leaf counts as. */
export type MissingPolicy = z.infer<typeof MissingPolicySchema>;

/** Which way is better: `higher` (the default) or `lower` values. */
export const DirectionSchema = z.enum(['higher', 'lower']);

/** Which way is better. */
export type Direction = z.infer<typeof DirectionSchema>;

/** The share of a group's weight that must be backed by data: greater than 0, at most 1. */
export const MinCoverageSchema = z.number().check(z.gt(0), z.lte(1));

const WeightSchema = z.number().check(z.positive());
const UnitIntervalSchema = z.number().check(z.gte(0), z.lte(1));

/** `index`: the value is already an index in [0, 1] (e.g. a published DTI sub-index) and is used as is. */
export const IndexRuleSchema = strictObjectSchema({ kind: z.literal('index') });

/** `proportional`: min(value ÷ reference, 1); a value below 0 is an error. */
export const ProportionalRuleSchema = strictObjectSchema({ kind: z.literal('proportional'), reference: z.number().check(z.positive()) });

/**
 * `bands`: the index of the band with the highest `min` that the value reaches (compared exactly, in
 * decimal); 0 when it reaches none. Bands may be listed in any order; their `min`s must differ.
 */
export const BandsRuleSchema = strictObjectSchema({
    kind: z.literal('bands'),
    bands: z.array(strictObjectSchema({ min: z.number(), index: UnitIntervalSchema })).check(z.minLength(1)),
  }).check(z.superRefine((rule, ctx) => {
    const seen = new Set<string>();
    rule.bands.forEach((band, i) => checkFirstUse(seen, dec(band.min).toString(), ctx, ['bands', i, 'min'], 'a min not used by another band of this rule', band.min));
  }));

/** `categorical`: the index the category maps to; a category not in `map` is an error. */
export const CategoricalRuleSchema = strictObjectSchema({ kind: z.literal('categorical'), map: z.record(z.string().check(z.minLength(1)), UnitIntervalSchema) }).check(z.refine((rule) => Object.keys(rule.map).length > 0, { path: ['map'], message: 'a map with at least one category' }));

/** `boolean`: true → 1, false → 0. */
export const BooleanRuleSchema = strictObjectSchema({ kind: z.literal('boolean') });

/**
 * `minmax`: (value − min) ÷ (max − min), or (max − value) ÷ (max − min) for `direction: 'lower'`.
 * With `min` and `max` (both, max > min) the goalposts are fixed; without them they are the lowest
 * and highest value among the peers (the units with a value for this leaf in the same period), and
 * when all peers are equal every one gets 1. `truncate` (default `true`) clamps the index to [0, 1];
 * with `truncate: false` a value beyond a fixed goalpost gives an index below 0 or above 1 (not
 * allowed under a geometric group).
 */
export const MinMaxRuleSchema = strictObjectSchema({
    kind: z.literal('minmax'),
    min: z.optional(z.number()),
    max: z.optional(z.number()),
    truncate: z.optional(z.boolean()),
    direction: z.optional(DirectionSchema),
  }).check(z.superRefine((rule, ctx) => {
    if ((rule.min === undefined) !== (rule.max === undefined)) {
      const field = rule.min === undefined ? 'min' : 'max';
      ctx.addIssue({ code: 'custom', path: [field], message: 'given together with the other goalpost (fixed goalposts need both min and max; peers need neither)', input: undefined });
    } else if (rule.min !== undefined && rule.max !== undefined && !(rule.max > rule.min)) {
      ctx.addIssue({ code: 'custom', path: ['max'], message: `greater than min (${rule.min})`, input: rule.max });
    }
  }));

/**
 * `zscore`: z = (value − mean) ÷ standard deviation over the peers (population standard deviation;
 * z = 0 when all peers are equal), negated for `direction: 'lower'`. A z-score is not a 0–1 number,
 * so the leaf reports `z` and its index is Φ(z), the standard normal CDF: z = 0 → 0.5, z = 1 → 0.8413.
 */
export const ZScoreRuleSchema = strictObjectSchema({ kind: z.literal('zscore'), direction: z.optional(DirectionSchema) });

/**
 * `distanceToTarget`: min(value ÷ target, 1), or min(target ÷ value, 1) for `direction: 'lower'`
 * (a value at or below the target gives 1); a value below 0 is an error.
 */
export const DistanceToTargetRuleSchema = strictObjectSchema({
  kind: z.literal('distanceToTarget'),
  target: z.number().check(z.positive()),
  direction: z.optional(DirectionSchema),
});

/**
 * `rank`: (n − rank) ÷ (n − 1) over the n peers, with competition ranks (1 2 2 4; the best value
 * ranks 1, the highest unless `direction: 'lower'`); 1 when there is a single peer.
 */
export const RankRuleSchema = strictObjectSchema({ kind: z.literal('rank'), direction: z.optional(DirectionSchema) });

/** `percentOfMax`: value ÷ the highest value among the peers (1 for everyone when that is 0); a value below 0 is an error. */
export const PercentOfMaxRuleSchema = strictObjectSchema({ kind: z.literal('percentOfMax') });

/**
 * How a leaf turns its observation into a 0–1 index.
 *
 * @example
 * RuleSchema.parse({ kind: 'bands', bands: [{ min: 4, index: 1 }, { min: 2, index: 0.5 }] }).kind;
 * //=> 'bands'
 */
export const RuleSchema = z.discriminatedUnion('kind', [
  IndexRuleSchema,
  ProportionalRuleSchema,
  BandsRuleSchema,
  CategoricalRuleSchema,
  BooleanRuleSchema,
  MinMaxRuleSchema,
  ZScoreRuleSchema,
  DistanceToTargetRuleSchema,
  RankRuleSchema,
  PercentOfMaxRuleSchema,
]);

/** How a leaf turns its observation into a 0–1 index. */
export type Rule = z.infer<typeof RuleSchema>;

/** The kinds of rule. */
export type RuleKind = Rule['kind'];

/** A leaf of a scheme: one indicator (the observations' `indicator`) and its rule. */
export const LeafNodeSchema = strictObjectSchema({
  id: KebabIdSchema,
  name: TextSchema,
  /** Relative weight among its siblings (1 when absent); not with `points`. */
  weight: z.optional(WeightSchema),
  /** Maximum points; also the node's weight among its siblings. */
  points: z.optional(WeightSchema),
  indicator: KebabIdSchema,
  rule: RuleSchema,
  note: z.optional(z.string().check(z.minLength(1))),
});

/** A leaf of a scheme. */
export type LeafNode = z.infer<typeof LeafNodeSchema>;

/** A group of a scheme: children (groups or leaves) combined by `aggregation`. */
export const GroupNodeSchema = strictObjectSchema({
  id: KebabIdSchema,
  name: TextSchema,
  /** Relative weight among its siblings (1 when absent); not with `points`. */
  weight: z.optional(WeightSchema),
  /** Maximum points; also the node's weight among its siblings. */
  points: z.optional(WeightSchema),
  /**
   * `arithmetic` (default): Σ wᵢ·indexᵢ ÷ Σ wᵢ. `geometric`: Π indexᵢ^(wᵢ ÷ Σ wᵢ) — one child at 0
   * makes the group 0 (so, under `missing: 'zero'`, does one missing leaf).
   */
  aggregation: z.optional(AggregationSchema),
  get children(): z.ZodMiniArray<typeof SchemeNodeSchema> {
    return z.array(SchemeNodeSchema).check(z.minLength(1));
  },
  note: z.optional(z.string().check(z.minLength(1))),
});

/** A group of a scheme. */
export type GroupNode = z.infer<typeof GroupNodeSchema>;

/** A node of a scheme: a group (with `children`) or a leaf (with `indicator` and `rule`). */
export const SchemeNodeSchema: z.ZodMiniUnion<readonly [typeof GroupNodeSchema, typeof LeafNodeSchema]> = z.union([
  GroupNodeSchema,
  LeafNodeSchema,
]);

/** A node of a scheme: a group or a leaf. */
export type SchemeNode = z.infer<typeof SchemeNodeSchema>;

const isGroup = (node: SchemeNode): node is GroupNode => 'children' in node;

type Ctx = z.core.$RefinementCtx<{ root: SchemeNode }>;

/**
 * A node's stated points: its `points`, or for a group without `weight` whose children all state
 * points, their sum (in decimal). The schema checks siblings against them, and `score` weighs a
 * node among its siblings by them: one reading of the rule for both.
 *
 * @param node - a scheme node (as parsed, or as it will be checked)
 * @returns the points, or `undefined` when the node states none (its weight counts instead)
 * @throws never
 *
 * @example
 * const leaf = (id: string, points: number) => ({ id, name: { vi: id, en: id }, points, indicator: id, rule: { kind: 'boolean' as const } });
 * statedPoints({ id: 'all', name: { vi: 'Tổng', en: 'Total' }, children: [leaf('a', 10), leaf('b', 20.5)] })?.toString();
 * //=> '30.5'
 */
export function statedPoints(node: SchemeNode): ReturnType<typeof dec> | undefined {
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

function checkNode(node: SchemeNode, path: (string | number)[], ids: Set<string>, underGeometric: boolean, ctx: Ctx): void {
  const issue = (at: (string | number)[], message: string, input: unknown) => ctx.addIssue({ code: 'custom', path: at, message, input });
  checkFirstUse(ids, node.id, ctx, [...path, 'id'], 'a node id not used before in this scheme', node.id);
  if (node.weight !== undefined && node.points !== undefined) {
    issue([...path, 'weight'], "absent when points is given (a node's points are its weight among its siblings)", node.weight);
  }
  if (!isGroup(node)) {
    if (underGeometric && node.rule.kind === 'minmax' && node.rule.truncate === false) {
      issue([...path, 'rule', 'truncate'], 'true or absent under a geometric group (a geometric mean needs indices of at least 0)', false);
    }
    return;
  }
  const points = node.children.map(statedPoints);
  const given = points.filter((p) => p !== undefined).length;
  if (given > 0 && given < points.length) {
    node.children.forEach((child, i) => {
      if (points[i] === undefined) {
        issue([...path, 'children', i, 'points'], `given, like the points of its siblings in group "${node.id}" (siblings give points all or none)`, child.points);
      }
    });
  } else if (given > 0) {
    let sum = dec(0);
    for (const p of points) if (p !== undefined) sum = sum.plus(p);
    if (node.points !== undefined && !dec(node.points).eq(sum)) {
      issue([...path, 'points'], `equal to the sum of its children's points (${sum.toString()})`, node.points);
    }
    if (node.weight !== undefined) {
      issue([...path, 'weight'], `absent (its children give points, so its weight among its siblings is their sum, ${sum.toString()})`, node.weight);
    }
  }
  const geometric = underGeometric || node.aggregation === 'geometric';
  node.children.forEach((child, i) => checkNode(child, [...path, 'children', i], ids, geometric, ctx));
}

/**
 * A scoring scheme: a tree of groups and leaves (JSON-loadable, like a catalog), with its missing-data
 * policy. Node ids are unique; weights and points are consistent (see the rules at the top of this
 * module: a node's weight among its siblings is its points, or its weight, default 1; a node's points
 * are its index × its max).
 *
 * @example
 * SchemeSchema.parse({
 *   id: 'demo',
 *   name: { vi: 'Thử', en: 'Demo' },
 *   root: {
 *     id: 'all', name: { vi: 'Tổng', en: 'Total' }, points: 30,
 *     children: [
 *       { id: 'a', name: { vi: 'A', en: 'A' }, points: 10, indicator: 'a', rule: { kind: 'boolean' } },
 *       { id: 'b', name: { vi: 'B', en: 'B' }, points: 20, indicator: 'b', rule: { kind: 'proportional', reference: 100 } },
 *     ],
 *   },
 * }).root.id;
 * //=> 'all'
 */
export const SchemeSchema = strictObjectSchema({
    id: KebabIdSchema,
    name: TextSchema,
    /** The document the scheme comes from. */
    source: z.optional(z.string().check(z.minLength(1))),
    note: z.optional(z.string().check(z.minLength(1))),
    /** The default missing-data policy (`reweight` when absent); a call's options override it. */
    missing: z.optional(MissingPolicySchema),
    /** Under `reweight`, the share of each group's weight that must have data (1 when absent). */
    minCoverage: z.optional(MinCoverageSchema),
    root: SchemeNodeSchema,
  }).check(z.superRefine((scheme, ctx) => {
    if (scheme.root.weight !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['root', 'weight'], message: 'absent on the root (it has no siblings)', input: scheme.root.weight });
    }
    checkNode(scheme.root, ['root'], new Set(), false, ctx as unknown as Ctx);
  }));

/** A scoring scheme. */
export type Scheme = z.infer<typeof SchemeSchema>;

/**
 * One value to score: a number, a boolean (for `boolean` leaves) or a category (for `categorical`
 * leaves) of one indicator for one unit and period. `score` also takes the library's observations.
 *
 * @example
 * ScoreInputSchema.parse({ unit: 'da-nang', indicator: 'dti-digital-awareness', period: 2022, value: 1 }).value;
 * //=> 1
 */
export const ScoreInputSchema = strictObjectSchema({
  unit: z.string().check(z.trim(), z.minLength(1)),
  indicator: KebabIdSchema,
  period: PeriodSchema,
  value: z.union([z.number(), z.boolean(), z.string().check(z.minLength(1))]),
  /** For a number: declares it a percent (0–100) or a ratio (0–1), checked; the number is used as given. */
  scale: z.optional(z.enum(['percent', 'ratio'])),
  source: z.optional(z.string().check(z.minLength(1))),
  note: z.optional(z.string().check(z.minLength(1))),
});

/** One value to score. */
export type ScoreInput = z.infer<typeof ScoreInputSchema>;

/** `ok`, or `no-data` when there is not enough data for an index (never a zero). */
export const ScoreStatusSchema = z.enum(['ok', 'no-data']);

/** `ok` or `no-data`. */
export type ScoreStatus = z.infer<typeof ScoreStatusSchema>;

/**
 * The score of one node for one unit and period. `index` and `points` are `null` exactly when the
 * status is `no-data`; `points = index × max`; `coverage` is the share of the node's weight backed by
 * data used in its index (1 for a leaf with data, 0 without). Leaves also give the `value` read from
 * the observation (`null` when missing), and `zscore` leaves their `z`.
 */
export const NodeScoreSchema = strictObjectSchema({
  status: ScoreStatusSchema,
  index: z.nullable(z.number()),
  points: z.nullable(z.number()),
  max: z.number(),
  coverage: z.number().check(z.gte(0), z.lte(1)),
  value: z.optional(z.union([z.number(), z.boolean(), z.string(), z.null()])),
  z: z.optional(z.nullable(z.number())),
});

/** The score of one node for one unit and period. */
export type NodeScore = z.infer<typeof NodeScoreSchema>;

/** The score of one unit in one period: the root's score, and every node's by id (in scheme order). */
export const UnitScoreSchema = strictObjectSchema({
  unit: z.string(),
  period: PeriodSchema,
  status: ScoreStatusSchema,
  index: z.nullable(z.number()),
  points: z.nullable(z.number()),
  max: z.number(),
  coverage: z.number().check(z.gte(0), z.lte(1)),
  nodes: z.record(z.string(), NodeScoreSchema),
});

/** The score of one unit in one period. */
export type UnitScore = z.infer<typeof UnitScoreSchema>;
