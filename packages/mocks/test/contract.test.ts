/**
 * Every kind of reply the fake sends, checked against Codat's official OpenAPI file (the copy
 * kept by the model package) with the model's Ajv helper. The fake already checks each reply
 * with the model's zod schemas; this proves the two agree with Codat's own contract.
 */
import { gbpAccount } from './accounts';
import { describe, expect, it } from 'vitest';
import { codatBankFeedsOpenApi } from '../../model/test/openapi';
import { TODAY, startFake, type Reply } from './helpers';

const openApi = codatBankFeedsOpenApi();

/**
 * The only nulls the fake may send. Each is `nullable` in the OpenAPI file (Ajv checks that) and
 * is either shown as null by Codat or needed by the API's shape; every other absent value is
 * left out, as Codat's examples do, because Codat's generated SDKs refuse some nulls. Paths are
 * JSONPath-like, `[]` standing for any array index.
 */
const NULLS_CODAT_SENDS: Readonly<Record<string, readonly string[]>> = {
  // Codat's "Create mapping" docs show `targetAccountId: null` for a "create new account" POST.
  'create-bank-account-mapping': ['$.targetAccountId'],
  // v2 accounts always carry `accountInfo` (null when unknown): it is what tells a v2 account
  // from a v1 one under the API's `oneOf` (the kit's assumption).
  'create-source-account': ['$.accountInfo'],
  'list-source-accounts': ['$[].accountInfo'],
  'create-batch-source-account': ['$[].result.account.accountInfo'],
  // Push operations: nullable in the API, and what the push module sends today.
  'create-bank-transactions': ['$.timeoutInMinutes', '$.errorMessage', '$.changes[].attachmentId'],
  'get-create-operation': ['$.timeoutInMinutes', '$.errorMessage', '$.changes[].attachmentId'],
  'list-create-operations': [
    '$.results[].timeoutInMinutes',
    '$.results[].errorMessage',
    '$.results[].changes[].attachmentId',
  ],
};

/** Every path in a JSON value that holds `null`. */
function nullPaths(value: unknown, path = '$'): string[] {
  if (value === null) return [path];
  if (Array.isArray(value)) return value.flatMap((item) => nullPaths(item, `${path}[]`));
  if (typeof value === 'object')
    return Object.entries(value as object).flatMap(([key, item]) =>
      nullPaths(item, `${path}.${key}`),
    );
  return [];
}

/** The reply fits Codat's OpenAPI file (`nullable` honoured) and sends no null Codat omits. */
function expectContract(operationId: string, reply: Reply) {
  const check = openApi.validateResponse(operationId, reply.status, reply.body);
  expect(check.errors.slice(0, 5).join('\n'), `${operationId} ${reply.status}`).toBe('');
  const allowed = reply.status < 300 ? (NULLS_CODAT_SENDS[operationId] ?? []) : [];
  const unexpected = nullPaths(reply.body).filter((path) => !allowed.includes(path));
  expect(unexpected, `nulls in ${operationId} ${reply.status}`).toEqual([]);
}

const v2 = (id: string) => ({
  id,
  accountName: `Account ${id}`,
  accountType: 'checking',
  accountNumber: '12345678',
  sortCode: '40-47-84',
  currency: 'GBP',
  balance: 100,
});

