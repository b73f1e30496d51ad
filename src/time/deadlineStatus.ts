import * as z from 'zod/mini';
import { strictObjectSchema } from '../_shared/strictObjectSchema';
import { checkZone, civilDate, deadlinePassed, DEFAULT_ZONE } from '../_shared/civilDate';
import { daysBetween, endOfDayIn } from '../_shared/dates';
import { fail } from '../_shared/issue';
import { checkParsedPeriod } from './_internal/periodText';
import { resolvePeriod } from './_internal/resolvePeriod';
import { parseOrThrow } from '../_shared/zod';
import { ParsedPeriodSchema, type ParsedPeriod } from '../model/period';
import { parsePeriod } from './parsePeriod';

/** Where an item stands against its deadline. */
export type DeadlineState = 'not-started' | 'in-progress' | 'due-soon' | 'overdue' | 'done-on-time' | 'done-late' | 'no-fixed-deadline';

/** Options of {@link deadlineStatus}. */
export interface DeadlineStatusOptions {
  /** The moment to judge at: a `YYYY-MM-DD` civil date, or a `Date` / ISO date-time read in `zone`. */
  readonly asOf: Date | string;
  /** When the item was completed, if it was (same forms as `asOf`). */
  readonly completedAt?: Date | string;
  /** Days before the deadline counted as "due soon" (default 30). */
  readonly dueSoonDays?: number;
  /** Read `trước ngày D/M` inclusively (see {@link parsePeriod}); default strict. */
  readonly inclusive?: boolean;
  /** IANA time zone; `Asia/Ho_Chi_Minh` by default. */
  readonly zone?: string;
}

/** The result of {@link deadlineStatus}. */
export interface DeadlineStatus {
  readonly status: DeadlineState;
  /** The period as parsed, or `null` for an item whose period the plan leaves empty. */
  readonly period: ParsedPeriod | null;
  /** The occurrence's year, for a recurring period; otherwise `null`. */
  readonly occurrence: number | null;
  readonly start: string | null;
  /** The last on-time civil day, or `null` when there is no fixed deadline. */
  readonly deadline: string | null;
  /** The last on-time instant, with the zone's offset (`2025-12-31T23:59:59.999+07:00`). */
  readonly deadlineAt: string | null;
  /** Whole days from `asOf` to the deadline (negative when overdue); `null` without a deadline. */
  readonly daysLeft: number | null;
}

const OptionsSchema = strictObjectSchema({
  // Any Date passes here, an invalid one too: civilDate then says "Invalid Date" rather than zod's "null".
  asOf: z.union([z.instanceof(Date), z.string()]),
  completedAt: z.optional(z.union([z.instanceof(Date), z.string()])),
  dueSoonDays: z.optional(z.int().check(z.gte(0), z.lte(3660))),
  inclusive: z.optional(z.boolean()),
  zone: z.optional(z.string()),
});

/**
 * Where a task or project stands against its deadline, in Vietnam time: `not-started`,
 * `in-progress`, `due-soon` (the deadline is within `dueSoonDays`, default 30), `overdue`,
 * `done-on-time`, `done-late`, or `no-fixed-deadline` (a conditional period such as `Khi có hướng dẫn
 * của Bộ TT&TT`).
 *
 * A recurring item resolves to its occurrence in `asOf`'s year: `Hằng năm` is the whole year,
 * `trước ngày 15/12` is due by 14/12 (strict) of that year, `trước ngày 29/02` by 28/02 in a common
 * year (under either reading).
 *
 * The deadline is its last on-time day, to 23:59:59.999 in the zone: an item is `overdue` only once
 * `asOf` is after that day (on the day itself it is `due-soon`). `completedAt` is what had happened
 * by `asOf`: a completion on a day after `asOf` is an error, not `done-late` — on the day judged the
 * item was not done yet, and silently ignoring the date would hide a data error. Days are compared
 * as civil days in the zone (completed at 15:00 and judged at 09:00 the same day is done).
 *
 * @param item - a period as written (`'2022-2023'`), a parsed period, or anything with a `period` (a task,
 *   a project; a `null` period — left empty in the plan — has no fixed deadline)
 * @param options - `asOf` (required), `completedAt`, `dueSoonDays`, `inclusive`, `zone`
 * @returns the status, the resolved window, the deadline as a day and as an instant, and the days left
 * @throws {ChisoError} for unrecognised period text, an invalid `asOf`/`completedAt`/`zone`, a
 *   `completedAt` on a day after `asOf` (naming the item and both days), a parsed period whose start
 *   is after its end or whose yearly day exists in no year
 *
 * @example
 * deadlineStatus('2022-2023', { asOf: '2024-01-01' }).status;
 * //=> 'overdue'
 *
 * deadlineStatus('trước ngày 15/12', { asOf: '2026-12-01' });
 * //=> { status: 'due-soon', occurrence: 2026, start: null, deadline: '2026-12-14', deadlineAt: '2026-12-14T23:59:59.999+07:00', daysLeft: 13, period: { … } }
 */
