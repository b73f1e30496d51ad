// An observation has exactly one figure: a value, a share (numerator + denominator), done or a rank.
// Its shape is told by which of those keys it has (`in`, so inherited and hidden keys count, as the
// schemas see them); every intake tests it here, the quick checks and the schema path alike.

/** A `value` observation. */
export const VALUE_SHAPE = 0;
/** A share: `numerator` + `denominator`. */
export const FRACTION_SHAPE = 1;
/** A `done` observation. */
export const DONE_SHAPE = 2;
/** A `rank` observation. */
export const RANK_SHAPE = 3;

/**
 * The shape of an observation by its keys: {@link VALUE_SHAPE}, {@link FRACTION_SHAPE} (either of
 * `numerator` and `denominator` counts), {@link DONE_SHAPE} or {@link RANK_SHAPE}; −1 when it has
 * none or more than one of them.
 *
 * @param raw - the observation as given (any object)
 * @returns the shape's number, or −1
 *
 * @example
 * observationShape({ unit: 'u', indicator: 'i', period: 2024, numerator: 3, denominator: 4 });
 * //=> 1
 * observationShape({ value: 1, done: true });
 * //=> -1
 */
export function observationShape(raw: object): number {
  const hasValue = 'value' in raw;
  const hasShare = 'numerator' in raw || 'denominator' in raw;
  const hasDone = 'done' in raw;
  const hasRank = 'rank' in raw;
  if (hasValue) return hasShare || hasDone || hasRank ? -1 : VALUE_SHAPE;
  if (hasShare) return hasDone || hasRank ? -1 : FRACTION_SHAPE;
  if (hasDone) return hasRank ? -1 : DONE_SHAPE;
  return hasRank ? RANK_SHAPE : -1;
}