describe('replies match the Codat Bank Feeds OpenAPI file', () => {
  it('companies and access tokens', async () => {
    const { call, companyId } = startFake();
    expectContract(
      'create-company',
      await call('POST', '/companies', { name: 'Contract Ltd', tags: { a: 'b' } }),
    );
    expectContract('list-companies', await call('GET', '/companies?pageSize=1'));
    expectContract('list-companies', await call('GET', '/companies?tags=a%3Db&pageSize=1'));
    expectContract('list-companies', await call('GET', '/companies?tags=a%3E1'));
    expectContract('get-company', await call('GET', `/companies/${companyId}`));
    expectContract(
      'update-company',
      await call('PATCH', `/companies/${companyId}`, { description: 'x' }),
    );
    expectContract(
      'replace-company',
      await call('PUT', `/companies/${companyId}`, { name: 'Replaced' }),
    );
    expectContract(
      'get-company-access-token',
      await call('GET', `/companies/${companyId}/accessToken`),
    );
    expect((await call('DELETE', `/companies/${companyId}`)).status).toBe(204);
  });

  it('honours nullable: a null where the API allows none fails, where it allows one passes', () => {
    const company = {
      id: '0498e921-9b53-4396-a412-4f2f5983b0a2',
      name: 'X',
      redirect: 'https://x.io',
    };
    expect(openApi.validateSchema('Company', { ...company, lastSync: null }).valid).toBe(true);
    expect(openApi.validateSchema('Company', { ...company, created: null }).valid).toBe(false);
    expect(nullPaths({ a: [{ b: null }], c: null, d: 0 })).toEqual(['$.a[].b', '$.c']);
  });

  it('leaves out lastSync, description and resolvedOnUtc until they have a value', async () => {
    const { call, fake } = startFake({ scenario: 'empty' });
    const company = await call('POST', '/companies', { name: 'No Description Ltd' });
    expectContract('create-company', company);
    expect(company.body.description).toBe('');
    expect(company.body).not.toHaveProperty('lastSync');
    const companyPath = `/companies/${company.body.id}`;
    const pending = await call('POST', `${companyPath}/connections`, { platformKey: 'gbol' });
    expectContract('create-connection', pending);
    expect(pending.body).not.toHaveProperty('lastSync');
    expect(pending.body).not.toHaveProperty('connectionInfo');
    expectContract('get-company', await call('GET', companyPath));
    expectContract('list-companies', await call('GET', '/companies'));
    fake.denyConnection(company.body.id, pending.body.id);
    const denied = await call('GET', `${companyPath}/connections/${pending.body.id}`);
    expectContract('get-connection', denied);
    expect(denied.body.dataConnectionErrors[0].status).toBe('Active');
    expect(denied.body.dataConnectionErrors[0]).not.toHaveProperty('resolvedOnUtc');
    // Codat needs the source accounts before consent (A1).
    fake.createSourceAccount(company.body.id, pending.body.id, gbpAccount('contract-1'));
    fake.authorizeConnection(company.body.id, pending.body.id);
    const linked = await call('GET', `${companyPath}/connections/${pending.body.id}`);
    expectContract('get-connection', linked);
    expect(linked.body.dataConnectionErrors[0]).toMatchObject({ status: 'Resolved' });
    expect(typeof linked.body.dataConnectionErrors[0].resolvedOnUtc).toBe('string');
    expect(typeof linked.body.lastSync).toBe('string');
    expectContract('list-connections', await call('GET', `${companyPath}/connections`));
  });

  it('connections in every state', async () => {
    const { call, fake, companyId, connectionId, connectionPath } = startFake();
    const created = await call('POST', `/companies/${companyId}/connections`, {
      platformKey: 'gbol',
    });
    expectContract('create-connection', created);
    fake.denyConnection(companyId, created.body.id);
    expectContract(
      'get-connection',
      await call('GET', `/companies/${companyId}/connections/${created.body.id}`),
    );
    expectContract('list-connections', await call('GET', `/companies/${companyId}/connections`));
    expectContract(
      'unlink-connection',
      await call('PATCH', connectionPath, { status: 'Unlinked' }),
    );
    fake.deauthorizeConnection(companyId, connectionId);
    expectContract('get-connection', await call('GET', connectionPath));
  });

  it('source accounts, v2 and v1, single and batch', async () => {
    const { call, connectionPath } = startFake();
    const accounts = `${connectionPath}/connectionInfo/bankFeedAccounts`;
    expectContract('create-source-account', await call('POST', accounts, v2('c-1')));
    expectContract(
      'create-batch-source-account',
      await call('POST', `${accounts}/batch`, [v2('c-2'), v2('c-3')]),
    );
    expectContract(
      'create-batch-source-account',
      await call('POST', `${accounts}/batch`, [v2('c-4'), v2('c-1')]),
    );
    expectContract(
      'create-batch-source-account',
      await call('POST', `${accounts}/batch`, [v2('c-1')]),
    );
    expectContract(
      'update-source-account',
      await call('PATCH', `${accounts}/acc-001`, { id: 'acc-001', status: 'disconnected' }),
    );
    expectContract('list-source-accounts', await call('GET', accounts));

    const v1 = startFake({ scenario: 'empty' });
    const v1Accounts = `${v1.connectionPath}/connectionInfo/bankFeedAccounts`;
    expectContract(
      'create-source-account',
      await v1.call('POST', v1Accounts, {
        id: 'v1-1',
        accountType: 'Debit',
        currency: 'GBP',
        sortCode: '404784',
      }),
    );
    expectContract(
      'create-batch-source-account',
      await v1.call('POST', `${v1Accounts}/batch`, [{ id: 'v1-2', accountType: 'Credit' }]),
    );
    expectContract('list-source-accounts', await v1.call('GET', v1Accounts));
  });

  it('mapping, company information', async () => {
    const { call, connectionPath } = startFake();
    const mapping = `${connectionPath}/bankFeedAccounts/mapping`;
    expectContract(
      'create-bank-account-mapping',
      await call('POST', mapping, { sourceAccountId: 'acc-002' }),
    );
    const taken = (await call('GET', mapping)).body[0].targetAccountId;
    expectContract(
      'create-bank-account-mapping',
      await call('POST', mapping, { sourceAccountId: 'acc-003', targetAccountId: taken }),
    );
    expectContract('get-bank-account-mapping', await call('GET', mapping));
    expectContract(
      'get-company-information',
      await call('GET', `${connectionPath}/bankFeeds/info`),
    );
  });

  it('pushes and push operations: Pending, Success with warnings, Failed', async () => {
    const { call, connectionPath, companyId } = startFake();
    const path = `${connectionPath}/push/bankAccounts/acc-001/bankTransactions`;
    const good = await call('POST', path, {
      accountId: 'acc-001',
      transactions: [
        {
          id: 't1',
          date: TODAY,
          amount: 5,
          balance: 1,
          transactionType: 'Debit',
          description: 'Coffee',
        },
      ],
    });
    expectContract('create-bank-transactions', good);
    const bad = await call('POST', path, {
      accountId: 'acc-001',
      transactions: [{ id: 't2', date: '2030-01-01', amount: 1 }],
    });
    const pending = await call('GET', `/companies/${companyId}/push?pageSize=5`);
    expectContract('list-create-operations', pending);
    expectContract(
      'get-create-operation',
      await call('GET', `/companies/${companyId}/push/${good.body.pushOperationKey}`),
    );
    expectContract(
      'get-create-operation',
      await call('GET', `/companies/${companyId}/push/${bad.body.pushOperationKey}`),
    );
  });

  it('a push operation Codat timed out while Xero was slow', async () => {
    const { call, fake, connectionPath, companyId } = startFake({ xeroWriteMinutes: 10 });
    const pushed = await call(
      'POST',
      `${connectionPath}/push/bankAccounts/acc-001/bankTransactions?timeoutInMinutes=1`,
      { accountId: 'acc-001', transactions: [{ id: 't1', date: TODAY, amount: 1, balance: 1 }] },
    );
    fake.advanceClock(60_000);
    const timedOut = await call(
      'GET',
      `/companies/${companyId}/push/${pushed.body.pushOperationKey}`,
    );
    expect(timedOut.body.status).toBe('TimedOut');
    expectContract('get-create-operation', timedOut);
    expectContract('list-create-operations', await call('GET', `/companies/${companyId}/push`));
  });

  it('error bodies for every status the fake sends', async () => {
    const { call, connectionPath, companyId } = startFake({
      companyLimit: 1,
      faults: [
        { kind: 'status', status: 500, path: '/companies/:companyId/push', times: 1 },
        { kind: 'status', status: 503, path: '/companies/:companyId/push', times: 1 },
        { kind: 'rateLimit', path: '/companies/:companyId/push', times: 1 },
      ],
    });
    expectContract('create-company', await call('POST', '/companies', {}));
    expectContract('create-company', await call('POST', '/companies', { name: 'Over the limit' }));
    expectContract('get-company', await call('GET', '/companies/nope'));
    expectContract(
      'get-company',
      await call('GET', `/companies/${companyId}`, undefined, { headers: { Authorization: '' } }),
    );
    expectContract('list-create-operations', await call('GET', `/companies/${companyId}/push`));
    expectContract('list-create-operations', await call('GET', `/companies/${companyId}/push`));
    expectContract('list-create-operations', await call('GET', `/companies/${companyId}/push`));
    const disabled = startFake({ scenario: 'bankFeedsDisabled' });
    expectContract(
      'create-bank-transactions',
      await disabled.call(
        'POST',
        `${disabled.connectionPath}/push/bankAccounts/acc-001/bankTransactions`,
        { accountId: 'acc-001', transactions: [] },
      ),
    );
    expect(connectionPath).toBeTruthy();
  });

  it('the large scenario, every item', async () => {
    const { call, connectionPath } = startFake({ scenario: 'large' });
    expectContract(
      'list-source-accounts',
      await call('GET', `${connectionPath}/connectionInfo/bankFeedAccounts`),
    );
    expectContract(
      'get-bank-account-mapping',
      await call('GET', `${connectionPath}/bankFeedAccounts/mapping`),
    );
  });
});
