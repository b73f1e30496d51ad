// @zone-independent: runs the built package in Deno with fixed civil dates; the child gets TZ=UTC and its results hold in every zone.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { needsBuild, root } from './project';

/**
 * chiso in Deno, as docs/getting-started.md ("Deno") tells a user to run it: the BUILT package
 * (dist/, never src/) installed in a project's node_modules, `deno run --node-modules-dir=manual`
 * resolving `chiso`, `chiso/catalogs` and zod/decimal.js through package.json `exports` the way Node
 * does. Offline: `--no-remote`, no `npm:` specifier (those download), a private DENO_DIR.
 *
 * chiso itself is a real copy in node_modules/chiso, not a symlink to the repository: Deno follows
 * a symlink to its real path, and a file outside any node_modules folder is resolved as a local
 * module (no `./x.js` → `./x.d.ts` lookup), which is not what an installed copy sees. Its
 * dependencies are symlinks into the repository's node_modules, which keeps them inside one.
 */
const deno = join(root, 'node_modules', '.bin', 'deno');

// Evaluates the built-in Vĩnh Phúc 302 catalog. Its target for `tthc-dossiers-fully-online` is
// "Tối thiểu 80%" by 2025-12-31 (302/KH-UBND, II.2.1.1): 4 of 5 dossiers is exactly 80 % (met), 79,999
// of 100,000 is below (not met). Tết Ất Tỵ fell on 2025-01-29 (lunar 1/1); the working day after
// Friday 2025-01-24, with Tết's five days off (27–31 January) and a weekend either side, is 3 February.
const program = `import { addWorkingDays, evaluate, toLunar } from 'chiso';
import { vinhPhuc302 } from 'chiso/catalogs';

const units = [
  { id: 'a', name: 'A', level: 'province' },
  { id: 'b', name: 'B', level: 'province' },
] as const;
const card = evaluate(
  vinhPhuc302,
  [
    { unit: 'a', indicator: 'tthc-dossiers-fully-online', period: '2025-12-31', numerator: 4, denominator: 5 },
    { unit: 'b', indicator: 'tthc-dossiers-fully-online', period: '2025-12-31', numerator: 79_999, denominator: 100_000 },
  ],
  { asOf: '2025-12-31', units: [...units] },
);
const rows = card.rows.filter((row) => row.indicator === 'tthc-dossiers-fully-online').map((row) => [row.unit, row.status]);
console.log(JSON.stringify({
  runtime: typeof Deno === 'undefined' ? 'other' : 'deno',
  rows,
  tet: toLunar('2025-01-29'),
  next: addWorkingDays('2025-01-24', 1),
}));
`;

// Lines that must NOT type-check, so \`deno check\` is seen to read real declarations, not \`any\`.
const wrong = `import { evaluateTarget, type Status } from 'chiso';
import { catalogs } from 'chiso/catalogs';
export const status: Status = 'passed';
export const value: string = evaluateTarget({ kind: 'threshold', op: '>=', value: 57 }, 57).gap;
catalogs.vinhPhuc302();
`;

let project = '';
beforeAll(() => {
  if (!existsSync(`${root}dist/index.js`)) return;
  project = mkdtempSync(join(tmpdir(), 'chiso-deno-'));
  const modules = join(project, 'node_modules');
  mkdirSync(join(modules, 'chiso'), { recursive: true });
  cpSync(join(root, 'dist'), join(modules, 'chiso', 'dist'), { recursive: true });
  cpSync(join(root, 'package.json'), join(modules, 'chiso', 'package.json'));
  const dependencies = Object.keys((JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { dependencies: Record<string, string> }).dependencies);
  for (const name of dependencies) {
    mkdirSync(join(modules, name, '..'), { recursive: true });
    symlinkSync(join(root, 'node_modules', name), join(modules, name), 'dir');
  }
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'deno-consumer', private: true, type: 'module', dependencies: { chiso: '*' } }));
  writeFileSync(join(project, 'main.ts'), program);
  writeFileSync(join(project, 'wrong.ts'), wrong);
});
afterAll(() => {
  if (project !== '') rmSync(project, { recursive: true, force: true });
});

const run = (args: readonly string[]) => {
  const result = spawnSync(deno, [...args], {
    cwd: project,
    encoding: 'utf8',
    env: { ...process.env, TZ: 'UTC', DENO_DIR: join(project, '.deno'), NO_COLOR: '1', DENO_NO_UPDATE_CHECK: '1' },
    timeout: 120_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
};

describe('the built package in Deno (offline, node_modules, no npm: specifiers)', () => {
  it('deno is installed (the `deno` devDependency ships the binary)', () => {
    expect(existsSync(`${root}dist/index.js`), needsBuild).toBe(true);
    expect(run(['--version']).stdout).toMatch(/^deno 2\./);
  });

  it('`deno run` evaluates a built-in catalog exactly, and the calendar works', () => {
    const { status, stdout, stderr } = run(['run', '--no-remote', '--node-modules-dir=manual', '--no-prompt', 'main.ts']);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(JSON.parse(stdout)).toEqual({
      runtime: 'deno',
      rows: [
        ['a', 'met'],
        ['b', 'not-met'],
      ],
      tet: { year: 2025, month: 1, day: 1, leap: false },
      next: '2025-02-03',
    });
  }, 120_000);

  it('`deno check` accepts the consumer file and rejects the wrong one with the declared types', () => {
    const good = run(['check', '--no-remote', '--node-modules-dir=manual', 'main.ts']);
    expect(good.stderr.replace(/^Check .*\n/gm, '')).toBe('');
    expect(good.status).toBe(0);

    const bad = run(['check', '--no-remote', '--node-modules-dir=manual', 'wrong.ts']);
    expect(bad.status).not.toBe(0);
    const codes = [...bad.stderr.matchAll(/(TS\d+) \[ERROR\]/g)].map((m) => m[1]);
    // One error per wrong line, each a type error about chiso's declared types: none unresolved.
    expect(codes).toEqual(['TS2322', 'TS2322', 'TS2349']);
  }, 120_000);
});
