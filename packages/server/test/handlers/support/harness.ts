import { randomUUID } from 'node:crypto';
import { createBankFeedsClient, createProxyClient, type BrowserClient } from '@bankfeeds/client';
import { setupBankFeedsServer } from '@bankfeeds/mocks/node';
import { assembleBankFeeds, type BankFeeds } from '../../../src/assemble';
import { customerFromTrustedHeader } from '../../../src/auth/resolvers';
import type { Logger } from '../../../src/bank';
import type { BankFeedsOptions } from '../../../src/options';
import { createPushJob } from '../../../src/push/push-job';
import type { PushJob, PushJobOptions } from '../../../src/push/types';
import type { BankFeedsStore } from '../../../src/store/types';
import { createDemoBank } from '@bankfeeds/mocks';
import { createMemoryStore } from './memory-store';
import { nowSeconds, svixSignature, type TestEvent } from './signing';

/** A distinctive key, so a test can search every log line and reply for it. */
export const API_KEY = 'test-api-key-9f8e7d6c5b4a39281706';
export const CODAT = 'https://api.codat.io';
/** Where the handlers are served in these tests (requests never leave the process). */
export const BANK = 'http://bank.test';
export const PORTAL = 'https://portal.bank.test/bank-feeds';
export const PORTAL_ORIGIN = 'https://portal.bank.test';
export const TODAY = '2026-11-20';
/** The header the bank's gateway sets after checking the session, in these tests. */
export const CUSTOMER_HEADER = 'x-authenticated-customer';
/** The webhook endpoint's signing secret, as Codat's portal shows it. */
export const WEBHOOK_SECRET = `whsec_${Buffer.from('test-webhook-signing-key-4b1d9e77').toString('base64')}`;

/** How a test delivery is signed: a fresh message id, now, with the endpoint's secret. */
export interface DeliveryOptions {
  messageId?: string;
  timestamp?: number;
  secret?: string;
  /** `svix` (default) or `webhook`: which header family carries the signature. */
  family?: 'svix' | 'webhook';
  /** Replaces the signature headers (or, with `undefined` values, leaves them out). */
  headers?: Record<string, string | undefined>;
}

export type MockOptions = Omit<NonNullable<Parameters<typeof setupBankFeedsServer>[0]>, 'baseUrl'>;

/** A reply's status, headers and body (parsed when JSON). */
export interface Reply {
  status: number;
  body: unknown;
  text: string;
  headers: Headers;
}

/** What a test gets: the handlers over the fake of Codat, and ways to call them. */
export interface Harness {
  feeds: BankFeeds;
  /** The options the handlers were created with. */
  options: BankFeedsOptions;
  fake: ReturnType<typeof setupBankFeedsServer>['fake'];
  store: BankFeedsStore;
  /** Every line logged, as JSON text. */
  logs: string[];
  /** Replaces how the handlers' Codat client reaches Codat (the fake, by default). */
  codatFetch: typeof fetch;
  /** Calls the handler as a signed-in customer (or nobody). */
  call(
    customerId: string | null,
    method: string,
    path: string,
    options?: { body?: unknown; headers?: Record<string, string>; signal?: AbortSignal },
  ): Promise<Reply>;
  /** Delivers a webhook to `POST /webhooks/codat` as Codat would, signed. */
  deliver(event: TestEvent | string, options?: DeliveryOptions): Promise<Reply>;
  /**
   * The kit's own client as the browser uses it in proxy mode, signed in as the customer:
   * `createProxyClient`, or `createBankFeedsClient` on the same proxy with `'validating'`.
   */
  browserClient(customerId: string, kind?: 'proxy' | 'validating'): BrowserClient;
  close(): Promise<void>;
}

/** What a harness is built with, beyond the fake's options. */
export interface HarnessOptions {
  mock?: MockOptions;
  /** A store to share between harnesses (two instances on one database). */
  store?: BankFeedsStore;
  /** A push job of the test's own; the package's by default. */
  pushJob?: (options: PushJobOptions) => PushJob;
  /** Replaces options given to `createBankFeeds`. */
  options?: Partial<BankFeedsOptions>;
  /** The fake's server, when another harness started it already. */
  shared?: Pick<Harness, 'fake'> & { server: ReturnType<typeof setupBankFeedsServer>['server'] };
}

/** Reads a reply. */
export async function readReply(response: Response): Promise<Reply> {
  const text = await response.text();
  let body: unknown = text;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    // Not JSON: keep the text.
  }
  return { status: response.status, body, text, headers: response.headers };
}

/** Signature headers for a delivery (see {@link DeliveryOptions}). */
export function signedHeaders(body: string, options: DeliveryOptions = {}): Record<string, string> {
  const id = options.messageId ?? `msg_${randomUUID()}`;
  const timestamp = options.timestamp ?? nowSeconds();
  const prefix = options.family ?? 'svix';
  const signed: Record<string, string | undefined> = {
    [`${prefix}-id`]: id,
    [`${prefix}-timestamp`]: String(timestamp),
    [`${prefix}-signature`]: svixSignature(options.secret ?? WEBHOOK_SECRET, id, timestamp, body),
    ...options.headers,
  };
  return Object.fromEntries(
    Object.entries(signed).filter((entry): entry is [string, string] => entry[1] !== undefined),
  );
}

