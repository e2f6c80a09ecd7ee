/**
 * The driver seam under the SQL store: the few things it needs from a PostgreSQL connection.
 * `createPostgresStore` fills it with a `pg` pool and `createPgliteStore` with an embedded PGlite;
 * another driver (postgres.js, a pool you already have) fits in a few lines.
 */
export interface SqlClient {
  /** Runs one statement with `$1`, `$2`, ... parameters and returns its rows. */
  query<Row extends object = Record<string, unknown>>(
    text: string,
    params?: readonly unknown[],
  ): Promise<Row[]>;
  /** Runs a script of several statements without parameters (the migrations). */
  execute(script: string): Promise<void>;
  /**
   * Runs `work` in one transaction on one connection: committed when it resolves, rolled back
   * when it throws. Statements inside go through the client it is given, never the outer one.
   */
  transaction<T>(work: (client: SqlClient) => Promise<T>): Promise<T>;
  /** Lets go of the connection (a pool the store created, an embedded database it opened). */
  close(): Promise<void>;
}

/** A `close` that runs once, however often the store is closed. */
export function closeOnce(close: () => Promise<void>): () => Promise<void> {
  let closing: Promise<void> | null = null;
  return () => (closing ??= close());
}
