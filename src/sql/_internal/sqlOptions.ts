import * as z from 'zod/mini';

/** A table or column name as an option: any non-empty text (quoted when written, never pasted). */
export const sqlName = z.string().check(z.minLength(1));

/**
 * The observations table's column names both compilers read (`compileScorecard`, `compileRollUp`):
 * `null` for a value column the table does not have. One shape, so the two accept the same names.
 */
export const OBSERVATION_COLUMN_SHAPE = {
  unit: z.optional(sqlName),
  indicator: z.optional(sqlName),
  period: z.optional(sqlName),
  value: z.optional(z.nullable(sqlName)),
  numerator: z.optional(z.nullable(sqlName)),
  denominator: z.optional(z.nullable(sqlName)),
  rank: z.optional(z.nullable(sqlName)),
  done: z.optional(z.nullable(sqlName)),
};
