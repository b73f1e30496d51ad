// @zone-independent: compares generated text with the zod schemas' conversion; no dates.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { catalogJsonSchema } from '../../src/config/catalogJsonSchema';
import { buildCatalogJsonSchema } from '../../src/config/_internal/buildCatalogJsonSchema';
import { CatalogSchema } from '../../src/model/catalog';
import { catalogSchemaFiles } from '../tools/catalog-schema';

const root = fileURLToPath(new URL('../..', import.meta.url));

describe('catalogJsonSchema: shipped as text generated from the zod schemas', () => {
  it('the committed module and schema file are byte for byte what `npm run schema` writes now', () => {
    for (const [path, text] of Object.entries(catalogSchemaFiles())) {
      expect(readFileSync(`${root}${path}`, 'utf8'), `${path} is stale: run \`npm run schema\``).toBe(text);
    }
  });

  it('returns what zod converts from CatalogSchema at this moment, with the descriptions', () => {
    const shipped = catalogJsonSchema();
    expect(shipped).toEqual(buildCatalogJsonSchema());
    // The conversion itself, without chiso's descriptions and header, is zod's own output: the shipped
    // schema differs from it only by `description` fields and the three header keys.
    const strip = (node: unknown): unknown => {
      if (Array.isArray(node)) return node.map(strip);
      if (node === null || typeof node !== 'object') return node;
      return Object.fromEntries(Object.entries(node).filter(([k]) => k !== 'description').map(([k, v]) => [k, strip(v)]));
    };
    const { $id, title, ...rest } = shipped;
    expect([$id, title]).toEqual(['https://unpkg.com/chiso/schema/catalog.schema.json', 'chiso catalog']);
    expect(strip(rest)).toEqual(strip(z.toJSONSchema(CatalogSchema, { target: 'draft-2020-12', io: 'input' })));
  });

  it('gives a new object on every call: changing one does not change the next', () => {
    const first = catalogJsonSchema();
    (first['properties'] as Record<string, unknown>)['indicators'] = 'changed';
    first['title'] = 'changed';
    const second = catalogJsonSchema();
    expect(second['title']).toBe('chiso catalog');
    expect((second['properties'] as Record<string, unknown>)['indicators']).toMatchObject({ type: 'array' });
  });
});
