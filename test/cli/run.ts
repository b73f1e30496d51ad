// Runs the BUILT `chiso` binary (dist/cli.js), as a user would: `npm test` builds before vitest.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../..', import.meta.url));
export const cli = join(root, 'dist/cli.js');

/** Throws a clear message when dist/cli.js is missing or older than a source file of src/cli. */
export function checkBuilt(): void {
  if (!existsSync(cli)) throw new Error('dist/cli.js is missing: run `npm run build` first (`npm test` builds before running vitest).');
  const built = statSync(cli).mtimeMs;
  // Sub-folders too (src/cli/xlsx): a folder's own time changes only when a file is added or removed.
  const files = readdirSync(join(root, 'src/cli'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
  const stale = files.filter((f) => statSync(join(root, 'src/cli', f)).mtimeMs > built);
  if (stale.length > 0) throw new Error(`dist/cli.js is older than src/cli/${stale.join(', src/cli/')}: run \`npm run build\` first.`);
}

export interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** `chiso …args` in the repository root (paths in args are relative to it). */
export function chiso(...args: string[]): Run {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd: root, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/**
 * The CLI run in this process (src/cli/main, not the build), on 1 January 2026: for the workbook
 * tests, which read and write files and need no separate process.
 */
export async function chisoInProcess(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  // Loaded on first use: the files that spawn the built CLI do not pay for the sources.
  const { main } = await import('../../src/cli/main');
  let stdout = '';
  let stderr = '';
  const code = await main(args, { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), today: '2026-01-01' }, 'test');
  return { code, stdout, stderr };
}
