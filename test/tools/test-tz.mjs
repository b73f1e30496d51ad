// Runs the vitest suite once per host time zone: results must not depend on the host's zone.
// Prints one closing line with the totals over all runs.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const zones = ['UTC', 'Asia/Ho_Chi_Minh', 'America/Los_Angeles'];
const dir = mkdtempSync(join(tmpdir(), 'chiso-vitest-'));
let passed = 0;
let failed = 0;
let skipped = 0;
for (const zone of zones) {
  console.log(`\n=== vitest under TZ=${zone} ===`);
  const report = join(dir, `${zone.replaceAll('/', '_')}.json`);
  const run = spawnSync('npx', ['vitest', 'run', '--config', 'test/vitest.config.ts', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...process.argv.slice(2)], {
    stdio: 'inherit',
    env: { ...process.env, TZ: zone },
  });
  try {
    const json = JSON.parse(readFileSync(report, 'utf8'));
    passed += json.numPassedTests;
    failed += json.numFailedTests;
    skipped += json.numPendingTests + json.numTodoTests;
  } catch {
    failed += 1;
  }
  if (run.status !== 0) {
    console.error(`vitest failed under TZ=${zone}`);
    console.log(`vitest: ${passed} passed, ${Math.max(failed, 1)} failed`);
    process.exit(run.status ?? 1);
  }
}
console.log(`\nTime zones run: ${zones.join(", ")}`);
console.log(`vitest: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
