/**
 * Observations as parallel columns: row `i` is the observation of `unit[i]`, `indicator[i]` and
 * `period[i]`. Its figure is `value[i]`, or the share `value[i]` of `denominator[i]` when
 * `denominator` is given and `denominator[i]` is not `null`. Typed arrays work for every numeric column.
 */
export interface ObservationColumns {
  /** Unit ids (trimmed, as `evaluate` trims them). */
  readonly unit: ArrayLike<string>;
  /** Indicator ids of the catalog. */
  readonly indicator: ArrayLike<string>;
  /** Periods: a year (`2024`) or a civil date (`'2024-06-30'`); an `Int32Array` of years works. */
  readonly period: ArrayLike<number | string>;
  /**
   * The value (a percent 0–100, a count, an amount …), the numerator of a share, or — for an
   * indicator whose measure is `rank` — the rank (a whole number, 1 is best).
   */
  readonly value: ArrayLike<number>;
  /** The denominator of a share; `null` (in a plain array) for a row that is a plain value. */
  readonly denominator?: ArrayLike<number | null>;
}
