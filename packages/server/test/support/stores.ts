/**
 * Real stores for tests, on both engines the package supports.
 *
 * `describeEachStore(name, suite)` declares `suite` twice: once on PGlite (in memory) and once on
 * the test run's PostgreSQL server (see `postgres-cluster.ts`). Before each test it opens a
 * fresh, empty store in a schema of its own and closes it afterwards, so tests and test files
 * never see each other's rows and files can run in parallel:
 *
 * ```ts
 * describeEachStore('the push job', ({ store, openAnother }) => {
 *   it('pushes each line once', async () => {
 *     const job = createPushJob({ store: store(), ... });
 *     const otherInstance = await openAnother(); // a second server on the same data
 *   });
 * });
 * ```
 *
 * PGlite boots in seconds, so one embedded database (loaded from the run's template) serves a
 * whole file and each test gets a new schema in it. Without PostgreSQL's server binaries the
 * `postgres` half fails with a message that says what to install.
 *
 * Outside `describeEachStore`: `openTestStore(kind, uniqueName())` opens one fresh store (close
 * it yourself), and `freshPostgresDatabase()` makes an empty database. Avoid a bare
 * `createPgliteStore()` per test: each one runs PGlite's initdb (seconds to tens of seconds on a
 * loaded machine).
 */
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { afterAll, afterEach, beforeAll, beforeEach, describe, inject } from 'vitest';
import { createPgliteStore } from '../../src/store/pglite';
import { createPostgresStore } from '../../src/store/postgres';
import type { BankFeedsStore } from '../../src/store/types';
import type { ProvidedPgliteTemplate } from './pglite-template';
import type { ProvidedPostgres } from './postgres-cluster';

/** The engines a store runs on. */
export type StoreKind = 'pglite' | 'postgres';

export const STORE_KINDS: readonly StoreKind[] = ['pglite', 'postgres'];

/** What a suite declared by {@link describeEachStore} works with. */
export interface StoreFixture {
  kind: StoreKind;
  /** This test's store: fresh and empty, closed after the test. */
  store(): BankFeedsStore;
  /**
   * Another store on the same data (same database and schema): a second server instance. On
   * PostgreSQL it has its own pool; on PGlite it shares the one embedded database.
   */
  openAnother(): Promise<BankFeedsStore>;
}

/** The test run's PostgreSQL server, or the reason there is none (thrown, so the test fails). */
export function postgresConnectionString(): string {
  // Undefined in a project whose globalSetup does not start the server.
  const postgres = inject('postgres') as ProvidedPostgres | undefined;
  if (!postgres) {
    throw new Error(
      'No PostgreSQL server for this Vitest project: add test/support/postgres-cluster.ts to its globalSetup',
    );
  }
  if ('error' in postgres) throw new Error(postgres.error);
  return postgres.connectionString;
}

/** A name no other test uses, for a schema or a database. */
export function uniqueName(prefix = 'test'): string {
  return `${prefix}_${randomUUID().replaceAll('-', '')}`;
}

/** A new, empty database on the test server; returns its connection string. */
export async function freshPostgresDatabase(): Promise<string> {
  const connectionString = postgresConnectionString();
  const name = uniqueName('db');
  const admin = new pg.Client({ connectionString });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(connectionString);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Room for booting an embedded database or migrating a schema on a loaded machine. */
const BOOT_TIMEOUT_MS = 120_000;

let sharedPglite: Promise<PGlite> | null = null;

/** The file's embedded database, booted on first use. */
async function filePglite(): Promise<PGlite> {
  sharedPglite ??= bootPglite();
  return sharedPglite;
}

/** A new in-memory PGlite, from the run's template when there is one (see `pglite-template.ts`). */
export async function bootPglite(): Promise<PGlite> {
  // Undefined in a project whose globalSetup makes no template.
  const template = inject('pgliteTemplate') as ProvidedPgliteTemplate | undefined;
  if (!template) return PGlite.create();
  return PGlite.create({ loadDataDir: new Blob([await readFile(template)]) });
}

async function closeFilePglite(): Promise<void> {
  const pending = sharedPglite;
  sharedPglite = null;
  if (pending) await (await pending).close();
}

/** A store of `kind` in `schema`: the same schema twice means two instances on the same data. */
export async function openTestStore(kind: StoreKind, schema: string): Promise<BankFeedsStore> {
  if (kind === 'pglite') return createPgliteStore({ pglite: await filePglite() }, { schema });
  return createPostgresStore({ connectionString: postgresConnectionString() }, { schema });
}

/** Declares `suite` once per store engine, each test on a fresh store (see the file's comment). */
export function describeEachStore(name: string, suite: (fixture: StoreFixture) => void): void {
  for (const kind of STORE_KINDS) {
    describe(`${name} (${kind})`, () => {
      let schema = '';
      let current: BankFeedsStore | null = null;
      let opened: BankFeedsStore[] = [];
      const open = async () => {
        const store = await openTestStore(kind, schema);
        opened.push(store);
        return store;
      };
      // Booting PGlite takes seconds on a busy machine: once per file, with room for it.
      if (kind === 'pglite') {
        beforeAll(async () => {
          await filePglite();
        }, BOOT_TIMEOUT_MS);
      }
      beforeEach(async () => {
        schema = uniqueName();
        current = await open();
      }, BOOT_TIMEOUT_MS);
      afterEach(async () => {
        const closing = opened;
        opened = [];
        current = null;
        await Promise.all(closing.map((store) => store.close()));
      });
      afterAll(closeFilePglite);
      suite({
        kind,
        store: () => {
          if (!current) throw new Error('The store exists only while a test runs');
          return current;
        },
        openAnother: open,
      });
    });
  }
}
