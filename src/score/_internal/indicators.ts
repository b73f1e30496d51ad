// Per-indicator plans: several leaves may read one indicator, so what a value must be is worked out
// once per indicator, and the hot read loop checks it with three comparisons.
import { compareText } from '../../_shared/compareKeys';
import type { Rule } from '../../model/scheme';
import { BOOL, CATEGORY, NONE, NUMBER, R_BOOLEAN, R_CATEGORICAL, SHARE_PERCENT, SHARE_RATIO } from './codes';
import type { LeafPlan } from './compile';

/** What every leaf reading one indicator accepts, for the quick check of a value. */
export interface IndicatorPlan {
  readonly name: string;
  readonly slot: number;
  readonly users: readonly LeafPlan[];
  /** Every user takes a number, between `lo` and `hi`. */
  readonly numeric: boolean;
  readonly lo: number;
  readonly hi: number;
  /** Every user is a `boolean` leaf. */
  readonly bool: boolean;
  /** Every user is a `categorical` leaf. */
  readonly categorical: boolean;
}

type KindSet = Readonly<Partial<Record<Rule['kind'], true>>>;

const NUMERIC_RULES: KindSet = { index: true, proportional: true, bands: true, minmax: true, zscore: true, distanceToTarget: true, rank: true, percentOfMax: true };
const NON_NEGATIVE_RULES: KindSet = { proportional: true, distanceToTarget: true, percentOfMax: true };

/**
 * One plan per indicator the scheme reads, numbered in leaf order: its slot in a row of cells, the
 * leaves that read it, and what all of them accept (so a value is checked once, not once per leaf).
 *
 * @param leaves - the compiled leaves, in scheme order
 * @returns the plans by indicator id
 */
export function planIndicators(leaves: readonly LeafPlan[]): Map<string, IndicatorPlan> {
  const byIndicator = new Map<string, LeafPlan[]>();
  for (const leaf of leaves) {
    const users = byIndicator.get(leaf.node.indicator);
    if (users === undefined) byIndicator.set(leaf.node.indicator, [leaf]);
    else users.push(leaf);
  }
  const plans = new Map<string, IndicatorPlan>();
  let slot = 0;
  for (const [indicator, users] of byIndicator) {
    let lo = -Infinity;
    let hi = Infinity;
    for (const u of users) {
      if (u.node.rule.kind === 'index') hi = Math.min(hi, 1);
      if (u.node.rule.kind === 'index' || NON_NEGATIVE_RULES[u.node.rule.kind] === true) lo = Math.max(lo, 0);
    }
    plans.set(indicator, {
      name: indicator,
      slot: slot++,
      users,
      numeric: users.every((u) => NUMERIC_RULES[u.node.rule.kind] === true),
      lo,
      hi,
      bool: users.every((u) => u.code === R_BOOLEAN),
      categorical: users.every((u) => u.code === R_CATEGORICAL),
    });
  }
  return plans;
}

/**
 * What a leaf's rule accepts, in words, or `undefined` when the value fits (the slow, exact statement).
 *
 * @param rule - the leaf's rule
 * @param kind - the cell kind of the value (see `./codes`)
 * @param v - the value as a number (a share's n·100 ÷ d, a boolean's 0 / 1)
 * @param s - a category's text
 * @returns the expected value, for an issue, or `undefined` when it fits
 */
export function misfit(rule: Rule, kind: number, v: number, s: string): string | undefined {
  if (kind === NONE) return undefined;
  if (NUMERIC_RULES[rule.kind] === true) {
    if (kind !== NUMBER && kind !== SHARE_PERCENT && kind !== SHARE_RATIO) return 'a number';
    if (rule.kind === 'index' && (v < 0 || v > 1)) return 'an index between 0 and 1';
    if (NON_NEGATIVE_RULES[rule.kind] === true && v < 0) return 'a number ≥ 0';
    return undefined;
  }
  if (rule.kind === 'boolean') return kind === BOOL ? undefined : 'a boolean (or done: true / false)';
  if (rule.kind === 'categorical') {
    const categories = Object.keys(rule.map).sort(compareText).map((c) => JSON.stringify(c)).join(', ');
    if (kind !== CATEGORY) return `a category (one of ${categories})`;
    return Object.hasOwn(rule.map, s) ? undefined : `one of ${categories}`;
  }
  return undefined;
}
