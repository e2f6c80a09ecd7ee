// `npm run demo` and the example server's `start` command as a developer or a process manager
// runs them: started as child processes, waited for until they serve on their port, then sent
// SIGTERM at the pid that was started. Everything they started must stop with them: no Vite or
// server left listening on its port, no process of the tree left running.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer, connect } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, onTestFinished } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const started: ChildProcess[] = [];

/** pnpm as scripts/kit.mjs finds it: the installed one, or the pinned one through npx. */
function pnpm(): [string, ...string[]] {
  const probe = spawnSync('pnpm', ['--version'], { encoding: 'utf8' });
  return probe.status === 0 ? ['pnpm'] : ['npx', '--yes', 'pnpm@10.34.9'];
}

afterEach(() => {
  // A failed test must not leave its processes behind either.
  for (const child of started.splice(0)) {
    for (const pid of [child.pid!, ...descendants(child.pid!)]) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        // gone
      }
    }
  }
});

/** Every process below `pid`, from /proc (Linux), children before their own children. */
function descendants(pid: number): number[] {
  const parents = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // The command name may hold spaces and parentheses: the fields start after the last ')'.
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      parents.set(parent, [...(parents.get(parent) ?? []), Number(entry)]);
    } catch {
      // exited while listed
    }
  }
  const found: number[] = [];
  const queue = [pid];
  while (queue.length) {
    for (const child of parents.get(queue.shift()!) ?? []) {
      found.push(child);
      queue.push(child);
    }
  }
  return found;
}

/** Whether a process is still running (a zombie waiting for its parent counts as gone). */
function running(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z';
  } catch {
    return false;
  }
}

function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ port, host: '127.0.0.1' });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Starts a command; resolves with it and the first output line that `ready` matches. */
function start(command: string, args: string[], env: Record<string, string>, ready: RegExp) {
  const child = spawn(command, args, {
    cwd: root,
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  started.push(child);
  let output = '';
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => resolve(code)),
  );
  const matched = new Promise<RegExpExecArray>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk;
      const match = ready.exec(output);
      if (match) resolve(match);
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    void exited.then((code) => reject(new Error(`exited (${code}) before ready:\n${output}`)));
  });
  return { child, matched, exited, output: () => output };
}

/** Sends SIGTERM to the started pid only; resolves once it and its whole tree are gone. */
async function stopAndCheck(child: ChildProcess, exited: Promise<number | null>, port: number) {
  const tree = descendants(child.pid!);
  expect(tree.length).toBeGreaterThan(0);
  child.kill('SIGTERM');
  await exited;
  // The tree's processes may take a moment to finish closing after the pid exits.
  for (let attempt = 0; attempt < 100 && tree.some(running); attempt++) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  expect(tree.filter(running)).toEqual([]);
  expect(await accepts(port)).toBe(false);
}

describe('stopping a started command by its pid stops everything it started', () => {
  it('npm run demo (node scripts/kit.mjs demo): pnpm and Vite', async () => {
    const demo = start(
      process.execPath,
      ['scripts/kit.mjs', 'demo'],
      {},
      /Local:\s+http:\/\/127\.0\.0\.1:(\d+)/,
    );
    const port = Number((await demo.matched)[1]);
    expect(await accepts(port)).toBe(true);
    await stopAndCheck(demo.child, demo.exited, port);
  }, 120_000);

  it("the example server's start command (pnpm start): the build, then the server and its fake", async () => {
    const [port, mockPort] = [await freePort(), await freePort()];
    const dataDir = mkdtempSync(join(tmpdir(), 'bankfeeds-example-data-'));
    onTestFinished(() => rmSync(dataDir, { recursive: true, force: true }));
    const [command, ...prefix] = pnpm();
    const server = start(
      command,
      [...prefix, '--filter', '@bankfeeds/server-example', 'start'],
      { PORT: String(port), MOCK_PORT: String(mockPort), DATA_DIR: dataDir },
      /bank feeds server listening/,
    );
    await server.matched;
    expect(await accepts(port)).toBe(true);
    expect(await accepts(mockPort)).toBe(true);
    await stopAndCheck(server.child, server.exited, port);
    expect(await accepts(mockPort)).toBe(false);
  }, 120_000);
});
