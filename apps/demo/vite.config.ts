import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { workspaceAliases } from '../../workspace-aliases';

// The demo runs the kit from source, so a change in a package shows without a build. The
// stylesheet entry comes first: the package alias alone would resolve it under src/index.ts.
export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: [
      {
        find: '@bankfeeds/react/styles.css',
        replacement: fileURLToPath(new URL('../../packages/react/src/styles.css', import.meta.url)),
      },
      ...Object.entries(workspaceAliases).map(([find, replacement]) => ({ find, replacement })),
    ],
  },
});
