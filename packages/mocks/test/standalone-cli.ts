import { spawn } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  bundleForNode,
  startNodeProcess,
  type ReadyProcess,
} from '../../../scripts/test-support/child-process';

const MAIN = resolve(dirname(fileURLToPath(import.meta.url)), '../src/server/main.ts');

/**
 * Builds the `bankfeeds-mock` command from source into a temp dir, as one file (msw inside), so
 * a child process runs what the tests see without a prior `pnpm build`. Returns the file and a
 * clean-up.
 */
export async function buildCli(): Promise<{ cli: string; remove(): void }> {
  const { script, remove } = await bundleForNode(MAIN, { name: 'bankfeeds-mock' });
  return { cli: script, remove };
}

/** A running `bankfeeds-mock` child process. */
export type RunningCli = ReadyProcess;

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
export const startCli = (cli: string, args: string[]): Promise<RunningCli> =>
  startNodeProcess(cli, ['--port', '0', ...args], {
    ready: /^bankfeeds-mock listening on (\S+)$/m,
  });