/** The handlers over the kit's fake of Codat and Xero. Call `close()` after each test. */
export function startHarness(setup: HarnessOptions = {}): Harness {
  const started =
    setup.shared ??
    setupBankFeedsServer({ baseUrl: CODAT, today: TODAY, scenario: 'empty', ...setup.mock });
  if (!setup.shared) started.server.listen({ onUnhandledRequest: 'bypass' });
  const { fake } = started;
  const logs: string[] = [];
  const capture =
    (level: string): Logger['info'] =>
    (message, fields) =>
      logs.push(JSON.stringify({ level, message, ...fields }));
  const store = setup.store ?? createMemoryStore();
  const harness = {} as Harness;
  harness.codatFetch = (input, init) => globalThis.fetch(input, init);
  const codat = createBankFeedsClient({
    baseUrl: CODAT,
    auth: { type: 'apiKey', apiKey: API_KEY },
    retry: false,
    timeoutMs: 5000,
    fetch: (input, init) => harness.codatFetch(input, init),
  });
  const options: BankFeedsOptions = {
    codat,
    store,
    customers: createDemoBank(() => TODAY),
    resolveCustomer: customerFromTrustedHeader(CUSTOMER_HEADER),
    webhookSecret: WEBHOOK_SECRET,
    portalUrl: PORTAL,
    signInUrl: `${PORTAL_ORIGIN}/sign-in`,
    allowedOrigins: [PORTAL_ORIGIN],
    today: () => TODAY,
    log: { info: capture('info'), warn: capture('warn'), error: capture('error') },
    redactSecrets: [API_KEY],
    push: { pollIntervalMs: 1, pollAttempts: 5 },
    ...setup.options,
  };
  const feeds = assembleBankFeeds(options, setup.pushJob ?? createPushJob);

  return Object.assign(harness, {
    feeds,
    options,
    fake,
    store,
    logs,
    async call(customerId, method, path, options = {}) {
      const headers: Record<string, string> = { ...options.headers };
      if (customerId) headers[CUSTOMER_HEADER] = customerId;
      if (options.body !== undefined) headers['content-type'] = 'application/json';
      const request = new Request(`${BANK}${path}`, {
        method,
        headers,
        signal: options.signal,
        body: options.body === undefined ? undefined : JSON.stringify(options.body),
      });
      return readReply(await feeds.handler(request));
    },
    async deliver(event, options = {}) {
      const body = typeof event === 'string' ? event : JSON.stringify(event);
      const request = new Request(`${BANK}/webhooks/codat`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...signedHeaders(body, options) },
        body,
      });
      return readReply(await feeds.handler(request));
    },
    browserClient(customerId, kind = 'proxy') {
      const create = kind === 'proxy' ? createProxyClient : createBankFeedsClient;
      return create({
        baseUrl: `${BANK}/api/codat`,
        auth: { type: 'none' },
        headers: { [CUSTOMER_HEADER]: customerId },
        retry: false,
        fetch: (input, init) => feeds.handler(new Request(input, init)),
      });
    },
    async close() {
      await feeds.close();
      await fake.webhooks.flush();
      if (!setup.shared) started.server.close();
    },
  } satisfies Omit<Harness, 'codatFetch'>);
}

/** The reply body as a record, for reading fields in tests. */
export function record(body: unknown): Record<string, unknown> {
  return (body ?? {}) as Record<string, unknown>;
}

/** Sets a customer up and lets them authorise Xero in the fake; returns their ids. */
export async function setUpAndAuthorise(harness: Harness, customerId: string) {
  const setup = await harness.call(customerId, 'POST', '/api/bank-feeds/setup');
  const { companyId, connectionId } = record(setup.body) as {
    companyId: string;
    connectionId: string;
  };
  harness.fake.authorizeConnection(companyId, connectionId);
  return { companyId, connectionId };
}

/** Maps every source account of a customer from `feedStartDate`, as the customer would. */
export async function connectAllFeeds(harness: Harness, customerId: string, feedStartDate: string) {
  const { companyId, connectionId } = record(
    (await harness.call(customerId, 'GET', '/api/bank-feeds/state')).body,
  ) as { companyId: string; connectionId: string };
  for (const account of harness.fake.listSourceAccounts(companyId, connectionId)) {
    harness.fake.createMapping(companyId, connectionId, {
      sourceAccountId: account.id,
      feedStartDate,
    });
  }
  // Codat settles a mapping on the next read, for Xero.
  harness.fake.getMapping(companyId, connectionId);
  return { companyId, connectionId };
}
