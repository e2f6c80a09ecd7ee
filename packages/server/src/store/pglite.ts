import { PGlite, type Transaction } from '@electric-sql/pglite';
import { closeOnce, type SqlClient } from './sql-client';
import { createSqlStore, type SqlStoreOptions } from './sql-store';
import type { BankFeedsStore } from './types';

/** Where the PGlite store keeps its data: a directory, nothing (in memory), or your PGlite. */
export type PgliteConnection = { dataDir?: string } | { pglite: PGlite };

/** The client of one transaction, on PGlite's own transaction object. */
function transactionClient(tx: Transaction): SqlClient {
  return {
    query: async (text, params = []) => (await tx.query(text, [...params])).rows as never,
    execute: async (script) => {
      await tx.exec(script);
    },
    transaction: () => Promise.reject(new Error('Nested transactions are not supported')),
    close: async () => {},
  };
}

/**
 * {@link SqlClient} over PGlite. PGlite is one connection: its `query` and `transaction` queue
 * behind each other, so a statement never lands inside another caller's transaction.
 */
export function pgliteClient(db: PGlite, ownsDatabase: boolean): SqlClient {
  return {
    query: async (text, params = []) => (await db.query(text, [...params])).rows as never,
    execute: async (script) => {
      await db.exec(script);
    },
    transaction: (work) => db.transaction((tx) => work(transactionClient(tx))),
    close: closeOnce(async () => {
      if (ownsDatabase) await db.close();
    }),
  };
}

/**
 * The store on PGlite: PostgreSQL compiled to WebAssembly, inside the Node process. Nothing to
 * install: with `dataDir` the data lives in that directory (one process at a time), without it
 * in memory (for tests and demos). Same schema and behaviour as {@link createPostgresStore}, for
 * one instance. Resolves once the schema is up to date.
 *
 * Given your own `pglite`, `close()` leaves it open.
 *
 * @example
 * const store = await createPgliteStore({ dataDir: './data/bankfeeds' });
 */
export async function createPgliteStore(
  connection: PgliteConnection = {},
  options: SqlStoreOptions = {},
): Promise<BankFeedsStore> {
  if ('pglite' in connection)
    return createSqlStore(pgliteClient(connection.pglite, false), options);
  const db = connection.dataDir === undefined ? new PGlite() : new PGlite(connection.dataDir);
  await db.waitReady;
  return createSqlStore(pgliteClient(db, true), options);
}
