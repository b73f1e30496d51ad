import * as z from 'zod/mini';
import { strictObjectSchema } from '../_shared/strictObjectSchema';
import { IsoDateSchema } from './text';

/**
 * Where a row comes from: the document's number (`302/KH-UBND`), its date and the section
 * (`II.2.1.3`), with the appendix row when there is one (`Phụ lục 1, I.3.5`).
 *
 * @example
 * SourceSchema.parse({ document: '302/KH-UBND', date: '2021-12-08', section: 'II.2.2' }).section;
 * //=> 'II.2.2'
 */
export const SourceSchema = strictObjectSchema({
  document: z.string().check(z.minLength(1)),
  /** The document's date; omitted only when the source does not give it. */
  date: z.optional(IsoDateSchema),
  section: z.string().check(z.minLength(1)),
  appendix: z.optional(z.string().check(z.minLength(1))),
});

/** A citation of a document section. */
export type Source = z.infer<typeof SourceSchema>;
