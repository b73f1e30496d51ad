import * as z from 'zod/mini';
import { strictObjectSchema } from '../../_shared/strictObjectSchema';
import { ChisoError, type ChisoIssue } from '../../errors';
import { checkUnits } from './checkUnits';
import { checkZone, civilDate, DEFAULT_ZONE } from '../../_shared/civilDate';
import { makeIssue } from '../../_shared/issue';
import { parseOrThrow } from '../../_shared/zod';
import { CatalogSchema, type Catalog } from '../../model/catalog';
import type { Unit } from '../../model/unit';

const OptionsSchema = strictObjectSchema({
  // Any Date, valid or not: `civilDate` words an invalid one ("Invalid Date"), which zod's `z.date()` cannot.
  asOf: z.union([z.instanceof(Date), z.string()]),
  zone: z.optional(z.string()),
  // Each unit is checked by `checkUnits`, the check `defineUnits` makes, so both word the same issues.
  units: z.optional(z.array(z.unknown())),
  level: z.optional(z.string().check(z.minLength(1))),
});

/** The options `evaluate` and `evaluateColumns` share, as parsed. */
export type EvaluationOptions = Omit<z.infer<typeof OptionsSchema>, 'units'> & { readonly units?: Unit[] };

/** What `evaluate` and `evaluateColumns` start from: the catalog, options and units, checked once. */
export interface EvaluationSetup {
  readonly cat: Catalog;
  readonly opts: EvaluationOptions;
  readonly zone: string;
  /** `asOf` as a civil date in `zone`. */
  readonly asOf: string;
  /** Each level's position in the hierarchy, province first. */
  readonly levelOrder: ReadonlyMap<string, number>;
  /** The units of `options.units` by id. */
  readonly registry: ReadonlyMap<string, Unit>;
  /** The problems found so far (unknown levels, duplicate units, unknown parents); the caller adds its own and throws. */
  readonly issues: ChisoIssue[];
}

/**
 * Parses the catalog and options of an evaluation and checks `options.level` and `options.units`
 * (with `checkUnits`, as `defineUnits` does against the catalog's hierarchy: unique ids, known levels,
 * parents that exist at a strictly higher level, no cycle). Problems with the catalog, the shape of
 * the options or of a unit throw at once; the others are collected so the caller reports them with
 * its own.
 */
export function setUpEvaluation(catalog: Catalog, options: unknown): EvaluationSetup {
  const cat = parseOrThrow(CatalogSchema, catalog, ['catalog']);
  const parsed = parseOrThrow(OptionsSchema, options, ['options']);
  const zone = parsed.zone === undefined ? DEFAULT_ZONE : checkZone(parsed.zone, ['options', 'zone']);
  const asOf = civilDate(parsed.asOf, zone, ['options', 'asOf']);
  const issues: ChisoIssue[] = [];
  const levelOrder = new Map(cat.hierarchy.levels.map((l, i) => [l.id, i]));
  const levelList = cat.hierarchy.levels.map((l) => JSON.stringify(l.id)).join(', ');
  if (parsed.level !== undefined && !levelOrder.has(parsed.level)) {
    issues.push(makeIssue({ code: 'unknown_level', path: ['options', 'level'], field: 'level', expected: `one of the catalog's levels (${levelList})`, received: parsed.level }));
  }
  let units: Unit[] | undefined;
  if (parsed.units !== undefined) {
    const checked = checkUnits(parsed.units, cat.hierarchy, ['options', 'units']);
    if (checked.shapeIssues.length > 0) throw new ChisoError(checked.shapeIssues);
    issues.push(...checked.issues);
    units = checked.units;
  }
  const registry = new Map<string, Unit>();
  for (const unit of units ?? []) registry.set(unit.id, unit);
  const { units: _raw, ...rest } = parsed;
  const opts: EvaluationOptions = units === undefined ? rest : { ...rest, units };
  return { cat, opts, zone, asOf, levelOrder, registry, issues };
}
