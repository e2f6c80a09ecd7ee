#!/usr/bin/env node
// Builds the push load benchmark (push-load.ts and its worker, push-worker.ts) from source into a
// temp dir with esbuild, as the tests build their child processes, and runs it with the
// arguments given: `pnpm --filter @bankfeeds/server bench:push -- --customers 200`.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';

const here = new URL('.', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'bankfeeds-bench-'));
const bundle = (name) =>
  build({
    entryPoints: [join(here, `${name}.ts`)],
    outfile: join(dir, `${name}.mjs`),
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    conditions: ['@bankfeeds/source'],
    external: ['pg-native', 'vitest', 'vitest/*'],
    banner: {
      js: "import { createRequire as __bankfeedsRequire } from 'node:module'; const require = __bankfeedsRequire(import.meta.url);",
    },
    logLevel: 'error',
  });
await Promise.all([bundle('push-load'), bundle('push-worker')]);
const child = spawn(process.execPath, [join(dir, 'push-load.mjs'), ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, PUSH_WORKER_SCRIPT: join(dir, 'push-worker.mjs') },
});
child.on('exit', (code) => {
  rmSync(dir, { recursive: true, force: true });
  process.exit(code ?? 1);
});
