import { fileURLToPath } from 'node:url';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { chromiumArgs, chromiumPath } from '../scripts/chromium.mjs';

/**
 * Every story as a browser test: rendered in Debian's Chromium, its play function run, and axe
 * run on the result (a violation fails the story, see `parameters.a11y.test` in preview.tsx).
 * `pnpm exec vitest run --config .storybook/vitest.config.ts`
 */
export default defineConfig({
  plugins: [storybookTest({ configDir: fileURLToPath(new URL('.', import.meta.url)) })],
  test: {
    name: 'storybook',
    // No story's test waits on a clock of its own to pass; the timeout only ends a hung story, so
    // it is far above what the slowest story takes on a busy machine (the default 15 s was not).
    testTimeout: 60_000,
    browser: {
      enabled: true,
      headless: true,
      instances: [{ browser: 'chromium' }],
      provider: playwright({
        launchOptions: {
          executablePath: chromiumPath,
          args: chromiumArgs,
        },
      }),
    },
  },
});
