import { fileURLToPath } from 'node:url';

const source = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * Where each workspace package's source lives. Vitest, the demo and Storybook import the kit from
 * source through these aliases (no build first), as `customConditions` does for `tsc`.
 */
export const workspaceAliases = {
  '@bankfeeds/model': source('./packages/model/src/index.ts'),
  '@bankfeeds/client': source('./packages/client/src/index.ts'),
  '@bankfeeds/server/node': source('./packages/server/src/node.ts'),
  '@bankfeeds/server': source('./packages/server/src/index.ts'),
  '@bankfeeds/mocks/node': source('./packages/mocks/src/node.ts'),
  '@bankfeeds/mocks/browser': source('./packages/mocks/src/browser.ts'),
  '@bankfeeds/mocks/server': source('./packages/mocks/src/server/index.ts'),
  '@bankfeeds/mocks': source('./packages/mocks/src/index.ts'),
  '@bankfeeds/react/styles.css': source('./packages/react/src/styles.css'),
  '@bankfeeds/react/locales/fr': source('./packages/react/src/locales/fr.ts'),
  '@bankfeeds/react/account-mapper': source('./packages/react/src/entries/account-mapper.ts'),
  '@bankfeeds/react/connection-manager': source(
    './packages/react/src/entries/connection-manager.ts',
  ),
  '@bankfeeds/react/feed-start-date-picker': source(
    './packages/react/src/entries/feed-start-date-picker.ts',
  ),
  '@bankfeeds/react': source('./packages/react/src/index.ts'),
};
