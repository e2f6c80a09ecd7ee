import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';

/**
 * Test support shared by packages whose tests run a real process: a TypeScript entry bundled
 * into one file (Node 20 cannot run TypeScript itself and no TS loader is installed), started as
 * a child process that prints a ready line.
 */

/** Bundles `entry` from source (the workspace's packages by their `@bankfeeds/source` condition). */
export async function bundleForNode(
  entry: string,
  options: { name: string; external?: string[] },
): Promise<{ script: string; remove(): void }> {
  const dir = mkdtempSync(join(tmpdir(), `${options.name}-`));
  const script = join(dir, `${options.name}.mjs`);
  await build({
    entryPoints: [entry],
    outfile: script,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    conditions: ['@bankfeeds/source'],
    external: options.external ?? [],
    // Some dependencies are CommonJS and `require` Node's modules.
    banner: {
      js: "import { createRequire as __bankfeedsRequire } from 'node:module'; const require = __bankfeedsRequire(import.meta.url);",
    },
    logLevel: 'error',
  });
  return { script, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** How a child process ended. */
export type Exit = { code: number | null; signal: NodeJS.Signals | null };

/** A child process that printed its ready line. */
export interface ReadyProcess {
  /** The first capture group of the ready line (a URL). */
  url: string;
  child: ChildProcess;
  /** Everything it wrote so far, stdout and stderr. */
  output(): string;
  /** Resolves with its exit code (or signal) once it has ended. */
  exited: Promise<Exit>;
}

/**
 * Runs `node script ...args` and resolves once stdout has a line matching `ready` (its first
 * group is the URL). Rejects with what it printed if it exits first. The caller stops it.
 */
export function startNodeProcess(
  script: string,
  args: string[],
  options: { ready: RegExp; env?: NodeJS.ProcessEnv },
): Promise<ReadyProcess> {
  const child = spawn(process.execPath, [script, ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
    ...(options.env ? { env: options.env } : {}),
  });
  let output = '';
  const exited = new Promise<Exit>((done) =>
    child.on('exit', (code, signal) => done({ code, signal })),
  );
  return new Promise((resolveStart, reject) => {
    child.stderr!.on('data', (chunk) => (output += chunk));
    child.stdout!.on('data', (chunk) => {
      output += chunk;
      const ready = options.ready.exec(output);
      if (ready) resolveStart({ url: ready[1]!, child, output: () => output, exited });
    });
    void exited.then(({ code }) =>
      reject(new Error(`exited with ${code} before ready:\n${output}`)),
    );
  });
}
