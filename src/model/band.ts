import * as z from 'zod/mini';
import { strictObjectSchema } from '../_shared/strictObjectSchema';
import { TextSchema } from './text';

/**
 * A classification band: the lowest score that earns it, and its label.
 *
 * @example
 * BandSchema.parse({ min: 90, label: { vi: 'Xuất sắc', en: 'Excellent' } }).min;
 * //=> 90
 */
export const BandSchema = strictObjectSchema({ min: z.number(), label: TextSchema });

/** A classification band. */
export type Band = z.infer<typeof BandSchema>;
