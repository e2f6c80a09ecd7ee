import type { BankFeedsClient } from '@bankfeeds/client';
import type { CustomerResolver } from './auth/customer';
import type { SessionCodec } from './auth/session';
import type { CustomerDirectory } from './bank/customers';
import type { Logger } from './logger';
import type { ConnectionEvents } from './store/connection-events';
import type { CompanyLinks, PushCursors } from './store/links';
import type { PushCheckpoints } from './store/push-checkpoints';
import type { WebhookMessages } from './store/webhook-messages';

/** Everything the server's routes use, injected so tests and banks can swap each part. */
export interface ServerDeps {
  /** The kit's client with the Codat API key. Never handed to the browser. */
  codat: BankFeedsClient;
  /** The Codat API's base address, given to the browser's kit in token mode. */
  codatBaseUrl: string;
  /** Who is signed in: the seam to the bank's own authentication. */
  resolveCustomer: CustomerResolver;
  /** The bank's customers, their accounts and transactions. */
  customers: CustomerDirectory;
  links: CompanyLinks;
  cursors: PushCursors;
  /** Pushes not settled yet (`uncertain`, `timed-out`), to resume or settle them later. */
  pushCheckpoints: PushCheckpoints;
  /** Webhook messages already handled, so a retried delivery runs once. */
  webhookMessages: WebhookMessages;
  /** The latest connection status change Codat reported by webhook. */
  connectionEvents: ConnectionEvents;
  /** The HMAC key of Codat's webhook endpoint secret (`CODAT_WEBHOOK_SECRET`). */
  webhookSigningKey: Buffer;
  /** The portal's bank feeds page, where `/bank-feeds/xero` sends customers, e.g. `https://portal.example/bank-feeds`. */
  portalUrl: string;
  /** The portal's sign-in page; `/bank-feeds/xero` sends signed-out visitors there with `returnTo`. */
  signInUrl: string;
  /**
   * Origins allowed to send state-changing requests (POST, PATCH, DELETE) with the session
   * cookie: the portal's own. A request from any other origin is refused (CSRF).
   */
  allowedOrigins: readonly string[];
  /** Today's date where the bank operates (`YYYY-MM-DD`). */
  today: () => string;
  /** The clock webhook timestamps are checked against, in milliseconds. @default Date.now */
  now?: () => number;
  log: Logger;
  /** Removes secrets from any text sent to the browser (the API key, as a second line of defence). */
  redact: (text: string) => string;
  /** How long to wait between looks at a pending write operation. @default 1000 */
  pushPollIntervalMs?: number;
  /** How many looks before a push is reported as still pending. @default 30 */
  pushPollAttempts?: number;
  /**
   * Development only: enables `POST /dev/sign-in`, which signs a customer in with a session
   * cookie. Leave unset in production, where the bank's own sign-in sets the session.
   */
  devSignIn?: {
    codec: SessionCodec;
    secureCookie: boolean;
    /** Mock mode: plays the customer's consent in Xero (`POST /dev/authorize-xero`). */
    authorizeXero?: (companyId: string, connectionId: string) => void;
  };
}
