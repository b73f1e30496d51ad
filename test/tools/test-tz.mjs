// Runs the vitest suite so that results cannot depend on the host's time zone, at a cost a newcomer
// can wait for:
// - The whole suite runs once, under TZ=UTC, with coverage (`--coverage`; thresholds in
//   test/vitest.config.ts fail the run below them).
// - Then, under each other zone, only the files tagged `// @zone-sensitive` run: everything that reads
//   a `Date`, a zone or the clock, the time stage, the dossier measures, the determinism digest and
//   the CLI's date handling. test/tools/zone-tags.test.ts enforces the tags (test/tools/zone-tags.mjs
//   holds the rule), so a new zone-sensitive file cannot be left out.
// - Every run sets TZ and CHISO_EXPECT_TZ (test/tools/host-zone.test.ts checks the process really is
//   in that zone, so the matrix cannot silently run in one zone).
// - test/fuzz/determinism.test.ts writes a digest of its outputs per zone (CHISO_DIGEST_DIR); the
//   digests must be identical across zones.
// Extra arguments are passed to vitest (e.g. a file filter; then every zone runs that filter and
// coverage is not measured, the thresholds holding for the whole suite, unless CHISO_COVERAGE=1).
// Prints the zones, the time per zone, the fuzz suite's time per zone, one closing line with the
// totals over all runs (`vitest: N passed, N failed`) and the whole script's time.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { zoneSensitiveFiles } from './zone-tags.mjs';

const scriptStarted = performance.now();
const root = join(import.meta.dirname, '..', '..');

const zones = ['UTC', 'Asia/Ho_Chi_Minh', 'America/Los_Angeles', 'Pacific/Kiritimati'];
const dir = mkdtempSync(join(tmpdir(), 'chiso-vitest-'));
const digestDir = join(dir, 'digests');
const args = process.argv.slice(2);
const coverage = args.length === 0 || process.env.CHISO_COVERAGE === '1';
let passed = 0;
let failed = 0;
let skipped = 0;
const failedZones = [];
const fuzzSeconds = {};
const wallSeconds = {};
const file = (zone) => zone.replaceAll('/', '_');

// With a filter every zone runs it; without, the first zone runs everything, the others the tagged files.
const sensitive = zoneSensitiveFiles(root);
if (args.length === 0 && sensitive.length === 0) {
  // An empty list would make vitest run everything: the tags are missing, not the zone runs.
  console.error('No test file is tagged // @zone-sensitive (test/tools/zone-tags.mjs).');
  process.exit(1);
}
const filesFor = (i) => (args.length > 0 || i === 0 ? args : sensitive);

console.log(`Time zones: ${zones.join(', ')}${coverage ? ` (coverage on the ${zones[0]} run)` : ' (no coverage: a file filter was given)'}`);
if (args.length === 0) console.log(`The whole suite under ${zones[0]}; ${sensitive.length} zone-sensitive files under ${zones.slice(1).join(', ')}.`);
for (const [i, zone] of zones.entries()) {
  const withCoverage = coverage && i === 0;
  const files = filesFor(i);
  console.log(`\n=== vitest under TZ=${zone}${withCoverage ? ' (with coverage)' : ''}${args.length === 0 && i > 0 ? ` (${files.length} zone-sensitive files)` : ''} ===`);
  const report = join(dir, `${file(zone)}.json`);
  const started = performance.now();
  const run = spawnSync(
    'npx',
    ['vitest', 'run', '--config', 'test/vitest.config.ts', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...(withCoverage ? ['--coverage'] : []), ...files],
    { stdio: 'inherit', env: { ...process.env, TZ: zone, CHISO_EXPECT_TZ: zone, CHISO_DIGEST_DIR: digestDir } },
  );
  wallSeconds[zone] = (performance.now() - started) / 1000;
  try {
    const json = JSON.parse(readFileSync(report, 'utf8'));
    passed += json.numPassedTests;
    failed += json.numFailedTests;
    skipped += json.numPendingTests + json.numTodoTests;
    // Wall time of the fuzz files (they run in parallel with the rest, so this is per file, summed).
    const fuzz = json.testResults.filter((r) => r.name.includes('/test/fuzz/'));
    fuzzSeconds[zone] = fuzz.reduce((sum, r) => sum + (r.endTime - r.startTime), 0) / 1000;
  } catch {
    failed += 1;
  }
  // A failure in one zone does not hide the others: every zone runs, the script fails at the end.
  if (run.status !== 0) {
    console.error(`vitest failed under TZ=${zone} (exit ${run.status})`);
    failedZones.push(zone);
  }
}

// Determinism across zones: the digests of the determinism test's outputs must all be the same.
const digests = zones.map((zone) => {
  const path = join(digestDir, `${file(zone)}.sha256`);
  return existsSync(path) ? readFileSync(path, 'utf8').trim() : null;
});
const ran = digests.filter((d) => d !== null);
if (ran.length > 0 && new Set(ran).size !== 1) {
  console.error('\nDeterminism digests differ between zones:');
  zones.forEach((zone, i) => console.error(`  ${zone}: ${digests[i] ?? '(not written)'}`));
  failed += 1;
  failedZones.push('digest');
} else if (ran.length > 0 && ran.length !== zones.length) {
  console.error('\nThe determinism digest was not written in every zone.');
  failed += 1;
  failedZones.push('digest');
}

console.log(`\nTime zones run: ${zones.join(', ')}`);
console.log(`Wall time per zone: ${zones.map((z) => `${z} ${wallSeconds[z]?.toFixed(0) ?? '?'} s`).join(', ')}`);
if (Object.keys(fuzzSeconds).length > 0) {
  console.log(`Fuzz suite (test/fuzz, summed file time): ${zones.map((z) => `${z} ${fuzzSeconds[z]?.toFixed(1) ?? '?'} s`).join(', ')}`);
}
if (ran.length === zones.length) console.log(`Determinism digest, identical in every zone: ${ran[0]}`);
console.log(`vitest: ${passed} passed, ${Math.max(failed, failedZones.length)} failed${skipped ? `, ${skipped} skipped` : ''}`);
console.log(`test-tz.mjs took ${((performance.now() - scriptStarted) / 1000).toFixed(0)} s`);
process.exit(failedZones.length > 0 ? 1 : 0);
