import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { workspaceAliases } from '../../workspace-aliases';

// The demo runs the kit from source, so a change in a package shows without a build.
export default defineConfig({
  plugins: [react()],
  resolve: { alias: workspaceAliases },
});
