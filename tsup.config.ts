import { defineConfig } from 'tsup';

// Only options tsdown also has, so a move off tsup (no longer maintained) stays a rename.
export default defineConfig([
  {
    entry: { index: 'src/index.ts', catalogs: 'src/catalogs/index.ts' },
    format: ['esm', 'cjs'],
    target: 'es2022',
    platform: 'neutral',
    dts: { compilerOptions: { ignoreDeprecations: '6.0' } },
    // Both configs build at once into dist/: keep the CLI's file out of the library's clean.
    clean: ['!cli.js'],
    sourcemap: false,
    treeshake: true,
    // Shared modules (the catalog data, the hierarchies) go to one chunk that both entries import, so
    // `chiso` and `chiso/catalogs` hand out the same objects and an app that imports both ships one copy.
    splitting: true,
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
    external: ['zod', 'date-fns', '@date-fns/tz', 'decimal.js'],
  },
]);
