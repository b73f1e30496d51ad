import type { Catalog } from './catalog';
import type { Measure } from './indicator';
import * as z from 'zod/mini';
import { strictObjectSchema } from '../_shared/strictObjectSchema';
import { HierarchySchema } from './level';
import { ObservationSchema, PeriodSchema } from './observation';
import { KebabIdSchema } from './text';
import { UnitSchema } from './unit';

/**
 * A checked set of units placed in a hierarchy, as `defineUnits` returns it: ids are unique, every
 * level is one of the hierarchy's, every parent is another unit at a strictly higher level, and there
 * is no cycle. Units are ordered by level (highest first), then by id (code points).
 *
 * @example
 * UnitRegistrySchema.parse({
 *   hierarchy: twoTier2025,
 *   units: [{ id: 'tinh', name: 'Tỉnh', level: 'province' }],
 * }).units.length;
 * //=> 1
 */
export const UnitRegistrySchema = z.readonly(strictObjectSchema({
    hierarchy: HierarchySchema,
    units: z.readonly(z.array(UnitSchema)),
  }));

/** A checked set of units placed in a hierarchy. */
export type UnitRegistry = z.infer<typeof UnitRegistrySchema>;

/**
 * How many of the units a parent's figure is made of reported: `expected` is the number of its
 * children (or, rolling up from the leaves, of its descendant leaves), `reported` how many of them
 * contributed a figure.
 *
 * @example
 * CoverageSchema.parse({ reported: 9, expected: 10 });
 * //=> { reported: 9, expected: 10 }
 */
export const CoverageSchema = strictObjectSchema({
  reported: z.int().check(z.gte(0)),
  expected: z.int().check(z.gte(1)),
});

/** How many of the units a parent's figure is made of reported. */
export type Coverage = z.infer<typeof CoverageSchema>;

/**
 * Whether a roll-up gave a figure: `ok`, or `no-data` when too few units reported (below
 * `minCoverage`, or none at all) — never a zero.
 */
export const AggregateStatusSchema = z.enum(['ok', 'no-data']);

/** Whether a roll-up gave a figure. */
export type AggregateStatus = z.infer<typeof AggregateStatusSchema>;

/**
 * One parent unit × indicator × period rolled up from its children (or descendant leaves).
 * `observation` is the rolled-up figure as a normal observation with `source: 'roll-up'` (`null` when
 * `no-data`); `observed` says the parent also has its own observation, which is kept in preference.
 *
 * @example
 * AggregateSchema.parse({
 *   unit: 'd1', level: 'district', indicator: 'work-dossiers-online', period: 2024,
 *   status: 'no-data', coverage: { reported: 1, expected: 2 }, observed: false, observation: null,
 *   children: ['c1'],
 * }).status;
 * //=> 'no-data'
 */
export const AggregateSchema = strictObjectSchema({
  unit: z.string(),
  level: z.string(),
  indicator: KebabIdSchema,
  period: PeriodSchema,
  status: AggregateStatusSchema,
  coverage: CoverageSchema,
  /** Whether the parent has its own observation for this indicator and period (which wins). */
  observed: z.boolean(),
  observation: z.nullable(ObservationSchema),
  /** The ids of the units that contributed, in registry order. */
  children: z.array(z.string()),
});

/** One parent unit × indicator × period rolled up from its children. */
export type Aggregate = z.infer<typeof AggregateSchema>;

/**
 * What `rollUp` returns: the observations given plus one per `ok` aggregate of a parent without its
 * own, and every aggregate computed.
 *
 * @example
 * RollUpResultSchema.parse({ observations: [], aggregates: [] });
 * //=> { observations: [], aggregates: [] }
 */
export const RollUpResultSchema = strictObjectSchema({
  observations: z.array(ObservationSchema),
  aggregates: z.array(AggregateSchema),
});

/** What `rollUp` returns. */
export type RollUpResult = z.infer<typeof RollUpResultSchema>;

/** Options of `rollUp` and `rollUpColumns`. */
export interface RollUpOptions {
  /** Where each indicator's measure is read from. */
  readonly catalog?: Catalog;
  /** Each indicator's measure by id; with `catalog`, adds to it (and must agree with it). */
  readonly measures?: Readonly<Record<string, Measure>>;
  /**
   * The share of a parent's children (or leaves) that must report for its figure to count, in
   * [0, 1]; compared exactly. `1` (every child) by default.
   */
  readonly minCoverage?: number;
  /** `children` (default): level by level; `leaves`: each ancestor straight from its descendant leaves. */
  readonly from?: 'children' | 'leaves';
}
