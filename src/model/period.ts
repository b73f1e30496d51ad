import * as z from 'zod/mini';
import { strictObjectSchema } from '../_shared/strictObjectSchema';
import { SourceSchema } from './source';
import { IsoDateSchema, TextSchema } from './text';

/**
 * A period or deadline as written in a plan, parsed: when it starts, the last civil day that is on
 * time, whether it recurs, and on what condition. `text` keeps the original wording.
 *
 * - `date`, `month`, `quarter`, `year`, `range`: a fixed window `start`–`end` (both inclusive);
 * - `by` (`đến năm 2025`, `trước ngày 15/12/2025`): only an `end`;
 * - `yearly` (`Hằng năm`): every year, the whole year;
 * - `yearly-before` (`trước ngày 15/12`): every year, on time until the day before 15/12 (or the day
 *   itself when read inclusively);
 * - `conditional` (`Khi có hướng dẫn của Bộ TT&TT`): no fixed date, `condition` says when.
 *
 * @example
 * ParsedPeriodSchema.parse(parsePeriod('2022 - 2025')).end;
 * //=> '2025-12-31'
 */
export const ParsedPeriodSchema = strictObjectSchema({
  text: z.string(),
  kind: z.enum(['date', 'month', 'quarter', 'year', 'range', 'by', 'yearly', 'yearly-before', 'conditional']),
  start: z.nullable(IsoDateSchema),
  /** The last civil day that is on time (inclusive). */
  end: z.nullable(IsoDateSchema),
  recurrence: z.nullable(strictObjectSchema({
      every: z.literal('year'),
      /** For `yearly-before`: the day written (`trước ngày 15/12` → month 12, day 15). */
      month: z.optional(z.int().check(z.gte(1), z.lte(12))),
      day: z.optional(z.int().check(z.gte(1), z.lte(31))),
      /** Whether that day itself is on time (`false`: strictly before it). */
      inclusive: z.optional(z.boolean()),
    })),
  condition: z.nullable(z.string()),
  /** For a lease written `Thuê trong 5 năm 2023- 2027`: its length in years. */
  leaseYears: z.nullable(z.int().check(z.positive())),
});

/** A parsed period or deadline. */
export type ParsedPeriod = z.infer<typeof ParsedPeriodSchema>;

/**
 * One step of a reporting regime: who reports to whom, by when (as written: `trước ngày 15/12`).
 *
 * @example
 * ReportingStepSchema.parse({
 *   id: 'units-to-dic',
 *   from: { vi: 'Các sở, ngành; UBND cấp huyện', en: 'Departments; district committees' },
 *   to: { vi: 'Sở Thông tin và Truyền thông', en: 'Department of Information and Communications' },
 *   what: { vi: 'Báo cáo tình hình thực hiện kế hoạch', en: 'Report on the plan' },
 *   when: 'trước ngày 15/12',
 * }).when;
 * //=> 'trước ngày 15/12'
 */
export const ReportingStepSchema = strictObjectSchema({
  id: z.string().check(z.minLength(1)),
  from: TextSchema,
  to: TextSchema,
  what: TextSchema,
  /** When, as written: a yearly deadline (`trước ngày 15/12`) or any period form. */
  when: z.string().check(z.minLength(1)),
  source: z.optional(SourceSchema),
});

/** One step of a reporting regime. */
export type ReportingStep = z.infer<typeof ReportingStepSchema>;
