// The machinery shared by the tests that check code written for readers (code-blocks.test.ts: the
// Markdown blocks; jsdoc-examples.test.ts: the JSDoc @example blocks of src/): write each piece of
// code as a module in a scratch folder, type-check them all in one tsc run with the project's strict
// tsconfig, and run them all in one process, each module's console.log lines captured on their own.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../..', import.meta.url));

/** A scratch folder inside the repository (so node_modules and the tsconfig's paths resolve as for a reader's project). */
export function scratchDir(prefix: string): string {
  mkdirSync(join(root, 'test-output'), { recursive: true });
  return mkdtempSync(join(root, 'test-output', `${prefix}-`));
}

export interface TscError {
  /** The file as tsc names it, relative to `dir` when it is one of the modules. */
  readonly file: string;
  readonly line: number;
  readonly message: string;
}

/**
 * Writes the modules (`file` relative to `dir`) and type-checks them in one tsc run, with the root
 * tsconfig (strict; `chiso` → src/index.ts). Returns the errors, with a line of their own for a tsc
 * that failed without naming a file.
 */
export function typeCheckModules(dir: string, modules: readonly { readonly file: string; readonly code: string }[]): TscError[] {
  for (const m of modules) writeFileSync(join(dir, m.file), m.code);
  writeFileSync(
    join(dir, 'tsconfig.json'),
    JSON.stringify({ extends: join(root, 'tsconfig.json'), compilerOptions: { noEmit: true }, include: modules.map((m) => m.file) }),
  );
  const tsc = spawnSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', join(dir, 'tsconfig.json'), '--pretty', 'false'], {
    cwd: root,
    encoding: 'utf8',
  });
  const errors: TscError[] = [];
  for (const text of `${tsc.stdout}${tsc.stderr}`.split('\n')) {
    const m = /^(.*?)\((\d+),(\d+)\): (error .*)$/.exec(text);
    if (m !== null) errors.push({ file: relative(dir, join(root, m[1] as string)), line: Number(m[2]), message: m[4] as string });
  }
  if (tsc.status !== 0 && errors.length === 0) errors.push({ file: '(other)', line: 0, message: `tsc exited ${tsc.status}: ${tsc.stdout}${tsc.stderr}` });
  return errors;
}

export interface ModuleRun {
  /** What the module printed with console.log, line by line. */
  readonly lines: string[];
  /** The stack of what it threw, or null. */
  readonly error: string | null;
}

/** Runs the modules (absolute paths) one after another in one Node process (tsx), each imported as a module. */
export function runModules(dir: string, files: readonly string[], timeout = 120_000): Map<string, ModuleRun> {
  const runner = join(dir, 'run-modules.ts');
  writeFileSync(
    runner,
    `import { format } from 'node:util';
import { pathToFileURL } from 'node:url';
import { writeFileSync } from 'node:fs';
const [out, ...files] = process.argv.slice(2);
const results: Record<string, { lines: string[]; error: string | null }> = {};
for (const file of files) {
  const lines: string[] = [];
  const log = console.log;
  console.log = (...args: unknown[]) => { lines.push(...format(...args).split('\\n')); };
  try {
    await import(pathToFileURL(file).href);
    results[file] = { lines, error: null };
  } catch (e) {
    results[file] = { lines, error: e instanceof Error ? (e.stack ?? e.message) : String(e) };
  } finally {
    console.log = log;
  }
}
writeFileSync(out as string, JSON.stringify(results));
`,
  );
  // The results go to a file: a module may write to stdout itself (a CLI example printing its output).
  const results = join(dir, 'run-modules.json');
  execFileSync(process.execPath, ['--import', 'tsx', runner, results, ...files], { cwd: root, encoding: 'utf8', timeout, stdio: ['ignore', 'ignore', 'pipe'] });
  const parsed = JSON.parse(readFileSync(results, 'utf8')) as Record<string, ModuleRun>;
  return new Map(files.map((f) => [f, parsed[f] ?? { lines: [], error: 'not run' }]));
}
