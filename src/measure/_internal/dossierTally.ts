import { z } from 'zod';
import { holidayLaw } from '../../catalogs/holidayLaw';
import { ChisoError, type ChisoIssue } from '../../errors';
import type { DossierInput } from '../../model/dossier';
import { DossierSchema } from '../../model/dossier';
import { FractionObservationSchema, PeriodSchema, type Period } from '../../model/observation';
import type { ParsedPeriod } from '../../model/period';
import { IsoDateSchema, KebabIdSchema } from '../../model/text';
import { parsePeriod } from '../../time/parsePeriod';
import { workingDayTest, type WorkingCalendarOptions } from '../../time/workingCalendar';
import { checkZone, civilDate, DEFAULT_ZONE, isRealDate } from '../../_shared/civilDate';
import { fromUtcMs, toUtcMs, zoneOffsetMs } from '../../_shared/dates';
import { fail, makeIssue } from '../../_shared/issue';
import { fromZodIssues, parseOrThrow } from '../../_shared/zod';

// The engine behind measureDossiers and measureDossiersAsync: options are validated once, then each
// record is checked and folded into counters per unit × period, so memory does not grow with the
// number of records (only with units × periods, distinct receipt days × processing times for the
// due-date cache, and the issues kept).

/**
 * The figures `measureDossiers` computes, by key:
 * - `online`: received online / received (tiếp nhận trực tuyến);
 * - `fullyOnline`: received online and handled fully online / received;
 * - `onTime`, `early`, `late`: resolved on time (early included) / early / late, over resolved;
 * - `open`: still open at the cut-off / handled (resolved in the period + open at the cut-off);
 * - `overdue`: open and past due at the cut-off / open.
 */
export type DossierMeasure = 'online' | 'fullyOnline' | 'onTime' | 'early' | 'late' | 'open' | 'overdue';

/** A period to measure: a year, a period as written (`'Quý I/2025'`, `'Tháng 3/2025'`, `'2024-2025'`), or an explicit window. */
export type DossierPeriod = number | string | { readonly start: string; readonly end: string; readonly label?: Period };

/** Options of `measureDossiers` and `measureDossiersAsync`. */
export interface MeasureDossiersOptions {
  /** The period to measure (give this or `periods`). */
  readonly period?: DossierPeriod;
  /** The periods to measure (give this or `period`); each gives its own observations. */
  readonly periods?: readonly DossierPeriod[];
  /** The day the figures are taken on (state at the end of that day in `zone`): a civil date, an ISO instant or a `Date`. */
  readonly asOf: Date | string;
  /** The working calendar for legal processing times (default: Saturday–Sunday off, the Labour Code rule and the shipped official schedules). */
  readonly calendar?: WorkingCalendarOptions;
  /** The zone days are read in (default the calendar's zone, `Asia/Ho_Chi_Minh`). */
  readonly zone?: string;
  /** `true`: throw a `ChisoError` listing every bad record instead of returning them in `issues`. */
  readonly strict?: boolean;
  /** Indicator ids by measure, to match a catalog; `false` leaves a measure out. Defaults: `tthc-dossiers-online`, `-fully-online`, `-on-time`, `-early`, `-late`, `-open`, `-open-overdue`. */
  readonly indicators?: Partial<Record<DossierMeasure, string | false>>;
  /** Report records whose id repeats an earlier one. Costs memory for every id (off by default). */
  readonly checkDuplicateIds?: boolean;
  /** Keep at most this many issues (all bad records are still counted in `counts.rejected`). */
  readonly maxIssues?: number;
}

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

const MEASURES = ['online', 'fullyOnline', 'onTime', 'early', 'late', 'open', 'overdue'] as const;

