import { copyFileSync } from 'node:fs';
import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { index: 'src/index.ts', 'locales/fr': 'src/locales/fr.ts' },
  // ESM for bundlers and Node; CommonJS for Jest and older toolchains in banks' portals.
  format: ['esm', 'cjs'],
  dts: { compilerOptions: { ignoreDeprecations: '6.0' } },
  sourcemap: true,
  clean: true,
  target: 'es2022',
  external: ['react', 'react-dom', 'react/jsx-runtime', '@bankfeeds/client', '@bankfeeds/model'],
  // esbuild drops module-level directives when it bundles; the bundle holds hooks and context,
  // so it is marked for React Server Components as a whole.
  banner: { js: "'use client';" },
  onSuccess: async () => copyFileSync('src/styles.css', 'dist/styles.css'),
});
