import * as z from 'zod/mini';
import { strictObjectSchema } from '../_shared/strictObjectSchema';

/**
 * A reporting unit: a province, a department (sở, ban, ngành), a district, a commune.
 *
 * @example
 * UnitSchema.parse({ id: 'vinh-tuong', name: 'Huyện Vĩnh Tường', level: 'district', parent: 'vinh-phuc' });
 * //=> { id: 'vinh-tuong', name: 'Huyện Vĩnh Tường', level: 'district', parent: 'vinh-phuc' }
 */
export const UnitSchema = strictObjectSchema({
  /** Any stable, non-empty identifier (a slug, or an official administrative code). */
  id: z.string().check(z.trim(), z.minLength(1)),
  name: z.string().check(z.minLength(1)),
  /** The id of a level of the hierarchy in use. */
  level: z.string().check(z.minLength(1)),
  parent: z.optional(z.string().check(z.trim(), z.minLength(1))),
});

/** A reporting unit. */
export type Unit = z.infer<typeof UnitSchema>;
