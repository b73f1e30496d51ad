// `npm test`: every check a release needs, in order, stopping at the first that fails, with the time
// of each step and of the whole run (the target on the 2-core CI machine: `npm ci && npm test` under
// 8 minutes). The steps are the package.json scripts named below; `node test/tools/run-tests.mjs`
// runs them the same way.
import { spawnSync } from 'node:child_process';

const steps = [
  ['typecheck', ['run', 'typecheck']],
  ['build', ['run', 'build']],
  ['docs', ['run', 'docs']],
  ['vitest (test/tools/test-tz.mjs)', ['run', 'test:zones']],
  ['package lint', ['run', 'lint:package']],
];

const started = performance.now();
const times = [];
const seconds = (from) => ((performance.now() - from) / 1000).toFixed(0);
let status = 0;
for (const [name, args] of steps) {
  console.log(`\n### ${name}`);
  const from = performance.now();
  const run = spawnSync('npm', args, { stdio: 'inherit' });
  times.push(`${name} ${seconds(from)} s`);
  if (run.status !== 0) {
    console.error(`\nnpm test: "${name}" failed (exit ${run.status ?? run.signal}).`);
    status = run.status ?? 1;
    break;
  }
}
console.log(`\nnpm test: ${times.join(', ')}; total ${seconds(started)} s${status === 0 ? '' : ' (failed)'}`);
process.exit(status);
