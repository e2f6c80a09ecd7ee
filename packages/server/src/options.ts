import type { BankFeedsClient } from '@bankfeeds/client';
import type { CustomerDirectory, Logger } from './bank';
import type { PushJobOptions } from './push/types';
import type { BankFeedsStore } from './store/types';

/** Who is making a request: the bank's customer id, or `null` when nobody is signed in. */
export type CustomerResolver = (request: Request) => Promise<string | null> | string | null;

/** What `createBankFeeds` needs. */
export interface BankFeedsOptions {
  /** The kit's client holding the Codat API key. Never handed to the browser. */
  codat: BankFeedsClient;
  /** Where links, pushes, webhook messages and connection events live (`createPostgresStore`, `createPgliteStore`). */
  store: BankFeedsStore;
  /** The bank's customers, their accounts and transactions. */
  customers: CustomerDirectory;
  /**
   * THE SEAM between the bank's sign-in and the routes: the customer id of a request, from what
   * the bank's own authentication verified (never from the body or query). See
   * `customerFromTrustedHeader`.
   */
  resolveCustomer: CustomerResolver;
  /** The signing secret of Codat's webhook endpoint (`whsec_…`, from Codat's portal). */
  webhookSecret: string;
  /** The portal's bank feeds page, where `/bank-feeds/xero` sends customers on. */
  portalUrl: string;
  /** The portal's sign-in page; `/bank-feeds/xero` sends signed-out visitors there with `returnTo`. */
  signInUrl: string;
  /**
   * Origins allowed to send state-changing requests (POST, PATCH, DELETE): the portal's own,
   * such as `https://portal.bank.example`. A request from any other origin is refused (CSRF).
   */
  allowedOrigins: readonly string[];
  /** The Codat API's base address, handed to the browser's kit in token mode. @default 'https://api.codat.io' */
  codatBaseUrl?: string;
  /** Where the bank operates, for today's date. @default 'Europe/London' */
  timeZone?: string;
  /** Today's date (`YYYY-MM-DD`). @default today in `timeZone` */
  today?: () => string;
  /** The clock webhook timestamps are checked against, in milliseconds. @default Date.now */
  now?: () => number;
  /** Where the package writes what it did; secrets are redacted first. @default JSON lines on the console */
  log?: Logger;
  /**
   * More secrets to redact from replies and logs: pass the Codat API key (the webhook secret is
   * always redacted).
   */
  redactSecrets?: readonly string[];
  /**
   * Options of the push job: poll interval and attempts, lease, concurrency. Its client, store,
   * directory, date and logger are the ones above.
   */
  push?: Partial<Omit<PushJobOptions, 'codat' | 'store' | 'customers' | 'today' | 'log'>>;
  /** Where the routes are mounted, such as `/bank` for `/bank/api/bank-feeds/setup`. @default '' */
  basePath?: string;
  /** How long a webhook message's claim lasts before another delivery may take it. @default 60000 */
  webhookLeaseMs?: number;
}

/** An option `createBankFeeds` cannot work with. The message names it, never its value. */
export class BankFeedsOptionsError extends Error {
  constructor(message: string) {
    super(`createBankFeeds: ${message}`);
    this.name = 'BankFeedsOptionsError';
  }
}

function requireUrl(name: string, value: unknown): string {
  let url: URL | null;
  try {
    url = typeof value === 'string' ? new URL(value) : null;
  } catch {
    url = null;
  }
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) {
    throw new BankFeedsOptionsError(`${name} must be an absolute http(s) address.`);
  }
  return value as string;
}

function requireFunction(name: string, value: unknown): void {
  if (typeof value !== 'function') throw new BankFeedsOptionsError(`${name} must be a function.`);
}

function requireObject(name: string, value: unknown): void {
  if (typeof value !== 'object' || value === null)
    throw new BankFeedsOptionsError(`${name} is required.`);
}

/**
 * Checks the options at creation, so a wrong setting fails at start-up with a clear message
 * rather than on a customer's first request. The webhook secret is checked by its own reader.
 */
export function validateOptions(options: BankFeedsOptions): void {
  requireObject('options', options);
  requireObject('codat', options.codat);
  requireFunction('codat.getCompany', options.codat.getCompany);
  requireObject('store', options.store);
  requireObject('store.links', options.store.links);
  requireObject('customers', options.customers);
  requireFunction('customers.getCustomer', options.customers.getCustomer);
  requireFunction('resolveCustomer', options.resolveCustomer);
  requireUrl('portalUrl', options.portalUrl);
  requireUrl('signInUrl', options.signInUrl);
  if (options.codatBaseUrl !== undefined) requireUrl('codatBaseUrl', options.codatBaseUrl);
  if (!Array.isArray(options.allowedOrigins)) {
    throw new BankFeedsOptionsError('allowedOrigins must be a list of origins.');
  }
  for (const origin of options.allowedOrigins as unknown[]) {
    requireUrl('each of allowedOrigins', origin);
    if (new URL(origin as string).origin !== origin) {
      throw new BankFeedsOptionsError(
        `allowedOrigins holds "${String(origin)}", not an origin (scheme, host and port, no path or trailing slash).`,
      );
    }
  }
  const { basePath } = options;
  if (basePath !== undefined && basePath !== '' && !/^(\/[^/?#]+)+$/.test(basePath)) {
    throw new BankFeedsOptionsError('basePath must start with "/" and not end with one.');
  }
  if (options.timeZone !== undefined) {
    try {
      new Intl.DateTimeFormat('en-GB', { timeZone: options.timeZone });
    } catch {
      throw new BankFeedsOptionsError(`timeZone "${options.timeZone}" is not a known time zone.`);
    }
  }
}
