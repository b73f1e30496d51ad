// `npm test`: every check a release needs, with the time of each step and of the whole run (the
// target on the 2-core CI machine: `npm ci && npm test` under 8 minutes).
//
// Steps that do not depend on each other run side by side, in two lanes, because each of them is
// mostly one busy core: the type-check (tsc, one core) runs while the build, the API docs and the
// package lint run one after another on the other core. The test suite runs after both lanes, as it
// needs the build and keeps both cores busy itself. The output of a step is printed in one piece when
// it ends, so lanes never interleave. The first failure fails the run (the other lane is let finish,
// its output printed), and the suite does not start.
import { spawn } from 'node:child_process';

/** Runs `npm run <script>`; resolves with its exit code, its output and its time. */
function run(script) {
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn('npm', ['run', '--silent', script], { stdio: ['ignore', 'pipe', 'pipe'] });
    const chunks = [];
    child.stdout.on('data', (c) => chunks.push(c));
    child.stderr.on('data', (c) => chunks.push(c));
    child.on('close', (code, signal) => {
      const seconds = (performance.now() - started) / 1000;
      process.stdout.write(`\n### npm run ${script} (${seconds.toFixed(0)} s${code === 0 ? '' : `, failed: ${code ?? signal}`})\n`);
      process.stdout.write(Buffer.concat(chunks));
      resolve({ script, code: code ?? 1, seconds });
    });
  });
}

/** Runs scripts one after another, stopping at the first failure. */
async function lane(scripts) {
  const results = [];
  for (const script of scripts) {
    const result = await run(script);
    results.push(result);
    if (result.code !== 0) break;
  }
  return results;
}

const started = performance.now();
const results = (await Promise.all([lane(['typecheck']), lane(['build', 'docs', 'lint:package'])])).flat();
const failedEarly = results.find((r) => r.code !== 0);
if (failedEarly === undefined) {
  // The suite prints as it goes (it is long, and alone on the machine).
  const from = performance.now();
  const { spawnSync } = await import('node:child_process');
  const suite = spawnSync('npm', ['run', '--silent', 'test:zones'], { stdio: 'inherit' });
  results.push({ script: 'test:zones', code: suite.status ?? 1, seconds: (performance.now() - from) / 1000 });
}
const failed = results.find((r) => r.code !== 0);
const times = results.map((r) => `${r.script} ${r.seconds.toFixed(0)} s`).join(', ');
console.log(`\nnpm test: ${failed === undefined ? 'passed' : `failed at "npm run ${failed.script}"`}; ${times}; total ${((performance.now() - started) / 1000).toFixed(0)} s (typecheck ran beside build, docs and lint:package).`);
process.exit(failed === undefined ? 0 : 1);
