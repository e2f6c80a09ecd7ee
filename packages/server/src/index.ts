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

// The push job: each line to Xero exactly once, across any number of instances.
export { createPushJob } from './push/push-job';
export type * from './push/types';
export type * from './bank';

// Web-standard handlers: createBankFeeds and what it takes and gives.
export { createBankFeeds } from './bank-feeds';
export type { BankFeeds } from './assemble';
export { BankFeedsOptionsError, type BankFeedsOptions, type CustomerResolver } from './options';
export type { RequestHandler } from './handler';
export type { RegistrationSummary, SetupResult } from './feeds/setup';
export type { FeedState, FeedStateResult } from './feeds/state';
export { customerFromTrustedHeader } from './auth/resolvers';
export { createConsoleLogger, silentLogger } from './logger';
export { BROWSER_ENDPOINTS, type BrowserEndpoint } from './proxy/allow-list';
export { UNMATCHED_HEADER } from './http/respond';
