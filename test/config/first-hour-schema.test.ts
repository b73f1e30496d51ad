// @zone-independent: walks the generated JSON Schema; no dates are read.
// Every property of the catalog JSON Schema carries help text in Vietnamese and English (the first
// line Vietnamese, the second English), and the runtime zod schemas carry none (their text would
// land in every portal's bundle).
import { describe, expect, it } from 'vitest';
import { catalogJsonSchema } from '../../src/config/catalogJsonSchema';
import { CatalogSchema } from '../../src/model/catalog';
import * as z from 'zod/mini';

type Node = Record<string, unknown>;
function properties(node: unknown, path: string, out: [string, Node][] = []): [string, Node][] {
  if (node === null || typeof node !== 'object') return out;
  const n = node as Node;
  for (const [k, v] of Object.entries((n['properties'] ?? {}) as Record<string, Node>)) {
    out.push([`${path}.${k}`, v]);
    properties(v, `${path}.${k}`, out);
  }
  for (const key of ['items', 'anyOf', 'oneOf', 'allOf']) {
    const sub = n[key];
    for (const s of Array.isArray(sub) ? sub : [sub]) properties(s, path, out);
  }
  return out;
}

describe('catalog JSON Schema descriptions', () => {
  const all = properties(catalogJsonSchema(), 'catalog');

  it('walks the whole schema (every field of a catalog, the seven target kinds included)', () => {
    const paths = new Set(all.map(([p]) => p));
    for (const p of ['catalog.plan.issuer.vi', 'catalog.hierarchy.levels.name.en', 'catalog.indicators.targets.top', 'catalog.indicators.targets.per', 'catalog.indicators.method.exclusions.vi', 'catalog.related.via']) {
      expect(paths.has(p), p).toBe(true);
    }
    expect(all.length).toBeGreaterThan(80);
  });

  it('every property has a description: a Vietnamese line, then an English one', () => {
    for (const [path, node] of all) {
      const text = node['description'];
      expect(typeof text, path).toBe('string');
      const lines = (text as string).split('\n');
      expect(lines, path).toHaveLength(2);
      const [vi, en] = lines as [string, string];
      expect(vi.length, path).toBeGreaterThan(5);
      expect(en.length, path).toBeGreaterThan(5);
      expect(vi, path).not.toBe(en);
      // Vietnamese text has its diacritics; the English line is plain ASCII but for names and signs.
      expect(vi, path).toMatch(/[àáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ]/iu);
    }
  });

  it('names the accepted hierarchy presets and the level field in its own words', () => {
    const hierarchy = all.find(([p]) => p === 'catalog.hierarchy')![1];
    expect(hierarchy['description']).toContain('"twoTier2025"');
    expect(JSON.stringify(hierarchy['anyOf'])).toContain('"twoTier2025"');
  });

  it('the runtime schemas carry no description', () => {
    const described = JSON.stringify(z.toJSONSchema(CatalogSchema, { io: 'input' }));
    expect(described).not.toContain('"description"');
  });
});
