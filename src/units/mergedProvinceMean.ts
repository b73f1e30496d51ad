import { ChisoError, type ChisoIssue } from '../errors';
import { makeIssue } from '../_shared/issue';
import type { Measure } from '../model/indicator';
import type { Observation } from '../model/observation';
import { carryAcrossReform, type CarryResult } from './carryAcrossReform';
import { provinceMap } from './provinceMap';

/**
 * Puts figures of the 63 provinces of before 1 July 2025 on the 34 by the rule the national DTI used
 * for 2024: a merged province's main indicator is the arithmetic mean of its former provinces' (a
 * province that was not merged keeps its own). Each mean is exact (as `carryAcrossReform` computes a
 * weighted mean, every weight 1), and a new province some of whose former provinces have no figure is
 * `no-data` — never the mean of fewer.
 *
 * The rule is the one Bộ Khoa học và Công nghệ stated when it announced DTI 2024 on 21 October 2025
 * (Ngày Chuyển đổi số quốc gia 2025): a province formed by the merger is computed and ranked from the
 * arithmetic mean of the main indicators of the provinces before the merger (reported by dantri.com.vn,
 * vtcnews.vn, nhandan.vn; see docs/units.md). Hà Nội (1st of 34, 0.8241) and Huế (2nd, 0.7951) were
 * not merged, so their published values are their own, and this function gives them back unchanged.
 * The former provinces' 2024 main indicators, needed to reproduce a merged province's published value
 * (Hải Phòng 0.7857, TP. Hồ Chí Minh 0.7770), were not available when this was written. The provincial
 * DTI is a weighted sum of the main indicators (`schemes.dtiProvince2022`), so scoring the means gives
 * the mean of the former provinces' DTIs.
 *
 * @param observations - `value` observations keyed by old province codes (`'26'` Vĩnh Phúc), periods
 *   before 2025-07-01
 * @returns as `carryAcrossReform`: one figure per new province × indicator × period, with its sources
 * @throws {ChisoError} for an observation that is not a `value` (`cannot_carry`), and every problem
 *   `carryAcrossReform` reports (an unknown province, a period after the reform, a duplicate)
 *
 * @example
 * // Published DTI 2024 of Hà Nội (01) and Huế (46), neither merged in 2025: given back unchanged.
 * mergedProvinceMean([
 *   { unit: '01', indicator: 'dti', period: 2024, value: 0.8241 },
 *   { unit: '46', indicator: 'dti', period: 2024, value: 0.7951 },
 * ]).figures.map((f) => [f.unit, f.observation !== null && 'value' in f.observation ? f.observation.value : null, f.sources]);
 * //=> [['01', 0.8241, ['01']], ['46', 0.7951, ['46']]]
 * // Đà Nẵng's published DTI 2022 (0.8002) alone: the new Đà Nẵng (48) also took in Quảng Nam (49).
 * mergedProvinceMean([{ unit: '48', indicator: 'dti', period: 2022, value: 0.8002 }]).figures.map((f) => [f.unit, f.status, f.coverage]);
 * //=> [['48', 'no-data', { reported: 1, expected: 2 }]]
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
