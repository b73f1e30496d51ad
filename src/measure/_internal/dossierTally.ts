import type * as z from 'zod/mini';
import { ChisoError, type ChisoIssue } from '../../errors';
import type { DossierInput } from '../../model/dossier';
import { DossierSchema } from '../../model/dossier';
import type { FractionObservationSchema } from '../../model/observation';
import { holidayLaw } from '../../catalogs/holidayLaw';
import { isRealDate } from '../../_shared/civilDate';
import { makeIssue } from '../../_shared/issue';
import { englishIssue, fromZodIssues } from '../../_shared/zod';
import { readDossierOptions, type DossierMeasure, type MeasureDossiersOptions, type Window } from './dossierOptions';
import { createTimeReader, dayOf, isoOf, type Moment } from './dossierTimes';

// The engine behind measureDossiers and measureDossiersAsync: options are validated once
// (`dossierOptions.ts`), then each record is checked and folded into counters per unit × period, so
// memory does not grow with the number of records (only with units × periods, distinct receipt days ×
// processing times for the due-date cache, and the issues kept). Times are read by `dossierTimes.ts`.
// What every record passes through besides (`quickCheck`, the due-day cache, `before`, the day
// bounds) stays in this module, beside the loop: in another module it cost the dossier benchmark
// 3–6 % (measured on src under tsx, against this code in one module).

/** A problem with one record: a `ChisoIssue` with the record's position and id. */
export interface DossierIssue extends ChisoIssue {
  /** The record's 0-based position in the input. */
  readonly index: number;
  /** The record's id, when it has a readable one. */
  readonly id?: string;
}

/** A share as `evaluate` and `rollUp` take it. */
export type DossierObservation = z.infer<typeof FractionObservationSchema>;

/** What `measureDossiers` returns. */
export interface DossierMeasurement {
  /** One observation per unit × period × measure, ordered by unit id, then period (as given), then measure. */
  readonly observations: DossierObservation[];
  /** The bad records, in input order (none in strict mode: it throws). */
  readonly issues: DossierIssue[];
  /** `true` when more bad records were found than `maxIssues` kept. */
  readonly issuesTruncated: boolean;
  /** Records read, measured (valid) and rejected (bad). */
  readonly counts: { readonly read: number; readonly measured: number; readonly rejected: number };
}

// Counter slots of one unit × period.
const RECEIVED = 0;
const ONLINE = 1;
const FULLY_ONLINE = 2;
const RESOLVED = 3;
const EARLY = 4;
const ON_TIME = 5;
const LATE = 6;
const HANDLED = 7;
const OPEN = 8;
const OVERDUE = 9;
const SLOTS = 10;
/** The due day of a record with no due day that can be told. */
const NO_DUE = -1e9;
/** The due day of a record whose count of working days reaches a day the calendar cannot judge (before its holiday law). */
const BEFORE_LAW = -2e9;

// The days the library can count (its calendar's range).
const MIN_DAY = -25567; // 1900-01-01
const MAX_DAY = 84005; // 2199-12-31

/** Whether `a` is before `b`: by instant when both have a time, else by day. */
function before(a: Moment, b: Moment): boolean {
  return a.dateOnly || b.dateOnly ? a.day < b.day : a.local < b.local;
}

/** A record's time as text for an issue (a `Date` here is a valid one: the schema turns down an Invalid Date). */
function shown(value: string | Date): string {
  return value instanceof Date ? value.toISOString() : value;
}

function bump(row: Float64Array, slot: number): void {
  row[slot] = (row[slot] as number) + 1;
}

/** The running tally of one `measureDossiers` call: `add` each record, then `finish`. */
export interface DossierTally {
  add(record: unknown, index: number): void;
  finish(): DossierMeasurement;
}

