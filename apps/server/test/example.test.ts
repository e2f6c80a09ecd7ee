import { createServer, type Server } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createBankFeedsClient, type BankFeedsClient } from '@bankfeeds/client';
import { startMockServer, type MockServer } from '@bankfeeds/mocks/server';
import { createPgliteStore, silentLogger } from '@bankfeeds/server';
import { toNodeListener } from '@bankfeeds/server/node';
import { afterEach, describe, expect, it } from 'vitest';
import { createExample } from '../src/app';
import { readConfig } from '../src/config';

const TODAY = '2026-11-20';

/** The example as `main.ts` runs it in mock mode, on real sockets, with PGlite in `dataDir`. */
async function startExample(mock: MockServer, dataDir: string, devRoutes = true) {
  const store = await createPgliteStore({ dataDir });
  const config = {
    ...readConfig({ PORTAL_URL: 'http://portal.bank.test/bank-feeds' }),
    codatBaseUrl: mock.url,
  };
  const { handler } = createExample(config, {
    store,
    apiKey: 'example-test-key',
    log: silentLogger,
    today: () => TODAY,
    ...(devRoutes
      ? {
          authorizeXero: async (companyId: string, connectionId: string) =>
            void mock.fake.authorizeConnection(companyId, connectionId),
        }
      : {}),
  });
  const server: Server = createServer(toNodeListener(handler));
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    async close() {
      server.closeAllConnections();
      await new Promise((done) => server.close(done));
      await store.close();
    },
  };
}

type Running = Awaited<ReturnType<typeof startExample>>;

const cleanups: (() => Promise<unknown> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function setUp(devRoutes = true) {
  const mock = await startMockServer({ port: 0, scenario: 'empty', today: TODAY });
  const dataDir = mkdtempSync(join(tmpdir(), 'bankfeeds-example-'));
  cleanups.push(
    () => mock.close(),
    () => rmSync(dataDir, { recursive: true, force: true }),
  );
  const example = await startExample(mock, dataDir, devRoutes);
  cleanups.push(() => example.close());
  return { mock, dataDir, example };
}

/** Signs a demo customer in through `POST /dev/sign-in`; answers the session cookie. */
async function signIn(example: Running, customerId: string): Promise<string> {
  const reply = await fetch(`${example.url}/dev/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ customerId }),
  });
  expect(reply.status).toBe(200);
  return (reply.headers.get('set-cookie') ?? '').split(';')[0]!;
}

const post = (example: Running, path: string, cookie: string) =>
  fetch(`${example.url}${path}`, { method: 'POST', headers: { cookie } });

/** The kit's client as the portal's browser uses it: through the example's proxy, with the cookie. */
function browserClient(example: Running, cookie: string): BankFeedsClient {
  return createBankFeedsClient({
    baseUrl: `${example.url}/api/codat`,
    auth: { type: 'none' },
    headers: { cookie },
    retry: false,
  });
}

// Each test boots PGlite in a directory of its own (initdb in WebAssembly: seconds on a busy machine).
describe('the example server over @bankfeeds/server', { timeout: 60_000 }, () => {
  it('takes a customer from sign-in to lines in Xero: set-up, consent, mapping through the proxy, push', async () => {
    const { mock, example } = await setUp();
    const cookie = await signIn(example, 'cust-acme');
    const setup = (await (await post(example, '/api/bank-feeds/setup', cookie)).json()) as {
      companyId: string;
      connectionId: string;
      accounts: { created: string[] };
    };
    expect(setup.accounts.created.length).toBeGreaterThan(0);
    expect((await post(example, '/dev/authorize-xero', cookie)).status).toBe(200);

    const browser = browserClient(example, cookie);
    const { companyId, connectionId } = setup;
    const mappings = await browser.getMappings(companyId as never, connectionId as never);
    const first = mappings[0]!;
    const target = first.targetAccountOptions?.[0];
    expect(target).toBeDefined();
    await browser.createMapping(
      companyId as never,
      connectionId as never,
      {
        sourceAccountId: first.sourceAccountId,
        targetAccountId: target!.id,
        feedStartDate: '2026-11-01',
      } as never,
    );

    const pushed = (await (await post(example, '/api/bank-feeds/push', cookie)).json()) as {
      results: { sourceAccountId: string; outcome: string; sent: number }[];
    };
    const result = pushed.results.find((item) => item.sourceAccountId === first.sourceAccountId);
    expect(result?.outcome).toBe('success');
    expect(result!.sent).toBeGreaterThan(0);
    const lines = mock.fake.statementLines(connectionId, first.sourceAccountId);
    expect(lines).toHaveLength(result!.sent);

    // A second push finds nothing new: the cursor is in the database.
    const again = (await (await post(example, '/api/bank-feeds/push', cookie)).json()) as {
      results: { sourceAccountId: string; outcome: string }[];
    };
    expect(
      again.results.find((item) => item.sourceAccountId === first.sourceAccountId),
    ).toMatchObject({ outcome: 'skipped' });
    expect(mock.fake.statementLines(connectionId, first.sourceAccountId)).toHaveLength(
      lines.length,
    );
  });

  it('remembers its customers across a restart (PGlite in a directory): the same company, no second one', async () => {
    const { mock, dataDir, example } = await setUp();
    const cookie = await signIn(example, 'cust-acme');
    const first = (await (await post(example, '/api/bank-feeds/setup', cookie)).json()) as {
      companyId: string;
    };
    const companies = mock.fake.listCompanies().results.length;
    await cleanups.pop()!();

    const restarted = await startExample(mock, dataDir);
    cleanups.push(() => restarted.close());
    const again = (await (await post(restarted, '/api/bank-feeds/setup', cookie)).json()) as {
      companyId: string;
    };
    expect(again.companyId).toBe(first.companyId);
    expect(mock.fake.listCompanies().results).toHaveLength(companies);
  });

  it('has no development routes unless it runs on the fake', async () => {
    const { example } = await setUp(false);
    const reply = await fetch(`${example.url}/dev/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ customerId: 'cust-acme' }),
    });
    expect(reply.status).toBe(404);
  });

  it('refuses an unknown customer at sign-in and a signed-out customer everywhere else', async () => {
    const { example } = await setUp();
    const unknown = await fetch(`${example.url}/dev/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ customerId: 'cust-x' }),
    });
    expect(unknown.status).toBe(400);
    expect((await post(example, '/api/bank-feeds/setup', '')).status).toBe(401);
    expect((await post(example, '/dev/authorize-xero', '')).status).toBe(401);
  });
});
