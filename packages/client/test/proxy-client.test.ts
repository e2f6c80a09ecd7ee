/**
 * `createProxyClient` against the fake: the browser's methods of the validating client, on the
 * same paths with the same bodies and the same errors, but replies taken as sent.
 */
import { BROWSER_ENDPOINTS, ENDPOINTS, pathPattern, type BrowserEndpoint } from '@bankfeeds/model';
import { describe, expect, it } from 'vitest';
import {
  BankFeedsError,
  createProxyClient,
  type BrowserClient,
  type ProxyClientOptions,
} from '../src';
import { BASE, fakeClient, fastClock, startFake } from './fake-helpers';

interface Seen {
  method: string;
  path: string;
  query: string;
  body: unknown;
  status: number;
  reply: string;
}

/** A fetch that records each exchange (the fake answers it) before handing the reply back. */
function recordingFetch(seen: Seen[]): typeof fetch {
  return async (input, init) => {
    const url = new URL(String(input));
    const response = await globalThis.fetch(input, init);
    const reply = await response.clone().text();
    seen.push({
      method: init?.method ?? 'GET',
      path: url.pathname,
      query: url.search,
      body: typeof init?.body === 'string' ? JSON.parse(init.body) : undefined,
      status: response.status,
      reply,
    });
    return response;
  };
}

function proxyClient(options: Partial<ProxyClientOptions> = {}) {
  return createProxyClient({
    baseUrl: BASE,
    timeoutMs: 5_000_000,
    clock: fastClock().clock,
    ...options,
  });
}

async function failure(promise: Promise<unknown>): Promise<BankFeedsError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(BankFeedsError);
    return error as BankFeedsError;
  }
  throw new Error('expected a failure');
}

/** The fake wants Codat's key, which the bank's server adds: sent here as a plain header. */
const CODAT_KEY = { authorization: `Basic ${btoa('test-key')}` };

type BrowserMethod = BrowserEndpoint | 'disconnectSourceAccount';

/** A company with a linked Xero connection, a source account and one push behind it. */
async function seeded() {
  const { companyId, connectionId, fake } = startFake();
  const server = fakeClient();
  await server.createSourceAccount(companyId, connectionId, {
    id: 'acc-1',
    accountName: 'Business Current',
    accountType: 'checking',
    accountNumber: '12345678',
    sortCode: '40-47-84',
    currency: 'GBP',
    balance: 10,
  });
  fake.authorizeConnection(companyId, connectionId);
  const [item] = await server.getMappings(companyId, connectionId);
  const targetAccountId = item!.targetAccountOptions[0]!.id;
  const op = await server.pushBankTransactions(companyId, connectionId, 'acc-1', [
    { id: 'l1', date: '2026-06-02', amount: 5, balance: 15, transactionType: 'Credit' },
  ]);
  return { companyId, connectionId, targetAccountId, pushOperationKey: op.pushOperationKey };
}

/** One call of every browser method, with the same arguments whichever client makes it. */
function callsFor(ids: Awaited<ReturnType<typeof seeded>>) {
  const { companyId, connectionId } = ids;
  const calls: { [Name in BrowserMethod]: (client: BrowserClient) => Promise<unknown> } = {
    getCompany: (c) => c.getCompany(companyId),
    listConnections: (c) => c.listConnections(companyId, { page: 1, pageSize: 5 }),
    createConnection: (c) => c.createConnection(companyId),
    getConnection: (c) => c.getConnection(companyId, connectionId),
    listSourceAccounts: (c) => c.listSourceAccounts(companyId, connectionId),
    updateSourceAccount: (c) =>
      c.updateSourceAccount(companyId, connectionId, { id: 'acc-1', status: 'disconnected' }),
    getMappings: (c) => c.getMappings(companyId, connectionId),
    createMapping: (c) =>
      c.createMapping(companyId, connectionId, {
        sourceAccountId: 'acc-1',
        targetAccountId: ids.targetAccountId,
        feedStartDate: '2026-06-01',
      }),
    getCompanyInformation: (c) => c.getCompanyInformation(companyId, connectionId),
    listPushOperations: (c) => c.listPushOperations(companyId, { pageSize: 10 }),
    getPushOperation: (c) => c.getPushOperation(companyId, ids.pushOperationKey),
    disconnectSourceAccount: (c) => c.disconnectSourceAccount(companyId, connectionId, 'acc-1'),
    // The connection's end comes last: nothing after it would find it.
    unlinkConnection: (c) => c.unlinkConnection(companyId, connectionId),
    deleteConnection: (c) => c.deleteConnection(companyId, connectionId),
  };
  return calls;
}

