import * as z from 'zod/mini';
import { strictObjectSchema } from '../_shared/strictObjectSchema';

/**
 * A label in Vietnamese and English. Vietnamese is the text of record; English is a translation.
 *
 * @example
 * TextSchema.parse({ vi: 'Cấp tỉnh', en: 'Province level' });
 * //=> { vi: 'Cấp tỉnh', en: 'Province level' }
 */
export const TextSchema = strictObjectSchema({
  vi: z.string().check(z.minLength(1)),
  en: z.string().check(z.minLength(1)),
});

/** A label in Vietnamese and English. */
export type Text = z.infer<typeof TextSchema>;

/** A calendar date written `YYYY-MM-DD` (civil date, no time zone). */
export const IsoDateSchema = z.iso.date();

/** A stable identifier in kebab-case: lower-case ASCII letters and digits joined by single hyphens. */
export const KebabIdSchema = z
  .string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'kebab-case (a-z, 0-9 and single hyphens)'));
