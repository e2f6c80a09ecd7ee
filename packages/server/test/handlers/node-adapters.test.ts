import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createBankFeedsClient } from '@bankfeeds/client';
import { afterEach, describe, expect, it } from 'vitest';
import { toExpressMiddleware, toNodeListener } from '@bankfeeds/server/node';
import {
  CUSTOMER_HEADER,
  readReply,
  record,
  setUpAndAuthorise,
  signedHeaders,
  startHarness,
  type Harness,
} from './support/harness';
import { codatEvent } from './support/signing';

let harness: Harness;
let server: Server | undefined;
afterEach(async () => {
  if (server) {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server!.close(() => resolve()));
  }
  server = undefined;
  await harness.close();
});

async function listen(listener: (req: IncomingMessage, res: ServerResponse) => void) {
  server = createServer(listener);
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

describe('toNodeListener', () => {
  it('serves the handlers on a real socket: bodies in, replies out, unmatched paths 404', async () => {
    harness = startHarness();
    const url = await listen(toNodeListener(harness.feeds.handler));
    const as = { [CUSTOMER_HEADER]: 'cust-acme' };

    expect(await readReply(await fetch(`${url}/healthz`))).toMatchObject({
      status: 200,
      body: { ok: true },
    });
    const other = await fetch(`${url}/somewhere/else`);
    expect(other.status).toBe(404);
    expect(other.headers.get('x-bankfeeds-unmatched')).toBe('1');

    const setup = await readReply(
      await fetch(`${url}/api/bank-feeds/setup`, { method: 'POST', headers: as }),
    );
    expect(setup.status).toBe(200);
    const { companyId, connectionId } = record(setup.body) as Record<string, string>;
    harness.fake.authorizeConnection(companyId!, connectionId!);

    // The kit in the browser, in proxy mode, through the socket: a body sent and checked.
    const kit = createBankFeedsClient({
      baseUrl: `${url}/api/codat`,
      auth: { type: 'none' },
      headers: as,
      retry: false,
    });
    const saved = await kit.createMapping(companyId!, connectionId!, {
      sourceAccountId: 'acc-acme-current',
      feedStartDate: '2026-11-18',
    });
    expect(saved.status).toBe('connecting');
    const refused = await fetch(
      `${url}/api/codat/companies/${companyId}/connections/${connectionId}/bankFeedAccounts/mapping`,
      { method: 'POST', headers: { ...as, 'content-type': 'application/json' }, body: '{"x":' },
    );
    expect(refused.status).toBe(400);
  });

  it('aborts the call to Codat when the browser closes the connection', async () => {
    harness = startHarness();
    const setup = record((await harness.call('cust-acme', 'POST', '/api/bank-feeds/setup')).body);
    const url = await listen(toNodeListener(harness.feeds.handler));
    let aborted: () => void = () => {};
    const codatAborted = new Promise<void>((resolve) => (aborted = resolve));
    let reached: () => void = () => {};
    const codatReached = new Promise<void>((resolve) => (reached = resolve));
    harness.codatFetch = (_input, init) => {
      reached();
      return new Promise<Response>((_resolve, reject) => {
        init?.signal?.addEventListener('abort', () => {
          aborted();
          reject(init.signal?.reason);
        });
      });
    };
    const browser = new AbortController();
    const call = fetch(`${url}/api/codat/companies/${String(setup.companyId)}`, {
      headers: { [CUSTOMER_HEADER]: 'cust-acme' },
      signal: browser.signal,
    }).catch(() => null);
    await codatReached;
    browser.abort();
    await call;
    // Resolves only when the server's side aborted Codat's call.
    await codatAborted;
  });
});

describe('toExpressMiddleware', () => {
  /** A Connect-style app: the middleware, then a last handler that answers 418. */
  const app =
    (
      middleware: ReturnType<typeof toExpressMiddleware>,
      before?: (req: IncomingMessage & { body?: unknown }) => Promise<void>,
    ) =>
    (req: IncomingMessage, res: ServerResponse) => {
      void (before?.(req) ?? Promise.resolve()).then(() =>
        middleware(req, res, (error) => {
          res.writeHead(error ? 500 : 418);
          res.end('next');
        }),
      );
    };

  /** What `express.json()` does: reads the stream and leaves the parsed value in `req.body`. */
  const jsonParser = async (req: IncomingMessage & { body?: unknown }) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    req.body = text ? (JSON.parse(text) as unknown) : {};
  };

  it('hands paths it does not own to next(), their body unread', async () => {
    harness = startHarness();
    let seen = '';
    const middleware = toExpressMiddleware(harness.feeds.handler);
    const url = await listen((req, res) =>
      middleware(req, res, () => {
        void (async () => {
          for await (const chunk of req) seen += String(chunk);
          res.writeHead(418).end('next');
        })();
      }),
    );
    const reply = await fetch(`${url}/orders`, { method: 'POST', body: 'the order' });
    expect(reply.status).toBe(418);
    expect(seen).toBe('the order');
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
  });

  it('serves the JSON routes after a body parser, and the webhook before one', async () => {
    harness = startHarness();
    const { companyId, connectionId } = await setUpAndAuthorise(harness, 'cust-acme');
    const middleware = toExpressMiddleware(harness.feeds.handler);
    const parsed = await listen(app(middleware, jsonParser));
    const mapping = `/api/codat/companies/${companyId}/connections/${connectionId}/bankFeedAccounts/mapping`;
    const reply = await fetch(`${parsed}${mapping}`, {
      method: 'POST',
      headers: { [CUSTOMER_HEADER]: 'cust-acme', 'content-type': 'application/json' },
      body: JSON.stringify({ sourceAccountId: 'acc-acme-current', feedStartDate: '2026-11-18' }),
    });
    expect(reply.status).toBe(200);
    expect(record(await reply.json()).status).toBe('connecting');

    // Mounted before the parser, the webhook's exact bytes reach the signature check.
    server!.closeAllConnections();
    await new Promise<void>((resolve) => server!.close(() => resolve()));
    const raw = await listen(app(middleware));
    const body = JSON.stringify(codatEvent('client.rateLimit.reached', companyId, {}));
    const delivered = await fetch(`${raw}/webhooks/codat`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...signedHeaders(body) },
      body,
    });
    expect(delivered.status).toBe(200);
  });
});
