import { createBankFeedsClient, type BankFeedsClientOptions } from '@bankfeeds/client';
import { todayIn } from '@bankfeeds/model';
import { customerFromSessionCookie } from './auth/customer';
import { createSessionCodec } from './auth/session';
import { createDemoCustomerDirectory } from './bank/demo-customers';
import type { ServerConfig } from './config';
import type { ServerDeps } from './deps';
import { createConsoleLogger, type Logger } from './logger';
import { createRedactor, redactingLogger } from './redact';
import { createMemoryConnectionEvents } from './store/connection-events';
import { createMemoryCompanyLinks, createMemoryPushCursors } from './store/links';
import { createMemoryPushCheckpoints } from './store/push-checkpoints';
import { createMemoryWebhookMessages } from './store/webhook-messages';
import { signingSecretForms, webhookSigningKey } from './webhooks/signing-key';

/** What {@link createServerDeps} needs besides the configuration. */
export interface ServerDepsOptions {
  /** The key used when the configuration has none (mock mode). */
  fallbackApiKey?: string;
  /** Enables `POST /dev/sign-in` (development and tests only). */
  devSignIn?: boolean;
  /** Mock mode: how to play a customer's Xero consent (enables `POST /dev/authorize-xero`). */
  authorizeXero?: (companyId: string, connectionId: string) => void;
  logger?: Logger;
  /** Today's date (`YYYY-MM-DD`); defaults to the calendar of `config.timeZone`. */
  today?: () => string;
  /** Options passed on to the Codat client (a custom `fetch`, retry, timeouts). */
  client?: Partial<Omit<BankFeedsClientOptions, 'auth' | 'baseUrl'>>;
  /** Replaces any part of the result (the bank's own directory, stores, sign-in seam...). */
  overrides?: Partial<ServerDeps>;
}

/**
 * Assembles the server's parts: the kit's client holding the API key, the session cookie seam,
 * the demo customers, the webhook signing key and in-memory stores. A bank replaces the
 * directory, the stores and the customer resolver through `overrides`.
 */
export function createServerDeps(
  config: ServerConfig,
  options: ServerDepsOptions = {},
): ServerDeps {
  const apiKey = config.codatApiKey ?? options.fallbackApiKey;
  if (!apiKey) throw new Error('No Codat API key.');
  const redact = createRedactor([
    apiKey,
    config.sessionSecret,
    ...signingSecretForms(config.webhookSecret),
  ]);
  const log = redactingLogger(options.logger ?? createConsoleLogger(), redact);
  const codec = createSessionCodec(config.sessionSecret);
  const today = options.today ?? (() => todayIn(config.timeZone));
  const secureCookie = new URL(config.portalUrl).protocol === 'https:';
  return {
    codat: createBankFeedsClient({
      ...options.client,
      baseUrl: config.codatBaseUrl,
      auth: { type: 'apiKey', apiKey },
      // Each call is logged without headers or bodies: the client never hands those over.
      log: (entry) => {
        if (entry.type === 'error' || entry.type === 'retry') {
          log.warn(`codat ${entry.type}`, {
            endpoint: entry.endpoint,
            attempt: entry.attempt,
            status: entry.status,
            code: entry.code,
          });
        }
      },
    }),
    codatBaseUrl: config.codatBaseUrl,
    resolveCustomer: customerFromSessionCookie(codec),
    customers: createDemoCustomerDirectory(today),
    links: createMemoryCompanyLinks(),
    cursors: createMemoryPushCursors(),
    pushCheckpoints: createMemoryPushCheckpoints(),
    webhookMessages: createMemoryWebhookMessages(),
    connectionEvents: createMemoryConnectionEvents(),
    webhookSigningKey: webhookSigningKey(config.webhookSecret),
    portalUrl: config.portalUrl,
    signInUrl: config.signInUrl,
    allowedOrigins: config.allowedOrigins,
    today,
    log,
    redact,
    ...(options.devSignIn
      ? { devSignIn: { codec, secureCookie, authorizeXero: options.authorizeXero } }
      : {}),
    ...options.overrides,
  };
}
