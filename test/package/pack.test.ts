// @zone-independent: inspects the packed files; computes no date.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { needsBuild, root } from './project';

/** The files of dist/ with the content hash of code-split chunks replaced by `<hash>`. */
const unhashed = (path: string) => path.replace(/^dist\/chunk-[A-Z0-9]+\./, 'dist/chunk-<hash>.').replace(/^dist\/index-[A-Za-z0-9_-]+\.d\./, 'dist/index-<hash>.d.');
const code = (file: string) => /\.c?js$/.test(file);

describe('the published package', () => {
  it('contains only what a user needs: dist, the JSON Schema, README, CHANGELOG, LICENSE, package.json', () => {
    expect(existsSync(`${root}dist/index.js`), needsBuild).toBe(true);
    const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    const files = (JSON.parse(out) as { files: { path: string }[] }[])[0]!.files.map((f) => unhashed(f.path)).sort();
    // The CLI entry is built to dist/cli.js whenever its source exists.
    const cli = existsSync(`${root}src/cli/index.ts`) ? ['dist/cli.js'] : [];
    // SECURITY.md stays in the repository (where GitHub shows it); the tarball holds what runs.
    expect(files).toEqual(
      [
        'CHANGELOG.md',
        'LICENSE',
        'README.md',
        'package.json',
        'schema/catalog.schema.json',
        // `chiso` and `chiso/catalogs`, ESM and CJS, each with its declarations…
        ...['index', 'catalogs'].flatMap((entry) => [`dist/${entry}.js`, `dist/${entry}.cjs`, `dist/${entry}.d.ts`, `dist/${entry}.d.cts`]),
        // …the code both import (the catalog data, the level presets) and the declarations they share.
        'dist/chunk-<hash>.js',
        'dist/chunk-<hash>.cjs',
        'dist/index-<hash>.d.ts',
        'dist/index-<hash>.d.cts',
        ...cli,
      ].sort(),
    );
  });
  it('is MIT, ESM + CJS, side-effect free, Node >= 20.19', () => {
    const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8'));
    expect(pkg).toMatchObject({ name: 'chiso', license: 'MIT', type: 'module', sideEffects: false, engines: { node: '>=20.19' } });
    // The CLI reads CSV with its own reader (src/cli/csv.ts): no dependency beyond the library's four.
    expect(Object.keys(pkg.dependencies).sort()).toEqual(['@date-fns/tz', 'date-fns', 'decimal.js', 'zod']);
    expect(pkg.exports['./catalogs']).toEqual({
      import: { types: './dist/catalogs.d.ts', default: './dist/catalogs.js' },
      require: { types: './dist/catalogs.d.cts', default: './dist/catalogs.cjs' },
    });
    // TypeScript's old `node10` resolution ignores `exports`; this is how it finds the subpath's types.
    expect(pkg.typesVersions).toEqual({ '*': { catalogs: ['./dist/catalogs.d.ts'] } });
    expect(readFileSync(`${root}LICENSE`, 'utf8')).toMatch(/^MIT License/);
  });
  it('names its repository, home page and issue tracker, so the README links and "report a bug" work from the registry page', () => {
    const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8')) as { repository?: { type: string; url: string }; homepage?: string; bugs?: { url: string } };
    expect(pkg.repository).toEqual({ type: 'git', url: 'git+https://github.com/chiso/chiso.git' });
    expect(pkg.homepage).toBe('https://github.com/chiso/chiso#readme');
    expect(pkg.bugs).toEqual({ url: 'https://github.com/chiso/chiso/issues' });
    // The same repository the CLI's help points to.
    expect(readFileSync(`${root}src/cli/main.ts`, 'utf8')).toContain('https://github.com/chiso/chiso/');
  });
  it('its runtime dependencies bring no dependencies of their own', () => {
    // So what `npm audit --omit=dev` covers is exactly these five packages. The audit itself needs
    // the registry's advisory endpoint, so it is run by hand before a release, not by this suite.
    const lock = JSON.parse(readFileSync(`${root}package-lock.json`, 'utf8')) as { packages: Record<string, { dependencies?: object; optionalDependencies?: object; peerDependencies?: object }> };
    const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8')) as { dependencies: Record<string, string> };
    const transitive = Object.keys(pkg.dependencies).flatMap((name) => {
      const entry = lock.packages[`node_modules/${name}`];
      expect(entry, `${name} in package-lock.json`).toBeDefined();
      return [entry?.dependencies, entry?.optionalDependencies, entry?.peerDependencies].flatMap((deps) => Object.keys(deps ?? {}).map((d) => `${name} → ${d}`));
    });
    expect(transitive).toEqual([]);
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
  it('chiso/catalogs hands out the very objects chiso does (one shared chunk, not two copies)', async () => {
    const { createRequire } = await import('node:module');
    const require = createRequire(import.meta.url);
    const [esm, esmData] = [await import(`${root}dist/index.js`), await import(`${root}dist/catalogs.js`)];
    const [cjs, cjsData] = [require(`${root}dist/index.cjs`), require(`${root}dist/catalogs.cjs`)];
    expect(Object.keys(esmData).sort()).toEqual(Object.keys(cjsData).sort());
    for (const name of Object.keys(esmData)) {
      expect(esm[name], name).toBe(esmData[name]);
      expect(cjs[name], name).toBe(cjsData[name]);
    }
    expect(esmData.catalogs.vinhPhuc302.plan.number).toBe('302/KH-UBND');
    expect(cjsData.catalogs.vinhPhuc302).toEqual(esmData.catalogs.vinhPhuc302);
  });
  it('the library code it ships uses no Node-only API and no clock', () => {
    const library = readdirSync(`${root}dist`).filter((f) => code(f) && f !== 'cli.js');
    expect(library).toEqual(expect.arrayContaining(['index.js', 'index.cjs', 'catalogs.js', 'catalogs.cjs']));
    for (const file of library) {
      const text = readFileSync(`${root}dist/${file}`, 'utf8');
      expect(text, file).not.toMatch(/from ["']node:|from ["'](fs|path|os|child_process|url|module)["']|require\(["'](node:|fs["']|path["']|os["']|child_process["']|url["']|module["'])/);
      expect(text, file).not.toMatch(/\bDate\.now\(|new Date\(\)|\bprocess\.(env|argv|exit|cwd|stdout|stderr|stdin|platform|versions|hrtime)\b|\bMath\.random\(/);
    }
  });
  it('no file it ships evaluates code: no eval, no Function constructor, no dynamic require (the CLI included)', () => {
    const all = readdirSync(`${root}dist`).filter(code);
    for (const file of all) {
      const text = readFileSync(`${root}dist/${file}`, 'utf8');
      expect(text, file).not.toMatch(/\beval\s*\(|\bnew\s+Function\s*\(|\bFunction\s*\(\s*["'`]/);
      // require() only ever takes a string literal: nothing is loaded by a computed name.
      expect(text, file).not.toMatch(/\brequire\s*\(\s*[^"'\s)]/);
      // …and the same for import(): a computed specifier would load code chosen at run time.
      expect(text, file).not.toMatch(/\bimport\s*\(\s*[^"'\s)]/);
    }
  });
});