/** Whether `path` fills the table's template of `name`. */
function fillsTemplate(name: BrowserEndpoint, path: string): boolean {
  const pattern = pathPattern(ENDPOINTS[name].path, () => '[^/]+');
  return new RegExp(`^${pattern}$`).test(path);
}

describe('createProxyClient', () => {
  it('has exactly the browser endpoints’ methods and disconnectSourceAccount', () => {
    const client = proxyClient();
    expect(Object.keys(client).sort()).toEqual(
      [...BROWSER_ENDPOINTS, 'disconnectSourceAccount'].sort(),
    );
  });

  it('sends what the validating client sends, on the table’s paths, and returns the JSON as sent', async () => {
    const ids = await seeded();
    const calls = callsFor(ids);
    const viaServer: Seen[] = [];
    const viaProxy: Seen[] = [];
    const validating = fakeClient({ fetch: recordingFetch(viaServer) });
    const proxy = proxyClient({ fetch: recordingFetch(viaProxy), headers: CODAT_KEY });
    for (const [name, call] of Object.entries(calls) as [
      BrowserMethod,
      typeof calls.getCompany,
    ][]) {
      const from = { server: viaServer.length, proxy: viaProxy.length };
      await call(validating).catch(() => undefined);
      const result = await call(proxy).catch((error: unknown) => error);
      const serverSent = viaServer.slice(from.server);
      const proxySent = viaProxy.slice(from.proxy);
      const request = ({ method, path, query, body }: Seen) => ({ method, path, query, body });
      expect(proxySent.map(request), name).toEqual(serverSent.map(request));
      expect(proxySent, name).toHaveLength(1);
      const [sent] = proxySent;
      const endpoint = name === 'disconnectSourceAccount' ? 'updateSourceAccount' : name;
      expect(sent!.method, name).toBe(ENDPOINTS[endpoint].method);
      expect(fillsTemplate(endpoint, sent!.path), `${name}: ${sent!.path}`).toBe(true);
      // Until the connection's end (unlinked or deleted twice), every call succeeds.
      if (name !== 'unlinkConnection' && name !== 'deleteConnection') {
        expect(sent!.status, name).toBeLessThan(300);
      }
      if (sent!.status >= 300) {
        expect(result, name).toBeInstanceOf(BankFeedsError);
      } else if (sent!.method === 'DELETE') {
        expect(result, name).toBeUndefined();
      } else {
        expect(result, name).toEqual(JSON.parse(sent!.reply));
      }
    }
  });

  it('fails with the validating client’s code, message, status and service, and the reply’s correlation id', async () => {
    const { companyId } = startFake();
    const validating = fakeClient();
    const seen: Seen[] = [];
    const proxy = proxyClient({
      fetch: recordingFetch(seen),
      headers: CODAT_KEY,
    });
    const cases: ((client: BrowserClient) => Promise<unknown>)[] = [
      (c) => c.getCompany('no-such-company'),
      (c) => c.getConnection(companyId, 'no-such-connection'),
      (c) => c.listSourceAccounts(companyId, 'no-such-connection'),
      (c) => c.getPushOperation(companyId, 'no-such-push'),
    ];
    for (const call of cases) {
      const expected = await failure(call(validating));
      const actual = await failure(call(proxy));
      expect(actual.status).toBeGreaterThanOrEqual(400);
      expect({ ...actual.toJSON(), correlationId: null }).toEqual({
        ...expected.toJSON(),
        correlationId: null,
      });
      const reply = JSON.parse(seen.at(-1)!.reply) as { correlationId: string };
      expect(actual.correlationId).toBe(reply.correlationId);
    }
  });

  it('reads a Codat-shaped 400 from the bank’s server as the validating client does', async () => {
    const body = {
      statusCode: 400,
      service: 'BankFeedsProxy',
      error: 'The mapping is not valid. Invalid input',
      correlationId: 'corr-400',
      validation: { errors: [{ itemId: null, message: 'Invalid input', validatorName: 'proxy' }] },
    };
    const answer: typeof fetch = async () =>
      new Response(JSON.stringify(body), {
        status: 400,
        headers: { 'content-type': 'application/json' },
      });
    const mapping = { sourceAccountId: 'acc-1', targetAccountId: 't', feedStartDate: '2026-06-01' };
    const proxy = proxyClient({ fetch: answer });
    const validating = fakeClient({ fetch: answer });
    const expected = await failure(validating.createMapping('c', 'k', mapping));
    const actual = await failure(proxy.createMapping('c', 'k', mapping));
    expect(actual.toJSON()).toEqual(expected.toJSON());
    expect(actual).toMatchObject({
      code: 'bad-request',
      message: body.error,
      correlationId: 'corr-400',
      validation: { errors: [{ message: 'Invalid input', validatorName: 'proxy' }], warnings: [] },
    });
  });

  it('sends bodies unchecked: the bank’s server is the one that checks them', async () => {
    const seen: Seen[] = [];
    const answer: typeof fetch = async (input, init) => {
      seen.push({
        method: init?.method ?? 'GET',
        path: new URL(String(input)).pathname,
        query: '',
        body: JSON.parse(String(init?.body)),
        status: 200,
        reply: '{}',
      });
      return new Response('{}', { status: 200 });
    };
    const odd = { sourceAccountId: '', targetAccountId: 't', feedStartDate: 'soon' };
    expect((await failure(fakeClient({ fetch: answer }).createMapping('c', 'k', odd))).code).toBe(
      'invalid-request',
    );
    expect(seen).toHaveLength(0);
    await proxyClient({ fetch: answer }).createMapping('c', 'k', odd);
    expect(seen.map((s) => s.body)).toEqual([odd]);
  });

  it('fails with invalid-response when a reply is not JSON, and takes any JSON as sent', async () => {
    const replying =
      (text: string): typeof fetch =>
      async () =>
        new Response(text, { status: 200 });
    const notJson = await failure(proxyClient({ fetch: replying('<html>') }).getCompany('c'));
    expect(notJson).toMatchObject({
      code: 'invalid-response',
      status: 200,
      endpoint: 'GET /companies/{companyId}',
      retryable: false,
    });
    // What the validating client would refuse the proxy client returns: its server checked it.
    const odd = await proxyClient({ fetch: replying('{"id":1}') }).getCompany('c');
    expect(odd).toEqual({ id: 1 });
    expect((await failure(fakeClient({ fetch: replying('{"id":1}') }).getCompany('c'))).code).toBe(
      'invalid-response',
    );
  });

  it('retries, authenticates with a token and renews it after a 401, as the engine does', async () => {
    const tokens = ['stale', 'fresh'];
    const seen: (string | null)[] = [];
    const replies = [503, 401, 200];
    const answer: typeof fetch = async (_input, init) => {
      seen.push(new Headers(init?.headers).get('authorization'));
      const status = replies.shift()!;
      return new Response(status === 200 ? '[]' : '{}', { status });
    };
    const client = proxyClient({
      fetch: answer,
      auth: { type: 'accessToken', getToken: () => tokens.shift()! },
    });
    expect(await client.listSourceAccounts('c', 'k')).toEqual([]);
    expect(seen).toEqual(['Bearer stale', 'Bearer stale', 'Bearer fresh']);
  });

  it('sends no authorization header by default (the session cookie goes with the request)', async () => {
    const seen: (string | null)[] = [];
    const answer: typeof fetch = async (_input, init) => {
      seen.push(new Headers(init?.headers).get('authorization'));
      return new Response('[]', { status: 200 });
    };
    await proxyClient({ fetch: answer }).getMappings('c', 'k');
    expect(seen).toEqual([null]);
  });
});
