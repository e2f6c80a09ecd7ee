import { defineConfig } from 'tsup';

export default defineConfig({
  // One bundle per entry: `.` never pulls in msw/node or msw/browser.
  entry: ['src/index.ts', 'src/node.ts', 'src/browser.ts'],
  // ESM for bundlers and Node; CommonJS for Jest setups that cannot load ESM.
  format: ['esm', 'cjs'],
  dts: { compilerOptions: { ignoreDeprecations: '6.0' } },
  sourcemap: true,
  clean: true,
  target: 'es2022',
});
