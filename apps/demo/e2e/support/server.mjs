// Serves the built portal (apps/demo/dist) with `vite preview`, the way the browser tests see it.
import { setTimeout } from 'node:timers';
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

const demoDir = new URL('../..', import.meta.url).pathname;
const HOST = '127.0.0.1';
const PORT = 4173;

/** Starts `vite preview` in its own process group and resolves once it answers. */
export async function startPreview({ timeoutMs = 20_000 } = {}) {
  if (!existsSync(join(demoDir, 'dist', 'index.html'))) {
    throw new Error('apps/demo/dist is missing: run `pnpm --filter @bankfeeds/demo build` first.');
  }
  const viteBin = join(
    dirname(createRequire(join(demoDir, 'package.json')).resolve('vite/package.json')),
    'bin/vite.js',
  );
  // detached: vite gets its own process group, so stop() ends it and anything it spawned.
  const child = spawn(
    process.execPath,
    [viteBin, 'preview', '--host', HOST, '--port', String(PORT), '--strictPort'],
    {
      cwd: demoDir,
      detached: true,
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const stop = () => {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  };
  const url = `http://${HOST}:${PORT}`;
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`vite preview exited early (${child.exitCode}): ${stderr}`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(1_000) });
      if (response.ok) return { url, stop };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  stop();
  throw new Error(`vite preview did not answer on ${url} within ${timeoutMs} ms: ${stderr}`);
}
