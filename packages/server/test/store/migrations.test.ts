import type { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPgliteStore, createPostgresStore } from '../../src/index';
import { MIGRATIONS, runMigrations } from '../../src/store/migrations';
import { pgPoolClient } from '../../src/store/postgres';
import { bootPglite, freshPostgresDatabase, uniqueName } from '../support/stores';

const BOOT_TIMEOUT_MS = 120_000;
const link = { customerId: 'customer-1', companyId: 'company-1', connectionId: 'connection-1' };

/** Runs one query on a database of the test server. */
async function queryPostgres<Row extends pg.QueryResultRow>(
  connectionString: string,
  text: string,
  params: unknown[] = [],
): Promise<Row[]> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    return (await client.query<Row>(text, params)).rows;
  } finally {
    await client.end();
  }
}

const appliedVersions = (connectionString: string, table = 'bankfeeds_migrations') =>
  queryPostgres<{ version: number }>(
    connectionString,
    `SELECT version FROM ${table} ORDER BY version`,
  ).then((rows) => rows.map((row) => row.version));

const allVersions = MIGRATIONS.map((migration) => migration.version);

describe('migrations on PostgreSQL', () => {
  it('run once when two instances start at once on an empty database', async () => {
    const connectionString = await freshPostgresDatabase();
    const stores = await Promise.all(
      Array.from({ length: 4 }, () => createPostgresStore({ connectionString })),
    );
    expect(await appliedVersions(connectionString)).toEqual(allVersions);

    await stores[0]!.links.set(link);
    expect(await stores[3]!.links.get(link.customerId)).toEqual(link);
    await Promise.all(stores.map((store) => store.close()));
  });

  it('find nothing to do the second time, and keep the data', async () => {
    const connectionString = await freshPostgresDatabase();
    const first = await createPostgresStore({ connectionString });
    await first.links.set(link);
    await first.close();

    const second = await createPostgresStore({ connectionString });
    expect(await appliedVersions(connectionString)).toEqual(allVersions);
    expect(await second.links.get(link.customerId)).toEqual(link);
    await second.close();
  });

  it('put every table in the schema given, created when missing, apart from other schemas', async () => {
    const connectionString = await freshPostgresDatabase();
    const [inA, alsoInA, inB] = await Promise.all([
      createPostgresStore({ connectionString }, { schema: 'Bank Feeds A' }),
      createPostgresStore({ connectionString }, { schema: 'Bank Feeds A' }),
      createPostgresStore({ connectionString }, { schema: 'bankfeeds_b' }),
    ]);
    await inA!.links.set(link);
    expect(await alsoInA!.links.get(link.customerId)).toEqual(link);
    expect(await inB!.links.get(link.customerId)).toBeNull();

    const tables = await queryPostgres<{ table_schema: string; table_name: string }>(
      connectionString,
      `SELECT table_schema, table_name FROM information_schema.tables
       WHERE table_name LIKE 'bankfeeds%' ORDER BY table_schema, table_name`,
    );
    const schemas = new Set(tables.map((table) => table.table_schema));
    expect(schemas).toEqual(new Set(['Bank Feeds A', 'bankfeeds_b']));
    expect(tables.every((table) => table.table_name.startsWith('bankfeeds_'))).toBe(true);
    expect(await appliedVersions(connectionString, '"Bank Feeds A".bankfeeds_migrations')).toEqual(
      allVersions,
    );
    await Promise.all([inA, alsoInA, inB].map((store) => store!.close()));
  });

  it('leave a database that a newer version migrated further as it is', async () => {
    const connectionString = await freshPostgresDatabase();
    await (await createPostgresStore({ connectionString })).close();
    await queryPostgres(
      connectionString,
      `INSERT INTO bankfeeds_migrations (version, name) VALUES (9999, 'from a newer version')`,
    );
    const store = await createPostgresStore({ connectionString });
    await store.links.set(link);
    expect(await store.links.get(link.customerId)).toEqual(link);
    await store.close();
  });

  it('apply all or nothing: a failing migration leaves no trace of the ones before it', async () => {
    const connectionString = await freshPostgresDatabase();
    const pool = new pg.Pool({ connectionString });
    const broken = [
      { version: 1, name: 'fine', sql: 'CREATE TABLE {schema}bankfeeds_fine (id integer)' },
      { version: 2, name: 'broken', sql: 'CREATE TABLE {schema}bankfeeds_broken (id nonsense)' },
    ];
    await expect(runMigrations(pgPoolClient(pool, false), 'fresh', broken)).rejects.toThrow(
      /nonsense/,
    );
    const left = await queryPostgres(
      connectionString,
      `SELECT 1 FROM information_schema.tables WHERE table_schema = 'fresh'`,
    );
    expect(left).toEqual([]);
    await pool.end();
  });

  it('leave a pool the store was given open when the store closes', async () => {
    const connectionString = await freshPostgresDatabase();
    const pool = new pg.Pool({ connectionString });
    const store = await createPostgresStore({ pool }, { schema: uniqueName() });
    await store.close();
    expect((await pool.query('SELECT 1 AS one')).rows).toEqual([{ one: 1 }]);
    await pool.end();
  });
});

describe('migrations on PGlite', () => {
  let db: PGlite;
  beforeAll(async () => {
    db = await bootPglite();
  }, BOOT_TIMEOUT_MS);
  afterAll(() => db.close());

  it('run once when two stores open the same database at once, and not again later', async () => {
    const schema = uniqueName();
    const [first, second] = await Promise.all([
      createPgliteStore({ pglite: db }, { schema }),
      createPgliteStore({ pglite: db }, { schema }),
    ]);
    const third = await createPgliteStore({ pglite: db }, { schema });
    const versions = await db.query<{ version: number }>(
      `SELECT version FROM ${schema}.bankfeeds_migrations ORDER BY version`,
    );
    expect(versions.rows.map((row) => row.version)).toEqual(allVersions);

    await first.links.set(link);
    expect(await third.links.get(link.customerId)).toEqual(link);
    await Promise.all([first, second, third].map((store) => store.close()));
    // The database was given, not opened, by the stores: it stays open.
    expect(db.closed).toBe(false);
  });
});
