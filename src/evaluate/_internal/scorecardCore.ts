import { compareText } from '../../_shared/compareKeys';
import type { Indicator } from '../../model/indicator';
import type { IgnoredObservation, Status, TargetEvaluation } from '../../model/result';
import type { Target } from '../../model/target';
import type { EvaluationSetup } from './evaluationSetup';
import { boundsOf, fastJudge } from './fastJudge';
import { judge, type JudgeContext, type Reading } from './judge';
import { targetLevels } from './targetLevels';

// The middle of `evaluate` and `evaluateColumns`, as `rollUpCore` is the whole of `rollUp` and
// `rollUpColumns`: which units are covered, which observation is in force for each unit × indicator
// (the others are listed as ignored, with the reason), and the row of each applicable target. Each
// caller takes its observations in (objects or columns, with its own issue paths), then hands them
// here through a `ScorecardSource` and writes what comes out through a `ScorecardSink`.

/** Why an observation was not used, as in a scorecard's `ignored`. */
type IgnoredReason = IgnoredObservation['reason'];

/**
 * The observations of an evaluation once taken in and checked (with no issue), as the middle reads
 * them. `E` is the caller's handle of one observation (an entry, a row number). Units and the
 * catalog's indicators are numbered: unit `u` is `unitIds[u]`, indicator `ind` is
 * `catalog.indicators[ind]`.
 */
export interface ScorecardSource<E> {
  /** Every unit: those of `options.units`, and those known only from their observations. */
  readonly unitIds: readonly string[];
  /** Each unit's level; for a unit known only from its observations, `options.level`, else `null`. */
  readonly unitLevels: readonly (string | null)[];
  /** Whether unit `u` has any observation (most units of a large registry may have none at some level). */
  observes(u: number): boolean;
  /**
   * The observations of unit `u` × indicator `ind`, the latest period first (a year after the dates
   * within it); `undefined` when there is none. The list may be a buffer the next call reuses.
   */
  observations(u: number, ind: number): readonly E[] | undefined;
  /** Whether the observation's period may be used at `asOf` (a year from any day of it). */
  usable(e: E): boolean;
  /**
   * Writes the observation's value as integers P/Q (Q > 0) into `pq` for `fastJudge`, and says
   * whether it did: `false` for a value that is not such a ratio (then it is judged in decimal).
   */
  ratio(e: E, pq: Float64Array): boolean;
  /** The observation's value, read exactly. */
  reading(e: E): Reading;
  /** Where the observation is in the caller's input, for an error found when judging it. */
  where(e: E, unit: string, indicator: string): JudgeContext;
}

/** Where the middle writes the scorecard: the caller builds its rows (objects or columns) from these. */
export interface ScorecardSink<E> {
  /** An observation not used, in the scorecard's order (unit id, indicator id, then period). */
  ignore(e: E, reason: IgnoredReason): void;
  /** The row of an indicator without targets, for the observation in force (`not-applicable`, `no-target`). */
  noTarget(unit: string, level: string | null, indicator: Indicator, e: E): void;
  /** The row of one target; `e` is the observation in force, `undefined` when there is none. */
  row(unit: string, level: string | null, indicator: Indicator, targetIndex: number, target: Target, deadline: string | null, due: boolean, evaluation: TargetEvaluation, e: E | undefined): void;
}

const NO_OBSERVATION: Reading = { type: 'none' };

/**
 * Builds a scorecard from observations already taken in: covers the units at `options.level` (or
 * all), picks for each unit × indicator the latest observation usable at `asOf`, lists the others as
 * ignored (`other-level`, `after-as-of`, `superseded`, `no-target-at-level`), then judges each
 * applicable target — in integers where they are exact (`fastJudge`), in decimal otherwise. Rows
 * come out ordered by level (as in the hierarchy), unit id, then the catalog's indicator and target
 * order; ignored observations by unit id, indicator id, then period.
 *
 * @param setup - the evaluation's catalog and options, as `setUpEvaluation` gives them
 * @param source - the observations, checked
 * @param sink - where rows and ignored observations are written
 * @returns the count of rows per status, and in all
 * @throws {ChisoError} when a value's gap to a target is beyond the range of a JS number (`out_of_range`)
 */
