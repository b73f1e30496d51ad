import * as z from 'zod/mini';
import { strictObjectSchema } from '../_shared/strictObjectSchema';
import { IsoDateSchema, KebabIdSchema, TextSchema } from './text';
import { SourceSchema } from './source';
import { TargetSchema } from './target';

/**
 * The pillars of a digital-transformation plan: digital government (chính quyền số), digital economy
 * (kinh tế số), digital society (xã hội số), smart-city services (dịch vụ đô thị thông minh) and the
 * foundations every plan shares (awareness, institutions, infrastructure, platforms, security, people).
 */
export const PillarSchema = z.enum(['digital-government', 'digital-economy', 'digital-society', 'smart-city', 'foundations']);

/** A pillar of a digital-transformation plan. */
export type Pillar = z.infer<typeof PillarSchema>;

/**
 * What an indicator's value is:
 * - `percent`: a share 0–100 (observed as a value or as numerator and denominator);
 * - `count`: a whole number of things (enterprises, households), ≥ 0;
 * - `money`: an amount in VND;
 * - `grdp-share`: a share of GRDP in percent 0–100;
 * - `percent-change`: a signed relative change in percent (a reduction is negative), or a growth rate;
 * - `rank`: a position in a ranking, 1 is best;
 * - `done`: done or not done.
 */
export const MeasureSchema = z.enum(['percent', 'count', 'money', 'grdp-share', 'percent-change', 'rank', 'done']);

/** What an indicator's value is. */
export type Measure = z.infer<typeof MeasureSchema>;

/**
 * How a value is computed: what is counted, out of what, and what is left out of the denominator
 * (e.g. "trừ hồ sơ công việc thuộc phạm vi bí mật nhà nước").
 */
export const MethodSchema = strictObjectSchema({
  numerator: z.optional(TextSchema),
  denominator: z.optional(TextSchema),
  exclusions: z.optional(z.array(TextSchema)),
  note: z.optional(TextSchema),
});

/** How a value is computed. */
export type Method = z.infer<typeof MethodSchema>;

/**
 * An indicator (chỉ tiêu): what is measured, how, who leads it, where it comes from, and its targets.
 *
 * @example
 * IndicatorSchema.parse({
 *   id: 'digital-tech-enterprises',
 *   name: { vi: 'Số doanh nghiệp công nghệ số', en: 'Digital-technology enterprises' },
 *   pillar: 'digital-economy',
 *   measure: 'count',
 *   source: { document: '302/KH-UBND', date: '2021-12-08', section: 'II.2.2' },
 *   targets: [{ kind: 'threshold', op: '>=', value: 300, by: '2025-12-31', wording: 'tối thiểu có 300' }],
 * }).targets.map((t) => (t.kind === 'threshold' ? t.value : t.kind));
 * //=> [300]
 */
export const IndicatorSchema = strictObjectSchema({
  id: KebabIdSchema,
  name: TextSchema,
  /** Which pillar of the plan the indicator belongs to; left out, it is not classified. */
  pillar: z.optional(PillarSchema),
  measure: MeasureSchema,
  method: z.optional(MethodSchema),
  leadAgency: z.optional(z.string().check(z.minLength(1))),
  coAgencies: z.optional(z.array(z.string().check(z.minLength(1)))),
  /** Where the indicator is written; left out, it is cited to the catalog's plan as a whole. */
  source: z.optional(SourceSchema),
  targets: z.array(TargetSchema),
});

/** An indicator and its targets. */
export type Indicator = z.infer<typeof IndicatorSchema>;
