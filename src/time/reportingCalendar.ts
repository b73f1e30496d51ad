import * as z from 'zod/mini';
import { strictObjectSchema } from '../_shared/strictObjectSchema';
import { vinhPhuc302Reporting } from '../catalogs/reportingRegimes';
import { checkZone, DEFAULT_ZONE } from '../_shared/civilDate';
import { endOfDayIn } from '../_shared/dates';
import { fail } from '../_shared/issue';
import { resolvePeriod } from './_internal/resolvePeriod';
import { parseOrThrow } from '../_shared/zod';
import { ReportingStepSchema, type ReportingStep } from '../model/period';
import { parsePeriod } from './parsePeriod';

/** Options of {@link reportingCalendar}. */
export interface ReportingCalendarOptions {
  /** The regime; Kế hoạch 302's (V.18) by default. */
  readonly regime?: readonly ReportingStep[];
  /** Read `trước ngày D/M` inclusively; default strict (the day before is the last on-time day). */
  readonly inclusive?: boolean;
  /** IANA time zone; `Asia/Ho_Chi_Minh` by default. */
  readonly zone?: string;
}

/** One dated item of a reporting calendar. */
export interface ReportingDeadline extends ReportingStep {
  readonly year: number;
  /** The last on-time civil day. */
  readonly deadline: string;
  /** The last on-time instant, with the zone's offset. */
  readonly deadlineAt: string;
}

const OptionsSchema = strictObjectSchema({
  regime: z.optional(z.array(ReportingStepSchema)),
  inclusive: z.optional(z.boolean()),
  zone: z.optional(z.string()),
});

/**
 * The reporting calendar of a year, as dated items a portal can show: by default the regime of
 * Kế hoạch 302 (V.18) — units report to Sở TT&TT before 15/12, Sở TT&TT reports to the Provincial
 * People's Committee before 31/12. Another province passes its own `regime`.
 *
 * @param year - the year (1900–2199)
 * @param options - `regime`, `inclusive` reading of `trước ngày`, `zone`
 * @returns the items of that year, in deadline order (then regime order)
 * @throws {ChisoError} for an invalid year, regime step, period wording or zone; a step whose `when`
 *   has no fixed date in the year (a conditional period)
 *
 * @example
 * reportingCalendar(2025).map((d) => [d.id, d.deadline]);
 * //=> [['units-to-dic', '2025-12-14'], ['dic-to-ppc', '2025-12-30']]
 */
export function reportingCalendar(year: number, options: ReportingCalendarOptions = {}): ReportingDeadline[] {
  const y = parseOrThrow(z.int().check(z.gte(1900), z.lte(2199)), year, ['year']);
  const opts = parseOrThrow(OptionsSchema, options, ['options']);
  const zone = opts.zone === undefined ? DEFAULT_ZONE : checkZone(opts.zone, ['options', 'zone']);
  const regime = opts.regime ?? vinhPhuc302Reporting;
  const items = regime.map((step, i) => {
    const period = parsePeriod(step.when, { inclusive: opts.inclusive === true });
    const { end } = resolvePeriod(period, y);
    if (end === null) {
      return fail({ code: 'invalid_value', path: ['options', 'regime', i, 'when'], field: 'when', expected: 'a deadline with a fixed date in the year (e.g. trước ngày 15/12)', received: step.when });
    }
    return { ...step, year: y, deadline: end, deadlineAt: endOfDayIn(end, zone), order: i };
  });
  return items
    .sort((a, b) => (a.deadline < b.deadline ? -1 : a.deadline > b.deadline ? 1 : a.order - b.order))
    .map(({ order: _order, ...item }) => item);
}
