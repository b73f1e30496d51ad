import { createHash } from 'node:crypto';
import type { Catalog } from '../../index';

/** JSON with object keys in order, so the same catalog always gives the same text. */
function stable(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stable).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    return `{${Object.keys(value)
      .filter((k) => k !== '$schema' && (value as Record<string, unknown>)[k] !== undefined)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${stable((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * A catalog's version as a template records it: the first 12 hex digits of the SHA-256 of its
 * content (keys in order, `$schema` left out). A catalog has no version field of its own; any change
 * to a target, a level or an indicator gives another version, so a template filled for last year's
 * targets is refused, never silently read against new ones.
 *
 * @param catalog - the catalog
 * @returns the version, 12 hex digits
 * @throws never
 *
 * @example
 * catalogVersion(catalogs.vinhPhuc302) === catalogVersion(structuredClone(catalogs.vinhPhuc302));
 * //=> true
 * /^[0-9a-f]{12}$/.test(catalogVersion(catalogs.vinhPhuc302));
 * //=> true
 */
export function catalogVersion(catalog: Catalog): string {
  return createHash('sha256').update(stable(catalog)).digest('hex').slice(0, 12);
}
