import { defineConfig } from 'vitest/config';
import { workspaceAliases } from '../../workspace-aliases';

/**
 * Runs the example server's tests on their own (`pnpm vitest run --root apps/server --config
 * apps/server/vitest.config.ts`) until the root config has a `server` project.
 */
export default defineConfig({
  resolve: { alias: workspaceAliases },
  test: {
    name: 'server',
    environment: 'node',
    include: ['test/**/*.test.ts'],
  },
});
