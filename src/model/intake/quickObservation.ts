import type { Measure } from '../indicator';
import type { Observation, Period } from '../observation';
import { isShareMeasure, valueFits } from './observationFields';
import { FRACTION_SHAPE, VALUE_SHAPE } from './observationShape';
import { plainShape } from './plainObservation';

// `evaluate` and the roll-up take most observations through here instead of the observation schemas
// and `readValue`: a plain object with a value or a share that plainly fits its indicator. Whatever
// this accepts, the full path would accept too and turn into the same object (keys in the schema's
// order) and the same reading; anything else returns `undefined` and takes the full path, which
// words every problem. test/evaluate/evaluate.quick.test.ts checks this against the full path.

/**
 * The observation as the schema would give it, when `raw` is a plain, valid value or share
 * observation of a known indicator (and, when `units` is given, a known unit) whose figure fits the
 * indicator's measure as `readValue` requires; `undefined` otherwise.
 *
 * @param raw - the observation as given
 * @param measures - the known indicators, by id, with their measures
 * @param units - the known units by id, or `undefined` when any unit id will do
 * @param dates - the caller's cache of date periods already checked (`IsoDateSchema`), by text
 * @returns the observation, or `undefined` when it needs the full path
 *
 * @example
 * quickObservation({ unit: 'u1', indicator: 'share', period: 2024, value: 57 }, new Map([['share', { measure: 'percent' }]]), undefined, new Map());
 * //=> { unit: 'u1', indicator: 'share', period: 2024, value: 57 }
 * quickObservation({ unit: 'u1', indicator: 'share', period: 2024, value: 570 }, new Map([['share', { measure: 'percent' }]]), undefined, new Map());
 * //=> undefined
 */
export function quickObservation(
  raw: unknown,
  measures: ReadonlyMap<string, { readonly measure: Measure }>,
  units: ReadonlyMap<string, unknown> | undefined,
  dates: Map<string, boolean>,
): Observation | undefined {
  if (typeof raw !== 'object' || raw === null || Object.getPrototypeOf(raw) !== Object.prototype) return undefined;
  const r = raw as Record<string, unknown>;
  const shape = plainShape(r, units, dates);
  if (shape !== VALUE_SHAPE && shape !== FRACTION_SHAPE) return undefined;
  const indicator = r['indicator'] as string;
  // A known indicator id passed the catalog's id schema, which is the observation's too.
  const measure = measures.get(indicator)?.measure;
  if (measure === undefined) return undefined;
  const unit = r['unit'] as string;
  const period = r['period'] as Period;
  const { scale, source, note } = r;

  if (shape === VALUE_SHAPE) {
    const value = r['value'];
    if (typeof value !== 'number' || !valueFits(measure, value, scale === 'ratio')) return undefined;
    if (scale === undefined && source === undefined && note === undefined) return { unit, indicator, period, value };
    return withOptional({ unit, indicator, period }, scale, source, note, { value }) as Observation;
  }
  const { numerator, denominator } = r;
  if (!isShareMeasure(measure)) return undefined;
  if (typeof numerator !== 'number' || typeof denominator !== 'number' || !Number.isFinite(denominator)) return undefined;
  // Finite, ≥ 0 and at most the denominator (NaN fails the comparisons).
  if (!(numerator >= 0 && numerator <= denominator)) return undefined;
  if (scale === undefined && source === undefined && note === undefined) return { unit, indicator, period, numerator, denominator };
  return withOptional({ unit, indicator, period }, scale, source, note, { numerator, denominator }) as Observation;
}

/** The optional keys in the schema's order (scale, source, note), then the figure. */
function withOptional(base: Record<string, unknown>, scale: unknown, source: unknown, note: unknown, figure: Record<string, number>): Record<string, unknown> {
  const o = base;
  if (scale !== undefined) o['scale'] = scale;
  if (source !== undefined) o['source'] = source;
  if (note !== undefined) o['note'] = note;
  for (const k in figure) o[k] = figure[k];
  return o;
}
