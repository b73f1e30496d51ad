import { z } from 'zod';
import type { ChisoIssue } from '../errors';
import { checkZone, civilDate, DEFAULT_ZONE } from './civilDate';
import { makeIssue } from './issue';
import { parseOrThrow } from './zod';
import { CatalogSchema, type Catalog } from '../model/catalog';
import { UnitSchema, type Unit } from '../model/unit';

const OptionsSchema = z.strictObject({
  asOf: z.union([z.date(), z.string()]),
  zone: z.string().optional(),
  units: z.array(UnitSchema).optional(),
  level: z.string().min(1).optional(),
});

/** The options `evaluate` and `evaluateColumns` share, as parsed. */
export type EvaluationOptions = z.infer<typeof OptionsSchema>;

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
 * (unique ids, known levels, parents that exist). Problems with the catalog or the shape of the
 * options throw at once; the others are collected so the caller reports them with its own.
 */
export function setUpEvaluation(catalog: Catalog, options: unknown): EvaluationSetup {
  const cat = parseOrThrow(CatalogSchema, catalog, ['catalog']);
  const opts = parseOrThrow(OptionsSchema, options, ['options']);
  const zone = opts.zone === undefined ? DEFAULT_ZONE : checkZone(opts.zone, ['options', 'zone']);
  const asOf = civilDate(opts.asOf, zone, ['options', 'asOf']);
  const issues: ChisoIssue[] = [];
  const levelOrder = new Map(cat.hierarchy.levels.map((l, i) => [l.id, i]));
  const levelList = cat.hierarchy.levels.map((l) => JSON.stringify(l.id)).join(', ');
  if (opts.level !== undefined && !levelOrder.has(opts.level)) {
    issues.push(makeIssue({ code: 'unknown_level', path: ['options', 'level'], field: 'level', expected: `one of the catalog's levels (${levelList})`, received: opts.level }));
  }
  const registry = new Map<string, Unit>();
  opts.units?.forEach((unit, i) => {
    if (registry.has(unit.id)) {
      issues.push(makeIssue({ code: 'duplicate_unit', path: ['options', 'units', i, 'id'], field: 'id', unit: unit.id, expected: 'a unit id not used before', received: unit.id }));
    }
    registry.set(unit.id, unit);
    if (!levelOrder.has(unit.level)) {
      issues.push(makeIssue({ code: 'unknown_level', path: ['options', 'units', i, 'level'], field: 'level', unit: unit.id, expected: `one of the catalog's levels (${levelList})`, received: unit.level }));
    }
  });
  opts.units?.forEach((unit, i) => {
    if (unit.parent !== undefined && !registry.has(unit.parent)) {
      issues.push(makeIssue({ code: 'unknown_unit', path: ['options', 'units', i, 'parent'], field: 'parent', unit: unit.id, expected: 'the id of another unit in `units`', received: unit.parent }));
    }
  });
  return { cat, opts, zone, asOf, levelOrder, registry, issues };
}
