import { defineConfig } from 'vitest/config';
import { workspaceAliases } from './workspace-aliases.ts';

/** One Vitest run for the whole workspace, one project per package. */
function nodeProject(name: string) {
  return {
    extends: true,
    test: {
      name,
      root: `packages/${name}`,
      environment: 'node',
      include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
      // Type tests (`*.test-d.ts`, `expectTypeOf` and `@ts-expect-error`) run through tsc.
      typecheck: { enabled: true, include: ['test/**/*.test-d.ts'] },
    },
  };
}

export default defineConfig({
  resolve: { alias: workspaceAliases },
  test: {
    passWithNoTests: true,
    projects: [
      nodeProject('model'),
      nodeProject('mocks'),
      nodeProject('client'),
      {
        extends: true,
        test: {
          name: 'server',
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
        },
      },
    ],
  },
});