/** The default indicator ids (the built-in catalogs use `tthc-dossiers-fully-online`). */
function defaultIndicators(): Record<DossierMeasure, string> {
  return {
    online: 'tthc-dossiers-online',
    fullyOnline: 'tthc-dossiers-fully-online',
    onTime: 'tthc-dossiers-on-time',
    early: 'tthc-dossiers-early',
    late: 'tthc-dossiers-late',
    open: 'tthc-dossiers-open',
    overdue: 'tthc-dossiers-open-overdue',
  };
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

const DAY = 86_400_000;
const MIN_DAY = -25567; // 1900-01-01
const MAX_DAY = 84005; // 2199-12-31

const PeriodInputSchema = z.union([
  z.int().min(1900).max(2199),
  z.string().min(1),
  z.strictObject({ start: IsoDateSchema, end: IsoDateSchema, label: PeriodSchema.optional() }),
]);

const IndicatorChoiceSchema = z.union([KebabIdSchema, z.literal(false)]).optional();

const OptionsSchema = z.strictObject({
  period: PeriodInputSchema.optional(),
  periods: z.array(PeriodInputSchema).min(1).optional(),
  asOf: z.union([z.string(), z.date()]),
  calendar: z.unknown().optional(),
  zone: z.string().optional(),
  strict: z.boolean().optional(),
  indicators: z
    .strictObject({
      online: IndicatorChoiceSchema,
      fullyOnline: IndicatorChoiceSchema,
      onTime: IndicatorChoiceSchema,
      early: IndicatorChoiceSchema,
      late: IndicatorChoiceSchema,
      open: IndicatorChoiceSchema,
      overdue: IndicatorChoiceSchema,
    })
    .optional(),
  checkDuplicateIds: z.boolean().optional(),
  maxIssues: z.int().min(0).optional(),
});

interface Window {
  start: number;
  end: number;
  cutoff: number;
  label: Period;
}

interface Moment {
  /** The civil day in the zone, as days since 1970-01-01. */
  day: number;
  /** Wall-clock time in the zone as if it were UTC, in ms (for ordering two times of the same day). */
  local: number;
  dateOnly: boolean;
}

/** Whether `a` is before `b`: by instant when both have a time, else by day. */
function before(a: Moment, b: Moment): boolean {
  return a.dateOnly || b.dateOnly ? a.day < b.day : a.local < b.local;
}

/** A record's time as text for an issue (a `Date` here is a valid one: the schema turns down an Invalid Date). */
function shown(value: string | Date): string {
  return value instanceof Date ? value.toISOString() : value;
}

/** The two-digit number at `at` (the pattern has checked they are digits). */
function two(text: string, at: number): number {
  return (text.charCodeAt(at) - 48) * 10 + text.charCodeAt(at + 1) - 48;
}

function bump(row: Float64Array, slot: number): void {
  row[slot] = (row[slot] as number) + 1;
}

const dayOf = (iso: string): number => toUtcMs(iso) / DAY;
const isoOf = (day: number): string => fromUtcMs(day * DAY);

function resolveWindow(input: z.infer<typeof PeriodInputSchema>, path: (string | number)[]): { start: string; end: string; label: Period } {
  if (typeof input === 'number') return { start: `${input}-01-01`, end: `${input}-12-31`, label: input };
  if (typeof input === 'string') {
    let parsed: ParsedPeriod;
    try {
      parsed = parsePeriod(input);
    } catch (error) {
      if (!(error instanceof ChisoError)) throw error;
      return fail({ code: 'invalid_format', path, field: 'period', expected: 'a year, or a period as written (Quý I/2025, Tháng 3/2025, 2024-2025, 31/3/2025)', received: input });
    }
    if (!['date', 'month', 'quarter', 'year', 'range'].includes(parsed.kind) || parsed.start === null || parsed.end === null) {
      return fail({ code: 'invalid_value', path, field: 'period', expected: 'a fixed window (a year, quarter, month, day or range of years)', received: input });
    }
    return { start: parsed.start, end: parsed.end, label: parsed.kind === 'year' ? Number(parsed.start.slice(0, 4)) : parsed.end };
  }
  if (input.end < input.start) return fail({ code: 'invalid_value', path: [...path, 'end'], field: 'end', expected: `a day on or after start (${input.start})`, received: input.end });
  const whole = input.start.slice(0, 4) === input.end.slice(0, 4) && input.start.endsWith('-01-01') && input.end.endsWith('-12-31');
  return { start: input.start, end: input.end, label: input.label ?? (whole ? Number(input.start.slice(0, 4)) : input.end) };
}

/** The running tally of one `measureDossiers` call: `add` each record, then `finish`. */
export interface DossierTally {
  add(record: unknown, index: number): void;
  finish(): DossierMeasurement;
}

/** Validates the options and returns an empty tally. */
export function createDossierTally(options: MeasureDossiersOptions): DossierTally {
  const opts = parseOrThrow(OptionsSchema, options, ['options']);
  if ((opts.period === undefined) === (opts.periods === undefined)) {
    fail({ code: 'invalid_value', path: ['options', 'periods'], field: 'periods', expected: 'given either as `period` or as `periods` (exactly one)', received: opts.periods ?? opts.period });
  }
  const { calendar, isWorking, from } = workingDayTest(opts.calendar as WorkingCalendarOptions | undefined, ['options', 'calendar']);
  const zone = opts.zone === undefined ? calendar.zone : checkZone(opts.zone, ['options', 'zone']);
  const asOf = dayOf(civilDate(opts.asOf, zone, ['options', 'asOf']));
  // Exactly one of the two is given (checked above).
  const inputs = opts.periods ?? [opts.period as z.infer<typeof PeriodInputSchema>];
  const labels = new Set<string>();
  const windows: Window[] = inputs.map((input, i) => {
    const path = opts.periods === undefined ? ['options', 'period'] : ['options', 'periods', i];
    const w = resolveWindow(input, path);
    const key = JSON.stringify(w.label);
    if (labels.has(key)) fail({ code: 'duplicate', path, field: 'period', expected: 'a period whose label (its year, or its last day) no other period has', received: w.label });
    labels.add(key);
    const start = dayOf(w.start);
    if (start > asOf) fail({ code: 'invalid_value', path, field: 'period', expected: `a period that has begun by asOf (${isoOf(asOf)})`, received: input });
    const end = dayOf(w.end);
    return { start, end, cutoff: Math.min(end, asOf), label: w.label };
  });
  const ids: Record<DossierMeasure, string | false> = defaultIndicators();
  for (const m of MEASURES) {
    const chosen = opts.indicators?.[m];
    if (chosen !== undefined) ids[m] = chosen;
  }
  const measures = MEASURES.filter((m) => ids[m] !== false).map((m) => ({ measure: m, id: ids[m] as string }));
  const idSeen = new Set<string>();
  for (const { measure, id } of measures) {
    if (idSeen.has(id)) fail({ code: 'duplicate', path: ['options', 'indicators', measure], field: measure, expected: 'an indicator id no other measure has', received: id });
    idSeen.add(id);
  }
  const strict = opts.strict === true;
  const maxIssues = opts.maxIssues ?? Number.POSITIVE_INFINITY;
  const seenIds = opts.checkDuplicateIds === true ? new Set<string>() : null;

  const counters = new Map<string, Float64Array>();
  const issues: DossierIssue[] = [];
  let read = 0;
  let rejected = 0;
  let truncated = false;

  // Offsets of the zone (ms) by UTC day; null for a day on which the offset changes (then computed per time).
  const offsets = new Map<number, number | null>();
  const offsetAt = (ms: number): number => {
    const utcDay = Math.floor(ms / DAY);
    let known = offsets.get(utcDay);
    if (known === undefined) {
      const first = zoneOffsetMs(zone, utcDay * DAY);
      const last = zoneOffsetMs(zone, utcDay * DAY + DAY - 1);
      known = first === last ? first : null;
      offsets.set(utcDay, known);
    }
    return known ?? zoneOffsetMs(zone, ms);
  };

  // Civil days by their text: a few hundred distinct days however many records.
  const days = new Map<string, number>();
  const dayOfText = (text: string): number => {
    let day = days.get(text);
    if (day === undefined) {
      day = isRealDate(text) ? dayOf(text) : Number.NaN;
      days.set(text, day);
    }
    return day;
  };

  /**
   * A time of a record as a civil day in the zone, or `'invalid'`. Strings have already passed the
   * schema's pattern (`DossierTimeSchema`), so the fields sit at fixed places.
   */
  const readTime = (value: string | Date): Moment | 'invalid' => {
    if (value instanceof Date) {
      // A valid Date: quickCheck and the schema turn down an Invalid Date.
      const ms = value.getTime();
      const local = ms + offsetAt(ms);
      return { day: Math.floor(local / DAY), local, dateOnly: false };
    }
    const day = dayOfText(value.length === 10 ? value : value.slice(0, 10));
    if (Number.isNaN(day)) return 'invalid';
    if (value.length === 10) return { day, local: day * DAY, dateOnly: true };
    const h = two(value, 11);
    const min = two(value, 14);
    let at = 16;
    let s = 0;
    let fraction = 0;
    if (value.charCodeAt(at) === 58 /* : */) {
      s = two(value, 17);
      at = 19;
      if (value.charCodeAt(at) === 46 /* . */) {
        let scale = 100;
        for (at += 1; at < value.length; at += 1) {
          const digit = value.charCodeAt(at) - 48;
          if (digit < 0 || digit > 9) break;
          fraction += digit * scale;
          scale /= 10;
        }
        fraction = Math.floor(fraction);
      }
    }
    if (h > 23 || min > 59 || s > 59) return 'invalid';
    const wall = day * DAY + ((h * 60 + min) * 60 + s) * 1000 + fraction;
    if (at === value.length) return { day, local: wall, dateOnly: false };
    let offset = 0;
    if (value.charCodeAt(at) !== 90 /* Z */) {
      const oh = two(value, at + 1);
      const om = two(value, at + 4);
      if (oh > 23 || om > 59) return 'invalid';
      offset = (value.charCodeAt(at) === 45 /* - */ ? -1 : 1) * (oh * 60 + om);
    }
    const ms = wall - offset * 60_000;
    const local = ms + offsetAt(ms);
    return { day: Math.floor(local / DAY), local, dateOnly: false };
  };

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
      const parsed = DossierSchema.safeParse(raw, { reportInput: true });
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
