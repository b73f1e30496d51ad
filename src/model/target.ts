import * as z from 'zod/mini';
import { strictObjectSchema } from '../_shared/strictObjectSchema';
import { SourceSchema } from './source';
import { IsoDateSchema } from './text';

const common = {
  /** The level this target is for; a target without a level applies at every level. */
  // A goal of the province as a whole (DTI rank, GRDP share) is "province"; a figure measured per
  // unit (a share of dossiers) has no level. The help text is in the JSON Schema only (src/config).
  level: z.optional(z.string().check(z.minLength(1))),
  /** Deadline: the last civil day (Asia/Ho_Chi_Minh by default) on which the target may be met. */
  by: z.optional(IsoDateSchema),
  /** The Vietnamese phrase the target was read from, e.g. `"trên 80%"`. */
  wording: z.optional(z.string().check(z.minLength(1))),
  /** Where the target is written, when it differs from the indicator's source. */
  source: z.optional(SourceSchema),
};

const finite = z.number();

/** A relative change or a growth rate compared one way: at least (`>=`) or at most (`<=`) `value` percent. */
const oneWay = { op: z.enum(['>=', '<=']), value: finite };

/** Comparison operators of a threshold target. */
export const ComparisonSchema = z.enum(['>=', '>', '<=', '<', '=']);

/** A comparison operator. */
export type Comparison = z.infer<typeof ComparisonSchema>;

/** `value op X`, e.g. `tối thiểu 80%` is `>= 80`, `trên 80%` is `> 80`. */
export const ThresholdTargetSchema = strictObjectSchema({
  kind: z.literal('threshold'),
  op: ComparisonSchema,
  value: finite,
  ...common,
});

/** `min ≤ value ≤ max`, both ends inclusive, e.g. `từ 20-25%`. */
export const RangeTargetSchema = strictObjectSchema({
    kind: z.literal('range'),
    min: finite,
    max: finite,
    ...common,
  }).check(z.refine((t) => t.min <= t.max, {
    message: 'a range whose min is not above its max',
    path: ['max'],
  }));

/** A rank target: met when rank ≤ `top`, e.g. `top 10`. */
export const RankTargetSchema = strictObjectSchema({
  kind: z.literal('rank'),
  top: z.int().check(z.positive()),
  ...common,
});

/** Relative change against a baseline, in percent: `giảm 30%` is `<= -30`, `tăng 30%` is `>= 30`. */
export const ChangeTargetSchema = strictObjectSchema({
  kind: z.literal('change'),
  ...oneWay,
  from: z.literal('baseline'),
  ...common,
});

/** Annual growth rate in percent, e.g. `tăng tối thiểu 7%/năm` is `>= 7` per year. */
export const GrowthTargetSchema = strictObjectSchema({
  kind: z.literal('growth'),
  ...oneWay,
  per: z.literal('year'),
  ...common,
});

/** A task that is done or not done. */
export const DoneTargetSchema = strictObjectSchema({ kind: z.literal('done'), ...common });

/**
 * A goal with no number (`phổ cập`, `tăng cường`, `nhân rộng`): kept so nothing in a plan is lost;
 * it can be tracked as done / not done.
 */
export const QualitativeTargetSchema = strictObjectSchema({ kind: z.literal('qualitative'), ...common });

/**
 * A target, in the JSON shape a province writes:
 * `{ "kind": "threshold", "op": ">=", "value": 80, "level": "district", "by": "2025-12-31", "wording": "80%" }`.
 *
 * @example
 * TargetSchema.parse({ kind: 'range', min: 20, max: 25, wording: 'từ 20-25%' }).kind;
 * //=> 'range'
 */
export const TargetSchema = z.discriminatedUnion('kind', [
  ThresholdTargetSchema,
  RangeTargetSchema,
  RankTargetSchema,
  ChangeTargetSchema,
  GrowthTargetSchema,
  DoneTargetSchema,
  QualitativeTargetSchema,
]);

/** A target. */
export type Target = z.infer<typeof TargetSchema>;
/** The kinds of target. */
export type TargetKind = Target['kind'];
