// Shared by the evaluateColumns and rollUpColumns tests: observations as columns, and scorecards of
// both kinds as comparable rows.
import type { ObservationColumns, ScorecardColumns } from '../../src/evaluate/evaluateColumns';
import type { Observation } from '../../src/model/observation';
import type { Scorecard } from '../../src/model/result';

export type Row = Record<string, unknown>;

/** `evaluate`'s rows and ignored list, with each observation replaced by its index in the input (units matched trimmed, as evaluate trims them). */
export function fromObjects(card: Scorecard, observations: readonly Observation[]): { rows: Row[]; ignored: [number, string][] } {
  const indexOf = (o: Observation | null): number => (o === null ? -1 : observations.findIndex((x) => x.unit.trim() === o.unit && x.indicator === o.indicator && x.period === o.period));
  return {
    rows: card.rows.map((r) => ({
      unit: r.unit, level: r.level, indicator: r.indicator, targetIndex: r.targetIndex, deadline: r.deadline, due: r.due,
      status: r.status, value: r.value, gap: r.gap, attainment: r.attainment, reason: r.reason ?? null, source: indexOf(r.observation),
    })),
    ignored: card.ignored.map((x) => [indexOf(x.observation), x.reason]),
  };
}

/** `evaluateColumns`' rows and ignored list in the shape of {@link fromObjects}. */
export function fromColumns(card: ScorecardColumns): { rows: Row[]; ignored: [number, string][] } {
  return {
    rows: Array.from({ length: card.length }, (_, r) => ({
      unit: card.unit[r], level: card.level[r], indicator: card.indicator[r], targetIndex: card.targetIndex[r], deadline: card.deadline[r], due: card.due[r],
      status: card.status[r], value: card.value[r], gap: card.gap[r], attainment: card.attainment[r], reason: card.reason[r], source: card.source[r],
    })),
    ignored: Array.from(card.ignored.source, (row, k) => [row, card.ignored.reason[k] as string]),
  };
}

/**
 * The columns of plain observations (`value` or `numerator` + `denominator`): a share's numerator in
 * `value`; a `denominator` column (null for a plain value) only when some observation is a share.
 */
export function toColumns(observations: readonly Observation[]): ObservationColumns {
  const shares = observations.some((o) => 'denominator' in o);
  return {
    unit: observations.map((o) => o.unit),
    indicator: observations.map((o) => o.indicator),
    period: observations.map((o) => o.period),
    value: observations.map((o) => ('numerator' in o ? o.numerator : (o as { value: number }).value)),
    ...(shares ? { denominator: observations.map((o) => ('denominator' in o ? o.denominator : null)) } : {}),
  };
}
