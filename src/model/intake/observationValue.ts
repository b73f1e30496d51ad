import type { Measure } from '../indicator';
import type { Observation } from '../observation';

/** An observation's figure as the value readers take it: a number, a share, done / not done, or a rank. */
export type ObservationValue = number | boolean | { readonly numerator: number; readonly denominator: number } | { readonly rank: number };

/**
 * The figure of an observation, whichever its shape, as the value readers take it.
 *
 * @param o - a valid observation
 * @returns its `value`, `{ numerator, denominator }`, `done` or `{ rank }`
 *
 * @example
 * valueOfObservation({ unit: 'u1', indicator: 'share', period: 2024, numerator: 3, denominator: 4 });
 * //=> { numerator: 3, denominator: 4 }
 */
export function valueOfObservation(o: Observation): ObservationValue {
  if ('value' in o) return o.value;
  if ('numerator' in o) return { numerator: o.numerator, denominator: o.denominator };
  if ('done' in o) return o.done;
  return { rank: o.rank };
}

/**
 * The figure of a row of observation columns, as {@link valueOfObservation} gives an observation's:
 * a share when the row has a denominator, else the value — for a `rank` indicator, its rank (columns
 * have no rank column: the value column holds it).
 *
 * @param value - the row's value (a share's numerator)
 * @param denominator - the row's denominator, `null` or `undefined` when it has none
 * @param measure - the measure of the row's indicator
 * @returns the figure
 *
 * @example
 * valueOfColumns(7, null, 'rank');
 * //=> { rank: 7 }
 * valueOfColumns(3, 4, 'percent');
 * //=> { numerator: 3, denominator: 4 }
 */
export function valueOfColumns(value: unknown, denominator: unknown, measure: Measure): unknown {
  if (denominator !== null && denominator !== undefined) return { numerator: value, denominator };
  return measure === 'rank' ? { rank: value } : value;
}
