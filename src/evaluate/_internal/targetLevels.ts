import type { Indicator } from '../../model/indicator';

/**
 * The levels an indicator's targets apply at, when every target names one (a target without a level
 * applies at every level); `undefined` when some target has no level or there is no target at all (an
 * indicator without targets gives a `not-applicable` row at every level). A unit at a known level
 * outside this set has no row for the indicator, so `evaluate` and `evaluateColumns` list its
 * observation in `ignored` (`no-target-at-level`) rather than drop it.
 */
export function targetLevels(indicator: Pick<Indicator, 'targets'>): ReadonlySet<string> | undefined {
  if (indicator.targets.length === 0) return undefined;
  const levels = new Set<string>();
  for (const t of indicator.targets) {
    if (t.level === undefined) return undefined;
    levels.add(t.level);
  }
  return levels;
}
