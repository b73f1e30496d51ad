import * as z from 'zod/mini';
import { strictObjectSchema } from '../_shared/strictObjectSchema';
import { checkFirstUse } from './_internal/firstUse';
import { IsoDateSchema, KebabIdSchema, TextSchema } from './text';

/**
 * One tier of local government (cấp), e.g. `province` (cấp tỉnh) or `commune` (cấp xã).
 *
 * @example
 * LevelSchema.parse({ id: 'province', name: { vi: 'Cấp tỉnh', en: 'Province level' } });
 * //=> { id: 'province', name: { vi: 'Cấp tỉnh', en: 'Province level' } }
 */
export const LevelSchema = strictObjectSchema({
  id: KebabIdSchema,
  name: TextSchema,
});

/** One tier of local government. */
export type Level = z.infer<typeof LevelSchema>;

/**
 * An ordered list of levels, highest first: the structure units are placed in. Levels are data, so a
 * plan written for the three-tier system of 2021 and one for the two-tier system of 2025 both fit.
 *
 * @example
 * HierarchySchema.parse({
 *   id: 'two-tier-2025',
 *   name: { vi: 'Chính quyền hai cấp', en: 'Two-tier local government' },
 *   levels: [
 *     { id: 'province', name: { vi: 'Cấp tỉnh', en: 'Province level' } },
 *     { id: 'commune', name: { vi: 'Cấp xã', en: 'Commune level' } },
 *   ],
 * }).levels.length;
 * //=> 2
 */
export const HierarchySchema = strictObjectSchema({
    id: KebabIdSchema,
    name: TextSchema,
    levels: z.array(LevelSchema).check(z.minLength(1)),
    /** First day the hierarchy is in force, if known. */
    since: z.optional(IsoDateSchema),
    /** Last day the hierarchy is in force, if it has ended. */
    until: z.optional(IsoDateSchema),
  }).check(z.superRefine((h, ctx) => {
    const seen = new Set<string>();
    h.levels.forEach((level, i) => checkFirstUse(seen, level.id, ctx, ['levels', i, 'id'], 'a level id not used before in this hierarchy', level.id));
  }));

/** An ordered list of levels, highest first. */
export type Hierarchy = z.infer<typeof HierarchySchema>;