export function deadlineStatus(item: string | ParsedPeriod | { readonly period: string | ParsedPeriod | null }, options: DeadlineStatusOptions): DeadlineStatus {
  const opts = parseOrThrow(OptionsSchema, options, ['options']);
  const zone = opts.zone === undefined ? DEFAULT_ZONE : checkZone(opts.zone, ['options', 'zone']);
  const raw = typeof item === 'object' && item !== null && 'period' in item && !('kind' in item) ? item.period : item;
  const period = raw === null ? null : typeof raw === 'string' ? parsePeriod(raw, { inclusive: opts.inclusive === true }) : checkParsedPeriod(parseOrThrow(ParsedPeriodSchema, raw, ['item']), ['item']);
  const asOf = civilDate(opts.asOf, zone, ['options', 'asOf']);
  const completed = opts.completedAt === undefined ? undefined : civilDate(opts.completedAt, zone, ['options', 'completedAt']);
  if (completed !== undefined && completed > asOf) {
    fail({
      code: 'invalid_value',
      path: ['options', 'completedAt'],
      field: 'completedAt',
      expected: `a day on or before asOf (${asOf}) for ${describeItem(item, period)}: on ${asOf} it was not done yet`,
      received: typeof opts.completedAt === 'string' ? opts.completedAt : `${(opts.completedAt as Date).toISOString()} (${completed} in ${zone})`,
    });
  }
  if (period === null) return { status: 'no-fixed-deadline', period: null, occurrence: null, start: null, deadline: null, deadlineAt: null, daysLeft: null };
  const window = resolvePeriod(period, Number(asOf.slice(0, 4)));
  const base = { period, occurrence: window.year, start: window.start, deadline: window.end };
  if (window.end === null) return { ...base, status: 'no-fixed-deadline', deadlineAt: null, daysLeft: null };
  const daysLeft = daysBetween(asOf, window.end);
  const common = { ...base, deadlineAt: endOfDayIn(window.end, zone), daysLeft };
  if (completed !== undefined) return { ...common, status: completed <= window.end ? 'done-on-time' : 'done-late' };
  if (window.start !== null && asOf < window.start) return { ...common, status: 'not-started' };
  if (deadlinePassed(asOf, window.end)) return { ...common, status: 'overdue' };
  if (daysLeft <= (opts.dueSoonDays ?? 30)) return { ...common, status: 'due-soon' };
  return { ...common, status: 'in-progress' };
}

/** How an error names the item: its `id` or register number when it has one, and its period as written. */
function describeItem(item: unknown, period: ParsedPeriod | null): string {
  const written = period === null ? 'no period' : `period "${period.text}"`;
  if (typeof item === 'object' && item !== null) {
    const { id, no } = item as { id?: unknown; no?: unknown };
    if (typeof id === 'string') return `item "${id}" (${written})`;
    if (typeof no === 'number') return `item no. ${no} (${written})`;
  }
  return `the item with ${written}`;
}
