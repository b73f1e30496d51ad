import type { Measure } from '../indicator';

/**
 * Whether `k` is a key of some observation schema (value, share, done or rank observations); the
 * quick checks of `quickObservation` and `score` send an object with any other key to the schema,
 * which words the problem.
 */
export function isObservationKey(k: string): boolean {
  switch (k) {
    case 'unit':
    case 'indicator':
    case 'period':
    case 'scale':
    case 'source':
    case 'note':
    case 'value':
    case 'numerator':
    case 'denominator':
    case 'done':
    case 'rank':
      return true;
    default:
      return false;
  }
}

/**
 * Whether a plain number is a valid value of a measure as read (a percent or GRDP share in 0–100, or
 * 0–1 for a `ratio` scale; a whole count; a finite amount or change); a rank or done indicator never
 * takes a bare number. Anything this refuses goes through `readValue`, which words the problem.
 */
export function valueFits(measure: Measure, v: number, ratio: boolean): boolean {
  switch (measure) {
    case 'percent':
    case 'grdp-share':
      return v >= 0 && v <= (ratio ? 1 : 100);
    case 'count':
      return Number.isSafeInteger(v) && v >= 0;
    case 'money':
    case 'percent-change':
      return Number.isFinite(v);
    default:
      return false;
  }
}

/**
 * Whether observations of a measure may be a share (numerator + denominator): a percent, a GRDP
 * share, or a done indicator as the share of units done (what a roll-up gives).
 */
export function isShareMeasure(measure: Measure): boolean {
  return measure === 'percent' || measure === 'grdp-share' || measure === 'done';
}
