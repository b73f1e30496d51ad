import type { ChisoIssue } from '../../errors';
import type { Measure } from '../../model/indicator';
import type { TargetKind } from '../../model/target';
import { dec } from '../../_shared/decimal';
import type { Reading } from './judge';
import { makeIssue } from '../../_shared/issue';

/** What a value may be given as, to `evaluateTarget` (an observation is turned into one of these). */
export type TargetValue =
  | number
  | boolean
  | null
  | undefined
  | { readonly numerator: number; readonly denominator: number }
  | { readonly rank: number }
  | { readonly baseline: number; readonly current: number }
  | { readonly baseline: number; readonly current: number; readonly years: number };

export interface ReadContext {
  /** Path of the value in the caller's input, e.g. `['observations', 4]`. */
  readonly path: readonly (string | number)[];
  readonly unit?: string | undefined;
  readonly indicator?: string | undefined;
  /** The indicator's measure, when known; otherwise the target kinds decide what is allowed. */
  readonly measure?: Measure | undefined;
  /** The target kinds the value will be compared with. */
  readonly kinds: readonly TargetKind[];
  readonly scale?: 'percent' | 'ratio' | undefined;
  /** The observation's `source` (e.g. `roll-up`), named in an issue so a derived row is not taken for one the user wrote. */
  readonly source?: string | undefined;
}

const isFiniteNumber = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);

type Shape = 'number' | 'fraction' | 'rank' | 'done' | 'change' | 'growth';

/** Which value shapes a measure (or, without one, a set of target kinds) accepts. */
function allowedShapes(ctx: ReadContext): Set<Shape> {
  const byMeasure: Record<Measure, Shape[]> = {
    percent: ['number', 'fraction'],
    'grdp-share': ['number', 'fraction'],
    count: ['number'],
    money: ['number'],
    'percent-change': ['number', 'change', 'growth'],
    // A rank indicator's observations say `rank: 7`, never a bare value that could be a score.
    rank: ['rank'],
    // A `done` indicator rolled up to a parent is the share of its units done.
    done: ['done', 'fraction'],
  };
  if (ctx.measure !== undefined) {
    const shapes = new Set(byMeasure[ctx.measure]);
    if (ctx.kinds.includes('qualitative')) shapes.add('done');
    return shapes;
  }
  const shapes = new Set<Shape>();
  for (const kind of ctx.kinds) {
    if (kind === 'threshold' || kind === 'range') ['number', 'fraction'].forEach((s) => shapes.add(s as Shape));
    if (kind === 'rank') ['rank', 'number'].forEach((s) => shapes.add(s as Shape));
    if (kind === 'change') ['number', 'change'].forEach((s) => shapes.add(s as Shape));
    if (kind === 'growth') ['number', 'growth'].forEach((s) => shapes.add(s as Shape));
    if (kind === 'done') shapes.add('done');
    if (kind === 'qualitative') ['done', 'number', 'fraction', 'rank'].forEach((s) => shapes.add(s as Shape));
  }
  return shapes;
}

const SHAPE_WORDS: Record<Shape, string> = {
  number: 'a number',
  fraction: '{ numerator, denominator }',
  rank: '{ rank }',
  done: 'a boolean (done / not done)',
  change: '{ baseline, current }',
  growth: '{ baseline, current, years }',
};

function shapeOf(value: unknown): Shape | 'none' | 'unknown' {
  if (value === null || value === undefined) return 'none';
  if (typeof value === 'number') return 'number';
  if (typeof value === 'boolean') return 'done';
  if (typeof value !== 'object' || Array.isArray(value)) return 'unknown';
  const keys = Object.keys(value).sort().join(',');
  if (keys === 'denominator,numerator') return 'fraction';
  if (keys === 'rank') return 'rank';
  if (keys === 'baseline,current') return 'change';
  if (keys === 'baseline,current,years') return 'growth';
  return 'unknown';
}

/**
 * Validates a value against what its indicator and targets allow and reads it exactly. Problems are
 * pushed to `issues` (so a whole batch can be reported at once) and `undefined` is returned.
 */
