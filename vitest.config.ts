import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const source = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * One Vitest run for the whole workspace, one project per package. Tests import the packages'
 * sources (no build first) through these aliases, as `customConditions` does for `tsc`.
 */
export const workspaceAliases = {
  '@bankfeeds/model': source('./packages/model/src/index.ts'),
  '@bankfeeds/client': source('./packages/client/src/index.ts'),
  '@bankfeeds/mocks/node': source('./packages/mocks/src/node.ts'),
  '@bankfeeds/mocks/browser': source('./packages/mocks/src/browser.ts'),
  '@bankfeeds/mocks': source('./packages/mocks/src/index.ts'),
  '@bankfeeds/react': source('./packages/react/src/index.ts'),
};

function nodeProject(name: string) {
  return {
    extends: true,
    test: {
      name,
      root: `packages/${name}`,
      environment: 'node',
      include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    },
  } as const;
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
          name: 'react',
          root: 'packages/react',
          environment: 'jsdom',
          setupFiles: ['./test/setup.ts'],
          include: ['src/**/*.test.{ts,tsx}', 'test/**/*.test.{ts,tsx}'],
        },
      },
    ],
  },
});
