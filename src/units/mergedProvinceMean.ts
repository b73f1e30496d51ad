import { ChisoError, type ChisoIssue } from '../errors';
import { makeIssue } from '../_shared/issue';
import type { Measure } from '../model/indicator';
import type { Observation } from '../model/observation';
import { carryAcrossReform, type CarryResult } from './carryAcrossReform';
import { provinceMap } from './provinceMap';

/**
 * Puts figures of the 63 provinces of before 1 July 2025 on the 34 by the rule the national DTI used
 * for 2024: a merged province's indicator is the arithmetic mean of its former provinces' (a province
 * that was not merged keeps its own). Each mean is exact (as `carryAcrossReform` computes a weighted
 * mean, every weight 1), and a new province some of whose former provinces have no figure is `no-data`
 * — never the mean of fewer.
 *
 * @param observations - `value` observations keyed by old province codes (`'26'` Vĩnh Phúc), periods
 *   before 2025-07-01
 * @returns as `carryAcrossReform`: one figure per new province × indicator × period, with its sources
 * @throws {ChisoError} for an observation that is not a `value` (`cannot_carry`), and every problem
 *   `carryAcrossReform` reports (an unknown province, a period after the reform, a duplicate)
 *
 * @example
 * // Invented figures: Phú Thọ (25) was made of Hòa Bình (17), Phú Thọ (25) and Vĩnh Phúc (26).
 * mergedProvinceMean([
 *   { unit: '17', indicator: 'dti', period: 2024, value: 0.5 },
 *   { unit: '25', indicator: 'dti', period: 2024, value: 0.6 },
 *   { unit: '26', indicator: 'dti', period: 2024, value: 0.7 },
 * ]).observations[0]?.unit;
 * //=> '25'
 * mergedProvinceMean([
 *   { unit: '17', indicator: 'dti', period: 2024, value: 0.5 },
 *   { unit: '25', indicator: 'dti', period: 2024, value: 0.6 },
 *   { unit: '26', indicator: 'dti', period: 2024, value: 0.7 },
 * ]).figures.map((f) => [f.unit, f.observation !== null && 'value' in f.observation ? f.observation.value : null, f.sources]);
 * //=> [['25', 0.6, ['17', '25', '26']]]
 */
export function mergedProvinceMean(observations: readonly Observation[]): CarryResult {
  const issues: ChisoIssue[] = [];
  if (!Array.isArray(observations)) {
    throw new ChisoError([makeIssue({ code: 'invalid_type', path: ['observations'], field: 'observations', expected: 'an array of observations', received: observations })]);
  }
  const measures: Record<string, Measure> = {};
  observations.forEach((o, i) => {
    if (typeof o === 'object' && o !== null && !('value' in o)) {
      issues.push(makeIssue({ code: 'cannot_carry', path: ['observations', i], unit: String(o.unit), expected: 'a value (the mean of a merged province is taken of values)', received: o }));
    }
    if (typeof o === 'object' && o !== null && typeof o.indicator === 'string') measures[o.indicator] = 'percent-change';
  });
  if (issues.length > 0) throw new ChisoError(issues);
  const weights = Object.fromEntries(provinceMap().map((e) => [e.old, 1]));
  const result = carryAcrossReform(observations, { level: 'province', measures, weights });
  const note = 'arithmetic mean of the former provinces (the DTI 2024 rule)';
  const figures = result.figures.map((f) => (f.observation === null ? f : { ...f, observation: { ...f.observation, note } }));
  return { observations: figures.flatMap((f) => (f.observation === null ? [] : [f.observation])), figures, split: result.split };
}
