import type { Measure } from './indicator';
import type { Target } from './target';

/**
 * The values a measure can take: from `min` to `max` inclusive (absent where there is no bound),
 * and only whole numbers when `whole` is true.
 */
export interface MeasureBounds {
  readonly min?: number;
  readonly max?: number;
  readonly whole?: boolean;
}

/**
 * The values each measure can take, as an observation of it is checked: a percent or a GRDP share
 * is 0–100; a count is a whole number from 0 to 2⁵³ − 1 (the largest a JavaScript number holds
 * exactly); a rank is a whole number from 1. `money` and `percent-change` have no bound: an amount
 * can be a deficit, and a relative change of a quantity that can turn negative can fall below
 * −100 %. A `done` indicator has no number.
 *
 * @example
 * MEASURE_BOUNDS.percent;
 * //=> { min: 0, max: 100 }
 */
export const MEASURE_BOUNDS: Readonly<Record<Measure, MeasureBounds>> = {
  percent: { min: 0, max: 100 },
  'grdp-share': { min: 0, max: 100 },
  count: { min: 0, max: Number.MAX_SAFE_INTEGER, whole: true },
  money: {},
  'percent-change': {},
  rank: { min: 1, max: Number.MAX_SAFE_INTEGER, whole: true },
  done: {},
};

/** One number of a target that no value of its measure can meet. */
export interface TargetBoundProblem {
  /** The field of the target: `value`, `min` or `max`. */
  readonly field: 'value' | 'min' | 'max';
  /** What the field should be, in words (`Expected … to be <expected>`). */
  readonly expected: string;
  readonly received: number;
}

/**
 * The numbers of a target that lie outside the bounds of its indicator's measure, or that no value
 * of the measure can meet. Per kind:
 * - `threshold`: its value is a value of the measure, so it must lie within the measure's bounds
 *   (`≥ 150` on a percent is never met, `≤ 150` always: a typo either way), and some value must
 *   meet it: `> 100` and `< 0` on a percent are never met; on a count (a whole number) `= 2.5` is
 *   never met;
 * - `range`: both ends lie within the bounds, and a count range holds a whole number (2.2–2.8 does not);
 * - `change` and `growth`: a relative change of the value, not a value, so the value's bounds do
 *   not bound it (`giảm 30%` of a count is −30): not checked here;
 * - `rank` (a whole `top` of at least 1), `done` and `qualitative`: their schemas check them.
 *
 * @param measure - the indicator's measure
 * @param target - one of its targets (already valid by `TargetSchema`)
 * @returns the problems found; empty when some value of the measure can meet the target
 *
 * @example
 * targetBoundProblems('percent', { kind: 'threshold', op: '>=', value: 150 });
 * //=> [{ field: 'value', expected: 'within the bounds of a percent indicator (0 to 100)', received: 150 }]
 */
export function targetBoundProblems(measure: Measure, target: Target): TargetBoundProblem[] {
  const { min, max, whole } = MEASURE_BOUNDS[measure];
  if (min === undefined || max === undefined) return [];
  const within = `within the bounds of a ${measure} indicator (${whole === true ? 'a whole number, ' : ''}${min} to ${max})`;
  const outside = (x: number) => x < min || x > max;
  const problems: TargetBoundProblem[] = [];
  if (target.kind === 'threshold') {
    const x = target.value;
    const never = (expected: string) => problems.push({ field: 'value', expected, received: x });
    if (outside(x)) never(within);
    else if (target.op === '>' && x === max) never(`below ${max} for ">" (no ${measure} value is above ${max}, so it is never met)`);
    else if (target.op === '<' && x === min) never(`above ${min} for "<" (no ${measure} value is below ${min}, so it is never met)`);
    else if (target.op === '=' && whole === true && !Number.isInteger(x)) never(`a whole number for "=" (a ${measure} is a whole number, so it never equals ${x})`);
  } else if (target.kind === 'range') {
    if (outside(target.min)) problems.push({ field: 'min', expected: within, received: target.min });
    if (outside(target.max)) problems.push({ field: 'max', expected: within, received: target.max });
    if (problems.length === 0 && whole === true && Math.ceil(target.min) > target.max) {
      problems.push({ field: 'max', expected: `at least ${Math.ceil(target.min)} (a ${measure} is a whole number, and none lies from ${target.min} to ${target.max})`, received: target.max });
    }
  }
  return problems;
}
