import * as z from 'zod/mini';
import { CatalogSchema } from '../model/catalog';

/**
 * The JSON Schema (draft 2020-12) of a catalog file, generated from the zod schemas, so a system
 * not written in TypeScript can validate a province's config. The package also ships it as
 * `chiso/schema/catalog.schema.json`.
 *
 * Cross-field rules (unique indicator ids, target levels in the hierarchy, target kinds that fit the
 * measure) cannot be expressed in JSON Schema; {@link loadCatalog} checks them.
 *
 * @returns a JSON Schema object
 * @throws never
 *
 * @example
 * catalogJsonSchema().$schema;
 * //=> 'https://json-schema.org/draft/2020-12/schema'
 */
export function catalogJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(CatalogSchema, { target: 'draft-2020-12', io: 'input' });
  return {
    ...schema,
    $id: 'https://unpkg.com/chiso/schema/catalog.schema.json',
    title: 'chiso catalog',
    description: 'A digital-transformation plan as indicators and targets (chiso).',
  };
}
