import { todayIn } from '@bankfeeds/model';
import type { BankFeedsContext } from './context';
import { createSingleFlight } from './feeds/single-flight';
import { setUpCustomer, type SetupResult } from './feeds/setup';
import { createRequestHandler, type RequestHandler } from './handler';
import { json } from './http/respond';
import { createConsoleLogger } from './logger';
import { BankFeedsOptionsError, validateOptions, type BankFeedsOptions } from './options';
import type { PushJob, PushJobOptions } from './push/types';
import { createRedactor, redactingLogger } from './redact';
import { createWebhookRoute } from './routes/codat-webhook';
import { signingSecretForms, webhookSigningKey } from './webhooks/signing-key';

/** What `createBankFeeds` gives the bank. */
export interface BankFeeds {
  /** Every route as one web-standard handler; paths it does not own answer an unmatched 404. */
  handler: RequestHandler;
  /** The push job over the same store: run `push.pushAll()` on a schedule. */
  push: PushJob;
  /** Sets a customer up (company, Xero connection, accounts), as `POST /api/bank-feeds/setup` does. */
  setUpCustomer(customerId: string): Promise<SetupResult>;
  /**
   * Stops taking requests (later ones answer 503) and waits for those being served. The store is
   * the bank's: close it after this.
   */
  close(): Promise<void>;
}

const DEFAULT_TIME_ZONE = 'Europe/London';
const DEFAULT_WEBHOOK_LEASE_MS = 60_000;

function readSigningKey(secret: unknown): Uint8Array {
  if (typeof secret !== 'string') throw new BankFeedsOptionsError('webhookSecret is required.');
  try {
    return webhookSigningKey(secret);
  } catch (error) {
    throw new BankFeedsOptionsError((error as Error).message);
  }
}

/**
 * Builds the bank feeds from options with the push job `makePushJob` makes. `createBankFeeds`
 * is this with the package's own push job; tests pass a stand-in.
 */
export function assembleBankFeeds(
  options: BankFeedsOptions,
  makePushJob: (options: PushJobOptions) => PushJob,
): BankFeeds {
  validateOptions(options);
  const signingKey = readSigningKey(options.webhookSecret);
  const redact = createRedactor([
    ...signingSecretForms(options.webhookSecret),
    ...(options.redactSecrets ?? []),
  ]);
  const log = redactingLogger(options.log ?? createConsoleLogger(), redact);
  const timeZone = options.timeZone ?? DEFAULT_TIME_ZONE;
  const today = options.today ?? (() => todayIn(timeZone));
  const push = makePushJob({
    ...options.push,
    codat: options.codat,
    store: options.store,
    customers: options.customers,
    today,
    log,
  });
  const flight = createSingleFlight<SetupResult>();
  const context: BankFeedsContext = {
    codat: options.codat,
    codatBaseUrl: options.codatBaseUrl ?? 'https://api.codat.io',
    store: options.store,
    customers: options.customers,
    resolveCustomer: options.resolveCustomer,
    push,
    webhookSigningKey: signingKey,
    portalUrl: options.portalUrl,
    signInUrl: options.signInUrl,
    allowedOrigins: [...options.allowedOrigins],
    today,
    now: options.now ?? Date.now,
    log,
    redact,
    basePath: options.basePath ?? '',
    webhookLeaseMs: options.webhookLeaseMs ?? DEFAULT_WEBHOOK_LEASE_MS,
    // Concurrent calls for one customer (a double click) share one run: one company, one connection.
    setUp: (customerId) => flight(customerId, () => setUpCustomer(context, customerId)),
  };
  const serve = createRequestHandler(context, createWebhookRoute(context));

  const serving = new Set<Promise<Response>>();
  let closed = false;
  return {
    handler(request) {
      if (closed) {
        return Promise.resolve(
          json(503, { statusCode: 503, error: 'The server is stopping.', code: 'unavailable' }),
        );
      }
      const reply = serve(request);
      serving.add(reply);
      void reply.finally(() => serving.delete(reply)).catch(() => {});
      return reply;
    },
    push,
    setUpCustomer: context.setUp,
    async close() {
      closed = true;
      await Promise.allSettled([...serving]);
    },
  };
}
