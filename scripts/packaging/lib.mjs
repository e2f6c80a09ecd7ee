// Shared helpers for the packaging checks: the published packages, packing them as npm would
// receive them, and running commands with a time limit.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { clearTimeout, setTimeout } from 'node:timers';
import { createServer } from 'node:net';
import { join } from 'node:path';

export const root = new URL('../..', import.meta.url).pathname.replace(/\/$/, '');
export const PNPM_VERSION = '10.34.9';

/** The published packages, in dependency order. */
export const PACKAGES = ['model', 'client', 'server', 'react', 'mocks'].map((dir) => {
  const pkgDir = join(root, 'packages', dir);
  const manifest = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));
  return { dir, pkgDir, name: manifest.name, version: manifest.version, manifest };
});

let pnpmPrefix;
/** How to call pnpm: the installed one when it is the pinned version, else through npx. */
export function pnpmCommand() {
  if (pnpmPrefix) return pnpmPrefix;
  const probe = spawnSync('pnpm', ['--version'], { encoding: 'utf8' });
  pnpmPrefix =
    probe.status === 0 && probe.stdout.trim() === PNPM_VERSION
      ? ['pnpm']
      : ['npx', '--yes', `pnpm@${PNPM_VERSION}`];
  return pnpmPrefix;
}

/**
 * Runs a command to completion with a time limit; resolves with its exit code and output.
 * The child gets its own process group, so a timeout ends it and everything it started.
 */
export function run(command, args, { cwd = root, env, timeoutMs = 120_000, quiet = true } = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      cwd,
      env: { ...process.env, ...env },
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const collect = (chunk) => {
      output += chunk;
      if (!quiet) process.stdout.write(chunk);
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      killGroup(child.pid);
    }, timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      resolve({ code: 1, output: output + String(error), timedOut });
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code: timedOut ? 124 : (code ?? 1), output, timedOut });
    });
  });
}

/** Ends a process group started with `detached: true`; a group already gone is fine. */
export function killGroup(pid) {
  if (!pid) return;
  try {
    process.kill(-pid, 'SIGTERM');
  } catch {
    // already exited
  }
}

/**
 * Packs every published package with `pnpm pack` (so `workspace:*` becomes the real version) into
 * `dest`; returns `{ [name]: tarballPath }`. Needs a prior build.
 */
export async function packAll(dest) {
  mkdirSync(dest, { recursive: true });
  const [command, ...prefix] = pnpmCommand();
  const tarballs = {};
  await Promise.all(
    PACKAGES.map(async (pkg) => {
      const result = await run(command, [...prefix, 'pack', '--pack-destination', dest], {
        cwd: pkg.pkgDir,
        timeoutMs: 60_000,
      });
      if (result.code !== 0) throw new Error(`pnpm pack failed for ${pkg.name}:\n${result.output}`);
    }),
  );
  for (const pkg of PACKAGES) {
    const file = `${pkg.name.replace('@', '').replace('/', '-')}-${pkg.version}.tgz`;
    if (!readdirSync(dest).includes(file)) throw new Error(`pnpm pack wrote no ${file} in ${dest}`);
    tarballs[pkg.name] = join(dest, file);
  }
  return tarballs;
}

/** Writes the counts the test command reads, in Vitest's JSON report shape. */
export function writeCounts(file, passed, failed) {
  if (!file) return;
  writeFileSync(
    file,
    JSON.stringify(
      { numPassedTests: passed, numFailedTests: failed, numPendingTests: 0, numTodoTests: 0 },
      null,
      2,
    ) + '\n',
  );
}

/** A TCP port free on 127.0.0.1 now, for a server that must know its port before it starts. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Same pins as the workspace: msw 2.15's newest @inquirer releases need Node 22. */
export const NPM_OVERRIDES = {
  '@inquirer/confirm': '6.3.5',
  '@inquirer/core': '12.0.6',
  '@inquirer/ansi': '2.0.10',
  '@inquirer/figures': '2.0.10',
};

/** Seconds since `since`, for log lines. */
export const secondsSince = (since) => ((Date.now() - since) / 1000).toFixed(1);

/**
 * Named checks for a consumer script: `check(name, body)` runs one, a thrown error or the time
 * limit fails it, and `results` holds every outcome for the counts.
 */
export function createChecks(defaultTimeoutMs) {
  const results = [];
  async function check(name, body, timeoutMs = defaultTimeoutMs) {
    const at = Date.now();
    let timer;
    try {
      await Promise.race([
        body(),
        new Promise((_, reject) => {
          timer = setTimeout(
            () => reject(new Error(`timed out after ${timeoutMs / 1000}s`)),
            timeoutMs,
          );
        }),
      ]);
      results.push({ name, ok: true });
      console.log(`ok   ${name} (${secondsSince(at)}s)`);
      return true;
    } catch (error) {
      results.push({ name, ok: false });
      console.log(
        `FAIL ${name} (${secondsSince(at)}s)\n     ${String(error?.stack ?? error).replace(/\n/g, '\n     ')}`,
      );
      return false;
    } finally {
      clearTimeout(timer);
    }
  }
  return { check, results };
}

/** Process groups of the servers `startServer` started and has not stopped: stop them at exit. */
export const startedServers = new Set();

/**
 * Starts a Node program as its own process group; resolves with `{ url, stop, output }` once its
 * output matches `ready` (the URL is the first group), rejects when it exits or takes too long.
 */
export function startServer(
  args,
  { cwd, env, ready = /listening (\S+)/, timeoutMs = 30_000 } = {},
) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      cwd,
      env: { ...process.env, ...env },
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    startedServers.add(child.pid);
    let output = '';
    const stop = () => {
      killGroup(child.pid);
      startedServers.delete(child.pid);
    };
    const timer = setTimeout(() => {
      stop();
      reject(new Error(`server did not start:\n${output}`));
    }, timeoutMs);
    const onData = (chunk) => {
      output += chunk;
      const match = ready.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve({ url: match[1], stop, output: () => output });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited (${code}):\n${output}`));
    });
  });
}
