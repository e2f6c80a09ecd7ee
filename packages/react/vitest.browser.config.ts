import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.mjs';
import { playwright } from '@vitest/browser-playwright';
import { workspaceAliases } from '../../workspace-aliases';

/**
 * The kit in a real Chromium (Debian's, or `CHROMIUM_PATH`): the keyboard journey as tests, and
 * the mapper at scale as a measurement. From the repository root:
 *
 *   pnpm exec vitest run --config packages/react/vitest.browser.config.ts
 */
export default defineConfig(({ mode }) => ({
  root: fileURLToPath(new URL('.', import.meta.url)),
  resolve: { alias: workspaceAliases },
  // Benchmarks measure React's production build, as users run it; tests keep the development
  // build for its warnings and `act`.
  define: mode === 'benchmark' ? { 'process.env.NODE_ENV': JSON.stringify('production') } : {},
  test: {
    name: 'react-browser',
    include: ['test/browser/**/*.browser.test.tsx'],
    setupFiles: ['./test/browser/setup.ts'],
    browser: {
      enabled: true,
      headless: true,
      screenshotFailures: false,
      instances: [{ browser: 'chromium' }],
      provider: playwright({
        launchOptions: {
          executablePath: chromiumPath,
          args: chromiumArgs,
        },
      }),
    },
    // Named apart from `*.bench.tsx`, so the jsdom project's benchmarks leave it alone.
    benchmark: { include: ['bench/**/*.chromium-bench.tsx'] },
  },
}));
