import { readFileSync, writeFileSync } from 'node:fs';
import { transform } from 'esbuild';
import { defineConfig } from 'tsup';

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    'locales/fr': 'src/locales/fr.ts',
    // The namespace subpaths import the main entry by the package's own name (kept external
    // below): they are a few re-exports, never a second copy of the kit and its contexts.
    'account-mapper': 'src/entries/account-mapper.ts',
    'connection-manager': 'src/entries/connection-manager.ts',
    'feed-start-date-picker': 'src/entries/feed-start-date-picker.ts',
  },
  // ESM for bundlers and Node; CommonJS for Jest and older toolchains in banks' portals.
  format: ['esm', 'cjs'],
  // No `splitting` key: tsup then splits ESM (so each `import()` stays a chunk of its own: the
  // calendar with react-day-picker, the connection manager's confirmations and the mapper's
  // target list, each loaded by a portal's bundler on first open or when the browser is idle)
  // and keeps CommonJS one file per entry, where those modules are inline and run on first open. The
  // French catalog shares no code with the main entry; it imports only esbuild's tiny runtime chunk.
  dts: { compilerOptions: { ignoreDeprecations: '6.0' } },
  sourcemap: true,
  clean: true,
  target: 'es2022',
  external: [
    'react',
    'react-dom',
    'react/jsx-runtime',
    '@bankfeeds/client',
    '@bankfeeds/model',
    '@bankfeeds/react',
  ],
  // esbuild drops module-level directives when it bundles; the bundle holds hooks and context,
  // so it is marked for React Server Components as a whole.
  banner: { js: "'use client';" },
  // The theme ships minified: the source's comments and whitespace stay out of every app that
  // imports it. esbuild keeps the `bankfeeds` layer, the selectors and their order as written.
  onSuccess: async () => {
    const { code } = await transform(readFileSync('src/styles.css', 'utf8'), {
      loader: 'css',
      minify: true,
    });
    writeFileSync('dist/styles.css', code);
  },
});
