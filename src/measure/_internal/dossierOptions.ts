import * as z from 'zod/mini';
import { strictObjectSchema } from '../../_shared/strictObjectSchema';
import { ChisoError } from '../../errors';
import type { WorkingCalendar } from '../../model/calendar';
import { PeriodSchema, type Period } from '../../model/observation';
import type { ParsedPeriod } from '../../model/period';
import { IsoDateSchema, KebabIdSchema } from '../../model/text';
import { parsePeriod } from '../../time/parsePeriod';
import { workingDayTest, type WorkingCalendarOptions } from '../../time/workingCalendar';
import { checkZone, civilDate } from '../../_shared/civilDate';
import { fail } from '../../_shared/issue';
import { parseOrThrow } from '../../_shared/zod';
import { dayOf, isoOf } from './dossierTimes';

// The options of measureDossiers and measureDossiersAsync, validated once per call and resolved into
// what the tally counts with: the periods' windows as days, the measures and their indicator ids.

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

const PeriodInputSchema = z.union([
  z.int().check(z.gte(1900), z.lte(2199)),
  z.string().check(z.minLength(1)),
  strictObjectSchema({ start: IsoDateSchema, end: IsoDateSchema, label: z.optional(PeriodSchema) }),
]);

const IndicatorChoiceSchema = z.optional(z.union([KebabIdSchema, z.literal(false)]));

const OptionsSchema = strictObjectSchema({
  period: z.optional(PeriodInputSchema),
  periods: z.optional(z.array(PeriodInputSchema).check(z.minLength(1))),
  asOf: z.union([z.string(), z.date()]),
  calendar: z.optional(z.unknown()),
  zone: z.optional(z.string()),
  strict: z.optional(z.boolean()),
  indicators: z.optional(strictObjectSchema({
      online: IndicatorChoiceSchema,
      fullyOnline: IndicatorChoiceSchema,
      onTime: IndicatorChoiceSchema,
      early: IndicatorChoiceSchema,
      late: IndicatorChoiceSchema,
      open: IndicatorChoiceSchema,
      overdue: IndicatorChoiceSchema,
    })),
  checkDuplicateIds: z.optional(z.boolean()),
  maxIssues: z.optional(z.int().check(z.gte(0))),
});

/** A period to count: its first and last day, the cut-off (its last day or asOf), and its label. */
export interface Window {
  start: number;
  end: number;
  cutoff: number;
  label: Period;
}

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

/** The options of one call, checked and resolved (the checks run in this order, so the first problem is the one reported). */
export interface DossierSettings {
  readonly windows: readonly Window[];
  readonly measures: readonly { readonly measure: DossierMeasure; readonly id: string }[];
  readonly calendar: WorkingCalendar;
  readonly isWorking: (iso: string) => boolean;
  /** The first day the calendar's holiday law can judge, or `null` when it can judge any day. */
  readonly from: string | null;
  readonly zone: string;
  readonly strict: boolean;
  readonly maxIssues: number;
  readonly checkDuplicateIds: boolean;
}

/** Validates the options of a call and resolves its periods and measures. */
export function readDossierOptions(options: MeasureDossiersOptions): DossierSettings {
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
  return { windows, measures, calendar, isWorking, from, zone, strict, maxIssues, checkDuplicateIds: opts.checkDuplicateIds === true };
}
