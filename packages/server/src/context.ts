import type { BankFeedsClient } from '@bankfeeds/client';
import type { CustomerDirectory, Logger } from './bank';
import type { SetupResult } from './feeds/setup';
import type { CustomerResolver } from './options';
import type { PushJob } from './push/types';
import type { BankFeedsStore } from './store/types';

/**
 * Everything the routes use, assembled once by `createBankFeeds` from its options. Internal: the
 * bank sees only the options and what `createBankFeeds` returns.
 */
export interface BankFeedsContext {
  codat: BankFeedsClient;
  codatBaseUrl: string;
  store: BankFeedsStore;
  customers: CustomerDirectory;
  resolveCustomer: CustomerResolver;
  push: PushJob;
  /** The HMAC key of Codat's webhook endpoint secret. */
  webhookSigningKey: Uint8Array;
  portalUrl: string;
  signInUrl: string;
  allowedOrigins: readonly string[];
  /** Today's date where the bank operates (`YYYY-MM-DD`). */
  today: () => string;
  /** The clock webhook timestamps are checked against, in milliseconds. */
  now: () => number;
  /** The redacting logger. */
  log: Logger;
  /** Removes the secrets from any text sent to the browser. */
  redact: (text: string) => string;
  /** Where the routes are mounted: `''` or a path such as `/bank`. */
  basePath: string;
  /** How long a webhook message's claim lasts before another delivery may take it. */
  webhookLeaseMs: number;
  /** Set-up, with concurrent calls for one customer sharing one run (this instance). */
  setUp: (customerId: string) => Promise<SetupResult>;
}