export function readValue(value: unknown, ctx: ReadContext, issues: ChisoIssue[]): Reading | undefined {
  const at = (field: string | undefined, expected: string, received: unknown, code = 'invalid_value'): undefined => {
    issues.push(
      makeIssue({
        code,
        path: field === undefined ? ctx.path : [...ctx.path, field],
        expected,
        received,
        field: field ?? 'value',
        unit: ctx.unit,
        indicator: ctx.indicator,
        source: ctx.source,
      }),
    );
    return undefined;
  };
  const shape = shapeOf(value);
  if (shape === 'none') return { type: 'none' };
  const allowed = allowedShapes(ctx);
  if (shape === 'unknown' || !allowed.has(shape)) {
    const what = ctx.measure === undefined ? `a ${ctx.kinds.join('/')} target` : `a ${ctx.measure} indicator`;
    return at(undefined, `${[...allowed].map((s) => SHAPE_WORDS[s]).join(' or ')} for ${what}`, value, 'invalid_type');
  }
  const v = value as Record<string, unknown>;
  const percentLike = ctx.measure === 'percent' || ctx.measure === 'grdp-share' || ctx.measure === 'done' ||
    (ctx.measure === undefined && ctx.kinds.some((k) => k === 'threshold' || k === 'range') && ctx.scale !== undefined);
  switch (shape) {
    case 'done':
      return { type: 'done', done: value as boolean };
    case 'rank': {
      const rank = v['rank'];
      if (!Number.isSafeInteger(rank) || (rank as number) < 1) return at('rank', 'a positive whole number (1 is best)', rank);
      return { type: 'rank', rank: rank as number };
    }
    case 'number': {
      const n = value as number;
      if (!isFiniteNumber(n)) return at(undefined, 'a finite number', n, 'invalid_type');
      const rankLike = ctx.measure === 'rank' || (ctx.measure === undefined && ctx.kinds.includes('rank'));
      if (rankLike) {
        if (!Number.isSafeInteger(n) || n < 1) return at(undefined, 'a rank: a positive whole number (1 is best)', n);
        return { type: 'rank', rank: n };
      }
      if (ctx.measure === 'count' && (!Number.isSafeInteger(n) || n < 0)) {
        return at(undefined, 'a count: a whole number ≥ 0', n);
      }
      if (percentLike && (ctx.scale ?? 'percent') === 'ratio') {
        if (n < 0 || n > 1) return at(undefined, "a ratio between 0 and 1 (scale: 'ratio')", n);
        return { type: 'quantity', p: dec(n).times(100), q: dec(1) };
      }
      if (percentLike && (n < 0 || n > 100)) return at(undefined, 'a percent between 0 and 100', n);
      return { type: 'quantity', p: dec(n), q: dec(1) };
    }
    case 'fraction': {
      const num = v['numerator'];
      const den = v['denominator'];
      let ok = true;
      if (!isFiniteNumber(num) || num < 0) {
        at('numerator', 'a finite number ≥ 0', num);
        ok = false;
      }
      if (!isFiniteNumber(den) || den < 0) {
        at('denominator', 'a finite number ≥ 0', den);
        ok = false;
      }
      if (!ok) return undefined;
      const n = num as number;
      const d = den as number;
      if (n > d) return at('numerator', `at most the denominator (${d})`, n);
      if (d === 0) return { type: 'zero-denominator' };
      return { type: 'quantity', p: dec(n).times(100), q: dec(d) };
    }
    case 'change': {
      const baseline = v['baseline'];
      const current = v['current'];
      if (!isFiniteNumber(baseline) || baseline <= 0) return at('baseline', 'a finite number > 0', baseline);
      if (!isFiniteNumber(current) || current < 0) return at('current', 'a finite number ≥ 0', current);
      return { type: 'quantity', p: dec(current).minus(baseline).times(100), q: dec(baseline) };
    }
    case 'growth': {
      const baseline = v['baseline'];
      const current = v['current'];
      const years = v['years'];
      if (!isFiniteNumber(baseline) || baseline <= 0) return at('baseline', 'a finite number > 0', baseline);
      if (!isFiniteNumber(current) || current < 0) return at('current', 'a finite number ≥ 0', current);
      if (!Number.isSafeInteger(years) || (years as number) < 1 || (years as number) > 100) {
        return at('years', 'a whole number of years from 1 to 100', years);
      }
      return { type: 'growth', baseline: dec(baseline), current: dec(current), years: years as number };
    }
  }
}
