/**
 * A throwaway PostgreSQL server of the tests' own: `initdb` into a temporary directory,
 * `pg_ctl start` on a free port of 127.0.0.1 (and a unix socket in that directory), with fsync
 * off; stopped and deleted afterwards. It is the Vitest `globalSetup` of the `server` project:
 * one server per test run, its connection string handed to the tests through `provide` (see
 * `stores.ts`, which gives each test a fresh schema or database on it).
 *
 * It needs PostgreSQL's server binaries (Debian's `postgresql` package; found under
 * `/usr/lib/postgresql/<version>/bin` or on PATH). As root, which initdb refuses, it runs them as
 * the `postgres` system user that package creates. Without them the tests that need PostgreSQL
 * fail with a message that says what to install; the others run.
 */
import { execFile, spawnSync } from 'node:child_process';
import { chown, mkdtemp, readdir, rm } from 'node:fs/promises';
import { existsSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { promisify } from 'node:util';
import type { TestProject } from 'vitest/node';

const run = promisify(execFile);

/** What the tests receive: the server's connection string, or why there is none. */
export type ProvidedPostgres = { connectionString: string } | { error: string };

declare module 'vitest' {
  export interface ProvidedContext {
    postgres: ProvidedPostgres;
  }
}

/** The message of a machine without PostgreSQL's server binaries. */
export const MISSING_POSTGRES =
  "PostgreSQL server binaries not found: install Debian's postgresql (apt-get install postgresql)";

/** A running throwaway server. */
export interface PostgresCluster {
  /** Superuser `postgres`, trust authentication, database `postgres`. */
  connectionString: string;
  stop(): Promise<void>;
}

/** Where to look for PostgreSQL's server binaries. */
export interface BinaryPlaces {
  /** Holds one directory per installed version, each with its `bin`. */
  debianRoot: string;
  /** A PATH-like list of directories. */
  path: string;
}

const DEFAULT_PLACES: BinaryPlaces = {
  debianRoot: '/usr/lib/postgresql',
  path: process.env.PATH ?? '',
};

/** The directory holding `initdb` and `pg_ctl`: Debian's newest version first, then PATH. */
export async function findServerBinaries(
  places: BinaryPlaces = DEFAULT_PLACES,
): Promise<string | null> {
  const versions = existsSync(places.debianRoot) ? await readdir(places.debianRoot) : [];
  const candidates = versions
    .sort((a, b) => Number(b) - Number(a))
    .map((version) => join(places.debianRoot, version, 'bin'));
  candidates.push(...places.path.split(delimiter).filter(Boolean));
  return (
    candidates.find((dir) => existsSync(join(dir, 'initdb')) && existsSync(join(dir, 'pg_ctl'))) ??
    null
  );
}

/** A TCP port nobody listens on right now. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}

/** Runs a PostgreSQL program, as the `postgres` user when this process is root. */
function runAsServerUser(asRoot: boolean, program: string, args: string[]) {
  return asRoot ? run('runuser', ['-u', 'postgres', '--', program, ...args]) : run(program, args);
}

async function ownByPostgresUser(dir: string): Promise<void> {
  const uid = Number((await run('id', ['-u', 'postgres'])).stdout.trim());
  const gid = Number((await run('id', ['-g', 'postgres'])).stdout.trim());
  await chown(dir, uid, gid);
}

/** Starts a fresh server; throws {@link MISSING_POSTGRES} when the binaries are not installed. */
export async function startPostgresCluster(
  places: BinaryPlaces = DEFAULT_PLACES,
): Promise<PostgresCluster> {
  const bin = await findServerBinaries(places);
  if (!bin) throw new Error(MISSING_POSTGRES);
  const asRoot = process.getuid?.() === 0;
  // As root, a TMPDIR under /root would be out of the postgres user's reach: /tmp never is.
  const dir = await mkdtemp(join(asRoot ? '/tmp' : tmpdir(), 'bankfeeds-pg-'));
  const data = join(dir, 'data');
  const pgCtl = join(bin, 'pg_ctl');
  try {
    if (asRoot) await ownByPostgresUser(dir);
    const initdb = ['-D', data, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--locale=C'];
    await runAsServerUser(asRoot, join(bin, 'initdb'), [...initdb, '--no-sync']);
    // A port found free can be taken before the server binds it: try a few.
    for (let attempt = 1; ; attempt++) {
      const port = await freePort();
      const settings = [
        `-p ${port}`,
        `-k ${dir}`,
        '-c listen_addresses=127.0.0.1',
        '-c fsync=off',
        '-c synchronous_commit=off',
        '-c full_page_writes=off',
        '-c max_connections=300',
      ];
      const start = ['start', '-D', data, '-w', '-l', join(dir, 'server.log')];
      try {
        await runAsServerUser(asRoot, pgCtl, [...start, '-o', settings.join(' ')]);
      } catch (error) {
        if (attempt < 3) continue;
        throw error;
      }
      // A run cut short (Ctrl-C, a crash) skips the teardown: never leave a server behind.
      const stopAtExit = () => {
        const stop = ['stop', '-D', data, '-m', 'immediate'];
        spawnSync(
          asRoot ? 'runuser' : pgCtl,
          asRoot ? ['-u', 'postgres', '--', pgCtl, ...stop] : stop,
        );
        rmSync(dir, { recursive: true, force: true });
      };
      process.once('exit', stopAtExit);
      return {
        connectionString: `postgresql://postgres@127.0.0.1:${port}/postgres`,
        async stop() {
          process.off('exit', stopAtExit);
          await runAsServerUser(asRoot, pgCtl, ['stop', '-D', data, '-m', 'fast', '-w']);
          await rm(dir, { recursive: true, force: true });
        },
      };
    }
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
}

/**
 * The `globalSetup` of the `server` project: one server for the whole run. It never throws:
 * a machine without PostgreSQL still runs every test that does not need it.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  let cluster: PostgresCluster | null = null;
  try {
    cluster = await startPostgresCluster();
    project.provide('postgres', { connectionString: cluster.connectionString });
  } catch (error) {
    project.provide('postgres', { error: error instanceof Error ? error.message : String(error) });
  }
  return async () => {
    await cluster?.stop();
  };
}
