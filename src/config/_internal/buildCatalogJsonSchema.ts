import * as z from 'zod/mini';
import { CatalogSchema } from '../../model/catalog';
import { catalogFieldDescription } from './catalogDescriptions';

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
 * The JSON Schema of a catalog file, converted from the zod schemas by zod's own `toJSONSchema`, with
 * every field's vi/en description. Run at generation time only (`npm run schema` writes its output to
 * `src/config/_data/catalogJsonSchema.ts` and `schema/catalog.schema.json`): the conversion and the
 * description table cost a portal about 10 KB gzipped, the text they produce about 5 KB.
 */
export function buildCatalogJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(CatalogSchema, { target: 'draft-2020-12', io: 'input' }) as JsonSchemaNode;
  describe(schema, 'catalog');
  return {
    ...schema,
    $id: 'https://unpkg.com/chiso/schema/catalog.schema.json',
    title: 'chiso catalog',
    description: 'Kế hoạch chuyển đổi số dưới dạng chỉ tiêu và mục tiêu (chiso).\nA digital-transformation plan as indicators and targets (chiso).',
  };
}
