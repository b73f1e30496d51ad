import type Decimal from 'decimal.js';
import * as z from 'zod/mini';
import { strictObjectSchema } from '../_shared/strictObjectSchema';
import { dec, toNumber } from '../_shared/decimal';
import { checkZone, civilDate, deadlinePassed, DEFAULT_ZONE } from '../_shared/civilDate';
import { daysBetween, isoFromCivil, isoFromParts } from '../_shared/dates';
import { fail } from '../_shared/issue';
import { judge } from './_internal/judge';
import { parseOrThrow } from '../_shared/zod';
import { ThresholdTargetSchema, type Target } from '../model/target';

/** A measured point: a year's figure (`{ year: 2023, value }`) or a dated one (`{ date: '2023-05-31', value }`). */
export type ProgressPoint = { readonly year: number; readonly value: number } | { readonly date: string | Date; readonly value: number };

/** Categories of progress toward a target (Eurostat's SDG assessment, plus the cases it leaves open). */
export type ProgressCategory =
  | 'achieved'
  | 'on-track'
  | 'acceleration-needed'
  | 'limited-progress'
  | 'deterioration'
  | 'missed'
  | 'insufficient-data';

/** Input of {@link assessProgress}. */
export interface ProgressInput {
  /** The first point; without it only the rate still required is computed. */
  readonly baseline?: ProgressPoint;
  readonly current: ProgressPoint;
  /** A threshold target with a deadline (`by`). */
  readonly target: Target;
  /** `compound` (default): annual growth rates; `linear`: straight-line trend. */
  readonly method?: 'compound' | 'linear';
  /**
   * The day the assessment is made (a `YYYY-MM-DD` civil date, or a `Date` / ISO date-time read in
   * `zone`). The deadline has passed, and an unmet target is `missed`, only when this day is after
   * the deadline. Default: the current point's day (a year's figure: 31 December of that year).
   */
  readonly asOf?: Date | string;
  /** IANA zone for `Date` points and `asOf`; `Asia/Ho_Chi_Minh` by default. */
  readonly zone?: string;
}

/** The result of {@link assessProgress}. */
export interface Progress {
  readonly category: ProgressCategory;
  readonly method: 'compound' | 'linear';
  /** `increase` for `>=`/`>` targets, `decrease` for `<=`/`<` (lower is better). */
  readonly direction: 'increase' | 'decrease';
  /** Actual pace ÷ required pace; `null` without a baseline or when no pace is required. */
  readonly ratio: number | null;
  /** Actual pace from baseline to current: a yearly growth rate (0.05 = 5 %/year) or, linear, units per year. */
  readonly actualRate: number | null;
  /** Pace needed from the baseline (or, without one, from the current point) to reach the target by its deadline. */
  readonly requiredRate: number | null;
  /** The value the current trend gives at the deadline. */
  readonly projected: number | null;
  /** The day the current trend reaches the target value, or `null` if it never does (or only after 9999-12-31, the last day written `YYYY-MM-DD`). */
  readonly projectedAttainment: string | null;
  /** The target's deadline. */
  readonly deadline: string;
  /** Years from the current point to the deadline (zero or negative when the current point is at or after it). */
  readonly yearsLeft: number;
  /** The day the assessment was made (`asOf`, or by default the current point's day). */
  readonly asOf: string;
  /** Whether the deadline had passed on `asOf`: only when `asOf` is after it. */
  readonly deadlinePassed: boolean;
}

// Any Date passes the schema, an invalid one too: civilDate then says "Invalid Date" rather than zod's "null".
const PointSchema = strictObjectSchema({ year: z.optional(z.int().check(z.gte(1900), z.lte(2199))), date: z.optional(z.union([z.string(), z.instanceof(Date)])), value: z.number() }).check(z.refine((p) => (p.year === undefined) !== (p.date === undefined), { message: 'a point with exactly one of year or date' }));
const InputSchema = strictObjectSchema({
  baseline: z.optional(PointSchema),
  current: PointSchema,
  target: ThresholdTargetSchema.check(z.refine((t) => t.by !== undefined, { message: 'a threshold target with a deadline (by)', path: ['by'] })),
  method: z.optional(z.enum(['compound', 'linear'])),
  asOf: z.optional(z.union([z.string(), z.instanceof(Date)])),
  zone: z.optional(z.string()),
});


/** A year's figure counts at the end of that year: year Y ↦ Y; a date in year Y ↦ (Y − 1) + day-of-year / days-in-year. */
function timeOfDate(iso: string): Decimal {
  const year = Number(iso.slice(0, 4));
  const day = daysBetween(isoFromParts(year, 1, 1), iso) + 1;
  const length = daysBetween(isoFromParts(year, 1, 1), isoFromParts(year + 1, 1, 1));
  return dec(year - 1).plus(dec(day).div(length));
}

