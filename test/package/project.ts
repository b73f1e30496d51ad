import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The repository root, with a trailing slash. CHISO_PACKAGE_ROOT (a folder holding package.json, a
 * built dist/ and a node_modules link) points the package tests at a snapshot instead, for a run
 * while someone else's `tsup` is rewriting dist/.
 */
export const root = process.env['CHISO_PACKAGE_ROOT'] ?? fileURLToPath(new URL('../..', import.meta.url));

/** Said when dist/ is missing: the package tests read the build, they do not make it. */
export const needsBuild = 'dist/ is built by `npm run build` (npm test builds before vitest)';

/**
 * A throwaway consumer project in the OS temp directory. `node_modules/chiso` is a symlink to this
 * repository, so resolution goes through package.json `exports` exactly as for an installed copy,
 * and chiso's own dependencies resolve from the repository's node_modules (no network).
 */
export function linkedProject(name: string, files: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), `chiso-${name}-`));
  mkdirSync(join(dir, 'node_modules'));
  symlinkSync(root, join(dir, 'node_modules', 'chiso'), 'dir');
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: `consumer-${name}`, private: true, type: 'module' }));
  for (const [file, text] of Object.entries(files)) writeFileSync(join(dir, file), text);
  return dir;
}
