import { inspect } from 'node:util';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BankFeedsError, createBankFeedsClient, type BankFeedsClientOptions } from '../src';
import type { ClientLogEntry } from '../src';
import { fakeFetch, hang, json, type SeenRequest } from './fake-fetch';
import {
  COMPANY_ID as C,
  CONNECTION_ID as K,
  company,
  companyInfo,
  connection,
  mapping,
  page,
  pushOperation,
  sourceAccount,
} from './fixtures';

const BASE = 'https://api.example.test';
const API_KEY = 'sk_live_SUPERSECRET_123';

function make(
  handler: (request: SeenRequest, index: number) => Response | Promise<Response>,
  options: Partial<BankFeedsClientOptions> = {},
) {
  const { fetch, seen } = fakeFetch(handler);
  const client = createBankFeedsClient({
    baseUrl: BASE,
    auth: { type: 'apiKey', apiKey: API_KEY },
    fetch,
    clock: { random: () => 0.5 },
    ...options,
  });
  return { client, seen, fetch };
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

describe('typed methods', () => {
  const acc = `/companies/${C}/connections/${K}/connectionInfo/bankFeedAccounts`;
  const cases: Array<{
    name: string;
    call: (client: ReturnType<typeof make>['client']) => Promise<unknown>;
    method: string;
    path: string;
    reply: unknown;
    status?: number;
    body?: unknown;
    search?: string;
  }> = [
    {
      name: 'listCompanies',
      call: (c) => c.listCompanies({ page: 2, pageSize: 10 }),
      method: 'GET',
      path: '/companies',
      reply: page([company]),
      search: '?page=2&pageSize=10',
    },
    {
      name: 'createCompany',
      call: (c) => c.createCompany({ name: 'Bakery Ltd' }),
      method: 'POST',
      path: '/companies',
      reply: company,
      body: { name: 'Bakery Ltd' },
    },
    {
      name: 'getCompany',
      call: (c) => c.getCompany(C),
      method: 'GET',
      path: `/companies/${C}`,
      reply: company,
    },
    {
      name: 'updateCompany',
      call: (c) => c.updateCompany(C, { description: 'x' }),
      method: 'PATCH',
      path: `/companies/${C}`,
      reply: company,
      body: { description: 'x' },
    },
    {
      name: 'replaceCompany',
      call: (c) => c.replaceCompany(C, { name: 'B' }),
      method: 'PUT',
      path: `/companies/${C}`,
      reply: company,
      body: { name: 'B' },
    },
    {
      name: 'deleteCompany',
      call: (c) => c.deleteCompany(C),
      method: 'DELETE',
      path: `/companies/${C}`,
      reply: undefined,
      status: 204,
    },
    {
      name: 'getAccessToken',
      call: (c) => c.getAccessToken(C),
      method: 'GET',
      path: `/companies/${C}/accessToken`,
      reply: { expiresIn: 86400, accessToken: 'tok', tokenType: 'Bearer' },
    },
    {
      name: 'listConnections',
      call: (c) => c.listConnections(C),
      method: 'GET',
      path: `/companies/${C}/connections`,
      reply: page([connection()]),
    },
    {
      name: 'createConnection',
      call: (c) => c.createConnection(C),
      method: 'POST',
      path: `/companies/${C}/connections`,
      reply: connection('PendingAuth'),
      body: { platformKey: 'gbol' },
    },
    {
      name: 'getConnection',
      call: (c) => c.getConnection(C, K),
      method: 'GET',
      path: `/companies/${C}/connections/${K}`,
      reply: connection(),
    },
    {
      name: 'unlinkConnection',
      call: (c) => c.unlinkConnection(C, K),
      method: 'PATCH',
      path: `/companies/${C}/connections/${K}`,
      reply: connection('Unlinked'),
      body: { status: 'Unlinked' },
    },
    {
      name: 'deleteConnection',
      call: (c) => c.deleteConnection(C, K),
      method: 'DELETE',
      path: `/companies/${C}/connections/${K}`,
      reply: undefined,
    },
    {
      name: 'listSourceAccounts',
      call: (c) => c.listSourceAccounts(C, K),
      method: 'GET',
      path: acc,
      reply: [sourceAccount('a1')],
    },
    {
      name: 'createSourceAccount',
      call: (c) =>
        c.createSourceAccount(C, K, {
          id: 'a1',
          accountName: 'A',
          accountType: 'checking',
          accountNumber: '1',
          sortCode: '40-47-84',
          currency: 'GBP',
          balance: 1,
        }),
      method: 'POST',
      path: acc,
      reply: sourceAccount('a1'),
    },
    {
      name: 'createSourceAccounts',
      call: (c) => c.createSourceAccounts(C, K, [{ id: 'a1' }]),
      method: 'POST',
      path: `${acc}/batch`,
      reply: [{ sourceAccountId: 'a1', result: { statusCode: 201, account: sourceAccount('a1') } }],
      status: 201,
    },
    {
      name: 'updateSourceAccount',
      call: (c) => c.updateSourceAccount(C, K, { id: 'a1', accountName: 'New' }),
      method: 'PATCH',
      path: `${acc}/a1`,
      reply: sourceAccount('a1'),
      body: { id: 'a1', accountName: 'New' },
    },
    {
      name: 'disconnectSourceAccount',
      call: (c) => c.disconnectSourceAccount(C, K, 'a1'),
      method: 'PATCH',
      path: `${acc}/a1`,
      reply: sourceAccount('a1', { status: 'disconnected' }),
      body: { id: 'a1', status: 'disconnected' },
    },
    {
      name: 'deleteSourceAccount',
      call: (c) => c.deleteSourceAccount(C, K, 'a1'),
      method: 'DELETE',
      path: `${acc}/a1`,
      reply: undefined,
      status: 204,
    },
    {
      name: 'getMappings',
      call: (c) => c.getMappings(C, K),
      method: 'GET',
      path: `/companies/${C}/connections/${K}/bankFeedAccounts/mapping`,
      reply: [mapping('a1')],
    },
    {
      name: 'createMapping',
      call: (c) =>
        c.createMapping(C, K, {
          sourceAccountId: 'a1',
          targetAccountId: 't1',
          feedStartDate: '2026-05-01',
        }),
      method: 'POST',
      path: `/companies/${C}/connections/${K}/bankFeedAccounts/mapping`,
      reply: { sourceAccountId: 'a1', targetAccountId: 't1', status: 'connecting' },
    },
    {
      name: 'getCompanyInformation',
      call: (c) => c.getCompanyInformation(C, K),
      method: 'GET',
      path: `/companies/${C}/connections/${K}/bankFeeds/info`,
      reply: companyInfo,
    },
    {
      name: 'pushBankTransactions',
      call: (c) =>
        c.pushBankTransactions(
          C,
          K,
          'a1',
          [{ id: 'x', date: '2026-05-01', amount: 1, balance: 1 }],
          { timeoutInMinutes: 5 },
        ),
      method: 'POST',
      path: `/companies/${C}/connections/${K}/push/bankAccounts/a1/bankTransactions`,
      reply: pushOperation('p1'),
      body: {
        accountId: 'a1',
        transactions: [{ id: 'x', date: '2026-05-01', amount: 1, balance: 1 }],
      },
      search: '?timeoutInMinutes=5',
    },
    {
      name: 'getPushOperation',
      call: (c) => c.getPushOperation(C, 'p1'),
      method: 'GET',
      path: `/companies/${C}/push/p1`,
      reply: pushOperation('p1', 'Success'),
    },
    {
      name: 'listPushOperations',
      call: (c) => c.listPushOperations(C, { orderBy: '-requestedOnUtc' }),
      method: 'GET',
      path: `/companies/${C}/push`,
      reply: page([pushOperation('p1')]),
      search: '?orderBy=-requestedOnUtc',
    },
  ];

  it.each(cases)('$name sends $method and parses the reply', async (c) => {
    const { client, seen } = make(() => json(c.reply, c.status ?? 200));
    const result = await c.call(client);
    expect(seen).toHaveLength(1);
    const [request] = seen;
    expect(request!.method).toBe(c.method);
    expect(request!.url.pathname).toBe(c.path);
    if (c.search) expect(request!.url.search).toBe(c.search);
    if (c.body) expect(request!.body).toEqual(c.body);
    expect(request!.headers.authorization).toBe(`Basic ${btoa(API_KEY)}`);
    if (c.reply === undefined) expect(result).toBeUndefined();
    else expect(result).toBeTruthy();
  });

  it('normalises replies through the model (v1 account, lowercased mapping status)', async () => {
    const { client } = make((r) =>
      r.url.pathname.endsWith('mapping')
        ? json([mapping('a1', { status: 'Connected', feedStartDate: '2026-01-02T00:00:00' })])
        : json([{ id: 'a1', status: 'CONNECTED' }]),
    );
    const [account] = await client.listSourceAccounts(C, K);
    expect(account).toMatchObject({ schemaVersion: 'v1', currency: 'XXX', status: 'connected' });
    const [item] = await client.getMappings(C, K);
    expect(item).toMatchObject({ status: 'connected', feedStartDate: '2026-01-02' });
  });

  it('iterates every page of push operations', async () => {
    const { client, seen } = make((r) => {
      const n = Number(r.url.searchParams.get('page'));
      return json(page([pushOperation(`p${n}`)], n, 3, n < 3));
    });
    const keys: string[] = [];
    for await (const op of client.iteratePushOperations(C)) keys.push(op.pushOperationKey);
    expect(keys).toEqual(['p1', 'p2', 'p3']);
    expect(seen).toHaveLength(3);
  });

  it('refuses an invalid body before sending anything', async () => {
    const { client, seen } = make(() => json({}));
    const lines = Array.from({ length: 1001 }, (_, i) => ({
      id: `t${i}`,
      date: '2026-05-01',
      amount: 1,
    }));
    const error = await failure(client.pushBankTransactions(C, K, 'a1', lines));
    expect(error.code).toBe('invalid-request');
    expect(error.issues[0]!.path).toBe('transactions');
    expect(seen).toHaveLength(0);
  });

  it('resolves a 409 batch with its per-item results, as a 207', async () => {
    const { client } = make(() =>
      json([{ sourceAccountId: 'a1', result: { statusCode: '409', error: 'exists' } }], 409),
    );
    expect(await client.createSourceAccounts(C, K, [{ id: 'a1' }])).toEqual([
      { sourceAccountId: 'a1', result: { statusCode: 409, error: 'exists', account: null } },
    ]);
  });

  it('fails a 409 batch whose reply is not the per-item array with conflict', async () => {
    const { client } = make(() => json({ statusCode: 409, error: 'Conflict' }, 409));
    const error = await failure(client.createSourceAccounts(C, K, [{ id: 'a1' }]));
    expect(error.code).toBe('conflict');
  });

  it('resolves a 207 batch with mixed results', async () => {
    const { client } = make(() =>
      json(
        [
          { sourceAccountId: 'a1', result: { statusCode: 201, account: sourceAccount('a1') } },
          { sourceAccountId: 'a2', result: { statusCode: '400', error: 'bad' } },
        ],
        207,
      ),
    );
    const results = await client.createSourceAccounts(C, K, [{ id: 'a1' }, { id: 'a2' }]);
    expect(results.map((r) => r.result.statusCode)).toEqual([201, 400]);
  });
});

describe('errors', () => {
  it('maps a Codat ErrorMessage: status, code, message, correlation id, validation', async () => {
    const { client } = make(() =>
      json(
        {
          statusCode: 402,
          service: 'PublicApi',
          error: 'CompanyValidationException: Company limit exceeded',
          correlationId: 'corr-1',
          validation: {
            errors: [{ itemId: 'Company', message: 'limit', validatorName: 'CreateCompany' }],
          },
        },
        402,
      ),
    );
    const error = await failure(client.createCompany({ name: 'X' }));
    expect(error).toMatchObject({
      status: 402,
      code: 'company-limit-reached',
      message: 'CompanyValidationException: Company limit exceeded',
      correlationId: 'corr-1',
      service: 'PublicApi',
      retryable: false,
      endpoint: 'POST /companies',
    });
    expect(error.validation.errors[0]!.validatorName).toBe('CreateCompany');
  });

  it.each([
    [400, { error: 'Error processing request - not valid.' }, 'bad-request', false],
    [401, { error: 'Unauthorized' }, 'unauthorized', false],
    [403, { error: 'You are using an outdated API key' }, 'forbidden', false],
    [404, { error: 'Data connection x not found' }, 'not-found', false],
    [409, { error: 'The data set has not been requested.' }, 'conflict', false],
    [
      403,
      {
        type: 'invalid-organization-bank-feeds',
        title: 'Invalid Organization',
        status: 403,
        detail: 'The organization does not support automated bank feeds.',
      },
      'bank-feeds-disabled',
      false,
    ],
    [
      403,
      { statusCode: 403, service: 'Xero', error: 'invalid-organisation-bank-feeds' },
      'bank-feeds-disabled',
      false,
    ],
    [500, 'oops', 'server-error', true],
    [503, undefined, 'service-unavailable', true],
  ] as const)('HTTP %i %j is %s', async (status, body, code, retryable) => {
    const { client } = make(() =>
      typeof body === 'string' ? new Response(body, { status }) : json(body, status),
    );
    const error = await failure(client.createMapping(C, K, { sourceAccountId: 'a1' }));
    expect(error.status).toBe(status);
    expect(error.code).toBe(code);
    expect(error.retryable).toBe(retryable);
  });

  it('names the endpoint and the field path of a reply that does not match', async () => {
    const { client } = make(() => json(page([{ ...connection(), status: 'Weird' }])));
    const error = await failure(client.listConnections(C));
    expect(error.code).toBe('invalid-response');
    expect(error.endpoint).toBe('GET /companies/{companyId}/connections');
    expect(error.issues[0]!.path).toBe('results.0.status');
    expect(error.message).toContain('results.0.status');
    expect(error.message).toContain('GET /companies/{companyId}/connections');
  });

  it('reports a body that is not JSON as invalid-response', async () => {
    const { client } = make(() => new Response('{"trunc', { status: 200 }));
    const error = await failure(client.getCompany(C));
    expect(error.code).toBe('invalid-response');
    expect(error.retryable).toBe(false);
  });
});

describe('auth', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('refuses an API key in a browser unless told to allow it', () => {
    vi.stubGlobal('window', {});
    vi.stubGlobal('document', {});
    expect(() =>
      createBankFeedsClient({ baseUrl: BASE, auth: { type: 'apiKey', apiKey: API_KEY } }),
    ).toThrow(expect.objectContaining({ code: 'api-key-in-browser' }));
    expect(() =>
      createBankFeedsClient({
        baseUrl: BASE,
        auth: { type: 'apiKey', apiKey: API_KEY, dangerouslyAllowApiKeyInBrowser: true },
        fetch: fakeFetch(() => json({})).fetch,
      }),
    ).not.toThrow();
    // A token is fine in a browser.
    expect(() =>
      createBankFeedsClient({
        baseUrl: BASE,
        auth: { type: 'accessToken', getToken: () => 't' },
        fetch: fakeFetch(() => json({})).fetch,
      }),
    ).not.toThrow();
  });

  it('sends no Authorization with auth none (a proxy adds it)', async () => {
    const { client, seen } = make(() => json(company), { auth: { type: 'none' } });
    await client.getCompany(C);
    expect(seen[0]!.headers.authorization).toBeUndefined();
  });

  it('keeps Authorization over custom headers', async () => {
    const { client, seen } = make(() => json(company), {
      headers: { authorization: 'nope', 'x-bank': 'demo' },
    });
    await client.getCompany(C);
    expect(seen[0]!.headers).toMatchObject({
      authorization: `Basic ${btoa(API_KEY)}`,
      'x-bank': 'demo',
    });
  });

  it('asks for a token once, and again once after a 401', async () => {
    let n = 0;
    const getToken = vi.fn(() => `token-${++n}`);
    const { client, seen } = make(
      (r) =>
        r.headers.authorization === 'Bearer token-1' && seen.length === 2
          ? json({}, 401)
          : json(company),
      { auth: { type: 'accessToken', getToken } },
    );
    await client.getCompany(C);
    await client.getCompany(C); // 401 with token-1, then token-2
    await client.getCompany(C);
    expect(getToken).toHaveBeenCalledTimes(2);
    expect(seen.map((r) => r.headers.authorization)).toEqual([
      'Bearer token-1',
      'Bearer token-1',
      'Bearer token-2',
      'Bearer token-2',
    ]);
  });

  it('gives up with unauthorized when the fresh token is refused too', async () => {
    const getToken = vi.fn(() => 'stale');
    const { client, seen } = make(() => json({ error: 'Unauthorized' }, 401), {
      auth: { type: 'accessToken', getToken },
    });
    const error = await failure(client.getCompany(C));
    expect(error.code).toBe('unauthorized');
    expect(getToken).toHaveBeenCalledTimes(2);
    expect(seen).toHaveLength(2);
  });

  it('renews once for concurrent requests that hit a 401', async () => {
    let n = 0;
    const getToken = vi.fn(async () => `token-${++n}`);
    const { client } = make(
      (r) => (r.headers.authorization === 'Bearer token-1' ? json({}, 401) : json(company)),
      {
        auth: { type: 'accessToken', getToken },
      },
    );
    await Promise.all([client.getCompany(C), client.getCompany(C), client.getCompany(C)]);
    expect(getToken).toHaveBeenCalledTimes(2);
  });

  it('reports a failing getToken as unauthorized and asks again next time', async () => {
    const getToken = vi
      .fn()
      .mockRejectedValueOnce(new Error('backend down'))
      .mockResolvedValue('t');
    const { client } = make(() => json(company), { auth: { type: 'accessToken', getToken } });
    expect((await failure(client.getCompany(C))).code).toBe('unauthorized');
    await expect(client.getCompany(C)).resolves.toBeTruthy();
  });

  it('never puts a secret in an error or a log entry', async () => {
    const entries: ClientLogEntry[] = [];
    const secrets = [API_KEY, btoa(API_KEY), 'tok_SECRET_bearer'];
    const replies = [
      () => json({ error: 'Unauthorized' }, 401),
      () => json({ error: 'boom' }, 500),
      () => Promise.reject(new TypeError('fetch failed')),
      () => json({ nope: true }),
    ];
    for (const reply of replies) {
      for (const auth of [
        { type: 'apiKey', apiKey: API_KEY } as const,
        { type: 'accessToken', getToken: () => 'tok_SECRET_bearer' } as const,
      ]) {
        const { client } = make(reply, { auth, retry: false, log: (e) => entries.push(e) });
        const error = await failure(client.getCompany(C));
        const dumps = [
          String(error),
          error.stack ?? '',
          JSON.stringify(error),
          inspect(error, { depth: 10, showHidden: true }),
        ];
        for (const dump of dumps) for (const secret of secrets) expect(dump).not.toContain(secret);
      }
    }
    const logged = JSON.stringify(entries);
    expect(entries.length).toBeGreaterThan(0);
    for (const secret of secrets) expect(logged).not.toContain(secret);
  });
});

