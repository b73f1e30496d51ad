// @zone-independent: inspects the packed files; computes no date.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { needsBuild, root } from './project';

/**
 * The files of dist/ with the content hash of code-split chunks replaced by `<hash>`: code chunks
 * (`chunk-ABC123.js`) and declaration chunks (`level-Ab_1-x.d.ts`, named after a module they hold).
 */
const unhashed = (path: string) =>
  path
    .replace(/^dist\/chunk-[A-Z0-9]+\./, 'dist/chunk-<hash>.')
    .replace(/^dist\/[A-Za-z]+-[A-Za-z0-9_-]{8}\.d\./, 'dist/<chunk>-<hash>.d.')
    // One small ESM file per library module (tsup.config.ts says why), never a CLI file.
    .replace(/^dist\/_\/(?!cli\/)[A-Za-z0-9_/]+\.js$/, 'dist/_/<module>.js');

/** The code entries: each subpath of package.json `exports` that is code (not package.json, not a JSON file), as its dist/ name. */
const entries = (): string[] => {
  const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8')) as { exports: Record<string, string | { import?: { default?: string } }> };
  return Object.values(pkg.exports).flatMap((target) => {
    const file = typeof target === 'string' ? undefined : target.import?.default;
    return file === undefined ? [] : [/^\.\/dist\/([a-z]+)\.js$/.exec(file)?.[1] ?? file];
  });
};
const code = (file: string) => /\.c?js$/.test(file);

/** The files under examples/data when package.json `files` lists that folder. */
const shippedExamples = (): string[] => {
  const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8')) as { files: string[] };
  return pkg.files.includes('examples/data') ? readdirSync(`${root}examples/data`, { recursive: true, withFileTypes: true }).filter((d) => d.isFile()).map((d) => `${d.parentPath.slice(root.length)}/${d.name}`) : [];
};

describe('the published package', () => {
  it('contains only what a user needs: dist, the JSON Schema, README, CHANGELOG, LICENSE, package.json', () => {
    expect(existsSync(`${root}dist/index.js`), needsBuild).toBe(true);
    const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    // Chunks are deduplicated: how many the bundler makes depends on how the entries share modules.
    const files = [...new Set((JSON.parse(out) as { files: { path: string }[] }[])[0]!.files.map((f) => unhashed(f.path)))].sort();
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
        // `chiso` and each subpath entry (`chiso/catalogs`, `chiso/schema`, …), ESM and CJS, each with its declarations…
        ...entries().flatMap((entry) => [`dist/${entry}.js`, `dist/${entry}.cjs`, `dist/${entry}.d.ts`, `dist/${entry}.d.cts`]),
        // …the code they share (the catalog data, the level presets, the schemas) and the declarations they share.
        'dist/chunk-<hash>.js',
        'dist/chunk-<hash>.cjs',
        'dist/_/<module>.js',
        'dist/<chunk>-<hash>.d.ts',
        'dist/<chunk>-<hash>.d.cts',
        ...cli,
        // The example data the CLI's --help examples read (issue 20), when package.json ships it.
        ...shippedExamples(),
      ].sort(),
    );
  });
  it('is MIT, ESM + CJS, side-effect free, Node >= 20.19', () => {
    const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8'));
    expect(pkg).toMatchObject({ name: 'chiso', license: 'MIT', type: 'module', sideEffects: false, engines: { node: '>=20.19' } });
    // The library's runtime: zod and decimal.js. The `chiso` command's: date-fns + @date-fns/tz (today
    // in Vietnam, src/cli/index.ts), exceljs (writing workbooks), jszip and saxes (reading them;
    // src/cli/xlsx, issue 17). The library's bundles import none of the CLI's five
    // (test/package/size.test.ts measures them), but `npx chiso template` must work after a plain
    // `npm install chiso`, so they are dependencies, not optional peers.
    expect(Object.keys(pkg.dependencies).sort()).toEqual(['@date-fns/tz', 'date-fns', 'decimal.js', 'exceljs', 'jszip', 'saxes', 'zod']);
    expect(pkg.exports['./catalogs']).toEqual({
      import: { types: './dist/catalogs.d.ts', default: './dist/catalogs.js' },
      require: { types: './dist/catalogs.d.cts', default: './dist/catalogs.cjs' },
    });
    // TypeScript's old `node10` resolution ignores `exports`; this is how it finds each subpath's types.
    const subpaths = entries().filter((entry) => entry !== 'index');
    expect(subpaths).toEqual(expect.arrayContaining(['catalogs', 'schema']));
    expect(pkg.typesVersions).toEqual({ '*': Object.fromEntries(subpaths.map((entry) => [entry, [`./dist/${entry}.d.ts`]])) });
    for (const entry of subpaths)
      expect(pkg.exports[`./${entry}`]).toEqual({
        import: { types: `./dist/${entry}.d.ts`, default: `./dist/${entry}.js` },
        require: { types: `./dist/${entry}.d.cts`, default: `./dist/${entry}.cjs` },
      });
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
  it("the library's runtime dependencies bring no dependencies of their own", () => {
    // So what `npm audit --omit=dev` covers for an app that imports the library is exactly these
    // packages. The audit itself needs the registry's advisory endpoint, so it is run by hand before a
    // release, not by this suite. The CLI's exceljs brings its own tree (archiver, unzipper, …): it is
    // loaded only by `chiso` commands that read or write a workbook (src/cli/xlsx/lib.ts).
    const lock = JSON.parse(readFileSync(`${root}package-lock.json`, 'utf8')) as { packages: Record<string, { dependencies?: object; optionalDependencies?: object; peerDependencies?: object }> };
    const pkg = { dependencies: { zod: '', 'decimal.js': '', 'date-fns': '', '@date-fns/tz': '' } };
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
    const library = readdirSync(`${root}dist`, { recursive: true, encoding: 'utf8' }).filter((f) => code(f) && f !== 'cli.js');
    expect(library).toEqual(expect.arrayContaining(['index.js', 'index.cjs', 'catalogs.js', 'catalogs.cjs']));
    for (const file of library) {
      const text = readFileSync(`${root}dist/${file}`, 'utf8');
      expect(text, file).not.toMatch(/from ["']node:|from ["'](fs|path|os|child_process|url|module)["']|require\(["'](node:|fs["']|path["']|os["']|child_process["']|url["']|module["'])/);
      expect(text, file).not.toMatch(/\bDate\.now\(|new Date\(\)|\bprocess\.(env|argv|exit|cwd|stdout|stderr|stdin|platform|versions|hrtime)\b|\bMath\.random\(/);
    }
  });
  it('no file it ships evaluates code: no eval, no Function constructor, no dynamic require (the CLI included)', () => {
    const all = readdirSync(`${root}dist`, { recursive: true, encoding: 'utf8' }).filter(code);
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
