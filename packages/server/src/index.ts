export type * from './store/types';

// Storage: the store contract on PostgreSQL (`pg`) and PGlite, over one SQL schema.
export {
  createPostgresStore,
  type PostgresConnection,
  type PostgresPool,
  type PostgresPoolConnection,
} from './store/postgres';
export { createPgliteStore, type PgliteConnection } from './store/pglite';
export { createSqlStore, type SqlStoreOptions } from './store/sql-store';
export type { SqlClient } from './store/sql-client';