/** Validates the options and returns an empty tally. */
export function createDossierTally(options: MeasureDossiersOptions): DossierTally {
  const { windows, measures, calendar, isWorking, from, zone, strict, maxIssues, checkDuplicateIds } = readDossierOptions(options);
  const seenIds = checkDuplicateIds ? new Set<string>() : null;

  const counters = new Map<string, Float64Array>();
  const issues: DossierIssue[] = [];
  let read = 0;
  let rejected = 0;
  let truncated = false;

  const { readTime, dayOfText } = createTimeReader(zone);

  // The calendar cannot judge a day before its holiday law's first rule (unless an adjustment or a
  // schedule decides that day): such a day makes one record's due day unknown, not the call invalid.
  const lawFrom = from === null ? Number.NEGATIVE_INFINITY : dayOf(from);
  const firstRule = calendar.law[0];
  const shippedLaw = firstRule !== undefined && firstRule.id === holidayLaw[0]?.id && firstRule.from === holidayLaw[0].from;
  const beforeLawWords = shippedLaw
    ? `a day from ${from}, the first day of the holiday law chiso encodes, or pass a calendar of your own (rule: false, or your own law)`
    : `a day from ${from}, the first day of the calendar’s holiday law (${firstRule?.id}), or pass a calendar that covers it (rule: false, or a law with an earlier rule)`;
  /** Whether `day` is a working day; `null` when the calendar cannot tell (a day before its law). */
  const judge = (day: number): boolean | null => {
    if (day >= lawFrom) return isWorking(isoOf(day));
    try {
      return isWorking(isoOf(day));
    } catch (error) {
      // Before the law, isWorking either answers from an adjustment or schedule or refuses the day.
      if (error instanceof ChisoError) return null;
      throw error;
    }
  };

  // Due days by (receipt day, processing days): a handful of distinct keys however many records.
  const dues = new Map<number, number>();
  /**
   * The due day of a period of `n` working days from `day` (Civil Code arts. 147–148, as
   * `addWorkingDays`); `NO_DUE` past 2199, `BEFORE_LAW` when a day the count looks at (the day itself
   * for `n = 0`, else the days after it) cannot be judged.
   */
  const dueOf = (day: number, n: number): number => {
    const key = day * 4096 + n;
    const known = dues.get(key);
    if (known !== undefined) return known;
    let due = day;
    let result: number | undefined;
    const today = n === 0 ? judge(due) : false;
    if (today === null) result = BEFORE_LAW;
    else if (!today) {
      let left = Math.max(n, 1);
      while (left > 0 && due <= MAX_DAY) {
        due += 1;
        if (due > MAX_DAY) break;
        const working = judge(due);
        if (working === null) {
          result = BEFORE_LAW;
          break;
        }
        if (working) left -= 1;
      }
    }
    result ??= due > MAX_DAY ? NO_DUE : due;
    dues.set(key, result);
    return result;
  };


  const report = (index: number, id: unknown, list: ChisoIssue[]) => {
    rejected += 1;
    for (const issue of list) {
      if (issues.length >= maxIssues) {
        truncated = true;
        break;
      }
      issues.push(Object.freeze({ ...issue, index, ...(typeof id === 'string' && id.length > 0 ? { id } : {}) }));
    }
  };

  /** Every problem of a record the fast checks in `add` turned down, in words. */
  const diagnose = (record: DossierInput, index: number, received: Moment | 'invalid', completed: Moment | 'invalid' | null, duplicate: boolean): ChisoIssue[] => {
    const unit = record.unit.trim();
    const problems: ChisoIssue[] = [];
    const problem = (code: string, field: string, expected: string, got: unknown) =>
      problems.push(makeIssue({ code, path: ['records', index, field], field, unit, expected, received: got }));
    const timeWords = 'a real date or date-time (YYYY-MM-DD, YYYY-MM-DDTHH:mm[:ss], optionally with Z or ±HH:mm)';
    const rangeWords = 'a day from 1900-01-01 to 2199-12-31';
    const receivedOk = received !== 'invalid' && received.day >= MIN_DAY && received.day <= MAX_DAY;
    const completedOk = completed !== 'invalid' && (completed === null || (completed.day >= MIN_DAY && completed.day <= MAX_DAY));
    if (received === 'invalid') problem('invalid_date', 'receivedAt', timeWords, shown(record.receivedAt));
    else if (!receivedOk) problem('out_of_range', 'receivedAt', rangeWords, shown(record.receivedAt));
    // `completed` is null only for a record with no completedAt; each use of this one is for a record that has it.
    const completedAt = record.completedAt as string | Date;
    if (completed === 'invalid') problem('invalid_date', 'completedAt', timeWords, shown(completedAt));
    else if (!completedOk) problem('out_of_range', 'completedAt', rangeWords, shown(completedAt));
    if (record.state === 'completed' && record.completedAt === undefined) problem('missing_completion', 'completedAt', 'the time the result was issued (state "completed")', 'undefined');
    if (record.state === 'in-progress' && record.completedAt !== undefined) problem('unexpected_completion', 'completedAt', 'absent for a dossier still in progress', shown(record.completedAt));
    if (record.channel === 'online' && record.serviceLevel === 'none') problem('inconsistent_channel', 'serviceLevel', 'an online service level ("full-online" or "partly-online") for a dossier received online', record.serviceLevel);
    if (record.processingDays === undefined && record.dueDate === undefined) problem('missing_due', 'dueDate', 'a due date, or a legal processing time in processingDays', 'undefined');
    if (receivedOk && completedOk && completed !== null && before(completed, received)) {
      problem('completed_before_received', 'completedAt', `on or after receivedAt (${shown(record.receivedAt)})`, shown(completedAt));
    }
    if (receivedOk && record.dueDate !== undefined) {
      if (dayOfText(record.dueDate) < received.day) problem('due_before_received', 'dueDate', `on or after the day received (${isoOf(received.day)})`, record.dueDate);
    } else if (receivedOk && record.processingDays !== undefined) {
      const due = dueOf(received.day, record.processingDays);
      if (due === NO_DUE) problem('out_of_range', 'processingDays', 'a processing time whose due day falls by 2199-12-31', record.processingDays);
      // Only a day received before the law's first day can make the count reach before it.
      else if (due === BEFORE_LAW) problem('out_of_range', 'receivedAt', beforeLawWords, shown(record.receivedAt));
    }
    if (duplicate) problem('duplicate_record', 'id', 'an id no earlier record has', record.id);
    return problems;
  };

  const add = (raw: unknown, index: number): void => {
    read += 1;
    let record: DossierInput;
    if (quickCheck(raw)) record = raw;
    else {
      const parsed = DossierSchema.safeParse(raw, { reportInput: true, error: englishIssue });
      const rawId = typeof raw === 'object' && raw !== null ? (raw as { id?: unknown }).id : undefined;
      const context = { unit: typeof raw === 'object' && raw !== null && typeof (raw as { unit?: unknown }).unit === 'string' ? (raw as { unit: string }).unit : undefined };
      if (!parsed.success) return report(index, rawId, fromZodIssues(parsed.error.issues, ['records', index], context));
      record = parsed.data;
    }
    const received = readTime(record.receivedAt);
    const completed = record.completedAt === undefined ? null : readTime(record.completedAt);
    const duplicate = seenIds !== null && seenIds.has(record.id);
    if (seenIds !== null && !duplicate) seenIds.add(record.id);
    let due = NO_DUE;
    let ok =
      !duplicate &&
      received !== 'invalid' &&
      received.day >= MIN_DAY &&
      received.day <= MAX_DAY &&
      completed !== 'invalid' &&
      (completed === null || (completed.day >= MIN_DAY && completed.day <= MAX_DAY && !before(completed, received))) &&
      (record.state === 'completed' ? completed !== null : record.state !== 'in-progress' || completed === null) &&
      (record.channel !== 'online' || record.serviceLevel !== 'none');
    if (ok && typeof received !== 'string') {
      if (record.dueDate !== undefined) due = dayOfText(record.dueDate);
      else if (record.processingDays !== undefined) due = dueOf(received.day, record.processingDays);
      ok = due >= received.day;
    }
    if (!ok || typeof received === 'string' || completed === 'invalid') return report(index, record.id, diagnose(record, index, received, completed, duplicate));
    const unit = record.unit.trim();

    let row = counters.get(unit);
    if (row === undefined) {
      row = new Float64Array(windows.length * SLOTS);
      counters.set(unit, row);
    }
    const r = received.day;
    const k = completed === null ? null : completed.day;
    const online = record.channel === 'online';
    const fully = online && record.serviceLevel === 'full-online';
    for (let p = 0; p < windows.length; p += 1) {
      const w = windows[p] as Window;
      if (r > w.cutoff) continue;
      const o = p * SLOTS;
      if (r >= w.start) {
        bump(row, o + RECEIVED);
        if (online) bump(row, o + ONLINE);
        if (fully) bump(row, o + FULLY_ONLINE);
      }
      // As of the cut-off: ended (with a known day) or still open.
      const ended = k !== null && k <= w.cutoff;
      if (record.state === 'completed' && ended && (k as number) >= w.start) {
        bump(row, o + RESOLVED);
        bump(row, o + HANDLED);
        const c = k as number;
        if (c < due) bump(row, o + EARLY);
        if (c <= due) bump(row, o + ON_TIME);
        else bump(row, o + LATE);
      } else if (!ended && (record.state === 'in-progress' || k !== null)) {
        bump(row, o + HANDLED);
        bump(row, o + OPEN);
        if (due < w.cutoff) bump(row, o + OVERDUE);
      }
    }
  };

  const finish = (): DossierMeasurement => {
    if (strict && rejected > 0) {
      throw new ChisoError(
        issues.length > 0 ? issues : [makeIssue({ code: 'invalid_records', path: ['records'], field: 'records', expected: 'valid dossier records', received: `${rejected} rejected` })],
      );
    }
    const pairs: Record<DossierMeasure, [number, number]> = {
      online: [ONLINE, RECEIVED],
      fullyOnline: [FULLY_ONLINE, RECEIVED],
      onTime: [ON_TIME, RESOLVED],
      early: [EARLY, RESOLVED],
      late: [LATE, RESOLVED],
      open: [OPEN, HANDLED],
      overdue: [OVERDUE, OPEN],
    };
    // The default order of strings: by UTF-16 code units, as `<` compares them.
    const units = [...counters.keys()].sort();
    const observations: DossierObservation[] = [];
    for (const unit of units) {
      const row = counters.get(unit) as Float64Array;
      windows.forEach((w, p) => {
        for (const { measure, id } of measures) {
          const [num, den] = pairs[measure];
          observations.push({ unit, indicator: id, period: w.label, numerator: row[p * SLOTS + num] as number, denominator: row[p * SLOTS + den] as number });
        }
      });
    }
    return { observations, issues, issuesTruncated: truncated, counts: { read, measured: read - rejected, rejected } };
  };

  return { add, finish };
}

