// Runs the vitest suite once per host time zone: results must not depend on the host's zone.
import { spawnSync } from 'node:child_process';

const zones = ['UTC', 'Asia/Ho_Chi_Minh', 'America/Los_Angeles'];
for (const zone of zones) {
  console.log(`\n=== vitest under TZ=${zone} ===`);
  const run = spawnSync('npx', ['vitest', 'run', ...process.argv.slice(2)], {
    stdio: 'inherit',
    env: { ...process.env, TZ: zone },
  });
  if (run.status !== 0) {
    console.error(`vitest failed under TZ=${zone}`);
    process.exit(run.status ?? 1);
  }
}
