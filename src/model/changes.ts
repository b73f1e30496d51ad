import { z } from 'zod';
import { IndicatorSchema } from './indicator';
import { HierarchySchema } from './level';
import { PlanSchema } from './catalog';
import { ComparisonSchema, TargetSchema } from './target';
import { IsoDateSchema, KebabIdSchema, TextSchema } from './text';

/**
 * Which targets an override applies to: all of them when nothing is given, else those of
 * `indicator`, at `level` (`null` for targets without a level), with deadline `by`, of `kind`.
 */
export const TargetMatchSchema = z.strictObject({
  indicator: KebabIdSchema.optional(),
  level: z.string().min(1).nullable().optional(),
  by: IsoDateSchema.nullable().optional(),
  kind: z.enum(['threshold', 'range', 'rank', 'change', 'growth', 'done', 'qualitative']).optional(),
});

/** Which targets an override applies to. */
export type TargetMatch = z.infer<typeof TargetMatchSchema>;

/**
 * Fields to set on every matched target (the result is validated again as a whole). `by: null`
 * removes a deadline, `level: null` makes a target apply at every level.
 */
export const TargetPatchSchema = z.strictObject({
  op: ComparisonSchema.optional(),
  value: z.number().optional(),
  min: z.number().optional(),
  max: z.number().optional(),
  top: z.int().positive().optional(),
  level: z.string().min(1).nullable().optional(),
  by: IsoDateSchema.nullable().optional(),
  wording: z.string().min(1).optional(),
});

/** Fields to set on matched targets. */
export type TargetPatch = z.infer<typeof TargetPatchSchema>;

/**
 * Changes that turn one catalog into another, applied in this order: `remove`, `add`, `rename`,
 * `targets` (replace an indicator's targets), `override` (patch matching targets), then the
 * metadata (`id`, `plan`, `hierarchy`).
 */
export const CatalogChangesSchema = z.strictObject({
  id: KebabIdSchema.optional(),
  plan: PlanSchema.optional(),
  hierarchy: HierarchySchema.optional(),
  remove: z.array(KebabIdSchema).optional(),
  add: z.array(IndicatorSchema).optional(),
  rename: z.record(KebabIdSchema, TextSchema).optional(),
  targets: z.record(KebabIdSchema, z.array(TargetSchema)).optional(),
  override: z.array(z.strictObject({ match: TargetMatchSchema, set: TargetPatchSchema })).optional(),
});

/** Changes that turn one catalog into another. */
export type CatalogChanges = z.infer<typeof CatalogChangesSchema>;
