#!/usr/bin/env node
// The `chiso` command's entry point: the one place that touches the process (argv, clock, exit code).
import { readFileSync } from 'node:fs';
import { tz } from '@date-fns/tz';
import { format } from 'date-fns';
import { main } from './main';

/**
 * Today's civil date in Vietnam: the default `--as-of`, read once here, never in the library. The
 * command runs in Node, so the clock and the zone come from date-fns and @date-fns/tz (the project's
 * date toolchain); the library itself keeps civil dates as strings and needs neither.
 */
function today(): string {
  return format(new Date(), 'yyyy-MM-dd', { in: tz('Asia/Ho_Chi_Minh') });
}

/** The package's version, from the package.json next to dist/. */
function version(): string {
  try {
    return (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version?: string }).version ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

// Piping into `head` closes stdout early: that is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

process.exitCode = await main(
  process.argv.slice(2),
  {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    today: today(),
  },
  version(),
);