describe('retries, timeouts and cancellation (fake timers)', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('retries a GET on 5xx with exponential backoff and jitter', async () => {
    const entries: ClientLogEntry[] = [];
    const { client, seen } = make((_, i) => (i < 2 ? json({}, 503) : json(company)), {
      log: (e) => entries.push(e),
    });
    const result = client.getCompany(C);
    await vi.runAllTimersAsync();
    await expect(result).resolves.toMatchObject({ id: C });
    expect(seen).toHaveLength(3);
    // random() = 0.5: base/2 + base/4 -> 375 ms, then 750 ms.
    expect(entries.filter((e) => e.type === 'retry').map((e) => e.delayMs)).toEqual([375, 750]);
  });

  it('waits as long as Retry-After asks on a 429, for a POST too', async () => {
    const { client, seen } = make((_, i) =>
      i === 0 ? json({ error: 'Too many' }, 429, { 'retry-after': '7' }) : json(company),
    );
    const result = client.createCompany({ name: 'B' });
    await vi.advanceTimersByTimeAsync(6_999);
    expect(seen).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    await expect(result).resolves.toMatchObject({ id: C });
    expect(seen).toHaveLength(2);
  });

  it('reads Retry-After as an HTTP date', async () => {
    vi.setSystemTime(new Date('2026-06-01T00:00:00Z'));
    const { client, seen } = make((_, i) =>
      i === 0 ? json({}, 429, { 'retry-after': 'Mon, 01 Jun 2026 00:00:03 GMT' }) : json(company),
    );
    const result = client.getCompany(C);
    await vi.advanceTimersByTimeAsync(2_999);
    expect(seen).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    await expect(result).resolves.toBeTruthy();
  });

  it('does not retry a POST after a 5xx or a network error (it may have been carried out)', async () => {
    for (const reply of [() => json({}, 500), () => Promise.reject(new TypeError('reset'))]) {
      const { client, seen } = make(reply);
      const error = await failure(client.createMapping(C, K, { sourceAccountId: 'a1' }));
      expect(error.retryable).toBe(true);
      expect(seen).toHaveLength(1);
    }
  });

  it('retries GET, PUT, DELETE and PATCH-to-a-state after a network error', async () => {
    const calls = [
      (c: ReturnType<typeof make>['client']) => c.getConnection(C, K),
      (c: ReturnType<typeof make>['client']) => c.replaceCompany(C, { name: 'B' }),
      (c: ReturnType<typeof make>['client']) => c.deleteSourceAccount(C, K, 'a1'),
      (c: ReturnType<typeof make>['client']) => c.disconnectSourceAccount(C, K, 'a1'),
      (c: ReturnType<typeof make>['client']) => c.unlinkConnection(C, K),
    ];
    for (const call of calls) {
      const { client, seen } = make((r, i) => {
        if (i === 0) return Promise.reject(new TypeError('fetch failed'));
        if (r.method === 'DELETE') return new Response(null, { status: 204 });
        if (r.url.pathname.includes('bankFeedAccounts')) return json(sourceAccount('a1'));
        return json(r.method === 'PUT' ? company : connection());
      });
      const result = call(client);
      await vi.runAllTimersAsync();
      await result;
      expect(seen).toHaveLength(2);
    }
  });

  it('stops after maxAttempts with the last error', async () => {
    const { client, seen } = make(() => json({ error: 'down' }, 500), {
      retry: { maxAttempts: 3 },
    });
    const result = failure(client.getCompany(C));
    await vi.runAllTimersAsync();
    const error = await result;
    expect(error).toMatchObject({ code: 'server-error', status: 500, message: 'down' });
    expect(seen).toHaveLength(3);
  });

  it('stops when the next wait would pass maxElapsedMs', async () => {
    const { client, seen } = make(() => json({}, 429, { 'retry-after': '120' }), {
      retry: { maxElapsedMs: 60_000 },
    });
    const error = await failure(client.getCompany(C));
    expect(error.code).toBe('rate-limited');
    expect(seen).toHaveLength(1);
  });

  it('fails an attempt that takes longer than timeoutMs with timeout, and retries it', async () => {
    const { client, seen } = make((_, i) => (i === 0 ? hang() : json(company)), {
      timeoutMs: 1_000,
    });
    const result = client.getCompany(C);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(seen).toHaveLength(1);
    await vi.runAllTimersAsync();
    await expect(result).resolves.toBeTruthy();
    expect(seen).toHaveLength(2);
  });

  it('raises timeout when every attempt hangs', async () => {
    const { client } = make(() => hang(), { timeoutMs: 1_000, retry: false });
    const result = failure(client.getCompany(C));
    await vi.advanceTimersByTimeAsync(1_000);
    expect((await result).code).toBe('timeout');
  });

  it('cancels a request in flight with aborted, and never retries it', async () => {
    const { client, seen } = make(() => hang());
    const controller = new AbortController();
    const result = failure(client.getCompany(C, { signal: controller.signal }));
    await vi.advanceTimersByTimeAsync(5);
    expect(seen).toHaveLength(1);
    controller.abort();
    const error = await result;
    expect(error.code).toBe('aborted');
    expect(error.retryable).toBe(false);
    await vi.runAllTimersAsync();
    expect(seen).toHaveLength(1);
  });

  it('cancels during a backoff wait without another attempt', async () => {
    const { client, seen } = make(() => json({}, 503));
    const controller = new AbortController();
    const result = failure(client.getCompany(C, { signal: controller.signal }));
    await vi.advanceTimersByTimeAsync(10);
    expect(seen).toHaveLength(1);
    controller.abort();
    expect((await result).code).toBe('aborted');
    await vi.runAllTimersAsync();
    expect(seen).toHaveLength(1);
  });

  it('does not start when the signal is already aborted', async () => {
    const { client, seen } = make(() => json(company));
    const error = await failure(client.getCompany(C, { signal: AbortSignal.abort() }));
    expect(error.code).toBe('aborted');
    expect(seen).toHaveLength(0);
  });
});
