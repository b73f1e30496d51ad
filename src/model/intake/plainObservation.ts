import { IsoDateSchema } from '../text';
import { isObservationKey } from './observationFields';
import { observationShape } from './observationShape';

// The common part of the quick checks (`quickObservation`, and `score`'s): everything about an
// observation but its figure. It never accepts what the schemas reject; what it refuses takes the
// schema path, which words the problem. It reads the object and allocates nothing.

/** A code unit that `String.prototype.trim` never removes (printable ASCII, not a space). */
const kept = (c: number): boolean => c > 32 && c < 127;

const optionalText = (x: unknown): boolean => x === undefined || (typeof x === 'string' && x.length > 0);

/**
 * The shape of `r` (see `observationShape`) when all its fields but the figure are plainly valid as
 * the schemas have them: only observation keys, none given as `undefined` (the schema's business);
 * a `unit` that is a known id of `units` or, without `units`, a non-empty text the schema's trim
 * leaves as it is; an `indicator` that is text; a `period` that is a year 1900–2199 or a valid ISO
 * date; `scale`, `source` and `note` absent or valid. −1 otherwise. The figure itself, the
 * indicator's id and the object's kind (plain, not an array) are the caller's to check.
 *
 * @param r - the observation as given (an object)
 * @param units - the known units by id (their ids are trimmed and not empty), or `undefined`
 * @param dates - the caller's cache of date periods already checked, by text
 * @returns the shape's number, or −1
 *
 * @example
 * plainShape({ unit: 'u1', indicator: 'share', period: 2024, value: 57 }, undefined, new Map());
 * //=> 0
 * plainShape({ unit: ' u1', indicator: 'share', period: 2024, value: 57 }, undefined, new Map());
 * //=> -1
 */
export function plainShape(r: Record<string, unknown>, units: ReadonlyMap<string, unknown> | undefined, dates: Map<string, boolean>): number {
  // The schema rejects unknown keys; an optional key given as `undefined` is left to it as well.
  for (const k in r) if (!isObservationKey(k) || r[k] === undefined) return -1;
  const shape = observationShape(r);
  if (shape < 0) return -1;
  const { unit, period } = r;
  if (typeof unit !== 'string' || typeof r['indicator'] !== 'string') return -1;
  if (units !== undefined) {
    if (!units.has(unit)) return -1;
  } else if (unit.length === 0 || (!(kept(unit.charCodeAt(0)) && kept(unit.charCodeAt(unit.length - 1))) && unit.trim() !== unit)) return -1;
  if (typeof period === 'number') {
    if (!Number.isInteger(period) || period < 1900 || period > 2199) return -1;
  } else if (typeof period === 'string') {
    let ok = dates.get(period);
    if (ok === undefined) dates.set(period, (ok = IsoDateSchema.safeParse(period).success));
    if (!ok) return -1;
  } else return -1;
  const scale = r['scale'];
  if ((scale !== undefined && scale !== 'percent' && scale !== 'ratio') || !optionalText(r['source']) || !optionalText(r['note'])) return -1;
  return shape;
}