/** Throws unless `records` can be iterated as records (a string is iterable, but not of records). */
export function checkRecords(records: unknown, asyncAllowed: boolean): void {
  const ok =
    typeof records === 'object' &&
    records !== null &&
    (typeof (records as Iterable<unknown>)[Symbol.iterator] === 'function' ||
      (asyncAllowed && typeof (records as AsyncIterable<unknown>)[Symbol.asyncIterator] === 'function'));
  if (!ok) {
    throw new ChisoError([
      makeIssue({ code: 'invalid_type', path: ['records'], field: 'records', expected: asyncAllowed ? 'an array, an iterable or an async iterable of dossier records' : 'an array or an iterable of dossier records', received: records }),
    ]);
  }
}

const CHANNELS: Record<string, true> = { online: true, 'in-person': true, post: true };
const LEVELS: Record<string, true> = { 'full-online': true, 'partly-online': true, none: true };
const STATES: Record<string, true> = { 'in-progress': true, completed: true, returned: true, cancelled: true };
const TIME_SHAPE = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})?)?$/;
const DATE_SHAPE = /^\d{4}-\d{2}-\d{2}$/;

const isTime = (v: unknown): boolean => (typeof v === 'string' && TIME_SHAPE.test(v)) || (v instanceof Date && !Number.isNaN(v.getTime()));

