import type { SqlClient } from './sql-client';
import { schemaPrefix, storeTables } from './sql-names';

/**
 * One step of the store's schema. Migrations are append-only: a released one is never edited,
 * a change is a new one with the next version. `{schema}` in the SQL stands for the `"schema".`
 * prefix of the store's tables (nothing when the store uses the connection's current schema).
 */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** 1: links, per-account push state with its lease, run records, webhook messages, events, holds. */
export const MIGRATION_001_INITIAL = `
CREATE TABLE {schema}bankfeeds_links (
  customer_id text COLLATE "C" PRIMARY KEY,
  company_id text NOT NULL,
  connection_id text
);
CREATE INDEX bankfeeds_links_company_id ON {schema}bankfeeds_links (company_id);

CREATE TABLE {schema}bankfeeds_push_accounts (
  company_id text NOT NULL,
  source_account_id text COLLATE "C" NOT NULL,
  last_transaction_id text,
  last_date text,
  saved_push jsonb,
  lease_holder text,
  lease_expires_at timestamptz,
  PRIMARY KEY (company_id, source_account_id)
);

CREATE TABLE {schema}bankfeeds_push_runs (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  company_id text NOT NULL,
  source_account_id text NOT NULL,
  outcome text NOT NULL,
  sent integer NOT NULL,
  code text,
  errors jsonb NOT NULL,
  started_at timestamptz NOT NULL,
  finished_at timestamptz NOT NULL
);
CREATE INDEX bankfeeds_push_runs_company_latest
  ON {schema}bankfeeds_push_runs (company_id, finished_at DESC, id DESC);

CREATE TABLE {schema}bankfeeds_webhook_messages (
  message_id text PRIMARY KEY,
  done boolean NOT NULL DEFAULT false,
  claim_expires_at timestamptz,
  finished_at timestamptz
);

CREATE TABLE {schema}bankfeeds_connection_events (
  connection_id text PRIMARY KEY,
  lost boolean NOT NULL,
  at text NOT NULL,
  at_time timestamptz NOT NULL
);

CREATE TABLE {schema}bankfeeds_rate_holds (
  scope text PRIMARY KEY,
  until_ms double precision NOT NULL
);
`;

/** Every migration, in order. */
export const MIGRATIONS: readonly Migration[] = [
  { version: 1, name: 'initial', sql: MIGRATION_001_INITIAL },
];

/**
 * Brings the store's schema up to date, in one transaction. The advisory lock (one per schema)
 * makes instances that start at once take turns: the first applies what is missing, the others
 * then find nothing to do. A database already at a later version (a newer instance rolled out
 * first) is left as it is.
 */
export async function runMigrations(
  client: SqlClient,
  schema: string | null,
  migrations: readonly Migration[] = MIGRATIONS,
): Promise<void> {
  const tables = storeTables(schema);
  await client.transaction(async (tx) => {
    await tx.query(
      `SELECT pg_advisory_xact_lock(hashtext('bankfeeds_migrations'), hashtext(coalesce($1::text, current_schema())))`,
      [schema],
    );
    const prefix = schemaPrefix(schema);
    if (schema !== null) await tx.execute(`CREATE SCHEMA IF NOT EXISTS ${prefix.slice(0, -1)}`);
    await tx.execute(
      `CREATE TABLE IF NOT EXISTS ${tables.migrations} (
        version integer PRIMARY KEY,
        name text NOT NULL,
        applied_at timestamptz NOT NULL DEFAULT now()
      )`,
    );
    const applied = await tx.query<{ version: number }>(`SELECT version FROM ${tables.migrations}`);
    const done = new Set(applied.map((row) => row.version));
    for (const migration of migrations) {
      if (done.has(migration.version)) continue;
      await tx.execute(migration.sql.replaceAll('{schema}', prefix));
      await tx.query(`INSERT INTO ${tables.migrations} (version, name) VALUES ($1, $2)`, [
        migration.version,
        migration.name,
      ]);
    }
  });
}
