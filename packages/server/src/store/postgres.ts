import pg from 'pg';
import { closeOnce, type SqlClient } from './sql-client';
import { createSqlStore, type SqlStoreOptions } from './sql-store';
import type { BankFeedsStore } from './types';

/** What the store runs statements on: a `pg` pool or one of its connections. */
interface PostgresQueryable {
  query(text: string, values?: unknown[]): Promise<{ rows: object[] }>;
}

/** One connection taken from a {@link PostgresPool}, given back with `release`. */
export interface PostgresPoolConnection extends PostgresQueryable {
  /** Gives the connection back; with an error, the pool drops it instead. */
  release(error?: Error): void;
}

/**
 * The part of a `pg.Pool` the store uses. A `pg` pool fits, and so does a pool with the same
 * API (such as a serverless driver's), without this package's types depending on `pg`'s.
 */
export interface PostgresPool extends PostgresQueryable {
  connect(): Promise<PostgresPoolConnection>;
  end(): Promise<void>;
}

/** How the PostgreSQL store connects: a connection string (it makes its own pool) or your pool. */
export type PostgresConnection = { connectionString: string } | { pool: PostgresPool };

async function rowsOf<Row extends object>(
  connection: PostgresQueryable,
  text: string,
  params: readonly unknown[] = [],
): Promise<Row[]> {
  const result = await connection.query(text, [...params]);
  return result.rows as Row[];
}

/** The client of one transaction: every statement on the connection that began it. */
function transactionClient(connection: PostgresPoolConnection): SqlClient {
  return {
    query: (text, params) => rowsOf(connection, text, params),
    execute: async (script) => {
      await connection.query(script);
    },
    transaction: () => Promise.reject(new Error('Nested transactions are not supported')),
    close: async () => {},
  };
}

/** {@link SqlClient} over a `pg` pool; `ownsPool` says whether closing the store ends the pool. */
export function pgPoolClient(pool: PostgresPool, ownsPool: boolean): SqlClient {
  return {
    query: (text, params) => rowsOf(pool, text, params),
    execute: async (script) => {
      await pool.query(script);
    },
    async transaction(work) {
      const connection = await pool.connect();
      let broken: Error | undefined;
      try {
        await connection.query('BEGIN');
        const result = await work(transactionClient(connection));
        await connection.query('COMMIT');
        return result;
      } catch (error) {
        // A connection that cannot even roll back is dropped rather than handed to the next query.
        await connection.query('ROLLBACK').catch((rollbackError: Error) => {
          broken = rollbackError;
        });
        throw error;
      } finally {
        connection.release(broken);
      }
    },
    close: closeOnce(async () => {
      if (ownsPool) await pool.end();
    }),
  };
}

/**
 * The store on PostgreSQL through `pg`, for production and for several instances on one
 * database: leases and webhook claims run on the database's clock, and the schema is migrated
 * on creation (instances starting together take turns). Resolves once the schema is up to date.
 *
 * Given a connection string it makes a pool and `close()` ends it; given your `pool`, `close()`
 * leaves it open.
 *
 * @example
 * const store = await createPostgresStore({ connectionString: process.env.DATABASE_URL! }, { schema: 'bankfeeds' });
 */
export async function createPostgresStore(
  connection: PostgresConnection,
  options: SqlStoreOptions = {},
): Promise<BankFeedsStore> {
  if ('pool' in connection) return createSqlStore(pgPoolClient(connection.pool, false), options);
  const pool = new pg.Pool({ connectionString: connection.connectionString });
  // An idle connection that the server closes (a restart, a failover) is reported here; without
  // a listener it would crash the process. The next query simply opens a new one.
  pool.on('error', () => {});
  return createSqlStore(pgPoolClient(pool, true), options);
}