/**
 * Whether `DossierSchema` accepts `raw` unchanged but for trimming `unit` — a fast path for valid
 * records (the schema is consulted for the words of any problem). A test checks it agrees with the schema.
 */
export function quickCheck(raw: unknown): raw is DossierInput {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return false;
  const r = raw as Record<string, unknown>;
  for (const key in r) {
    switch (key) {
      case 'id':
      case 'unit':
      case 'procedure':
      case 'receivedAt':
      case 'channel':
      case 'serviceLevel':
      case 'processingDays':
      case 'dueDate':
      case 'state':
      case 'completedAt':
        break;
      default:
        return false;
    }
  }
  const { id, unit, procedure, channel, serviceLevel, state, processingDays, dueDate, completedAt } = r;
  return (
    typeof id === 'string' &&
    id.length > 0 &&
    typeof unit === 'string' &&
    unit.trim().length > 0 &&
    typeof procedure === 'string' &&
    procedure.length > 0 &&
    isTime(r.receivedAt) &&
    typeof channel === 'string' &&
    CHANNELS[channel] === true &&
    typeof serviceLevel === 'string' &&
    LEVELS[serviceLevel] === true &&
    typeof state === 'string' &&
    STATES[state] === true &&
    (processingDays === undefined || (Number.isSafeInteger(processingDays) && (processingDays as number) >= 0 && (processingDays as number) <= 3650)) &&
    (dueDate === undefined || (typeof dueDate === 'string' && DATE_SHAPE.test(dueDate) && isRealDate(dueDate))) &&
    (completedAt === undefined || isTime(completedAt))
  );
}
