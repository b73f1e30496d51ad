import * as z from 'zod/mini';
import { parseOrThrow } from '../_shared/zod';
import { StatusSchema, type ScorecardRow, type Status } from '../model/result';

/** One unit's line of {@link summarizeByUnit}: its rows counted by status, and the share of its targets met. */
export interface UnitSummary {
  readonly unit: string;
  /** The level of the unit's first row. */
  readonly level: string | null;
  /** The unit's rows (one per indicator × target), whatever their status, as in a scorecard's `summary`. */
  readonly total: number;
  readonly met: number;
  readonly 'not-met': number;
  readonly 'no-data': number;
  readonly 'not-applicable': number;
  /** The targets that apply to the unit: `met + not-met + no-data` (a target without data counts). */
  readonly applicable: number;
  /**
   * `met × 100 ÷ applicable`, in %, or `null` when no target applies. Correctly rounded from the two
   * counts, so equal shares (2 of 3, 4 of 6) are the same number and tie in a ranking.
   */
  readonly metShare: number | null;
}

/** What {@link summarizeByUnit} reads of a scorecard: each row's unit, level and status. */
export interface ScorecardRowsInput {
  readonly rows: readonly Pick<ScorecardRow, 'unit' | 'level' | 'status'>[];
}

const InputSchema = z.object({ rows: z.array(z.object({ unit: z.string(), level: z.nullable(z.string()), status: StatusSchema })) });

const isStatus = (s: unknown): s is Status => s === 'met' || s === 'not-met' || s === 'no-data' || s === 'not-applicable';

/** Every row has what is read, of the right type: the quick check before the schema's. */
function quickCheck(input: unknown): input is ScorecardRowsInput {
  if (typeof input !== 'object' || input === null) return false;
  const rows = (input as { readonly rows?: unknown }).rows;
  if (!Array.isArray(rows)) return false;
  for (const row of rows as readonly unknown[]) {
    if (typeof row !== 'object' || row === null) return false;
    const { unit, level, status } = row as Record<string, unknown>;
    if (typeof unit !== 'string' || (level !== null && typeof level !== 'string') || !isStatus(status)) return false;
  }
  return true;
}

/** A unit's tally while the rows are read. */
interface Counts extends Record<Status | 'total', number> {
  readonly unit: string;
  readonly level: string | null;
}

/**
 * A scorecard summed up per unit: each unit's rows counted by status, the targets that apply to it,
 * and the share of them it meets — what a ranking "by share of targets met" ranks by (`chiso rank`)
 * and what a portal shows beside a unit's name. One pass over the rows; units in the order of their
 * first row.
 *
 * A target that applies but has no data counts against the share, as it does in the scorecard's
 * summary: a unit cannot rise by not reporting. Not-applicable rows are left out of it.
 *
 * @param scorecard - the result of `evaluate`, or any `{ rows }` whose rows have `unit`, `level` and
 *   `status` (validated here; other fields are not read)
 * @returns one summary per unit
 * @throws {ChisoError} when `scorecard` has no `rows` array, or a row has no string `unit`, no string
 *   or null `level`, or a `status` that is not one of a scorecard's
 *
 * @example
 * const card = evaluate(catalogs.vinhPhuc302, [
 *   { unit: 'vp-districts', indicator: 'tthc-dossiers-fully-online', period: '2023-05-31', value: 98.76 },
 * ], { asOf: '2023-05-31', units: [{ id: 'vp-districts', name: 'Cấp huyện, thành phố', level: 'district' }] });
 * const [districts] = summarizeByUnit(card);
 * [districts?.met, districts?.applicable, districts?.metShare];
 * //=> [1, 46, 2.1739130434782608]
 */
export function summarizeByUnit(scorecard: ScorecardRowsInput): UnitSummary[] {
  const { rows } = quickCheck(scorecard) ? scorecard : parseOrThrow(InputSchema, scorecard, ['scorecard']);
  const byUnit = new Map<string, Counts>();
  for (const row of rows) {
    let counts = byUnit.get(row.unit);
    if (counts === undefined) {
      counts = { unit: row.unit, level: row.level, total: 0, met: 0, 'not-met': 0, 'no-data': 0, 'not-applicable': 0 };
      byUnit.set(row.unit, counts);
    }
    counts.total += 1;
    counts[row.status] += 1;
  }
  const out: UnitSummary[] = [];
  for (const c of byUnit.values()) {
    const applicable = c.total - c['not-applicable'];
    out.push({
      unit: c.unit,
      level: c.level,
      total: c.total,
      met: c.met,
      'not-met': c['not-met'],
      'no-data': c['no-data'],
      'not-applicable': c['not-applicable'],
      applicable,
      metShare: applicable === 0 ? null : (c.met * 100) / applicable,
    });
  }
  return out;
}
