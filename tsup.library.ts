import { rmSync } from 'node:fs';
import type { Options } from 'tsup';

/**
 * The build of a headless package (model, client). ESM keeps one file per source module, so a
 * bundler drops every module an app does not import (`sideEffects: false`): a single-file build
 * would keep all of the model's schemas, and zod, for an app that imports one rule, since module
 * level `z.object(...)` calls cannot be proven free of side effects. CommonJS, for Jest and older
 * toolchains, stays one file with the declarations.
 */
export function headlessLibrary(): Options[] {
  rmSync('dist', { recursive: true, force: true });
  const dts = { entry: 'src/index.ts', compilerOptions: { ignoreDeprecations: '6.0' } };
  const shared: Options = { sourcemap: true, target: 'es2022', clean: false, dts };
  return [
    { ...shared, entry: ['src/**/*.ts'], format: ['esm'], splitting: true },
    { ...shared, entry: ['src/index.ts'], format: ['cjs'] },
  ];
}
