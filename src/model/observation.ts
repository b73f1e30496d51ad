import * as z from 'zod/mini';
import { strictObjectSchema } from '../_shared/strictObjectSchema';
import { IsoDateSchema, KebabIdSchema } from './text';

/** A reporting period: a year (`2023`) or a civil date (`2023-05-31`). */
export const PeriodSchema = z.union([z.int().check(z.gte(1900), z.lte(2199)), IsoDateSchema]);

/** A reporting period: a year or an ISO date. */
export type Period = z.infer<typeof PeriodSchema>;

const base = {
  unit: z.string().check(z.trim(), z.minLength(1)),
  indicator: KebabIdSchema,
  period: PeriodSchema,
  /** How a percent `value` is written: `percent` (0–100, the default) or `ratio` (0–1). */
  scale: z.optional(z.enum(['percent', 'ratio'])),
  /** Where the figure comes from (a report, a news item, "invented for the demo"). */
  source: z.optional(z.string().check(z.minLength(1))),
  note: z.optional(z.string().check(z.minLength(1))),
};

/** An observation with a single number. */
export const ValueObservationSchema = strictObjectSchema({ ...base, value: z.number() });
/** An observation of a share, as the two counts it is computed from. */
export const FractionObservationSchema = strictObjectSchema({
  ...base,
  numerator: z.number().check(z.gte(0)),
  denominator: z.number().check(z.gte(0)),
});
/** An observation of a task or qualitative goal: done or not. */
export const DoneObservationSchema = strictObjectSchema({ ...base, done: z.boolean() });
/** An observation of a position in a ranking (1 is best). */
export const RankObservationSchema = strictObjectSchema({ ...base, rank: z.int().check(z.positive()) });

/**
 * A measured value of one indicator for one unit and period, with exactly one of `value`,
 * `numerator` + `denominator`, `done` or `rank`.
 *
 * @example
 * const observation = ObservationSchema.parse({ unit: 'vp-province-agencies', indicator: 'tthc-dossiers-fully-online', period: '2023-05-31', value: 36.18 });
 * 'value' in observation && observation.value;
 * //=> 36.18
 */
export const ObservationSchema = z.union([
  ValueObservationSchema,
  FractionObservationSchema,
  DoneObservationSchema,
  RankObservationSchema,
]);

/** A measured value of one indicator for one unit and period. */
export type Observation = z.infer<typeof ObservationSchema>;
