import { runMigrations } from './migrations';
import type { SqlClient } from './sql-client';
import { sqlConnectionEvents } from './sql-connection-events';
import { sqlCompanyLinks } from './sql-links';
import { storeTables } from './sql-names';
import { sqlAccountPushes } from './sql-pushes';
import { sqlRateHolds } from './sql-rate-holds';
import { sqlWebhookMessages } from './sql-webhook-messages';
import type { BankFeedsStore } from './types';

/** Where the store's tables live. */
export interface SqlStoreOptions {
  /**
   * The PostgreSQL schema of the `bankfeeds_*` tables, created when missing. Without it the
   * tables go to the connection's current schema (the first of its `search_path`, usually `public`).
   */
  schema?: string;
}

/**
 * The store over any PostgreSQL connection that fits {@link SqlClient}: brings the schema up to
 * date, then returns. `close()` closes the client. `createPostgresStore` and `createPgliteStore`
 * are this over `pg` and PGlite.
 */
export async function createSqlStore(
  client: SqlClient,
  options: SqlStoreOptions = {},
): Promise<BankFeedsStore> {
  const schema = options.schema ?? null;
  try {
    await runMigrations(client, schema);
  } catch (error) {
    await client.close();
    throw error;
  }
  const tables = storeTables(schema);
  return {
    links: sqlCompanyLinks(client, tables),
    pushes: sqlAccountPushes(client, tables),
    webhookMessages: sqlWebhookMessages(client, tables),
    connectionEvents: sqlConnectionEvents(client, tables),
    rateHolds: sqlRateHolds(client, tables),
    close: () => client.close(),
  };
}
