import * as z from 'zod/mini';
import { strictObjectSchema } from '../_shared/strictObjectSchema';
import { IsoDateSchema } from './text';

/**
 * How a dossier was submitted (hình thức tiếp nhận): `online` (trực tuyến, through a public-service
 * portal), `in-person` (trực tiếp, at a one-stop desk — bộ phận một cửa) or `post` (qua dịch vụ bưu
 * chính công ích).
 *
 * @example
 * DossierChannelSchema.options;
 * //=> ['online', 'in-person', 'post']
 */
export const DossierChannelSchema = z.enum(['online', 'in-person', 'post']);

/** How a dossier was submitted. */
export type DossierChannel = z.infer<typeof DossierChannelSchema>;

/**
 * The level of online service the dossier was handled at: `full-online` (dịch vụ công trực tuyến
 * toàn trình — submitted, processed and returned online), `partly-online` (một phần — some step on
 * paper or at a desk), `none` (no online service).
 *
 * @example
 * DossierServiceLevelSchema.parse('full-online');
 * //=> 'full-online'
 */
export const DossierServiceLevelSchema = z.enum(['full-online', 'partly-online', 'none']);

/** The level of online service a dossier was handled at. */
export type DossierServiceLevel = z.infer<typeof DossierServiceLevelSchema>;

/**
 * Where a dossier stands: `in-progress` (đang giải quyết), `completed` (đã giải quyết — the result was
 * issued), `returned` (trả lại — the agency returned it, e.g. not eligible or incomplete, without a
 * result), `cancelled` (rút hồ sơ / dừng xử lý — withdrawn by the applicant or stopped).
 *
 * @example
 * DossierStateSchema.options.length;
 * //=> 4
 */
export const DossierStateSchema = z.enum(['in-progress', 'completed', 'returned', 'cancelled']);

/** Where a dossier stands. */
export type DossierState = z.infer<typeof DossierStateSchema>;

/**
 * A point in time of a dossier, in one of three forms:
 * - an instant: an ISO date-time with an offset, `2025-01-24T16:30:00+07:00` or `…Z`, or a `Date`;
 * - a civil date-time without an offset, `2025-01-24T16:30` (seconds and fractions optional), read as
 *   wall-clock time in the measuring zone (`Asia/Ho_Chi_Minh` by default) — how portals export it;
 * - a civil date `2025-01-24`, when only the day is known.
 *
 * Timeliness is judged by civil day in the zone, so all three give the same answer for the same day.
 * Impossible dates (`2025-02-30`) and times (`25:00`) are rejected where the records are measured.
 *
 * @example
 * DossierTimeSchema.parse('2025-01-24T16:30');
 * //=> '2025-01-24T16:30'
 */
export const DossierTimeSchema = z.union([
  z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})?)?$/, 'an ISO date-time (with or without an offset) or a date YYYY-MM-DD')),
  z.date(),
]);

/** A point in time of a dossier: an instant, a civil date-time, or a civil date. */
export type DossierTime = z.infer<typeof DossierTimeSchema>;

/**
 * One administrative-procedure dossier (hồ sơ thủ tục hành chính) as a public-service portal records
 * it.
 *
 * - `processingDays`: the legal processing time in working days (thời hạn giải quyết), counted from
 *   `receivedAt` as the Civil Code counts periods (see `addWorkingDays`); `0` for "within the day".
 * - `dueDate`: an explicit due day (hạn xử lý, e.g. after a lawful extension); when given it wins
 *   over `processingDays`. At least one of the two is needed to judge timeliness — `measureDossiers`
 *   reports a record with neither.
 * - `completedAt`: when the dossier left processing — the result issued (`completed`), or the dossier
 *   returned or withdrawn (`returned`, `cancelled`; optional for those).
 *
 * @example
 * DossierSchema.parse({
 *   id: 'HS-0001',
 *   unit: 'vp-province-agencies',
 *   procedure: '1.001612',
 *   receivedAt: '2025-01-24T10:00:00+07:00',
 *   channel: 'online',
 *   serviceLevel: 'full-online',
 *   processingDays: 3,
 *   state: 'completed',
 *   completedAt: '2025-02-05T16:00',
 * }).processingDays;
 * //=> 3
 */
export const DossierSchema = strictObjectSchema({
  /** The dossier's code (mã hồ sơ), unique within the input. */
  id: z.string().check(z.minLength(1)),
  /** The unit the dossier is measured for (the same ids as observations and units). */
  unit: z.string().check(z.trim(), z.minLength(1)),
  /** The procedure (thủ tục hành chính), e.g. its code in the national database. */
  procedure: z.string().check(z.minLength(1)),
  receivedAt: DossierTimeSchema,
  channel: DossierChannelSchema,
  serviceLevel: DossierServiceLevelSchema,
  processingDays: z.optional(z.int().check(z.gte(0), z.lte(3650))),
  dueDate: z.optional(IsoDateSchema),
  state: DossierStateSchema,
  completedAt: z.optional(DossierTimeSchema),
});

/** One administrative-procedure dossier, as validated. */
export type Dossier = z.infer<typeof DossierSchema>;

/** One administrative-procedure dossier, as given (before `unit` is trimmed). */
export type DossierInput = z.input<typeof DossierSchema>;
