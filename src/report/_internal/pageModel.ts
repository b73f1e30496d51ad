import { ChisoError } from '../../errors';
import { daysBetween } from '../../_shared/dates';
import { assessProgress, type Progress } from '../../evaluate/assessProgress';
import type { Indicator } from '../../model/indicator';
import type { Observation, Period } from '../../model/observation';
import type { Scorecard, ScorecardRow } from '../../model/result';

/** A row's target key: the indicator and the target's place in it (`null` for an indicator with none). */
export function targetKey(row: Pick<ScorecardRow, 'indicator' | 'targetIndex'>): string {
  return `${row.indicator}\u0000${row.targetIndex ?? '-'}`;
}

/** A period on one scale for ordering: a year's figure at the end of its year, after a date on that day. */
export function periodOrder(p: Period): string {
  return typeof p === 'number' ? `${String(p).padStart(4, '0')}-12-31~` : p;
}

/** The number an observation states, in the unit the scorecard compares in (a share in percent); `null` for done and rank-less figures. */
function numberOf(o: Observation): number | null {
  if ('value' in o) return o.scale === 'ratio' ? o.value * 100 : o.value;
  if ('numerator' in o) return o.denominator === 0 ? null : (o.numerator * 100) / o.denominator;
  if ('rank' in o) return o.rank;
  return null;
}

/** The figures of one unit and indicator through time. */
export interface History {
  readonly points: readonly { readonly t: Period; readonly value: number }[];
}

/**
 * Each unit × indicator's figures over time, from what the scorecard already holds: the observation
 * each row used and the ones it `ignored` as superseded by a later figure. Figures after `asOf` and
 * of other levels are not history of this scorecard, so they stay out.
 */
export function historiesOf(card: Scorecard): Map<string, History> {
  const raw = new Map<string, Map<string, { t: Period; value: number }>>();
  const add = (unit: string, indicator: string, t: Period, value: number | null, wins: boolean) => {
    if (value === null || !Number.isFinite(value)) return;
    const key = `${unit}\u0000${indicator}`;
    let points = raw.get(key);
    if (points === undefined) raw.set(key, (points = new Map()));
    const at = `${typeof t}:${t}`;
    if (wins || !points.has(at)) points.set(at, { t, value });
  };
  for (const row of card.rows) {
    if (row.period !== null && typeof row.value === 'number') add(row.unit, row.indicator, row.period, row.value, true);
  }
  for (const ignored of card.ignored) {
    if (ignored.reason !== 'superseded') continue;
    const o = ignored.observation;
    add(o.unit, o.indicator, o.period, numberOf(o), false);
  }
  const out = new Map<string, History>();
  for (const [key, points] of raw) {
    out.set(key, { points: [...points.values()].sort((a, b) => (periodOrder(a.t) < periodOrder(b.t) ? -1 : periodOrder(a.t) > periodOrder(b.t) ? 1 : 0)) });
  }
  return out;
}

/** Where a deadline stands on the as-of day: days past it (negative) or left (positive), `null` without one. */
export function daysLeft(asOf: string, deadline: string | null): number | null {
  return deadline === null ? null : daysBetween(asOf, deadline);
}

/**
 * A not-met row's pace. `progress` is `assessProgress` on the row's history (compound growth, a
 * straight line where values ≤ 0 rule that out): its trend, category and projection. `needed` is the
 * yearly pace still needed from the as-of day over the time left, the row's figure standing until a
 * new one comes, by the same method and the same count of years as `assessProgress`; `null` when no
 * time is left (the as-of day is the deadline, or after it).
 */
export interface Pace {
  readonly progress: Progress;
  readonly withBaseline: boolean;
  readonly needed: number | null;
}

/** The progress of a not-met row toward its threshold target with a deadline; `null` where none can be assessed. */
export function paceOf(row: ScorecardRow, history: History | undefined, card: Scorecard): Pace | null {
  const target = row.target;
  if (target === null || target.kind !== 'threshold' || target.by === undefined || row.period === null || typeof row.value !== 'number') return null;
  const point = (t: Period, value: number) => (typeof t === 'number' ? { year: t, value } : { date: t, value });
  const earlier = (history?.points ?? []).filter((p) => periodOrder(p.t) < periodOrder(row.period as Period));
  const first = earlier[0];
  const input = {
    current: point(row.period, row.value),
    ...(first === undefined ? {} : { baseline: point(first.t, first.value) }),
    target,
    asOf: card.asOf,
    zone: card.zone,
  };
  for (const method of ['compound', 'linear'] as const) {
    try {
      const progress = assessProgress({ ...input, method });
      // "From now" is the as-of day for every row alike, whatever the figure's date: the rate from an
      // older figure's day would ask for less than is needed over the days actually left.
      const needed = progress.deadlinePassed ? null : assessProgress({ current: { date: card.asOf, value: row.value }, target, asOf: card.asOf, zone: card.zone, method }).requiredRate;
      return { progress, withBaseline: first !== undefined, needed };
    } catch (error) {
      // Values ≤ 0 have no compound growth: the straight line is the stated fallback. Any other
      // problem (a pace beyond a JS number) leaves the row without a pace rather than the page unwritten.
      if (!(error instanceof ChisoError)) throw error;
    }
  }
  return null;
}

/** Whether a value of this indicator is a percentage (drawn with `%` on a 0–100 axis where it is a share). */
export function percentOf(indicator: Indicator | undefined): { suffix: string; max?: number } {
  switch (indicator?.measure) {
    case 'percent':
    case 'grdp-share':
      return { suffix: '%', max: 100 };
    case 'percent-change':
      return { suffix: '%' };
    default:
      return { suffix: '' };
  }
}
