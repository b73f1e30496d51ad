import { ChisoError } from '../errors';
import { dec, toNumber } from '../_shared/decimal';
import { periodKey, periodUsable } from '../model/intake/periods';
import type { Catalog } from '../model/catalog';
import type { Observation, Period } from '../model/observation';
import type { Target } from '../model/target';
import { assessProgress, type Progress } from './assessProgress';
import { evaluate, type EvaluateOptions } from './evaluate';

/** Options of {@link assessCatalogProgress}: those of {@link evaluate}, plus the method. */
export interface CatalogProgressOptions extends EvaluateOptions {
  /** `compound` (default) or `linear`, as in {@link assessProgress}. */
  readonly method?: 'compound' | 'linear';
}

/** One unit's progress toward one target of its level. */
export interface ProgressRow {
  readonly unit: string;
  readonly level: string | null;
  readonly indicator: string;
  readonly targetIndex: number;
  readonly target: Target;
  /** The earliest observation not after `asOf` (when there are two or more). */
  readonly baseline: { readonly period: Period; readonly value: number } | null;
  /** The latest observation not after `asOf`. */
  readonly current: { readonly period: Period; readonly value: number } | null;
  readonly progress: Progress | null;
  /** Why there is no assessment: no observation, or values the compound method cannot use (≤ 0). */
  readonly reason?: 'no-observation' | 'non-positive-value';
}

function numeric(o: Observation): number | null {
  if ('value' in o) return o.value;
  if ('numerator' in o) return o.denominator === 0 ? null : toNumber(dec(o.numerator).times(100).div(o.denominator));
  return null;
}

const point = (period: Period, value: number) => (typeof period === 'number' ? { year: period, value } : { date: period, value });

/**
 * Progress of every unit toward every threshold target with a deadline that applies at its level,
 * from its observations: the earliest one not after `asOf` is the baseline, the latest the current
 * value, then {@link assessProgress}. A unit with one observation gets `insufficient-data` (with the
 * rate still required); a unit with none, `progress: null`.
 *
 * @param catalog - the catalog
 * @param observations - the observations (validated as by {@link evaluate})
 * @param options - as for {@link evaluate} (`asOf`, `units`, `level`, `zone`), and `method`
 * @returns one row per unit × indicator × applicable threshold target with a deadline, in scorecard order
 * @throws {ChisoError} for everything {@link evaluate} rejects
 *
 * @example
 * assessCatalogProgress(catalogs.vinhPhuc302, [
 *   { unit: 'd', indicator: 'work-dossiers-online', period: 2022, value: 50 },
 *   { unit: 'd', indicator: 'work-dossiers-online', period: 2024, value: 72 },
 * ], { asOf: '2024-12-31', units: [{ id: 'd', name: 'Huyện', level: 'district' }] })
 *   .find((r) => r.indicator === 'work-dossiers-online' && r.target.by === '2025-12-31')?.progress?.category;
 * //=> 'on-track'
 */
export function assessCatalogProgress(catalog: Catalog, observations: readonly Observation[], options: CatalogProgressOptions): ProgressRow[] {
  const { method, ...evaluateOptions } = options;
  const card = evaluate(catalog, observations, evaluateOptions);
  const history = new Map<string, Observation[]>();
  for (const o of observations) {
    if (!periodUsable(o.period, card.asOf)) continue;
    const key = `${o.unit}\u0000${o.indicator}`;
    history.set(key, [...(history.get(key) ?? []), o]);
  }
  const rows: ProgressRow[] = [];
  for (const row of card.rows) {
    const target = row.target;
    if (target === null || target.kind !== 'threshold' || target.by === undefined || row.targetIndex === null) continue;
    const base = { unit: row.unit, level: row.level, indicator: row.indicator, targetIndex: row.targetIndex, target };
    const points = (history.get(`${row.unit}\u0000${row.indicator}`) ?? [])
      .map((o) => ({ period: o.period, value: numeric(o), key: periodKey(o.period) }))
      .filter((p): p is { period: Period; value: number; key: string } => p.value !== null)
      .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    const last = points.at(-1);
    const first = points.length > 1 ? points[0] : undefined;
    if (last === undefined) {
      rows.push({ ...base, baseline: null, current: null, progress: null, reason: 'no-observation' });
      continue;
    }
    const current = { period: last.period, value: last.value };
    const baseline = first === undefined ? null : { period: first.period, value: first.value };
    try {
      const progress = assessProgress({
        current: point(last.period, last.value),
        ...(first === undefined ? {} : { baseline: point(first.period, first.value) }),
        target,
        asOf: card.asOf,
        ...(method === undefined ? {} : { method }),
        ...(options.zone === undefined ? {} : { zone: options.zone }),
      });
      rows.push({ ...base, baseline, current, progress });
    } catch (error) {
      // Zero or negative values cannot grow at a compound rate: say so rather than fail the batch.
      if (error instanceof ChisoError && error.issues.every((i) => i.expected.includes('compound method'))) {
        rows.push({ ...base, baseline, current, progress: null, reason: 'non-positive-value' });
      } else throw error;
    }
  }
  return rows;
}
