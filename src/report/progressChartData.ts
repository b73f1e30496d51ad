import { fail } from '../_shared/issue';
import type { ProgressChartData } from '../model/report';
import type { ScorecardRow } from '../model/result';
import { withChartHead } from './_internal/chartHead';
import { unitLabeller } from './_internal/unitLabel';
import type { ReportLang } from './labels';
import type { UnitNames } from './renderScorecard';

/** Options of {@link progressChartData}. */
export interface ProgressChartDataOptions {
  /** The chart's title. */
  readonly title: string;
  /** Unit names (`[{ id, name }]` or a record id → name; a name may be `{ vi, en }`); a unit without one is labelled by its id. */
  readonly units?: UnitNames;
  /** The language of `{ vi, en }` names: `vi` (default) or `en`. */
  readonly lang?: ReportLang;
  /** Each row's label, instead of its unit's name (e.g. the level's name, or the period). */
  readonly label?: (row: ScorecardRow) => string;
  /** Text after every number (`'%'`), as the chart data's `suffix`. */
  readonly suffix?: string;
  /** At most this many fraction digits (default 2), as the chart data's `digits`. */
  readonly digits?: number;
  /** The end of the axis (100 for percentages), as the chart data's `max`. */
  readonly max?: number;
}

/**
 * The data of a `progress` chart from scorecard rows (`evaluate(…).rows`, usually filtered to one
 * indicator): one bar per row, labelled by its unit's name (or `label`), its value (`null` when the
 * row has no number: no data), its target's number as the tick, and `met` as the row's status says
 * (the chart does not judge). A threshold, change or growth target has one number to draw; a range,
 * rank, done or qualitative target (or none) has not, and such a row is an error naming it, never
 * left out in silence: filter the rows first.
 *
 * @param rows - scorecard rows (not changed)
 * @param options - `title` (required), `units`, `lang`, `label`, `suffix`, `digits`, `max`
 * @returns the chart data, one item per row in the order given
 * @throws {ChisoError} `invalid_value` at `rows[i].target` for a row whose target has no single number
 *   (range, rank, done, qualitative, or no target)
 *
 * @example
 * // The 2025 target of work dossiers handled online, per level (90 % province, 80 % district):
 * const units = [{ id: 'vp', name: 'Tỉnh Vĩnh Phúc', level: 'province' }, { id: 'vy', name: 'TP. Vĩnh Yên', level: 'district', parent: 'vp' }];
 * const card = evaluate(catalogs.vinhPhuc302, [
 *   { unit: 'vp', indicator: 'work-dossiers-online', period: 2024, value: 92.5 },
 *   { unit: 'vy', indicator: 'work-dossiers-online', period: 2024, value: 70 },
 * ], { asOf: '2024-12-31', units });
 * const rows = card.rows.filter((r) => r.indicator === 'work-dossiers-online' && r.deadline === '2025-12-31');
 * progressChartData(rows, { title: 'Hồ sơ công việc xử lý trên môi trường mạng', units, suffix: '%', max: 100 }).items;
 * //=> [{ label: 'Tỉnh Vĩnh Phúc', value: 92.5, target: 90, met: true }, { label: 'TP. Vĩnh Yên', value: 70, target: 80, met: false }]
 */
export function progressChartData(rows: readonly ScorecardRow[], options: ProgressChartDataOptions): ProgressChartData {
  const name = unitLabeller(options.units, options.lang ?? 'vi');
  const items = rows.map((row, i) => {
    const t = row.target;
    const target = t !== null && (t.kind === 'threshold' || t.kind === 'change' || t.kind === 'growth') ? t.value : undefined;
    if (target === undefined) {
      fail({
        code: 'invalid_value',
        path: ['rows', i, 'target'],
        field: 'target',
        unit: row.unit,
        indicator: row.indicator,
        expected: 'a threshold, change or growth target (one number to draw the tick at); filter out rows of range, rank, done or qualitative targets',
        received: t === null ? null : t.kind,
      });
    }
    return { label: options.label === undefined ? name(row.unit) : options.label(row), value: typeof row.value === 'number' ? row.value : null, target, met: row.status === 'met' };
  });
  return withChartHead(options, items);
}
