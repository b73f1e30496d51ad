import * as z from 'zod/mini';
import { CatalogSchema } from '../model/catalog';
import { catalogFieldDescription } from './_internal/catalogDescriptions';

type JsonSchemaNode = Record<string, unknown>;

// Gives every property its help text, found by the property that holds it; the sub-schemas of a
// property (list items, the options of a union) are walked with the same holder.
function describe(node: unknown, parent: string): void {
  if (node === null || typeof node !== 'object') return;
  const schema = node as JsonSchemaNode;
  const properties = schema['properties'] as Record<string, JsonSchemaNode> | undefined;
  if (properties !== undefined) {
    for (const [field, property] of Object.entries(properties)) {
      const text = catalogFieldDescription(parent, field);
      if (text !== undefined) property['description'] = `${text.vi}\n${text.en}`;
      describe(property, field);
    }
  }
  for (const key of ['items', 'anyOf', 'oneOf', 'allOf']) {
    const sub = schema[key];
    if (Array.isArray(sub)) for (const s of sub) describe(s, parent);
    else describe(sub, parent);
  }
}

/**
 * The JSON Schema (draft 2020-12) of a catalog file, generated from the zod schemas, so a system
 * not written in TypeScript can validate a province's config. The package also ships it as
 * `chiso/schema/catalog.schema.json`.
 *
 * Every field carries a `description` in Vietnamese, then English (one line each), for an editor
 * to show; the runtime schemas carry none, so they add nothing to a portal's bundle.
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
  const schema = z.toJSONSchema(CatalogSchema, { target: 'draft-2020-12', io: 'input' }) as JsonSchemaNode;
  describe(schema, 'catalog');
  return {
    ...schema,
    $id: 'https://unpkg.com/chiso/schema/catalog.schema.json',
    title: 'chiso catalog',
    description: 'Kế hoạch chuyển đổi số dưới dạng chỉ tiêu và mục tiêu (chiso).\nA digital-transformation plan as indicators and targets (chiso).',
  };
}
