import { ChisoError, type ChisoIssue } from '../errors';
import { deepFreeze } from '../_shared/deepFreeze';
import { makeIssue } from '../_shared/issue';
import { parseOrThrow } from '../_shared/zod';
import { CatalogSchema, type Catalog } from '../model/catalog';
import { CatalogChangesSchema, type CatalogChanges, type TargetMatch, type TargetPatch } from '../model/changes';
import type { Target } from '../model/target';
import { parseCatalog } from './_internal/parseCatalog';

function matches(match: TargetMatch, indicator: string, target: Target): boolean {
  if (match.indicator !== undefined && match.indicator !== indicator) return false;
  if (match.level !== undefined && (target.level ?? null) !== match.level) return false;
  if (match.by !== undefined && (target.by ?? null) !== match.by) return false;
  if (match.kind !== undefined && target.kind !== match.kind) return false;
  return true;
}

function patch(target: Target, set: TargetPatch): Target {
  const next: Record<string, unknown> = { ...target };
  for (const [key, value] of Object.entries(set)) {
    if (value === null) delete next[key];
    else if (value !== undefined) next[key] = value;
  }
  return next as Target;
}

/**
 * Derives a new catalog from a base: add and remove indicators, rename them, replace or override
 * targets (per level, per deadline), change the plan metadata or the hierarchy. The base is never
 * changed; the result is validated as a whole.
 *
 * Every id named in `remove`, `rename`, `targets` and `override.match.indicator` must exist, and every
 * override must match at least one target, so a typo is an error, not a silent no-op.
 *
 * @param base - the catalog to start from
 * @param changes - what to change (see {@link CatalogChanges})
 * @returns a new, validated catalog, deeply frozen
 * @throws {ChisoError} for an unknown indicator id, an override that matches nothing, an added id
 *   that already exists, or a result that is not a valid catalog (with paths into the result) — a
 *   target whose number was overridden but whose wording still says the old one (`wording_mismatch`)
 *   included: set the new `wording` with the new number
 *
 * @example
 * // Điện Biên wants 80 % level-4 online services where Vĩnh Phúc wants 100 %.
 * const mine = extendCatalog(catalogs.vinhPhuc302, {
 *   id: 'my-province',
 *   override: [{ match: { indicator: 'level-4-online-services', by: '2025-12-31' }, set: { value: 80, wording: '80%' } }],
 * });
 * mine.indicators.find((i) => i.id === 'level-4-online-services')?.targets[0];
 * //=> { kind: 'threshold', op: '>=', value: 80, by: '2025-12-31', wording: '80%', source: { … } }
 */
export function extendCatalog(base: Catalog, changes: CatalogChanges): Catalog {
  const from = parseOrThrow(CatalogSchema, base, ['base']);
  const ch = parseOrThrow(CatalogChangesSchema, changes, ['changes']);
  const issues: ChisoIssue[] = [];
  const unknown = (path: (string | number)[], id: string) =>
    issues.push(makeIssue({ code: 'unknown_indicator', path: ['changes', ...path], indicator: id, field: 'indicator', expected: `an indicator id of catalog "${from.id}"`, received: id }));

  let indicators = structuredClone(from.indicators);
  const has = (id: string) => indicators.some((i) => i.id === id);

  ch.remove?.forEach((id, i) => (has(id) ? undefined : unknown(['remove', i], id)));
  indicators = indicators.filter((i) => !(ch.remove ?? []).includes(i.id));

  ch.add?.forEach((indicator, i) => {
    if (has(indicator.id)) {
      issues.push(makeIssue({ code: 'duplicate_indicator', path: ['changes', 'add', i, 'id'], indicator: indicator.id, field: 'id', expected: 'an indicator id not already in the catalog', received: indicator.id }));
    } else {
      indicators.push(structuredClone(indicator));
    }
  });

  for (const [id, name] of Object.entries(ch.rename ?? {})) {
    const indicator = indicators.find((i) => i.id === id);
    if (indicator === undefined) unknown(['rename', id], id);
    else indicator.name = { ...name };
  }

  for (const [id, targets] of Object.entries(ch.targets ?? {})) {
    const indicator = indicators.find((i) => i.id === id);
    if (indicator === undefined) unknown(['targets', id], id);
    else indicator.targets = structuredClone(targets);
  }

  ch.override?.forEach(({ match, set }, i) => {
    if (match.indicator !== undefined && !has(match.indicator)) {
      unknown(['override', i, 'match', 'indicator'], match.indicator);
      return;
    }
    let count = 0;
    for (const indicator of indicators) {
      indicator.targets = indicator.targets.map((target) => {
        if (!matches(match, indicator.id, target)) return target;
        count += 1;
        return patch(target, set);
      });
    }
    if (count === 0) {
      issues.push(makeIssue({ code: 'no_match', path: ['changes', 'override', i, 'match'], field: 'match', expected: 'a match for at least one target', received: match }));
    }
  });

  if (issues.length > 0) throw new ChisoError(issues);
  const next = {
    ...structuredClone(from),
    ...(ch.id === undefined ? {} : { id: ch.id }),
    ...(ch.plan === undefined ? {} : { plan: structuredClone(ch.plan) }),
    ...(ch.hierarchy === undefined ? {} : { hierarchy: structuredClone(ch.hierarchy) }),
    indicators,
  };
  return deepFreeze(parseCatalog(next, ['result']));
}
