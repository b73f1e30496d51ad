import * as z from 'zod/mini';
import { strictObjectSchema } from '../_shared/strictObjectSchema';
import { IsoDateSchema } from './text';
import { ObservationSchema, PeriodSchema } from './observation';
import { TargetSchema } from './target';

/**
 * The verdict on one target:
 * - `met` / `not-met`: compared exactly;
 * - `no-data`: nothing to compare (no observation, or a share whose denominator is 0) — never a zero;
 * - `not-applicable`: the target cannot be judged by this value (a number against a qualitative goal,
 *   a done / not-done value against a numeric target, an indicator with no target, a unit whose level
 *   is unknown for a per-level target).
 */
export const StatusSchema = z.enum(['met', 'not-met', 'no-data', 'not-applicable']);

/** The verdict on one target. */
export type Status = z.infer<typeof StatusSchema>;

/** Why a result is `no-data` or `not-applicable`. */
export const ReasonSchema = z.enum(['no-observation', 'zero-denominator', 'qualitative-target', 'qualitative-value', 'no-target', 'unit-level-unknown']);

/** Why a result is `no-data` or `not-applicable`. */
export type Reason = z.infer<typeof ReasonSchema>;

/**
 * The result of comparing one value with one target. `value` is what was compared, in the target's
 * unit (a share given as counts is shown in percent); `gap` is the distance still to go (0 when met);
 * `attainment` is progress toward the target in [0, 1] (1 when met). Both are `null` when there is no
 * number to speak of. Never NaN.
 */
export const TargetEvaluationSchema = strictObjectSchema({
  status: StatusSchema,
  value: z.union([z.number(), z.boolean(), z.null()]),
  gap: z.nullable(z.number().check(z.gte(0))),
  attainment: z.nullable(z.number().check(z.gte(0), z.lte(1))),
  reason: z.optional(ReasonSchema),
});

/** The result of comparing one value with one target. */
export type TargetEvaluation = z.infer<typeof TargetEvaluationSchema>;

/** One row of a scorecard: a unit × indicator × target and its evaluation. */
export const ScorecardRowSchema = z.extend(TargetEvaluationSchema, {
  unit: z.string(),
  /** The unit's level, or `null` when it is not known. */
  level: z.nullable(z.string()),
  indicator: z.string(),
  /** Position of the target in the indicator's `targets`, or `null` for an indicator with none. */
  targetIndex: z.nullable(z.int().check(z.gte(0))),
  target: z.nullable(TargetSchema),
  /** The target's deadline (`by`), or `null` when it has none. */
  deadline: z.nullable(IsoDateSchema),
  /** Whether the deadline has come as of `asOf` (always `true` for a target with no deadline). */
  due: z.boolean(),
  /** The period of the observation used, or `null` when there was none. */
  period: z.nullable(PeriodSchema),
  /** The observation used, as given. */
  observation: z.nullable(ObservationSchema),
});

/** One row of a scorecard. */
export type ScorecardRow = z.infer<typeof ScorecardRowSchema>;

/** An observation that was not used, and why: a later one for the same unit and indicator superseded it, or it is dated after `asOf`, or its unit is not at the requested level, or none of its indicator's targets applies at its unit's level (`no-target-at-level`: e.g. a commune's figure for a province-only target). */
export const IgnoredObservationSchema = strictObjectSchema({
  observation: ObservationSchema,
  reason: z.enum(['superseded', 'after-as-of', 'other-level', 'no-target-at-level']),
});

/** An observation that was not used, and why. */
export type IgnoredObservation = z.infer<typeof IgnoredObservationSchema>;

/** A scorecard: every unit × indicator × applicable target, evaluated as of a date. */
export const ScorecardSchema = strictObjectSchema({
  catalog: z.string(),
  /** The civil date the scorecard is for, in `zone`. */
  asOf: IsoDateSchema,
  zone: z.string(),
  rows: z.array(ScorecardRowSchema),
  ignored: z.array(IgnoredObservationSchema),
  summary: strictObjectSchema({
    total: z.int(),
    met: z.int(),
    'not-met': z.int(),
    'no-data': z.int(),
    'not-applicable': z.int(),
  }),
});

/** A scorecard. */
export type Scorecard = z.infer<typeof ScorecardSchema>;