/** The inverse of `timeOfDate`: the day a time falls on, or `null` outside 0000-01-01 … 9999-12-31 (which have no `YYYY-MM-DD` form). */
function dateOfTime(t: Decimal): string | null {
  if (!t.isFinite() || t.lte(-1) || t.gt(9999)) return null;
  const whole = t.floor();
  if (t.eq(whole)) return isoFromParts(whole.toNumber(), 12, 31);
  const year = whole.toNumber() + 1;
  const length = daysBetween(isoFromParts(year, 1, 1), isoFromParts(year + 1, 1, 1));
  const day = Math.max(1, t.minus(whole).times(length).ceil().toNumber());
  return isoFromCivil(year, 1, day);
}

/**
 * How a unit is progressing toward a target with a deadline, by the compound-growth assessment that
 * Eurostat and Open SDG use (or a straight-line trend).
 *
 * Compound (default): actual annual growth `(x_t / x_0)^(1/(t − t_0)) − 1` over required growth
 * `(x_T / x_0)^(1/(T − t_0)) − 1`, where `x_T` is the target value and `T` its deadline. Linear: the
 * same ratio of slopes. Categories: `achieved` (the current value already meets the target, compared
 * exactly), `on-track` (ratio ≥ 0.95), `acceleration-needed` (0.6 ≤ ratio < 0.95), `limited-progress`
 * (0 ≤ ratio < 0.6), `deterioration` (ratio < 0). A "lower is better" target (`<=`, `<`) has a
 * negative required rate, so moving down gives a positive ratio — the same thresholds apply.
 *
 * Stated rules: a year's figure counts at the end of that year (2023 ↦ 2023.0, 2025-12-31 ↦ 2025.0,
 * 2023-05-31 ↦ 2022.41); the ratio is compared with the thresholds after rounding to 12 decimal
 * places, so a case built to sit exactly on 0.95 is not pushed below it by rounding noise; a
 * deadline has passed only when the as-of day (`asOf`, by default the current point's day) is after
 * it, and then a target not met is `missed` — a figure dated on the deadline, or this year's figure
 * read before the year is out (`asOf: '2026-06-01'` with a 2026 figure), is judged by its trend;
 * points must not be after `asOf` (a year's figure is usable from any day of that year); without a
 * baseline the category is `insufficient-data` (with the rate still required from the current
 * point); when the target equals the baseline (no pace required) and is not met now, the category
 * is `deterioration` (the value stayed put, moved the wrong way, or moved off an `=` target); when
 * the baseline is already at or after the deadline but the deadline has not passed, no pace can be
 * required and the category is `insufficient-data`.
 *
 * @param input - `baseline`, `current`, `target` (a threshold target with `by`), `method`, `asOf`, `zone`
 * @returns the category, the ratio, the actual and required rates, the projected value at the deadline and the projected date of attainment
 * @throws {ChisoError} for a target that is not a threshold with a deadline, a current point not
 *   after the baseline, a point after `asOf`, an invalid `asOf`, a zero or negative value with the compound method (use `linear`), NaN or ±Infinity,
 *   values whose pace, ratio or projection is beyond the range of a JS number (`out_of_range`)
 *
 * @example
 * assessProgress({
 *   baseline: { year: 2021, value: 20 },
 *   current: { year: 2023, value: 45 },
 *   target: { kind: 'threshold', op: '>=', value: 80, by: '2025-12-31' },
 * }).category;
 * //=> 'on-track'
 *
 * // Due 31/12/2026, judged on 1/6/2026 with the 2026 figure so far: not missed, behind pace.
 * assessProgress({
 *   baseline: { year: 2025, value: 50 },
 *   current: { year: 2026, value: 60 },
 *   target: { kind: 'threshold', op: '>=', value: 80, by: '2026-12-31' },
 *   asOf: '2026-06-01',
 * }).category;
 * //=> 'limited-progress'
 */
