import type { Measure } from '../indicator';
import type { Observation } from '../observation';
import { IsoDateSchema } from '../text';
import { isObservationKey, valueFits } from './observationFields';

// `evaluate` takes most observations through here instead of the observation schemas and
// `readValue`: a plain object with a value or a share that plainly fits its indicator. Whatever this
// accepts, the full path would accept too and turn into the same object (keys in the schema's order)
// and the same reading; anything else returns `undefined` and takes the full path, which words every
// problem. test/evaluate/evaluate.quick.test.ts checks this against the full path.

const optionalText = (x: unknown): boolean => x === undefined || (typeof x === 'string' && x.length > 0);

/**
 * The observation as the schema would give it, when `raw` is a plain, valid value or share
 * observation of a known indicator (and, when `units` is given, a known unit) whose figure fits the
 * indicator's measure as `readValue` requires; `undefined` otherwise.
 *
 * @param dates - the caller's cache of date periods already checked (`IsoDateSchema`), by text
 */
export function quickObservation(
  raw: unknown,
  measures: ReadonlyMap<string, { readonly measure: Measure }>,
  units: ReadonlyMap<string, unknown> | undefined,
  dates: Map<string, boolean>,
): Observation | undefined {
  if (typeof raw !== 'object' || raw === null || Object.getPrototypeOf(raw) !== Object.prototype) return undefined;
  const r = raw as Record<string, unknown>;
  // The schema rejects unknown keys; an optional key given as `undefined` is left to it as well.
  for (const k in r) if (!isObservationKey(k) || r[k] === undefined) return undefined;
  // Exactly one shape, tested as `evaluate` tests it (`in`, so inherited and hidden keys count).
  const isValue = 'value' in r;
  if ('done' in r || 'rank' in r || isValue === ('numerator' in r || 'denominator' in r)) return undefined;

  const { unit, indicator, period, scale, source, note } = r;
  if (typeof unit !== 'string' || typeof indicator !== 'string') return undefined;
  // A known indicator id passed the catalog's id schema, which is the observation's too.
  const measure = measures.get(indicator)?.measure;
  if (measure === undefined) return undefined;
  // A registry id is already trimmed and not empty; without a registry, the schema's trim must be a no-op.
  if (units === undefined ? unit.length === 0 || unit.trim() !== unit : !units.has(unit)) return undefined;
  if (typeof period === 'number') {
    if (!Number.isInteger(period) || period < 1900 || period > 2199) return undefined;
  } else if (typeof period === 'string') {
    let ok = dates.get(period);
    if (ok === undefined) dates.set(period, (ok = IsoDateSchema.safeParse(period).success));
    if (!ok) return undefined;
  } else return undefined;
  if ((scale !== undefined && scale !== 'percent' && scale !== 'ratio') || !optionalText(source) || !optionalText(note)) return undefined;

  if (isValue) {
    const value = r['value'];
    if (typeof value !== 'number' || !valueFits(measure, value, scale === 'ratio')) return undefined;
    if (scale === undefined && source === undefined && note === undefined) return { unit, indicator, period, value };
    return withOptional({ unit, indicator, period }, scale, source, note, { value }) as Observation;
  }
  const { numerator, denominator } = r;
  if (measure !== 'percent' && measure !== 'grdp-share' && measure !== 'done') return undefined;
  if (typeof numerator !== 'number' || typeof denominator !== 'number' || !Number.isFinite(denominator)) return undefined;
  // Finite, ≥ 0 and at most the denominator (NaN fails the comparisons).
  if (!(numerator >= 0 && numerator <= denominator)) return undefined;
  if (scale === undefined && source === undefined && note === undefined) return { unit, indicator, period, numerator, denominator };
  return withOptional({ unit, indicator, period }, scale, source, note, { numerator, denominator }) as Observation;
}

/** What `readValue` accepts as a plain number of an indicator with this measure. */

/** The optional keys in the schema's order (scale, source, note), then the figure. */
function withOptional(base: Record<string, unknown>, scale: unknown, source: unknown, note: unknown, figure: Record<string, number>): Record<string, unknown> {
  const o = base;
  if (scale !== undefined) o['scale'] = scale;
  if (source !== undefined) o['source'] = source;
  if (note !== undefined) o['note'] = note;
  for (const k in figure) o[k] = figure[k];
  return o;
}
