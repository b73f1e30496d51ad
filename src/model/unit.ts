import { z } from 'zod';

/**
 * A reporting unit: a province, a department (sở, ban, ngành), a district, a commune.
 *
 * @example
 * UnitSchema.parse({ id: 'vinh-tuong', name: 'Huyện Vĩnh Tường', level: 'district', parent: 'vinh-phuc' });
 * //=> { id: 'vinh-tuong', name: 'Huyện Vĩnh Tường', level: 'district', parent: 'vinh-phuc' }
 */
export const UnitSchema = z.strictObject({
  /** Any stable, non-empty identifier (a slug, or an official administrative code). */
  id: z.string().trim().min(1),
  name: z.string().min(1),
  /** The id of a level of the hierarchy in use. */
  level: z.string().min(1),
  parent: z.string().trim().min(1).optional(),
});

/** A reporting unit. */
export type Unit = z.infer<typeof UnitSchema>;
