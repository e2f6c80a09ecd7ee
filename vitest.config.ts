import { defineConfig } from 'vitest/config';
import { workspaceAliases } from './workspace-aliases.ts';

/**
 * Type tests: `*.test-d.ts` files, checked by `tsc` with Vitest's `expectTypeOf`. They pin the
 * public API (props, callbacks' arguments, stores, push results) as integrators compile against it.
 */
const typeTests = {
  enabled: true,
  include: ['test/**/*.test-d.ts'],
  tsconfig: './tsconfig.json',
};

/** One Vitest run for the whole workspace, one project per package; each runs its type tests too. */
function nodeProject(name: string, options: { typecheck?: typeof typeTests } = {}) {
  return {
    extends: true,
    test: {
      name,
      root: `packages/${name}`,
      environment: 'node',
      include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
      typecheck: typeTests,
      ...options,
    },
  };
}

export default defineConfig({
  resolve: { alias: workspaceAliases },
  test: {
    projects: [
      nodeProject('model'),
      nodeProject('mocks'),
      nodeProject('client'),
      // The store tests run on a PostgreSQL server of their own and on PGlite, both prepared once per run.
      {
        extends: true,
        test: {
          ...nodeProject('server').test,
          globalSetup: ['./test/support/postgres-cluster.ts', './test/support/pglite-template.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'server-example',
          root: 'apps/server',
          environment: 'node',
          include: ['test/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'react',
          root: 'packages/react',
          environment: 'jsdom',
          setupFiles: ['./test/setup.ts'],
          include: ['src/**/*.test.{ts,tsx}', 'test/**/*.test.{ts,tsx}'],
          // Real-browser tests run in Chromium through vitest.browser.config.ts.
          exclude: ['test/browser/**'],
          // Whole journeys typed key by key in jsdom take seconds on a busy machine: the limit
          // catches a hang, not a speed.
          testTimeout: 30_000,
          typecheck: typeTests,
        },
      },
    ],
  },
});
