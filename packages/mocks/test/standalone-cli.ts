import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const MAIN = resolve(dirname(fileURLToPath(import.meta.url)), '../src/server/main.ts');

/**
 * Builds the `bankfeeds-mock` command from source into a temp dir, as one file (msw inside), so
 * a child process runs what the tests see without a prior `pnpm build`: Node 20 cannot run the
 * TypeScript itself and no TS loader is installed. Returns the file and a clean-up.
 */
export async function buildCli(): Promise<{ cli: string; remove(): void }> {
  const dir = mkdtempSync(join(tmpdir(), 'bankfeeds-mock-'));
  const cli = join(dir, 'cli.mjs');
  await build({
    entryPoints: [MAIN],
    outfile: cli,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // The workspace's packages from their source, as the tests import them.
    conditions: ['@bankfeeds/source'],
    // Some of msw's dependencies are CommonJS and `require` Node's modules.
    banner: {
      js: "import { createRequire as __bankfeedsRequire } from 'node:module'; const require = __bankfeedsRequire(import.meta.url);",
    },
    logLevel: 'error',
  });
  return { cli, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A running `bankfeeds-mock` child process. */
export interface RunningCli {
  /** What it printed in its ready line. */
  url: string;
  child: ChildProcess;
  /** Everything it wrote to stdout and stderr so far. */
  output(): string;
  /** Resolves with its exit code (or signal) once it has ended. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** Runs the command to its end (for `--help` and bad flags). */
export function runCli(cli: string, args: string[]) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((done) => {
    const child = spawn(process.execPath, [cli, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('exit', (code) => done({ code, stdout, stderr }));
  });
}

/**
 * Starts the command on a free port and resolves once it printed its ready line. Rejects with
 * what it printed if it exits first. The caller stops it (`child.kill()`).
 */
export function startCli(cli: string, args: string[]): Promise<RunningCli> {
  const child = spawn(process.execPath, [cli, '--port', '0', ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) =>
    child.on('exit', (code, signal) => done({ code, signal })),
  );
  return new Promise((resolveStart, reject) => {
    child.stderr!.on('data', (chunk) => (output += chunk));
    child.stdout!.on('data', (chunk) => {
      output += chunk;
      const ready = /^bankfeeds-mock listening on (\S+)$/m.exec(output);
      if (ready) resolveStart({ url: ready[1]!, child, output: () => output, exited });
    });
    void exited.then(({ code }) =>
      reject(new Error(`exited with ${code} before ready:\n${output}`)),
    );
  });
}
