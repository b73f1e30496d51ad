import { defineConfig } from 'tsup';

// Only options tsdown also has, so a move off tsup (no longer maintained) stays a rename.
export default defineConfig({
  entry: { index: 'src/index.ts' },
  format: ['esm', 'cjs'],
  target: 'es2022',
  platform: 'neutral',
  dts: { compilerOptions: { ignoreDeprecations: '6.0' } },
  clean: true,
  sourcemap: false,
  treeshake: true,
  splitting: false,
});
