// Writes schema/catalog.schema.json from the zod schemas (`npm run schema`); a test checks it is current.
import { mkdirSync, writeFileSync } from 'node:fs';
import { catalogJsonSchema } from '../../src/config/catalogJsonSchema';

mkdirSync('schema', { recursive: true });
writeFileSync('schema/catalog.schema.json', `${JSON.stringify(catalogJsonSchema(), null, 2)}\n`);
console.log('schema/catalog.schema.json written');
