import { CATALOG_JSON_SCHEMA } from './_data/catalogJsonSchema';

/**
 * The JSON Schema (draft 2020-12) of a catalog file, generated from the zod schemas, so a system
 * not written in TypeScript can validate a province's config. The package also ships it as
 * `chiso/schema/catalog.schema.json`.
 *
 * Every field carries a `description` in Vietnamese, then English (one line each), for an editor
 * to show; the runtime schemas carry none, so they add nothing to a portal's bundle.
 *
 * The schema is converted from the zod schemas by zod's `toJSONSchema` when the package is built
 * (`npm run schema`; a test fails when the shipped text and the schemas disagree) and shipped as
 * text: a portal does not carry the converter. Each call returns a new object, free to change.
 *
 * Cross-field rules (unique indicator ids, target levels in the hierarchy, target kinds that fit the
 * measure) cannot be expressed in JSON Schema; `loadCatalog` (from `chiso`) checks them.
 *
 * @returns a JSON Schema object
 * @throws never
 *
 * @example
 * catalogJsonSchema().$schema;
 * //=> 'https://json-schema.org/draft/2020-12/schema'
 */
export function catalogJsonSchema(): Record<string, unknown> {
  return JSON.parse(CATALOG_JSON_SCHEMA) as Record<string, unknown>;
}
