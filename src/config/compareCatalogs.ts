import { parseOrThrow } from '../_shared/zod';
import { CatalogSchema, type Catalog } from '../model/catalog';
import type { Indicator } from '../model/indicator';

/** One indicator both catalogs have, with both plans' targets side by side. */
export interface SharedIndicator {
  readonly id: string;
  readonly a: Indicator;
  readonly b: Indicator;
  /** Whether both define the indicator with the same measure (a shared id should). */
  readonly sameMeasure: boolean;
}

/** The result of {@link compareCatalogs}. */
export interface CatalogComparison {
  readonly a: string;
  readonly b: string;
  /** In the order of catalog `a`. */
  readonly shared: readonly SharedIndicator[];
  readonly onlyA: readonly string[];
  readonly onlyB: readonly string[];
}

/**
 * Compares two catalogs: the indicators they share (same id), with both plans' targets side by
 * side, and the indicators only one of them has. Indicators that mean the same thing share one id
 * across the built-in plans, so the same observations can be evaluated against either.
 *
 * @param a - the first catalog
 * @param b - the second catalog
 * @returns `{ shared, onlyA, onlyB }`
 * @throws {ChisoError} when either catalog is invalid
 *
 * @example
 * const c = compareCatalogs(catalogs.vinhPhuc302, catalogs.dienBien);
 * const l4 = c.shared.find((s) => s.id === 'level-4-online-services');
 * const value = (t: Target | undefined) => (t?.kind === 'threshold' ? t.value : undefined);
 * [value(l4?.a.targets[0]), value(l4?.b.targets[0])];
 * //=> [100, 80]
 */
export function compareCatalogs(a: Catalog, b: Catalog): CatalogComparison {
  const left = parseOrThrow(CatalogSchema, a, ['a']);
  const right = parseOrThrow(CatalogSchema, b, ['b']);
  const inB = new Map(right.indicators.map((i) => [i.id, i]));
  const inA = new Set(left.indicators.map((i) => i.id));
  const shared: SharedIndicator[] = [];
  const onlyA: string[] = [];
  for (const indicator of left.indicators) {
    const other = inB.get(indicator.id);
    if (other === undefined) onlyA.push(indicator.id);
    else shared.push({ id: indicator.id, a: indicator, b: other, sameMeasure: indicator.measure === other.measure });
  }
  const onlyB = right.indicators.filter((i) => !inA.has(i.id)).map((i) => i.id);
  return { a: left.id, b: right.id, shared, onlyA, onlyB };
}
