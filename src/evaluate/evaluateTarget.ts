import * as z from 'zod/mini';
import { strictObjectSchema } from '../_shared/strictObjectSchema';
import { ChisoError, type ChisoIssue } from '../errors';
import { judge } from './_internal/judge';
import { fail } from '../_shared/issue';
import { readValue, type TargetValue } from './_internal/read';
import { parseOrThrow } from '../_shared/zod';
import { TARGET_KINDS_BY_MEASURE } from '../model/catalog';
import { MeasureSchema, type Measure } from '../model/indicator';
import type { TargetEvaluation } from '../model/result';
import { TargetSchema, type Target } from '../model/target';

export type { TargetValue } from './_internal/read';

/** Options of {@link evaluateTarget}. */
export interface EvaluateTargetOptions {
  /**
   * The indicator's measure. When given, the value is checked against it (a `percent` must lie in
   * 0–100, a `count` must be a whole number ≥ 0, …); when omitted, only the target kind decides.
   */
  readonly measure?: Measure;
  /** How a plain-number percent is written: `percent` (0–100, default) or `ratio` (0–1). */
  readonly scale?: 'percent' | 'ratio';
}

const OptionsSchema = strictObjectSchema({
  measure: z.optional(MeasureSchema),
  scale: z.optional(z.enum(['percent', 'ratio'])),
});

/**
 * Compares one value with one target, exactly.
 *
 * The value may be a number, `{ numerator, denominator }` (a share, compared by cross-multiplication,
 * never through `numerator / denominator * 100` in floating point), `{ rank }`, a boolean (done / not
 * done), `{ baseline, current }` for a `change` target, `{ baseline, current, years }` for a `growth`
 * target (compound annual rate), or `null`/`undefined` for no data.
 *
 * - `gap`: distance still to go in the target's unit, `|bound − value|` for the bound not reached
 *   (the threshold, the violated end of a range, `top` of a rank target); 0 when met. For a strict
 *   comparison (`>`, `<`) a value exactly at the bound is not met and has gap 0.
 * - `attainment`: 1 when met; otherwise `min(|v|, |b|) / max(|v|, |b|)` when the value `v` and the
 *   bound `b` have the same sign, else 0. So 36.18 against `≥ 80` is 0.45225; 10 against `≤ 5`
 *   (lower is better) is 0.5; a −10 % change against `≤ −30 %` is 1/3; rank 20 against top 10 is 0.5.
 * - A share whose denominator is 0 is `no-data` with reason `zero-denominator` (no dossiers to
 *   process is not a failure, nor a success).
 *
 * @param target - the target, as in a catalog: `{ kind: 'threshold', op: '>=', value: 80 }`, …
 * @param value - the observed value, in one of the shapes above
 * @param options - the indicator's `measure` and the percent `scale`, to validate the value
 * @returns the status (`met`, `not-met`, `no-data`, `not-applicable`), the compared value, the gap and the attainment
 * @throws {ChisoError} when the target or the value is invalid: NaN or ±Infinity, a negative count,
 *   a numerator above its denominator, a percent outside 0–100, a value of the wrong shape for the target,
 *   a target kind that does not fit `options.measure`, a gap or value beyond the range of a JS number
 *
 * @example
 * evaluateTarget({ kind: 'threshold', op: '>=', value: 57 }, { numerator: 57, denominator: 100 });
 * //=> { status: 'met', value: 57, gap: 0, attainment: 1 }
 *
 * evaluateTarget({ kind: 'threshold', op: '>', value: 80, wording: 'trên 80%' }, 80);
 * //=> { status: 'not-met', value: 80, gap: 0, attainment: 1 }
 *
 * evaluateTarget({ kind: 'threshold', op: '>=', value: 80 }, 36.18);
 * //=> { status: 'not-met', value: 36.18, gap: 43.82, attainment: 0.45225 }
 */
export function evaluateTarget(target: Target, value: TargetValue, options: EvaluateTargetOptions = {}): TargetEvaluation {
  const parsedTarget = parseOrThrow(TargetSchema, target, ['target']);
  const parsedOptions = parseOrThrow(OptionsSchema, options, ['options']);
  const measure = parsedOptions.measure;
  if (measure !== undefined && !TARGET_KINDS_BY_MEASURE[measure].includes(parsedTarget.kind)) {
    // As in a catalog: a `range` target for a `done` measure could only be judged by guessing.
    fail({ code: 'invalid_value', path: ['target', 'kind'], field: 'kind', expected: `a target kind that fits a ${measure} indicator (${TARGET_KINDS_BY_MEASURE[measure].join(', ')})`, received: parsedTarget.kind });
  }
  const issues: ChisoIssue[] = [];
  const reading = readValue(
    value,
    { path: ['value'], kinds: [parsedTarget.kind], measure: parsedOptions.measure, scale: parsedOptions.scale },
    issues,
  );
  if (reading === undefined) throw new ChisoError(issues);
  return judge(parsedTarget, reading);
}