export function assessProgress(input: ProgressInput): Progress {
  const parsed = parseOrThrow(InputSchema, input, ['input']);
  const zone = parsed.zone === undefined ? DEFAULT_ZONE : checkZone(parsed.zone, ['input', 'zone']);
  const method = parsed.method ?? 'compound';
  const target = parsed.target;
  const deadline = target.by as string;
  // A point's day: a year's figure is dated 31 December (the end of the year it covers).
  const dayOf = (p: z.infer<typeof PointSchema>, path: string[]): string => (p.year !== undefined ? isoFromParts(p.year, 12, 31) : civilDate(p.date, zone, path));
  const currentDay = dayOf(parsed.current, ['input', 'current', 'date']);
  const asOf = parsed.asOf === undefined ? currentDay : civilDate(parsed.asOf, zone, ['input', 'asOf']);
  // A point is known on asOf when its day is not after it; a year's figure from any day of its year (a figure so far).
  const notAfterAsOf = (p: z.infer<typeof PointSchema>, day: string, where: string) => {
    if (p.year !== undefined ? p.year > Number(asOf.slice(0, 4)) : day > asOf) {
      fail({ code: 'invalid_value', path: ['input', where], field: where, expected: `a point not after asOf (${asOf}; a year's figure from any day of that year)`, received: p.year ?? (typeof p.date === 'string' ? p.date : day) });
    }
  };
  notAfterAsOf(parsed.current, currentDay, 'current');
  const passed = deadlinePassed(asOf, deadline);
  const T = timeOfDate(deadline);
  const t = timeOfDate(currentDay);
  const xt = dec(parsed.current.value);
  const xT = dec(target.value);
  const direction: Progress['direction'] =
    target.op === '<=' || target.op === '<' ? 'decrease' : target.op === '=' && parsed.baseline !== undefined && xT.lt(parsed.baseline.value) ? 'decrease' : 'increase';
  const compound = method === 'compound';
  // Finite values can still give a pace or projection beyond ±1.8e308 (1e-300 to 1e300 in a year): an error, never Infinity.
  const finite = (d: Decimal, what: string): number => {
    const n = toNumber(d);
    if (Number.isFinite(n)) return n;
    return fail({ code: 'out_of_range', path: ['input'], field: 'input', expected: `values whose ${what} is a finite number (within ±1.7976931348623157e+308)`, received: d.toSignificantDigits(6).toString() });
  };
  if (compound) {
    const check = (value: number, where: string) => {
      if (!(value > 0)) fail({ code: 'invalid_value', path: ['input', where, 'value'], field: 'value', expected: "a value > 0 for the compound method (use method: 'linear')", received: value });
    };
    check(parsed.current.value, 'current');
    if (parsed.baseline !== undefined) check(parsed.baseline.value, 'baseline');
    if (!(target.value > 0)) fail({ code: 'invalid_value', path: ['input', 'target', 'value'], field: 'value', expected: "a target value > 0 for the compound method (use method: 'linear')", received: target.value });
  }
  const pace = (from: Decimal, to: Decimal, years: Decimal): Decimal =>
    compound ? to.div(from).pow(dec(1).div(years)).minus(1) : to.minus(from).div(years);
  const project = (rate: Decimal, years: Decimal): Decimal => (compound ? xt.times(dec(1).plus(rate).pow(years)) : xt.plus(rate.times(years)));
  const attainment = (rate: Decimal): string | null => {
    if (rate.isZero()) return null;
    const years = compound ? (dec(1).plus(rate).lte(0) ? dec(Number.NaN) : xT.div(xt).ln().div(dec(1).plus(rate).ln())) : xT.minus(xt).div(rate);
    return years.isFinite() && years.gte(0) ? dateOfTime(t.plus(years)) : null;
  };
  const achieved = judge(target, { type: 'quantity', p: xt, q: dec(1) }, { path: ['input', 'current', 'value'] }).status === 'met';
  const yearsLeft = T.minus(t);
  const base = { method, direction, deadline, yearsLeft: toNumber(yearsLeft), asOf, deadlinePassed: passed } as const;
  const remainingRate = yearsLeft.gt(0) ? pace(xt, xT, yearsLeft) : null;

  if (parsed.baseline === undefined) {
    return {
      ...base,
      category: achieved ? 'achieved' : passed ? 'missed' : 'insufficient-data',
      ratio: null,
      actualRate: null,
      requiredRate: remainingRate === null ? null : finite(remainingRate, 'required rate'),
      projected: null,
      projectedAttainment: null,
    };
  }
  const baselineDay = dayOf(parsed.baseline, ['input', 'baseline', 'date']);
  notAfterAsOf(parsed.baseline, baselineDay, 'baseline');
  const t0 = timeOfDate(baselineDay);
  if (!t.gt(t0)) {
    fail({ code: 'invalid_value', path: ['input', 'current'], field: 'current', expected: 'a point after the baseline', received: parsed.current });
  }
  const x0 = dec(parsed.baseline.value);
  const actual = pace(x0, xt, t.minus(t0));
  const required = T.gt(t0) ? pace(x0, xT, T.minus(t0)) : null;
  const ratio = required === null || required.isZero() ? null : actual.div(required).toDecimalPlaces(12);
  let category: ProgressCategory;
  if (achieved) category = 'achieved';
  else if (passed) category = 'missed';
  // The baseline is at or after the deadline, which has not passed: no pace can be required of it.
  else if (required === null) category = 'insufficient-data';
  else if (ratio === null) {
    // No pace required: the target equals the baseline value, and it is not met now. For >=, >, <=, <
    // that means the value stayed put or moved the wrong way; for = it moved off the target (either
    // way). None of these is progress.
    category = 'deterioration';
  } else if (ratio.gte(dec('0.95'))) category = 'on-track';
  else if (ratio.gte(dec('0.6'))) category = 'acceleration-needed';
  else if (ratio.gte(0)) category = 'limited-progress';
  else category = 'deterioration';
  return {
    ...base,
    category,
    ratio: ratio === null ? null : finite(ratio, 'ratio of actual to required pace'),
    actualRate: finite(actual, 'actual rate'),
    requiredRate: required === null ? null : finite(required, 'required rate'),
    projected: yearsLeft.gt(0) ? finite(project(actual, yearsLeft), 'projected value') : null,
    projectedAttainment: achieved ? null : attainment(actual),
  };
}
