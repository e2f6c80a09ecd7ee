import { describe, expect, it, vi } from 'vitest';
import { BankFeedsError, createBankFeedsClient } from '../src';
import { BASE, fakeClient, fastClock, startFake } from './fake-helpers';

async function failure(promise: Promise<unknown>): Promise<BankFeedsError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(BankFeedsError);
    return error as BankFeedsError;
  }
  throw new Error('expected a failure');
}

describe('client against the fake', () => {
  it('covers companies, tokens and connections', async () => {
    const { companyId } = startFake();
    const client = fakeClient();
    const created = await client.createCompany({ name: 'Tide Bakery' });
    expect(created.name).toBe('Tide Bakery');
    expect((await client.getCompany(created.id)).id).toBe(created.id);
    expect((await client.updateCompany(created.id, { description: 'Bread' })).description).toBe(
      'Bread',
    );
    expect((await client.replaceCompany(created.id, { name: 'Tide Bakery 2' })).name).toBe(
      'Tide Bakery 2',
    );
    const companies = await client.listCompanies({ pageSize: 1 });
    expect(companies.results).toHaveLength(1);
    expect(companies.totalResults).toBeGreaterThanOrEqual(2);

    const connection = await client.createConnection(created.id);
    expect(connection.status).toBe('PendingAuth');
    expect(connection.linkUrl).toMatch(/^https:\/\//);
    const listed = await client.listConnections(created.id);
    expect(listed.results.map((c) => c.id)).toContain(connection.id);
    expect((await client.getConnection(created.id, connection.id)).id).toBe(connection.id);
    await client.deleteConnection(created.id, connection.id);
    expect((await failure(client.getConnection(created.id, connection.id))).code).toBe('not-found');
    await client.deleteCompany(created.id);
    expect((await failure(client.getCompany(created.id))).code).toBe('not-found');

    const token = await client.getAccessToken(companyId);
    expect(token.tokenType).toBe('Bearer');
  });

  it('filters companies by tags and reports a malformed filter as bad-request', async () => {
    startFake();
    const client = fakeClient();
    await client.createCompany({ name: 'Tide Bakery', tags: { region: 'uk', team: 'finance' } });
    await client.createCompany({ name: 'Surf Cafe', tags: { region: 'uk', team: 'lending' } });
    await client.createCompany({ name: 'Dune Deli', tags: { region: 'us' } });
    const names = async (tags: string) =>
      (await client.listCompanies({ tags, orderBy: 'name' })).results.map((c) => c.name);
    expect(await names('region=uk')).toEqual(['Surf Cafe', 'Tide Bakery']);
    expect(await names('region = uk && team != lending')).toEqual(['Tide Bakery']);
    expect(await names('team~lend')).toEqual(['Surf Cafe']);
    const page = await client.listCompanies({ tags: 'region=uk', pageSize: 1 });
    expect(page).toMatchObject({ totalResults: 2, results: [{ name: 'Tide Bakery' }] });

    const malformed = await failure(client.listCompanies({ tags: 'region>uk' }));
    expect(malformed).toMatchObject({ code: 'bad-request', status: 400, retryable: false });
    expect(malformed.message).toBe('Error parsing query - Malformed query.');
  });

  it('unlinks a Linked connection', async () => {
    const { companyId, connectionId } = startFake();
    const client = fakeClient();
    expect((await client.unlinkConnection(companyId, connectionId)).status).toBe('Unlinked');
  });

  it('refuses a GBP bank account without a sort code and a full card number, saying which rule', async () => {
    const { companyId, connectionId } = startFake({ scenario: 'empty' });
    const client = fakeClient();
    const current = {
      id: 'acc-1',
      accountName: 'Everyday',
      accountType: 'checking' as const,
      accountNumber: '12345678',
      currency: 'GBP',
      balance: 10,
    };
    const noSortCode = await failure(client.createSourceAccount(companyId, connectionId, current));
    expect(noSortCode.message).toMatch(/sortCode is required for a GBP bank account/);
    const card = { ...current, id: 'card', accountType: 'creditCard' as const };
    const fullNumber = await failure(
      client.createSourceAccounts(companyId, connectionId, [
        { ...card, accountNumber: '5500000000004444' },
      ]),
    );
    expect(fullNumber.message).toMatch(/last 4 digits/);
    // Nothing reached the fake.
    expect(await client.listSourceAccounts(companyId, connectionId)).toEqual([]);
    const created = await client.createSourceAccount(companyId, connectionId, {
      ...card,
      accountNumber: '4444',
    });
    expect(created.accountNumber).toBe('4444');
  });

  it('covers source accounts, mapping, company info and pushes', async () => {
    // `empty` waits for consent: the accounts come first, then the user consents (Codat's order).
    const { fake, companyId, connectionId } = startFake({ scenario: 'empty' });
    const client = fakeClient();
    const one = await client.createSourceAccount(companyId, connectionId, {
      id: 'acc-1',
      accountName: 'Everyday',
      accountType: 'checking',
      accountNumber: '12345678',
      sortCode: '40-47-84',
      currency: 'GBP',
      balance: 10,
    });
    expect(one.status).toBe('pending');
    const batch = await client.createSourceAccounts(companyId, connectionId, [
      {
        id: 'acc-2',
        accountName: 'Reserve',
        accountType: 'savings',
        accountNumber: '22223333',
        sortCode: '40-47-84',
        currency: 'GBP',
        balance: 5,
      },
      {
        id: 'acc-1',
        accountName: 'Dup',
        accountType: 'checking',
        accountNumber: '1',
        sortCode: '40-47-84',
        currency: 'GBP',
        balance: 1,
      },
    ]);
    expect(batch.map((item) => item.result.statusCode)).toEqual([201, expect.any(Number)]);
    expect(batch[1]!.result.error).toBeTruthy();
    const renamed = await client.updateSourceAccount(companyId, connectionId, {
      id: 'acc-2',
      accountName: 'Reserve 2',
    });
    expect(renamed.accountName).toBe('Reserve 2');
    await client.deleteSourceAccount(companyId, connectionId, 'acc-2');
    expect((await client.listSourceAccounts(companyId, connectionId)).map((a) => a.id)).toEqual([
      'acc-1',
    ]);

    expect(fake.authorizeConnection(companyId, connectionId).status).toBe('Linked');
    const [item] = await client.getMappings(companyId, connectionId);
    expect(item!.sourceAccountId).toBe('acc-1');
    const target = item!.targetAccountOptions[0]!;
    const reply = await client.createMapping(companyId, connectionId, {
      sourceAccountId: 'acc-1',
      targetAccountId: target.id,
      feedStartDate: '2026-06-01',
    });
    expect(reply.status).toBe('connecting');
    const after = await client.getMappings(companyId, connectionId);
    expect(after[0]).toMatchObject({ status: 'connected', targetAccountId: target.id });

    const info = await client.getCompanyInformation(companyId, connectionId);
    expect(info.companyName).toBeTruthy();

    const op = await client.pushBankTransactions(companyId, connectionId, 'acc-1', [
      { id: 'l1', date: '2026-06-02', amount: 5, balance: 15, transactionType: 'Credit' },
    ]);
    expect(op.status).toBe('Pending');
    expect((await client.getPushOperation(companyId, op.pushOperationKey)).status).toBe('Success');
    const page = await client.listPushOperations(companyId, { pageSize: 10 });
    expect(page.results.map((o) => o.pushOperationKey)).toContain(op.pushOperationKey);
    const all = [];
    for await (const o of client.iteratePushOperations(companyId, { pageSize: 1 })) all.push(o);
    expect(all).toHaveLength(page.totalResults);

    const disconnected = await client.disconnectSourceAccount(companyId, connectionId, 'acc-1');
    expect(disconnected.status).toBe('disconnected');
  });

  it('renews a company token after the fake expires it', async () => {
    // Codat documents no Bearer access to these endpoints: the fake takes tokens only when asked.
    const { fake, companyId, connectionId } = startFake({ acceptBearerOnApi: true });
    const server = fakeClient();
    const getToken = vi.fn(async () => (await server.getAccessToken(companyId)).accessToken);
    const browser = createBankFeedsClient({
      baseUrl: BASE,
      auth: { type: 'accessToken', getToken },
    });
    await browser.getConnection(companyId, connectionId);
    fake.expireAccessTokens();
    await browser.getConnection(companyId, connectionId);
    expect(getToken).toHaveBeenCalledTimes(2);
  });

  it('fails with unauthorized without credentials', async () => {
    const { companyId } = startFake();
    const client = createBankFeedsClient({ baseUrl: BASE, auth: { type: 'none' } });
    const error = await failure(client.getCompany(companyId));
    expect(error).toMatchObject({ code: 'unauthorized', status: 401 });
  });

  it.each([
    [400, 'bad-request'],
    [401, 'unauthorized'],
    [402, 'company-limit-reached'],
    [403, 'forbidden'],
    [404, 'not-found'],
    [409, 'conflict'],
  ] as const)('maps an injected %i to %s without retrying', async (status, code) => {
    const { companyId, connectionId, requests } = startFake({
      faults: [{ kind: 'status', status, path: '/companies/:c/connections/:k', method: 'GET' }],
    });
    const error = await failure(fakeClient().getConnection(companyId, connectionId));
    expect(error).toMatchObject({
      status,
      code,
      endpoint: 'GET /companies/{companyId}/connections/{connectionId}',
    });
    expect(error.message).toBeTruthy();
    expect(requests.filter((r) => r.method === 'GET')).toHaveLength(1);
  });

  it.each([500, 503])('retries an injected %i on a GET and succeeds', async (status) => {
    const { companyId, connectionId } = startFake({
      faults: [{ kind: 'status', status, times: 2 }],
    });
    const { delays, clock } = fastClock();
    const connection = await fakeClient({ clock }).getConnection(companyId, connectionId);
    expect(connection.status).toBe('Linked');
    expect(delays).toEqual([375, 750]);
  });

  it('honours Retry-After from a rate limit', async () => {
    const { companyId, connectionId } = startFake({
      faults: [{ kind: 'rateLimit', retryAfterSeconds: 3, times: 1 }],
    });
    const { delays, clock } = fastClock();
    // The company's gate waits until the hold ends, measured on the clock: a clock that stands
    // still makes that the whole Retry-After, however long the machine took between the two.
    const still = { ...clock, now: () => Date.UTC(2026, 10, 21, 9) };
    await fakeClient({ clock: still }).getConnection(companyId, connectionId);
    expect(delays).toEqual([3000]);
  });

  it('retries a network failure on a GET but never on a mapping POST', async () => {
    const { companyId, connectionId, requests } = startFake({
      faults: [
        { kind: 'network', times: 1 },
        { kind: 'network', method: 'POST' },
      ],
    });
    const client = fakeClient();
    await client.getConnection(companyId, connectionId);
    const error = await failure(
      client.createMapping(companyId, connectionId, { sourceAccountId: 'x' }),
    );
    expect(error).toMatchObject({ code: 'network-error', status: null, retryable: true });
    expect(requests.filter((r) => r.method === 'POST')).toHaveLength(1);
  });

  it('reports a malformed reply as invalid-response naming the endpoint', async () => {
    const { companyId, connectionId } = startFake({ faults: [{ kind: 'malformed' }] });
    const error = await failure(fakeClient().listSourceAccounts(companyId, connectionId));
    expect(error.code).toBe('invalid-response');
    expect(error.endpoint).toBe(
      'GET /companies/{companyId}/connections/{connectionId}/connectionInfo/bankFeedAccounts',
    );
  });

  it('times out a hanging attempt and retries it', async () => {
    const { companyId, connectionId, requests } = startFake({
      faults: [{ kind: 'timeout', times: 1 }],
    });
    const client = fakeClient({ timeoutMs: 100 });
    await expect(client.getConnection(companyId, connectionId)).resolves.toBeTruthy();
    expect(requests).toHaveLength(2);
    const { companyId: c2, connectionId: k2 } = startFake({ faults: [{ kind: 'timeout' }] });
    const error = await failure(
      fakeClient({ timeoutMs: 50, retry: { maxAttempts: 2 } }).getConnection(c2, k2),
    );
    expect(error.code).toBe('timeout');
  });

  it('survives latency and cancels on abort', async () => {
    const { companyId, connectionId } = startFake({ latencyMs: 30 });
    const client = fakeClient();
    await expect(client.getConnection(companyId, connectionId)).resolves.toBeTruthy();
    const controller = new AbortController();
    const pending = failure(
      client.getConnection(companyId, connectionId, { signal: controller.signal }),
    );
    setTimeout(() => controller.abort(), 5);
    expect((await pending).code).toBe('aborted');
  });

  it('recognises Xero refusing bank feeds', async () => {
    const { companyId, connectionId } = startFake({ scenario: 'bankFeedsDisabled' });
    const client = fakeClient();
    const [item] = await client.getMappings(companyId, connectionId);
    const error = await failure(
      client.createMapping(companyId, connectionId, { sourceAccountId: item!.sourceAccountId }),
    );
    expect(error).toMatchObject({ status: 403, code: 'bank-feeds-disabled', retryable: false });
  });

  it('gets through the flaky scenario with retries', async () => {
    const { companyId, connectionId } = startFake({ scenario: 'flaky', seed: 7 });
    const client = fakeClient();
    for (let i = 0; i < 10; i++) {
      await expect(client.listSourceAccounts(companyId, connectionId)).resolves.toBeTruthy();
    }
  });
});
