import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));

describe('the published package', () => {
  it('contains only what a user needs: dist, the JSON Schema, README, CHANGELOG, LICENSE, package.json', () => {
    expect(existsSync(`${root}dist/index.js`), 'dist/ is built by `npm run build` (npm test builds before vitest)').toBe(true);
    const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    const files = (JSON.parse(out) as { files: { path: string }[] }[])[0]!.files.map((f) => f.path).sort();
    expect(files).toEqual(['CHANGELOG.md', 'LICENSE', 'README.md', 'dist/index.cjs', 'dist/index.d.cts', 'dist/index.d.ts', 'dist/index.js', 'package.json', 'schema/catalog.schema.json']);
  });
  it('is MIT, ESM + CJS, side-effect free, Node >= 20.19', () => {
    const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8'));
    expect(pkg).toMatchObject({ name: 'chiso', license: 'MIT', type: 'module', sideEffects: false, engines: { node: '>=20.19' } });
    expect(Object.keys(pkg.dependencies).sort()).toEqual(['@date-fns/tz', 'date-fns', 'decimal.js', 'zod']);
    expect(readFileSync(`${root}LICENSE`, 'utf8')).toMatch(/^MIT License/);
  });
  it('the built ESM and CJS bundles both load and agree', async () => {
    const esm = await import(`${root}dist/index.js`);
    const { createRequire } = await import('node:module');
    const cjs = createRequire(import.meta.url)(`${root}dist/index.cjs`);
    const target = { kind: 'threshold', op: '>=', value: 57 } as const;
    const value = { numerator: 57, denominator: 100 };
    expect(esm.evaluateTarget(target, value)).toEqual({ status: 'met', value: 57, gap: 0, attainment: 1 });
    expect(cjs.evaluateTarget(target, value)).toEqual(esm.evaluateTarget(target, value));
    expect(Object.keys(cjs).sort()).toEqual(Object.keys(esm).sort());
    expect(new cjs.ChisoError([]).name).toBe('ChisoError');
  });
  it('the bundle it ships uses no Node-only API, no clock, no eval', () => {
    const bundle = readFileSync(`${root}dist/index.js`, 'utf8');
    expect(bundle).not.toMatch(/from ["']node:|require\(["'](fs|path|child_process|node:)/);
    expect(bundle).not.toMatch(/\bDate\.now\(|new Date\(\)|\beval\(|new Function\(/);
  });
});
