import * as z from 'zod/mini';
import { strictObjectSchema } from '../_shared/strictObjectSchema';
import { IndicatorSchema } from './indicator';
import { HierarchySchema } from './level';
import { PlanSchema } from './catalog';
import { ComparisonSchema, TargetSchema } from './target';
import { IsoDateSchema, KebabIdSchema, TextSchema } from './text';

/**
 * Which targets an override applies to: all of them when nothing is given, else those of
 * `indicator`, at `level` (`null` for targets without a level), with deadline `by`, of `kind`.
 */
export const TargetMatchSchema = strictObjectSchema({
  indicator: z.optional(KebabIdSchema),
  level: z.optional(z.nullable(z.string().check(z.minLength(1)))),
  by: z.optional(z.nullable(IsoDateSchema)),
  kind: z.optional(z.enum(['threshold', 'range', 'rank', 'change', 'growth', 'done', 'qualitative'])),
});

/** Which targets an override applies to. */
export type TargetMatch = z.infer<typeof TargetMatchSchema>;

/**
 * Fields to set on every matched target (the result is validated again as a whole). `by: null`
 * removes a deadline, `level: null` makes a target apply at every level.
 */
export const TargetPatchSchema = strictObjectSchema({
  op: z.optional(ComparisonSchema),
  value: z.optional(z.number()),
  min: z.optional(z.number()),
  max: z.optional(z.number()),
  top: z.optional(z.int().check(z.positive())),
  level: z.optional(z.nullable(z.string().check(z.minLength(1)))),
  by: z.optional(z.nullable(IsoDateSchema)),
  wording: z.optional(z.string().check(z.minLength(1))),
});

/** Fields to set on matched targets. */
export type TargetPatch = z.infer<typeof TargetPatchSchema>;

/**
 * Changes that turn one catalog into another, applied in this order: `remove`, `add`, `rename`,
 * `targets` (replace an indicator's targets), `override` (patch matching targets), then the
 * metadata (`id`, `plan`, `hierarchy`).
 */
export const CatalogChangesSchema = strictObjectSchema({
  id: z.optional(KebabIdSchema),
  plan: z.optional(PlanSchema),
  hierarchy: z.optional(HierarchySchema),
  remove: z.optional(z.array(KebabIdSchema)),
  add: z.optional(z.array(IndicatorSchema)),
  rename: z.optional(z.record(KebabIdSchema, TextSchema)),
  targets: z.optional(z.record(KebabIdSchema, z.array(TargetSchema))),
  override: z.optional(z.array(strictObjectSchema({ match: TargetMatchSchema, set: TargetPatchSchema }))),
});

/** Changes that turn one catalog into another. */
export type CatalogChanges = z.infer<typeof CatalogChangesSchema>;
