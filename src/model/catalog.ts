import * as z from 'zod/mini';
import { strictObjectSchema } from '../_shared/strictObjectSchema';
import { IndicatorSchema, type Measure } from './indicator';
import type { TargetKind } from './target';
import { HierarchySchema, type Hierarchy } from './level';
import { hierarchies } from './hierarchies';
import { targetBoundProblems } from './targetBounds';
import { checkFirstUse } from './_internal/firstUse';
import { IsoDateSchema, KebabIdSchema, TextSchema } from './text';

/**
 * A plan document: who issued it, its number, date and title.
 *
 * @example
 * PlanSchema.parse({
 *   issuer: { vi: 'UBND tỉnh Vĩnh Phúc', en: 'Vĩnh Phúc Provincial People’s Committee' },
 *   number: '302/KH-UBND',
 *   date: '2021-12-08',
 *   title: { vi: 'Kế hoạch chuyển đổi số…', en: 'Digital-transformation plan…' },
 * }).number;
 * //=> '302/KH-UBND'
 */
export const PlanSchema = strictObjectSchema({
  issuer: TextSchema,
  /** The document number (`302/KH-UBND`); omitted only when the source does not give it. */
  number: z.optional(z.string().check(z.minLength(1))),
  /** The date of issue; omitted only when the source does not give it. */
  date: z.optional(IsoDateSchema),
  title: TextSchema,
  /** Where the plan was read from, when it is a secondary source (a news item, a portal page). */
  via: z.optional(z.string().check(z.minLength(1))),
});

/** A plan document. */
export type Plan = z.infer<typeof PlanSchema>;

/**
 * The names a catalog file may give instead of writing a hierarchy out: the name of the preset in
 * `hierarchies` (`twoTier2025`) or its id (`two-tier-2025`).
 */
const HIERARCHY_PRESET_NAMES = ['twoTier2025', 'threeTier2021', 'two-tier-2025', 'three-tier-2021'] as const;

// A catalog's hierarchy: written out, or a built-in preset by name (`"hierarchy": "twoTier2025"`),
// which becomes that preset. Not exported: the catalog is where a name is read.
const CatalogHierarchySchema = z.union([
  HierarchySchema,
  z.pipe(
    z.enum(HIERARCHY_PRESET_NAMES),
    z.transform((name): Hierarchy => (name === 'twoTier2025' || name === 'two-tier-2025' ? hierarchies.twoTier2025 : hierarchies.threeTier2021)),
  ),
]);

/** The level a target names when a newcomer writes the Vietnamese name of a tier (`"xã"`, `"Cấp xã"`). */
function levelByName(levels: readonly { id: string; name: { vi: string } }[], written: string): string | undefined {
  const bare = (text: string): string => text.normalize('NFC').trim().toLowerCase().replace(/^cấp\s+/u, '');
  return levels.find((level) => bare(level.name.vi) === bare(written))?.id;
}

/**
 * Which target kinds fit which measure: a rank target on a percent indicator is a mistake in a config.
 */
export const TARGET_KINDS_BY_MEASURE: Readonly<Record<Measure, readonly TargetKind[]>> = {
  percent: ['threshold', 'range', 'qualitative'],
  count: ['threshold', 'range', 'qualitative'],
  money: ['threshold', 'range', 'qualitative'],
  'grdp-share': ['threshold', 'range', 'qualitative'],
  'percent-change': ['change', 'growth', 'threshold', 'range', 'qualitative'],
  rank: ['rank', 'qualitative'],
  done: ['done', 'qualitative'],
};

/**
 * A catalog: a plan (and any documents that add to it), the hierarchy its levels come from, and its
 * indicators with their targets. Indicator ids are unique, every target's level exists in the
 * hierarchy, every target kind fits its indicator's measure and every target's numbers lie within
 * the measure's bounds (see `targetBoundProblems`).
 *
 * @example
 * CatalogSchema.parse(catalogs.vinhPhuc302).plan.number;
 * //=> '302/KH-UBND'
 */
export const CatalogSchema = strictObjectSchema({
    /** The JSON Schema the file follows, for editors (`chiso/schema/catalog.schema.json`); ignored. */
    $schema: z.optional(z.string()),
    id: KebabIdSchema,
    plan: PlanSchema,
    /** Further documents whose targets the catalog includes (e.g. a directive). */
    related: z.optional(z.array(PlanSchema)),
    /** The levels targets are set for: a hierarchy, or a preset's name (`"twoTier2025"`). */
    hierarchy: CatalogHierarchySchema,
    indicators: z.array(IndicatorSchema),
  }).check(z.superRefine((catalog, ctx) => {
    const levels = new Set(catalog.hierarchy.levels.map((l) => l.id));
    const levelList = [...levels].join(', ');
    const ids = new Set<string>();
    catalog.indicators.forEach((indicator, i) => {
      checkFirstUse(ids, indicator.id, ctx, ['indicators', i, 'id'], 'an indicator id not used before in this catalog', indicator.id);
      const allowed = TARGET_KINDS_BY_MEASURE[indicator.measure];
      indicator.targets.forEach((target, j) => {
        if (!allowed.includes(target.kind)) {
          ctx.addIssue({
            code: 'custom',
            path: ['indicators', i, 'targets', j, 'kind'],
            message: `a target kind that fits a ${indicator.measure} indicator (${allowed.join(', ')})`,
            input: target.kind,
          });
        }
        for (const problem of targetBoundProblems(indicator.measure, target)) {
          ctx.addIssue({ code: 'custom', params: { code: 'out_of_bounds' }, path: ['indicators', i, 'targets', j, problem.field], message: problem.expected, input: problem.received });
        }
        if (target.level !== undefined && !levels.has(target.level)) {
          const named = levelByName(catalog.hierarchy.levels, target.level);
          ctx.addIssue({
            code: 'custom',
            path: ['indicators', i, 'targets', j, 'level'],
            message: `one of the hierarchy's levels (${levelList})${named === undefined ? '' : ` (write "${named}" for "${target.level}")`}`,
            input: target.level,
          });
        }
      });
    });
  }));

/** A catalog of indicators and targets. */
export type Catalog = z.infer<typeof CatalogSchema>;
/** What a catalog is written as (before defaults): the JSON shape. */
export type CatalogInput = z.input<typeof CatalogSchema>;
