import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { defineConfig } from 'tsup';

/** The package's entries (package.json `exports`): `chiso` and its subpaths. */
const entries = { index: 'src/index.ts', catalogs: 'src/catalogs/index.ts', units: 'src/units/index.ts', sql: 'src/sql/index.ts', schema: 'src/schema/index.ts' };

/**
 * Every library module (src/ but the CLI) as an entry of its own, under dist/_/. Not for import
 * (package.json `exports` does not expose them): with code splitting, each module's code then lands
 * in its own chunk instead of one file per entry, so an app's bundler, told by `"sideEffects": false`,
 * drops the modules it does not use whole — zod schemas defined at module scope included, which it
 * cannot drop from inside one big file. Measured: `import { evaluate }` 45.8 KB gzipped from a
 * single dist/index.js, 39.8 KB this way (test/package/size.test.ts).
 */
const modules = Object.fromEntries(
  readdirSync('src', { recursive: true, encoding: 'utf8' })
    .map((file) => file.split('\\').join('/'))
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.d.ts') && !file.startsWith('cli/'))
    .map((file) => [`_/${file.slice(0, -'.ts'.length)}`, `src/${file}`]),
);

/**
 * Drops the bare `import './chunk-….js';` lines esbuild writes into split ESM output to keep the
 * modules' evaluation order. chiso's modules do nothing when evaluated (test/package/module-scope.test.ts;
 * `"sideEffects": false`), so the order is moot, and a consumer's bundler would otherwise warn once per
 * such line ("ignored-bare-import") on every build of an app that imports chiso.
 */
async function dropBareImports(): Promise<void> {
  for (const file of readdirSync('dist', { recursive: true, encoding: 'utf8' })) {
    const path = `dist/${file.split('\\').join('/')}`;
    if (!path.endsWith('.js') || path === 'dist/cli.js') continue;
    const text = readFileSync(path, 'utf8');
    const kept = text.replace(/^import '\.{1,2}\/[^']*';\r?\n/gm, '');
    if (kept !== text) writeFileSync(path, kept);
  }
}

// chiso's code is ES2022 and its declarations name ES2015+ globals (Iterable, AsyncIterable; zod's
// name Map, Set, Symbol), so each declaration file says so: a consumer compiling with TypeScript
// 5's default library (ES5) gets those globals instead of "Cannot find name 'Iterable'".
const dts = { entry: entries, compilerOptions: { ignoreDeprecations: '6.0' }, banner: '/// <reference lib="es2022" />', only: true };

// Only options tsdown also has, so a move off tsup (no longer maintained) stays a rename.
export default defineConfig([
  // ESM, what bundlers and browsers read: one chunk per module (above), declarations per entry.
  {
    entry: { ...modules, ...entries },
    format: ['esm'],
    onSuccess: dropBareImports,
    target: 'es2022',
    platform: 'neutral',
    dts: false,
    // The configs build at once into dist/: each cleans only the files it writes.
    clean: ['!cli.js', '!**/*.cjs', '!**/*.d.ts', '!**/*.d.cts'],
    sourcemap: false,
    treeshake: true,
    // Shared modules (the catalog data, the hierarchies) are chunks every entry imports, so `chiso`
    // and `chiso/catalogs` hand out the same objects and an app that imports both ships one copy.
    splitting: true,
  },
  // CommonJS, for `require` in Node, where nothing is tree-shaken: one file per entry plus the chunk
  // the entries share, as before.
  {
    entry: entries,
    format: ['cjs'],
    target: 'es2022',
    platform: 'neutral',
    dts: false,
    clean: ['!**/*.js', '!**/*.d.ts', '!**/*.d.cts'],
    sourcemap: false,
    treeshake: true,
    splitting: true,
  },
  // The declarations of the entries, .d.ts and .d.cts from one TypeScript program (and no code).
  {
    entry: entries,
    format: ['esm', 'cjs'],
    target: 'es2022',
    platform: 'neutral',
    dts,
    clean: ['!**/*.js', '!**/*.cjs'],
  },
  // The `chiso` command (bin): one ESM file for Node, dependencies left as imports. It is never
  // imported by the library, so the library bundles stay free of Node APIs.
  {
    entry: { cli: 'src/cli/index.ts' },
    format: ['esm'],
    target: 'node20',
    platform: 'node',
    dts: false,
    clean: false,
    sourcemap: false,
    splitting: false,
    // exceljs, jszip: the CLI's workbooks only (never the library's); dependencies, loaded from node_modules.
    external: ['zod', 'decimal.js', 'exceljs', 'jszip', 'date-fns', '@date-fns/tz', 'saxes'],
  },
]);
