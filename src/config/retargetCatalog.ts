import * as z from 'zod/mini';
import { ChisoError, type ChisoIssue } from '../errors';
import { deepFreeze } from '../_shared/deepFreeze';
import { makeIssue } from '../_shared/issue';
import { parseOrThrow } from '../_shared/zod';
import { CatalogSchema, type Catalog } from '../model/catalog';
import { HierarchySchema, type Hierarchy } from '../model/level';
import { parseCatalog } from './_internal/parseCatalog';

/** What happened to one level-specific target when a catalog moved to another hierarchy. */
export interface RetargetStep {
  readonly indicator: string;
  /** Index of the target in the indicator's targets of the original catalog. */
  readonly targetIndex: number;
  readonly from: string;
  /** The new level, or `null` when the target was dropped. */
  readonly to: string | null;
  readonly action: 'kept' | 'mapped' | 'dropped';
}

/** Options of {@link retargetCatalog}. */
export interface RetargetOptions {
  /**
   * What to do when mapping puts two targets of one indicator with the same deadline on one level
   * (e.g. district 80 % mapped onto commune, where commune already has 60 %): `'error'` (default)
   * or `'keep-both'` (both are evaluated).
   */
  readonly conflicts?: 'error' | 'keep-both';
}

const MappingSchema = z.record(z.string().check(z.minLength(1)), z.nullable(z.string().check(z.minLength(1))));

/**
 * Moves a catalog onto another hierarchy — typically a 2021 three-tier plan onto the two-tier system
 * in force since 2025-07-01 — explicitly, and reports what it did to every level-specific target.
 *
 * Each level used by a target must either exist in the new hierarchy (kept as is, unless mapped) or
 * be named in `mapping`: a new level id, or `null` to drop those targets. Targets without a level are
 * untouched.
 *
 * @param catalog - the catalog to move
 * @param hierarchy - the new hierarchy
 * @param mapping - old level id → new level id, or `null` to drop, e.g. `{ district: null }`
 * @param options - how to treat two targets that land on one level with one deadline
 * @returns `{ catalog, steps }`: the new catalog (validated, deeply frozen) and one step per
 *   level-specific target
 * @throws {ChisoError} for a catalog that `defineCatalog` would refuse (paths under `catalog`),
 *   a level with no place in the new hierarchy and no mapping, a mapping onto a level the new
 *   hierarchy does not have, or (by default) a conflict
 *
 * @example
 * const { catalog, steps } = retargetCatalog(catalogs.vinhPhuc302, hierarchies.twoTier2025, { district: null });
 * steps.filter((s) => s.action === 'dropped').map((s) => s.indicator);
 * //=> ['work-dossiers-online', 'work-dossiers-online']
 */
export function retargetCatalog(
  catalog: Catalog,
  hierarchy: Hierarchy,
  mapping: Readonly<Record<string, string | null>>,
  options: RetargetOptions = {},
): { catalog: Catalog; steps: RetargetStep[] } {
  // Checked as defineCatalog checks it (wordings too): moving levels changes no number, so the result agrees.
  const from = parseCatalog(catalog, ['catalog']);
  const to = parseOrThrow(HierarchySchema, hierarchy, ['hierarchy']);
  const map = parseOrThrow(MappingSchema, mapping, ['mapping']);
  const conflicts = parseOrThrow(z.optional(z.enum(['error', 'keep-both'])), options.conflicts, ['options', 'conflicts']) ?? 'error';
  const newLevels = new Set(to.levels.map((l) => l.id));
  const newList = to.levels.map((l) => l.id).join(', ');
  const issues: ChisoIssue[] = [];

  for (const [old, target] of Object.entries(map)) {
    if (target !== null && !newLevels.has(target)) {
      issues.push(makeIssue({ code: 'unknown_level', path: ['mapping', old], field: old, expected: `a level of hierarchy "${to.id}" (${newList}) or null`, received: target }));
    }
  }
  const steps: RetargetStep[] = [];
  const indicators = from.indicators.map((indicator) => {
    const targets = [];
    const seen = new Set<string>();
    for (const [targetIndex, target] of indicator.targets.entries()) {
      if (target.level === undefined) {
        targets.push(target);
        continue;
      }
      const mapped = Object.hasOwn(map, target.level) ? map[target.level] : undefined;
      let level: string | null;
      if (mapped !== undefined) level = mapped;
      else if (newLevels.has(target.level)) level = target.level;
      else {
        issues.push(makeIssue({ code: 'unmapped_level', path: ['mapping', target.level], field: target.level, expected: `a mapping for level "${target.level}" (it is not in hierarchy "${to.id}": ${newList}) — a level id or null`, received: undefined }));
        continue;
      }
      const action = level === null ? 'dropped' : level === target.level ? 'kept' : 'mapped';
      steps.push({ indicator: indicator.id, targetIndex, from: target.level, to: level, action });
      if (level === null) continue;
      targets.push({ ...target, level });
    }
    for (const target of targets) {
      const key = `${target.level ?? ''}|${target.by ?? ''}`;
      if (target.level !== undefined && seen.has(key) && conflicts === 'error') {
        issues.push(makeIssue({ code: 'conflict', path: ['mapping'], indicator: indicator.id, field: 'level', expected: `one target per level and deadline for "${indicator.id}" (pass { conflicts: 'keep-both' } to keep both)`, received: `two targets at level ${target.level} by ${target.by ?? 'no deadline'}` }));
      }
      seen.add(key);
    }
    return { ...indicator, targets };
  });
  if (issues.length > 0) {
    // One issue per unmapped level is enough: the same level recurs on many targets.
    const key = (issue: ChisoIssue) => (issue.code === 'unmapped_level' ? `unmapped|${issue.field}` : issue.message);
    const unique = issues.filter((issue, i) => issues.findIndex((o) => key(o) === key(issue)) === i);
    throw new ChisoError(unique);
  }
  const result = parseOrThrow(CatalogSchema, { ...structuredClone(from), hierarchy: structuredClone(to), indicators: structuredClone(indicators) }, ['result']);
  return { catalog: deepFreeze(result), steps };
}
