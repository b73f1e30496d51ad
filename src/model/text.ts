import * as z from 'zod/mini';
import { strictObjectSchema } from '../_shared/strictObjectSchema';

/**
 * A label in Vietnamese and English. Vietnamese is the text of record; English is a translation.
 * `en` may be left out, and is then the Vietnamese text: a province writing its own catalog need not
 * translate it first (an English report then shows the Vietnamese label).
 *
 * @example
 * TextSchema.parse({ vi: 'Cấp tỉnh', en: 'Province level' });
 * //=> { vi: 'Cấp tỉnh', en: 'Province level' }
 *
 * @example
 * TextSchema.parse({ vi: 'Cấp xã' });
 * //=> { vi: 'Cấp xã', en: 'Cấp xã' }
 */
export const TextSchema = z.pipe(
  strictObjectSchema({
    vi: z.string().check(z.minLength(1)),
    /** The English translation; without one, the Vietnamese text. */
    en: z.optional(z.string().check(z.minLength(1))),
  }),
  z.transform((text): { vi: string; en: string } => ({ vi: text.vi, en: text.en ?? text.vi })),
);

/** A label in Vietnamese and English. */
export type Text = z.infer<typeof TextSchema>;

/** A calendar date written `YYYY-MM-DD` (civil date, no time zone). */
export const IsoDateSchema = z.iso.date();

/** A stable identifier in kebab-case: lower-case ASCII letters and digits joined by single hyphens. */
export const KebabIdSchema = z
  .string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'kebab-case (a-z, 0-9 and single hyphens)'));
