import { defineConfig } from 'tsup';

export default defineConfig({
  // One bundle per entry: `.` never pulls in msw/node or msw/browser. `cli` is the
  // `bankfeeds-mock` command: esbuild keeps its `#!/usr/bin/env node` line and tsup marks it
  // executable.
  entry: {
    index: 'src/index.ts',
    node: 'src/node.ts',
    browser: 'src/browser.ts',
    server: 'src/server/index.ts',
    cli: 'src/server/main.ts',
  },
  // ESM for bundlers and Node; CommonJS for Jest setups that cannot load ESM.
  format: ['esm', 'cjs'],
  dts: { compilerOptions: { ignoreDeprecations: '6.0' } },
  sourcemap: true,
  clean: true,
  target: 'es2022',
});
