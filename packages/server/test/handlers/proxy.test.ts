import { isBankFeedsError } from '@bankfeeds/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { record, setUpAndAuthorise, startHarness, TODAY, type Harness } from './support/harness';

let harness: Harness;
beforeEach(() => {
  harness = startHarness();
});
afterEach(() => harness.close());

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: unknown) => (isBankFeedsError(error) ? error : null),
  );

describe('the proxy (proxy mode)', () => {
  it('serves the kit: company, connection, accounts, organisation, disconnecting a feed', async () => {
    const { companyId, connectionId } = await setUpAndAuthorise(harness, 'cust-acme');
    const kit = harness.browserClient('cust-acme');

    expect((await kit.getCompany(companyId)).name).toBe('Acme Bakery Ltd');
    expect((await kit.getConnection(companyId, connectionId)).status).toBe('Linked');
    expect((await kit.listConnections(companyId)).results).toHaveLength(1);
    expect((await kit.getCompanyInformation(companyId, connectionId)).companyName).toBeTruthy();
    const accounts = await kit.listSourceAccounts(companyId, connectionId);
    expect(accounts.map((account) => account.id)).toEqual(['acc-acme-current', 'acc-acme-card']);
    expect((await kit.listPushOperations(companyId)).results).toEqual([]);

    harness.fake.createMapping(companyId, connectionId, {
      sourceAccountId: 'acc-acme-current',
      feedStartDate: TODAY,
    });
    harness.fake.getMapping(companyId, connectionId);
    const stopped = await kit.disconnectSourceAccount(companyId, connectionId, 'acc-acme-current');
    expect(stopped.status).toBe('disconnected');
    expect(harness.fake.listSourceAccounts(companyId, connectionId)[0]?.status).toBe(
      'disconnected',
    );
  });

  it('serves the mapping step: options, then saving a mapping', async () => {
    const { companyId, connectionId } = await setUpAndAuthorise(harness, 'cust-acme');
    const kit = harness.browserClient('cust-acme');
    const mappings = await kit.getMappings(companyId, connectionId);
    expect(mappings.map((item) => item.sourceAccountId).sort()).toEqual([
      'acc-acme-card',
      'acc-acme-current',
    ]);
    const saved = await kit.createMapping(companyId, connectionId, {
      sourceAccountId: 'acc-acme-current',
      feedStartDate: TODAY,
    });
    expect(saved.status).toBe('connecting');
    await kit.getMappings(companyId, connectionId);
    const accounts = await kit.listSourceAccounts(companyId, connectionId);
    expect(accounts.find((account) => account.id === 'acc-acme-current')?.status).toBe('connected');
  });

  it('forwards only the allow-listed calls', async () => {
    const { companyId, connectionId } = await setUpAndAuthorise(harness, 'cust-acme');
    const accounts = `/api/codat/companies/${companyId}/connections/${connectionId}/connectionInfo/bankFeedAccounts`;
    const refused: [string, string, unknown?][] = [
      ['GET', '/api/codat/companies'],
      ['POST', '/api/codat/companies', { name: 'Another' }],
      ['DELETE', `/api/codat/companies/${companyId}`],
      ['GET', `/api/codat/companies/${companyId}/accessToken`],
      ['POST', accounts, { id: 'x', accountName: 'x' }],
      ['POST', `${accounts}/batch`, []],
      ['DELETE', `${accounts}/acc-acme-current`],
      [
        'POST',
        `/api/codat/companies/${companyId}/connections/${connectionId}/push/bankAccounts/acc-acme-current/bankTransactions`,
        { accountId: 'acc-acme-current', transactions: [] },
      ],
      ['GET', `/api/codat/companies/${companyId}%2Fconnections`],
      ['GET', `/api/codat/companies/${companyId}/connections/..%2F..%2Fcompanies`],
    ];
    for (const [method, path, body] of refused) {
      const reply = await harness.call('cust-acme', method, path, { body });
      expect([method, path, reply.status]).toEqual([method, path, 404]);
    }
    expect(harness.fake.listSourceAccounts(companyId, connectionId)).toHaveLength(2);
  });

  it('checks what the browser sends before anything reaches Codat', async () => {
    const { companyId, connectionId } = await setUpAndAuthorise(harness, 'cust-acme');
    const base = `/api/codat/companies/${companyId}/connections/${connectionId}/connectionInfo/bankFeedAccounts`;
    const mapping = `/api/codat/companies/${companyId}/connections/${connectionId}/bankFeedAccounts/mapping`;
    const cases: [string, string, unknown][] = [
      // The bank sets balances and names, not the customer.
      ['PATCH', `${base}/acc-acme-current`, { id: 'acc-acme-current', balance: 1_000_000 }],
      [
        'PATCH',
        `${base}/acc-acme-current`,
        { id: 'acc-acme-current', status: 'disconnected', balance: 1 },
      ],
      ['PATCH', `${base}/acc-acme-current`, { id: 'acc-acme-card', status: 'disconnected' }],
      ['POST', mapping, { sourceAccountId: 'acc-acme-current', feedStartDate: '2024-01-01' }],
      ['POST', mapping, { sourceAccountId: 'acc-acme-current', feedStartDate: '2026-12-25' }],
      ['POST', mapping, { sourceAccountId: 'acc-acme-current', extra: true }],
      [
        'PATCH',
        `/api/codat/companies/${companyId}/connections/${connectionId}`,
        { status: 'Linked' },
      ],
    ];
    for (const [method, path, body] of cases) {
      const reply = await harness.call('cust-acme', method, path, { body });
      expect([method, JSON.stringify(body), reply.status]).toEqual([
        method,
        JSON.stringify(body),
        400,
      ]);
      expect(record(reply.body).code).toBe('invalid-request');
    }
    const notJson = await harness.call('cust-acme', 'POST', mapping, {
      headers: { 'content-type': 'application/json' },
      body: undefined,
    });
    expect(notJson.status).toBe(400);
    const accounts = harness.fake.listSourceAccounts(companyId, connectionId);
    expect(accounts.every((account) => account.status === 'pending')).toBe(true);
  });

  it('keeps customers apart: one cannot read or change another one’s feeds', async () => {
    const acme = await setUpAndAuthorise(harness, 'cust-acme');
    const globex = await setUpAndAuthorise(harness, 'cust-globex');
    const intruder = harness.browserClient('cust-globex');

    // Reading the other customer's company, connection, accounts, mapping, organisation, pushes.
    const reads = [
      intruder.getCompany(acme.companyId),
      intruder.listConnections(acme.companyId),
      intruder.getConnection(acme.companyId, acme.connectionId),
      intruder.listSourceAccounts(acme.companyId, acme.connectionId),
      intruder.getCompanyInformation(acme.companyId, acme.connectionId),
      intruder.listPushOperations(acme.companyId),
      // Own company in the path, the other customer's connection.
      intruder.listSourceAccounts(globex.companyId, acme.connectionId),
    ];
    for (const error of await Promise.all(reads.map(failure))) {
      expect(error?.status).toBe(404);
    }

    // Changing them.
    const mapping = await harness.call(
      'cust-globex',
      'POST',
      `/api/codat/companies/${acme.companyId}/connections/${acme.connectionId}/bankFeedAccounts/mapping`,
      { body: { sourceAccountId: 'acc-acme-current', feedStartDate: TODAY } },
    );
    expect(mapping.status).toBe(404);
    const options = await harness.call(
      'cust-globex',
      'GET',
      `/api/codat/companies/${acme.companyId}/connections/${acme.connectionId}/bankFeedAccounts/mapping`,
    );
    expect(options.status).toBe(404);
    const writes = [
      intruder.disconnectSourceAccount(acme.companyId, acme.connectionId, 'acc-acme-current'),
      intruder.unlinkConnection(acme.companyId, acme.connectionId),
      intruder.deleteConnection(acme.companyId, acme.connectionId),
    ];
    for (const error of await Promise.all(writes.map(failure))) {
      expect(error?.status).toBe(404);
    }

    // Nothing changed on the other side.
    expect(harness.fake.getConnection(acme.companyId, acme.connectionId).status).toBe('Linked');
    const accounts = harness.fake.listSourceAccounts(acme.companyId, acme.connectionId);
    expect(accounts.every((account) => account.status === 'pending')).toBe(true);

    // And the answer for another's company is the same as for one that does not exist.
    const ghost = await harness.call(
      'cust-globex',
      'GET',
      '/api/codat/companies/00000000-0000-4000-8000-000000000000',
    );
    const other = await harness.call(
      'cust-globex',
      'GET',
      `/api/codat/companies/${acme.companyId}`,
    );
    expect(other.body).toEqual(ghost.body);
  });

  it('answers the model’s own message to a body the model refuses', async () => {
    const { companyId, connectionId } = await setUpAndAuthorise(harness, 'cust-acme');
    const reply = await harness.call(
      'cust-acme',
      'POST',
      `/api/codat/companies/${companyId}/connections/${connectionId}/bankFeedAccounts/mapping`,
      { body: { sourceAccountId: 'acc-acme-current', extra: true } },
    );
    expect(reply.status).toBe(400);
    const body = record(reply.body);
    const errors = (body.validation as { errors: { message: string }[] }).errors;
    expect(errors.length).toBeGreaterThan(0);
    // Each of the model's messages is in the reply's text too, after the proxy's summary.
    for (const { message } of errors) expect(String(body.error)).toContain(message);
    expect(body).toMatchObject({ statusCode: 400, code: 'invalid-request' });
  });

  it('answers 401 to a visitor without a session, whatever the path', async () => {
    const { companyId } = await setUpAndAuthorise(harness, 'cust-acme');
    const reply = await harness.call(null, 'GET', `/api/codat/companies/${companyId}`);
    expect(reply.status).toBe(401);
  });

  it('passes Codat’s failures on with their status and stable code', async () => {
    const setup = record((await harness.call('cust-acme', 'POST', '/api/bank-feeds/setup')).body);
    // The organisation of a connection nobody has authorised yet cannot be read.
    const reply = await harness.call(
      'cust-acme',
      'GET',
      `/api/codat/companies/${String(setup.companyId)}/connections/${String(setup.connectionId)}/bankFeeds/info`,
    );
    expect(reply.status).toBe(400);
    expect(record(reply.body)).toMatchObject({ statusCode: 400, code: 'bad-request' });
  });
});
