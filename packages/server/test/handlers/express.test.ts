import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { afterEach, describe, expect, it } from 'vitest';
import { toExpressMiddleware } from '@bankfeeds/server/node';
import {
  CUSTOMER_HEADER,
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
  server?.closeAllConnections();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  server = undefined;
  await harness.close();
});

async function listen(app: express.Express): Promise<string> {
  server = app.listen(0, '127.0.0.1');
  await new Promise<void>((resolve) => server!.once('listening', () => resolve()));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

describe('toExpressMiddleware in an Express app', () => {
  it('serves the handlers mounted under a path, with the app’s own routes around them', async () => {
    harness = startHarness({ options: { basePath: '/bank' } });
    const { companyId, connectionId } = await harness.feeds.setUpCustomer('cust-acme');
    harness.fake.authorizeConnection(companyId, connectionId);
    const app = express();
    // Mounted before express.json(): the webhook's signature covers the exact bytes.
    app.use('/bank', toExpressMiddleware(harness.feeds.handler));
    app.use(express.json());
    app.post('/bank/orders', (req, res) => void res.status(201).json({ got: req.body as unknown }));
    const url = await listen(app);

    const order = await fetch(`${url}/bank/orders`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"item":1}',
    });
    expect([order.status, await order.json()]).toEqual([201, { got: { item: 1 } }]);

    const mapping = await fetch(
      `${url}/bank/api/codat/companies/${companyId}/connections/${connectionId}/bankFeedAccounts/mapping`,
      {
        method: 'POST',
        headers: { [CUSTOMER_HEADER]: 'cust-acme', 'content-type': 'application/json' },
        body: JSON.stringify({ sourceAccountId: 'acc-acme-current', feedStartDate: '2026-11-18' }),
      },
    );
    expect(record(await mapping.json()).status).toBe('connecting');

    const body = JSON.stringify(codatEvent('client.rateLimit.reached', companyId, {}));
    const webhook = await fetch(`${url}/bank/webhooks/codat`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...signedHeaders(body) },
      body,
    });
    expect(webhook.status).toBe(200);
  });

  it('works after express.json() for the JSON routes', async () => {
    harness = startHarness();
    const { companyId, connectionId } = await setUpAndAuthorise(harness, 'cust-acme');
    const app = express();
    app.use(express.json());
    app.use(toExpressMiddleware(harness.feeds.handler));
    const url = await listen(app);
    const mapping = await fetch(
      `${url}/api/codat/companies/${companyId}/connections/${connectionId}/bankFeedAccounts/mapping`,
      {
        method: 'POST',
        headers: { [CUSTOMER_HEADER]: 'cust-acme', 'content-type': 'application/json' },
        body: JSON.stringify({ sourceAccountId: 'acc-acme-current', feedStartDate: '2026-11-18' }),
      },
    );
    expect(mapping.status).toBe(200);
    const setup = await fetch(`${url}/api/bank-feeds/setup`, {
      method: 'POST',
      headers: { [CUSTOMER_HEADER]: 'cust-acme' },
    });
    expect(setup.status).toBe(200);
  });
});
