import * as z from 'zod/mini';
import { dec } from '../_shared/decimal';
import { parseOrThrow } from '../_shared/zod';
import { BandSchema, type Band } from '../model/band';

const BandsSchema = z
  .array(BandSchema).check(z.minLength(1), z.refine((bands) => bands.every((b, i) => i === 0 || b.min < (bands[i - 1] as Band).min), { message: 'bands in strictly descending order of min' }));

/**
 * The band a score falls in — e.g. an emulation scheme's Xuất sắc / Tốt / Khá / Trung bình / Yếu —
 * given bands in descending order of `min` (a score earns the first band whose `min` it reaches,
 * compared exactly in decimal). A score below every `min` gets `null`.
 *
 * @param score - the score (a finite number)
 * @param bands - `[{ min, label: { vi, en } }, …]`, highest first
 * @returns the band, or `null`
 * @throws {ChisoError} for a non-finite score, or bands that are empty or not in descending order
 *
 * @example
 * const bands = [
 *   { min: 90, label: { vi: 'Xuất sắc', en: 'Excellent' } },
 *   { min: 70, label: { vi: 'Tốt', en: 'Good' } },
 *   { min: 50, label: { vi: 'Khá', en: 'Fair' } },
 * ];
 * assignBand(90, bands)?.label.vi;
 * //=> 'Xuất sắc'
 * assignBand(49.99, bands);
 * //=> null
 */
export function assignBand(score: number, bands: readonly Band[]): Band | null {
  const s = parseOrThrow(z.number(), score, ['score']);
  const list = parseOrThrow(BandsSchema, bands, ['bands']);
  const value = dec(s);
  return list.find((b) => value.gte(dec(b.min))) ?? null;
}
