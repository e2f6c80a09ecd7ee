import { randomUUID } from 'node:crypto';
import { createServer, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createBankFeedsClient, type BankFeedsClient } from '@bankfeeds/client';
import { setupBankFeedsServer } from '@bankfeeds/mocks/node';
import { createApp } from '../src/app';
import { CODAT_WEBHOOK_PATH } from '../src/routes/codat-webhook';
import { createSessionCodec, SESSION_COOKIE } from '../src/auth/session';
import type { ServerConfig } from '../src/config';
import type { ServerDeps } from '../src/deps';
import type { Logger } from '../src/logger';
import { createServerDeps } from '../src/server';
import { nowSeconds, svixSignature, type TestEvent } from './webhook-signing';

/** A distinctive key, so a test can search every log line and reply for it. */
export const API_KEY = 'test-api-key-9f8e7d6c5b4a39281706';
export const SESSION_SECRET = 'test-session-secret-0123456789abcdef0123';
export const CODAT = 'https://api.codat.io';
export const PORTAL = 'https://portal.bank.test/bank-feeds';
export const PORTAL_ORIGIN = 'https://portal.bank.test';
export const TODAY = '2026-11-20';
/** The webhook endpoint's signing secret, as Codat's portal shows it. */
export const WEBHOOK_SECRET = `whsec_${Buffer.from('test-webhook-signing-key-4b1d9e77').toString('base64')}`;

/** How a test delivery is signed: a fresh message id, now, with the endpoint's secret. */
export interface DeliveryOptions {
  messageId?: string;
  timestamp?: number;
  secret?: string;
  /** Replaces the signature headers (or, with `undefined` values, leaves them out). */
  headers?: Record<string, string | undefined>;
}

export type MockOptions = Omit<NonNullable<Parameters<typeof setupBankFeedsServer>[0]>, 'baseUrl'>;

/** The example server on a free port, over the kit's mock of Codat and Xero. */
export interface Harness {
  url: string;
  fake: ReturnType<typeof setupBankFeedsServer>['fake'];
  deps: ServerDeps;
  /** Every line the server logged, as JSON text. */
  logs: string[];
  /** A session cookie for this customer, as the bank's sign-in would set it. */
  cookie(customerId: string): string;
  /** Calls the server as a signed-in customer (or nobody). */
  call(
    customerId: string | null,
    method: string,
    path: string,
    options?: { body?: unknown; headers?: Record<string, string> },
  ): Promise<{ status: number; body: unknown; text: string; headers: Headers }>;
  /** Delivers a webhook to `POST /webhooks/codat` as Codat would, signed (see {@link DeliveryOptions}). */
  deliver(
    event: TestEvent | string,
    options?: DeliveryOptions,
  ): Promise<{ status: number; body: unknown; text: string; headers: Headers }>;
  /** The kit's own client as the browser would use it in proxy mode, signed in as the customer. */
  browserClient(customerId: string): BankFeedsClient;
  close(): Promise<void>;
}

const config: ServerConfig = {
  port: 0,
  codatApiKey: API_KEY,
  codatBaseUrl: CODAT,
  sessionSecret: SESSION_SECRET,
  webhookSecret: WEBHOOK_SECRET,
  portalUrl: PORTAL,
  signInUrl: `${PORTAL_ORIGIN}/sign-in`,
  allowedOrigins: [PORTAL_ORIGIN],
  timeZone: 'Europe/London',
};

/**
 * Starts the mock and the server. Call `close()` after each test. With `webhooks`, the mock sends
 * its webhooks to the server's `/webhooks/codat`, signed with the server's secret, and the server
 * checks their timestamps against the mock's clock (which they are signed with).
 */
export async function startHarness(
  mock: MockOptions = {},
  server: { devHelpers?: boolean; webhooks?: boolean } = {},
): Promise<Harness> {
  // Listening first, so the mock can be given the server's address for its webhooks.
  let app: RequestListener = () => {};
  const http: Server = createServer((req, res) => app(req, res));
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;

  const { server: msw, fake } = setupBankFeedsServer({
    baseUrl: CODAT,
    today: TODAY,
    scenario: 'empty',
    ...(server.webhooks && {
      webhooks: { secret: WEBHOOK_SECRET, url: `${url}${CODAT_WEBHOOK_PATH}` },
    }),
    ...mock,
  });
  // Requests to the example server itself are not Codat's: let them through.
  msw.listen({ onUnhandledRequest: 'bypass' });

  const logs: string[] = [];
  const capture =
    (level: string): Logger['info'] =>
    (message, fields) =>
      logs.push(JSON.stringify({ level, message, ...fields }));
  const deps = createServerDeps(config, {
    logger: { info: capture('info'), warn: capture('warn'), error: capture('error') },
    client: { retry: false, timeoutMs: 5000 },
    today: () => TODAY,
    devSignIn: server.devHelpers,
    authorizeXero: (companyId, connectionId) =>
      void fake.authorizeConnection(companyId, connectionId),
    overrides: {
      pushPollIntervalMs: 1,
      pushPollAttempts: 5,
      ...(server.webhooks && { now: () => fake.clockTime() }),
    },
  });
  app = createApp(deps);
  const codec = createSessionCodec(SESSION_SECRET);
  const cookie = (customerId: string) => `${SESSION_COOKIE}=${codec.sign(customerId)}`;

  return {
    url,
    fake,
    deps,
    logs,
    cookie,
    async call(customerId, method, path, options = {}) {
      const headers: Record<string, string> = { ...options.headers };
      if (customerId) headers.cookie = cookie(customerId);
      if (options.body !== undefined) headers['content-type'] = 'application/json';
      const response = await fetch(`${url}${path}`, {
        method,
        headers,
        redirect: 'manual',
        body: options.body === undefined ? undefined : JSON.stringify(options.body),
      });
      return readReply(response);
    },
    async deliver(event, options = {}) {
      const body = typeof event === 'string' ? event : JSON.stringify(event);
      const id = options.messageId ?? `msg_${randomUUID()}`;
      const timestamp = options.timestamp ?? nowSeconds();
      const signed: Record<string, string | undefined> = {
        'svix-id': id,
        'svix-timestamp': String(timestamp),
        'svix-signature': svixSignature(options.secret ?? WEBHOOK_SECRET, id, timestamp, body),
        ...options.headers,
      };
      const headers = Object.fromEntries(
        Object.entries(signed).filter((entry): entry is [string, string] => entry[1] !== undefined),
      );
      const response = await fetch(`${url}/webhooks/codat`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body,
      });
      return readReply(response);
    },
    browserClient(customerId) {
      return createBankFeedsClient({
        baseUrl: `${url}/api/codat`,
        auth: { type: 'none' },
        headers: { cookie: cookie(customerId) },
        retry: false,
      });
    },
    async close() {
      await fake.webhooks.flush();
      await new Promise<void>((resolve) => http.close(() => resolve()));
      msw.close();
    },
  };
}

/** A reply's status, headers and body (parsed when JSON). */
async function readReply(response: Response) {
  const text = await response.text();
  let body: unknown = text;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    // Not JSON: keep the text.
  }
  return { status: response.status, body, text, headers: response.headers };
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

/**
 * Maps every source account of a customer to a new Xero account from `feedStartDate`, as the
 * customer would in the kit's UI, by arranging it in the fake.
 */
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