export function scorecardCore<E>(setup: EvaluationSetup, source: ScorecardSource<E>, sink: ScorecardSink<E>): Record<Status | 'total', number> {
  const { cat, opts, asOf, levelOrder } = setup;
  const indicators = cat.indicators;
  const nInd = indicators.length;
  const { unitIds, unitLevels } = source;
  const nU = unitIds.length;

  // The units the scorecard covers, in its order.
  const covered: number[] = [];
  for (let u = 0; u < nU; u += 1) if (opts.level === undefined || unitLevels[u] === opts.level) covered.push(u);
  const levelRank = (u: number): number => levelOrder.get(unitLevels[u] ?? '') ?? Infinity;
  covered.sort((a, b) => levelRank(a) - levelRank(b) || compareText(unitIds[a] as string, unitIds[b] as string));
  // Each unit's place in `covered`, −1 for a unit it does not cover.
  const place = new Int32Array(nU).fill(-1);
  covered.forEach((u, k) => {
    place[u] = k;
  });

  // The observation in force for each unit × indicator: the latest usable one. When none of the
  // indicator's targets applies at the unit's (known) level, it gives no row, so it is listed in
  // `ignored` instead: every observation ends up in a row or in `ignored`, never nowhere. Units and
  // indicators are visited in text order, so `ignored` comes out in its order without a sort.
  const unitsByText = Array.from(unitIds.keys())
    .filter((u) => source.observes(u))
    .sort((a, b) => compareText(unitIds[a] as string, unitIds[b] as string));
  const indByText = Array.from(indicators.keys()).sort((a, b) => compareText((indicators[a] as Indicator).id, (indicators[b] as Indicator).id));
  const onlyAt = indicators.map(targetLevels);
  // By the unit's place in `covered`: a unit not covered has none in force.
  const chosen = new Array<E | undefined>(covered.length * nInd).fill(undefined);
  const held: E[] = [];
  const why: IgnoredReason[] = [];
  for (const u of unitsByText) {
    const level = unitLevels[u] as string | null;
    const at = place[u] as number;
    for (const ind of indByText) {
      const list = source.observations(u, ind);
      if (list === undefined) continue;
      const levels = onlyAt[ind];
      const noTarget = levels !== undefined && level !== null && !levels.has(level);
      held.length = 0;
      why.length = 0;
      let inForce = false;
      for (let k = 0; k < list.length; k += 1) {
        const e = list[k] as E;
        if (at < 0) held.push(e), why.push('other-level');
        else if (!source.usable(e)) held.push(e), why.push('after-as-of');
        else if (inForce) held.push(e), why.push('superseded');
        else {
          inForce = true;
          if (noTarget) held.push(e), why.push('no-target-at-level');
          else chosen[at * nInd + ind] = e;
        }
      }
      // Decided from the latest period down; listed from the earliest.
      for (let k = held.length - 1; k >= 0; k -= 1) sink.ignore(held[k] as E, why[k] as IgnoredReason);
    }
  }

  // The rows.
  const bounds = indicators.map((ind) => ind.targets.map(boundsOf));
  const pq = new Float64Array(2);
  const summary = { total: 0, met: 0, 'not-met': 0, 'no-data': 0, 'not-applicable': 0 } satisfies Record<Status | 'total', number>;
  for (let at = 0; at < covered.length; at += 1) {
    const u = covered[at] as number;
    const unitId = unitIds[u] as string;
    const level = unitLevels[u] as string | null;
    for (let ind = 0; ind < nInd; ind += 1) {
      const indicator = indicators[ind] as Indicator;
      const e = chosen[at * nInd + ind];
      const targets = indicator.targets;
      if (targets.length === 0) {
        if (e !== undefined) {
          sink.noTarget(unitId, level, indicator, e);
          summary['not-applicable'] += 1;
        }
        continue;
      }
      const exact = e !== undefined && source.ratio(e, pq);
      const p = pq[0] as number;
      const q = pq[1] as number;
      const targetBounds = bounds[ind] as ReturnType<typeof boundsOf>[];
      let reading: Reading | undefined;
      for (let targetIndex = 0; targetIndex < targets.length; targetIndex += 1) {
        const target = targets[targetIndex] as Target;
        const deadline = target.by ?? null;
        const due = deadline === null || asOf >= deadline;
        let ev: TargetEvaluation;
        if (target.level === undefined || target.level === level) {
          // Integers where they are exact (the same numbers, see fastJudge), decimals otherwise.
          const b = exact ? targetBounds[targetIndex] : undefined;
          const fast = b === undefined ? undefined : fastJudge(b, p, q);
          if (fast !== undefined) ev = fast;
          else if (e === undefined) ev = judge(target, NO_OBSERVATION);
          else {
            reading ??= source.reading(e);
            ev = judge(target, reading, source.where(e, unitId, indicator.id));
          }
        } else if (level === null && e !== undefined) ev = { status: 'not-applicable', value: null, gap: null, attainment: null, reason: 'unit-level-unknown' };
        else continue;
        sink.row(unitId, level, indicator, targetIndex, target, deadline, due, ev, e);
        summary[ev.status] += 1;
      }
    }
  }
  summary.total = summary.met + summary['not-met'] + summary['no-data'] + summary['not-applicable'];
  return summary;
}
