import { z } from 'zod';
import { IsoDateSchema, KebabIdSchema } from './text';

/** A reporting period: a year (`2023`) or a civil date (`2023-05-31`). */
export const PeriodSchema = z.union([z.int().min(1900).max(2199), IsoDateSchema]);

/** A reporting period: a year or an ISO date. */
export type Period = z.infer<typeof PeriodSchema>;

const base = {
  unit: z.string().trim().min(1),
  indicator: KebabIdSchema,
  period: PeriodSchema,
  /** How a percent `value` is written: `percent` (0–100, the default) or `ratio` (0–1). */
  scale: z.enum(['percent', 'ratio']).optional(),
  /** Where the figure comes from (a report, a news item, "invented for the demo"). */
  source: z.string().min(1).optional(),
  note: z.string().min(1).optional(),
};

/** An observation with a single number. */
export const ValueObservationSchema = z.strictObject({ ...base, value: z.number() });
/** An observation of a share, as the two counts it is computed from. */
export const FractionObservationSchema = z.strictObject({
  ...base,
  numerator: z.number().min(0),
  denominator: z.number().min(0),
});
/** An observation of a task or qualitative goal: done or not. */
export const DoneObservationSchema = z.strictObject({ ...base, done: z.boolean() });
/** An observation of a position in a ranking (1 is best). */
export const RankObservationSchema = z.strictObject({ ...base, rank: z.int().positive() });

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
