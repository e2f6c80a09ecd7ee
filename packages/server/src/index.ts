export type * from './store/types';

// Storage: the store contract on PostgreSQL (`pg`) and PGlite, over one SQL schema.
export { createPostgresStore, type PostgresConnection } from './store/postgres';
export { createPgliteStore, type PgliteConnection } from './store/pglite';
export { createSqlStore, type SqlStoreOptions } from './store/sql-store';
export type { SqlClient } from './store/sql-client';

// The push job: each line to Xero exactly once, across any number of instances.
export { createPushJob } from './push/push-job';
export type * from './push/types';
export type * from './bank';
