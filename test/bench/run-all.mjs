// `npm run bench`: runs every benchmark in test/bench/ (each `*.bench.ts`), one after another, each in
// its own Node process with tsx (and --expose-gc, which the heap figures use). Known ones first
// (rank, score, national, dossiers), then any other in name order. Each prints its own figures and its ratios to a baseline measured in the same run.
// `npm run bench -- national` runs only the benchmarks whose file name contains one of the words given.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const first = ['rank', 'score', 'national', 'dossiers'];
const position = (file) => {
  const i = first.indexOf(file.replace(/\.bench\.ts$/, ''));
  return i === -1 ? first.length : i;
};
const only = process.argv.slice(2);
const files = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => only.length === 0 || only.some((w) => f.includes(w)))
  .sort((a, b) => position(a) - position(b) || (a < b ? -1 : a > b ? 1 : 0));
if (files.length === 0) {
  console.error(`no benchmark in ${here} matches ${only.join(', ')}`);
  process.exit(1);
}
const failed = [];
for (const file of files) {
  console.log(`\n=== ${file} ===`);
  const started = performance.now();
  const run = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', join(here, file)], { stdio: 'inherit' });
  console.log(`=== ${file}: ${run.status === 0 ? 'done' : `failed (${run.status ?? run.signal})`} in ${((performance.now() - started) / 1000).toFixed(0)} s ===`);
  if (run.status !== 0) failed.push(file);
}
if (failed.length > 0) {
  console.error(`\nfailed: ${failed.join(', ')}`);
  process.exit(1);
}
