// `npm run lunar:generate`: writes src/time/_data/lunarYears.ts, the lunar calendar as a table, from
// the astronomy of src/time/_internal/lunar.ts (the text is made by test/tools/lunar-table.ts).
import { writeFileSync } from 'node:fs';
import { lunarTableText, OUTPUT } from './lunar-table';

const text = lunarTableText();
writeFileSync(OUTPUT, text);
console.log(`wrote ${OUTPUT} (${text.length} characters)`);
