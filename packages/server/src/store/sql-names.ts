/** The store's tables, qualified with the schema when one was chosen. */
export interface StoreTables {
  /** The schema the tables live in, as given, or `null` for the connection's current schema. */
  schema: string | null;
  links: string;
  pushAccounts: string;
  pushRuns: string;
  webhookMessages: string;
  connectionEvents: string;
  rateHolds: string;
  migrations: string;
}

/** Quotes an SQL identifier, so any schema name is taken as it is written. */
export function quoteIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/** The `"schema".` prefix of every table name, or nothing for the current schema. */
export function schemaPrefix(schema: string | null): string {
  return schema === null ? '' : `${quoteIdentifier(schema)}.`;
}

/** The table names of a store in `schema` (every table is prefixed `bankfeeds_`). */
export function storeTables(schema: string | null): StoreTables {
  const prefix = schemaPrefix(schema);
  return {
    schema,
    links: `${prefix}bankfeeds_links`,
    pushAccounts: `${prefix}bankfeeds_push_accounts`,
    pushRuns: `${prefix}bankfeeds_push_runs`,
    webhookMessages: `${prefix}bankfeeds_webhook_messages`,
    connectionEvents: `${prefix}bankfeeds_connection_events`,
    rateHolds: `${prefix}bankfeeds_rate_holds`,
    migrations: `${prefix}bankfeeds_migrations`,
  };
}

/** `leaseMs` from now on the database's clock, as an SQL expression over parameter `$n`. */
export function dbClockPlusMs(parameter: number): string {
  return `now() + $${parameter}::double precision * interval '1 millisecond'`;
}
