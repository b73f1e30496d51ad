import { z } from 'zod';
import { TextSchema } from './text';

/**
 * A classification band: the lowest score that earns it, and its label.
 *
 * @example
 * BandSchema.parse({ min: 90, label: { vi: 'Xuất sắc', en: 'Excellent' } }).min;
 * //=> 90
 */
export const BandSchema = z.strictObject({ min: z.number(), label: TextSchema });

/** A classification band. */
export type Band = z.infer<typeof BandSchema>;
