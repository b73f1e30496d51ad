// Writes the catalog's JSON Schema, converted from the zod schemas (`npm run schema`): the text that
// `catalogJsonSchema()` returns (src/config/_data/catalogJsonSchema.ts) and the shipped file
// schema/catalog.schema.json. test/config/catalogJsonSchema.generated.test.ts checks both are current.
import { mkdirSync, writeFileSync } from 'node:fs';
import { catalogSchemaFiles } from './catalog-schema';

const files = catalogSchemaFiles();
mkdirSync('schema', { recursive: true });
for (const [path, text] of Object.entries(files)) {
  writeFileSync(path, text);
  console.log(`${path} written`);
}
