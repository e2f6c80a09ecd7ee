import type { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pgliteClient } from '../../src/store/pglite';
import { pgPoolClient } from '../../src/store/postgres';
import type { SqlClient } from '../../src/store/sql-client';
import { bootPglite, postgresConnectionString, uniqueName } from '../support/stores';

const BOOT_TIMEOUT_MS = 120_000;

/** The driver seam's promises, the same on every driver. */
function describeClient(name: string, open: () => Promise<SqlClient>, close: () => Promise<void>) {
  describe(name, () => {
    let client: SqlClient;
    let table: string;
    beforeAll(async () => {
      client = await open();
    }, BOOT_TIMEOUT_MS);
    afterAll(close);

    const names = async () =>
      (await client.query<{ name: string }>(`SELECT name FROM ${table} ORDER BY name`)).map(
        (row) => row.name,
      );

    it('commits a transaction that resolves and rolls back one that throws', async () => {
      table = uniqueName('t');
      await client.execute(`CREATE TABLE ${table} (name text)`);
      const result = await client.transaction(async (tx) => {
        await tx.query(`INSERT INTO ${table} VALUES ($1)`, ['kept']);
        return 'done';
      });
      expect(result).toBe('done');
      const failing = client.transaction(async (tx) => {
        await tx.query(`INSERT INTO ${table} VALUES ($1)`, ['rolled back']);
        throw new Error('handler failed');
      });
      await expect(failing).rejects.toThrow('handler failed');
      expect(await names()).toEqual(['kept']);
    });

    it('never lets a statement from outside land in a transaction that rolls back', async () => {
      table = uniqueName('t');
      await client.execute(`CREATE TABLE ${table} (name text)`);
      let outside: Promise<unknown> = Promise.resolve();
      const failing = client.transaction(async (tx) => {
        await tx.query(`INSERT INTO ${table} VALUES ($1)`, ['inside']);
        outside = client.query(`INSERT INTO ${table} VALUES ($1)`, ['outside']);
        // Give the outside statement every chance to run before the rollback.
        await new Promise((resolve) => setTimeout(resolve, 20));
        throw new Error('rolled back');
      });
      await expect(failing).rejects.toThrow('rolled back');
      await outside;
      expect(await names()).toEqual(['outside']);
    });
  });
}

let pglite: PGlite;
describeClient(
  'the PGlite client',
  async () => pgliteClient((pglite = await bootPglite()), true),
  () => pglite.close(),
);

let pool: pg.Pool;
describeClient(
  'the pg pool client',
  async () =>
    pgPoolClient((pool = new pg.Pool({ connectionString: postgresConnectionString() })), true),
  () => pool.end(),
);
