import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { InstanceConfig } from './instance-main';

const MAIN = resolve(dirname(fileURLToPath(import.meta.url)), 'instance-main.ts');

/**
 * Builds the instance's entry from source into one file in a temp dir, as the mocks' tests build
 * `bankfeeds-mock`: Node 20 cannot run TypeScript itself. Returns the file and a clean-up.
 */
export async function buildInstance(): Promise<{ script: string; remove(): void }> {
  const dir = mkdtempSync(join(tmpdir(), 'bankfeeds-instance-'));
  const script = join(dir, 'instance.mjs');
  await build({
    entryPoints: [MAIN],
    outfile: script,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    conditions: ['@bankfeeds/source'],
    // pg's optional native binding is not installed.
    external: ['pg-native'],
    banner: {
      js: "import { createRequire as __bankfeedsRequire } from 'node:module'; const require = __bankfeedsRequire(import.meta.url);",
    },
    logLevel: 'error',
  });
  return { script, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A running instance: a child process. */
export interface RunningInstance {
  name: string;
  url: string;
  child: ChildProcess;
  /** Everything it wrote so far, stdout and stderr. */
  output(): string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** Starts an instance and resolves once it listens; rejects with its output if it exits first. */
export function startInstance(script: string, config: InstanceConfig): Promise<RunningInstance> {
  const child = spawn(process.execPath, [script], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, INSTANCE_CONFIG: JSON.stringify(config) },
  });
  let output = '';
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) =>
    child.on('exit', (code, signal) => done({ code, signal })),
  );
  return new Promise((resolveStart, reject) => {
    child.stderr!.on('data', (chunk) => (output += chunk));
    child.stdout!.on('data', (chunk) => {
      output += chunk;
      const ready = /^instance listening on (\S+)$/m.exec(output);
      if (ready)
        resolveStart({ name: config.name, url: ready[1]!, child, output: () => output, exited });
    });
    void exited.then(({ code }) =>
      reject(new Error(`exited with ${code} before ready:\n${output}`)),
    );
  });
}

/** The JSON log lines an instance wrote. */
export function logLinesOf(instance: RunningInstance): Array<Record<string, unknown>> {
  return instance
    .output()
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}
