import { createBankFeedsClient } from '@bankfeeds/client';
import { todayIn } from '@bankfeeds/model';
import {
  createBankFeeds,
  createConsoleLogger,
  type BankFeeds,
  type BankFeedsStore,
  type Logger,
} from '@bankfeeds/server';
import { createSessionCodec, customerFromSessionCookie } from './auth/session';
import { createDemoBank } from '@bankfeeds/mocks';
import type { ServerConfig } from './config';
import { createDevRoutes } from './dev-routes';

/** What the example is made of besides its configuration. */
export interface ExampleOptions {
  store: BankFeedsStore;
  /** The Codat API key: the configuration's, or the fake's in mock mode. */
  apiKey: string;
  /** Mock mode: plays a customer's consent in Xero (turns the `/dev/*` routes on). */
  authorizeXero?: (companyId: string, connectionId: string) => Promise<void>;
  log?: Logger;
  /** Today's date (`YYYY-MM-DD`); defaults to the calendar of `config.timeZone`. */
  today?: () => string;
  fetch?: typeof fetch;
}

/** The example: `@bankfeeds/server` with this app's sign-in stub and its fake core banking. */
export interface Example {
  feeds: BankFeeds;
  handler: (request: Request) => Promise<Response>;
}

/**
 * The whole of the bank's own code around `@bankfeeds/server`: a session cookie for sign-in
 * (the bank has its own), demo customers for core banking (the bank has its own), and the
 * development routes in mock mode. Everything else is the package.
 */
export function createExample(config: ServerConfig, options: ExampleOptions): Example {
  const log = options.log ?? createConsoleLogger();
  const today = options.today ?? (() => todayIn(config.timeZone));
  const codec = createSessionCodec(config.sessionSecret);
  const resolveCustomer = customerFromSessionCookie(codec);
  const customers = createDemoBank(today);
  const codat = createBankFeedsClient({
    baseUrl: config.codatBaseUrl,
    auth: { type: 'apiKey', apiKey: options.apiKey },
    // Codat's 429s hold every instance of the example, not only the one refused.
    rateHolds: options.store.rateHolds,
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
  const feeds = createBankFeeds({
    codat,
    store: options.store,
    customers,
    resolveCustomer,
    webhookSecret: config.webhookSecret,
    portalUrl: config.portalUrl,
    signInUrl: config.signInUrl,
    allowedOrigins: config.allowedOrigins,
    codatBaseUrl: config.codatBaseUrl,
    timeZone: config.timeZone,
    today,
    log,
    redactSecrets: [options.apiKey, config.sessionSecret],
  });
  const { authorizeXero } = options;
  const dev = authorizeXero
    ? createDevRoutes({
        codec,
        customers,
        resolveCustomer,
        linkOf: (customerId) => options.store.links.get(customerId),
        authorizeXero,
        secureCookie: new URL(config.portalUrl).protocol === 'https:',
      })
    : null;
  return {
    feeds,
    handler: async (request) => (await dev?.(request)) ?? feeds.handler(request),
  };
}
