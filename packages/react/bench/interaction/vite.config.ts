import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { workspaceAliases } from '../../../../workspace-aliases.ts';

// The benchmark page, built as an app ships it: production mode, the kit from source.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react()],
  logLevel: 'warn',
  resolve: { alias: workspaceAliases },
  build: { emptyOutDir: true },
});
