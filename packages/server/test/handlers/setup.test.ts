import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { record, startHarness, type Harness } from './support/harness';

let harness: Harness;
/** A harness sharing the first one's fake, whose server it must not close. */
const noServer = { close() {}, listen() {} } as never;
beforeEach(() => {
  harness = startHarness();
});
afterEach(() => harness.close());

describe('POST /api/bank-feeds/setup', () => {
  it('creates the company, the Xero connection and registers the customer accounts', async () => {
    const reply = await harness.call('cust-acme', 'POST', '/api/bank-feeds/setup');
    expect(reply.status).toBe(200);
    const setup = record(reply.body);
    expect(setup).toMatchObject({
      connectionStatus: 'PendingAuth',
      accounts: { created: ['acc-acme-current', 'acc-acme-card'], existing: [], failed: [] },
    });
    expect(String(setup.linkUrl)).toMatch(/^https:\/\//);

    const companyId = String(setup.companyId);
    const connectionId = String(setup.connectionId);
    const company = harness.fake.getCompany(companyId);
    expect(company.name).toBe('Acme Bakery Ltd');
    expect(company.tags).toEqual({ customerId: 'cust-acme' });
    const connection = harness.fake.getConnection(companyId, connectionId);
    expect(connection.platformName).toBe('Xero');
    const accounts = harness.fake.listSourceAccounts(companyId, connectionId);
    expect(accounts.map((account) => [account.id, account.status])).toEqual([
      ['acc-acme-current', 'pending'],
      ['acc-acme-card', 'pending'],
    ]);
  });

  it('is idempotent: a second call finds everything and sends nothing new', async () => {
    const first = record((await harness.call('cust-acme', 'POST', '/api/bank-feeds/setup')).body);
    const second = record((await harness.call('cust-acme', 'POST', '/api/bank-feeds/setup')).body);
    expect(second.companyId).toBe(first.companyId);
    expect(second.connectionId).toBe(first.connectionId);
    expect(second.accounts).toEqual({
      created: [],
      existing: ['acc-acme-current', 'acc-acme-card'],
      failed: [],
    });
  });

  it('creates one company when the page sends set-up twice at once (double click)', async () => {
    const before = harness.fake.listCompanies({ pageSize: '100' }).totalResults;
    const replies = await Promise.all([
      harness.call('cust-acme', 'POST', '/api/bank-feeds/setup'),
      harness.call('cust-acme', 'POST', '/api/bank-feeds/setup'),
    ]);
    expect(replies.map((reply) => reply.status)).toEqual([200, 200]);
    expect(record(replies[0]!.body).companyId).toBe(record(replies[1]!.body).companyId);
    expect(harness.fake.listCompanies({ pageSize: '100' }).totalResults).toBe(before + 1);
  });

  it('gives each customer their own company', async () => {
    const acme = record((await harness.call('cust-acme', 'POST', '/api/bank-feeds/setup')).body);
    const globex = record(
      (await harness.call('cust-globex', 'POST', '/api/bank-feeds/setup')).body,
    );
    expect(globex.companyId).not.toBe(acme.companyId);
    expect(harness.fake.getCompany(String(globex.companyId)).name).toBe('Globex Trading');
  });

  it('registers accounts added later, and only those', async () => {
    const setup = record((await harness.call('cust-acme', 'POST', '/api/bank-feeds/setup')).body);
    const { companyId, connectionId } = setup as { companyId: string; connectionId: string };
    harness.fake.deleteSourceAccount(companyId, connectionId, 'acc-acme-card');
    const again = record((await harness.call('cust-acme', 'POST', '/api/bank-feeds/setup')).body);
    expect(again.accounts).toEqual({
      created: ['acc-acme-card'],
      existing: ['acc-acme-current'],
      failed: [],
    });
  });

  it('reuses the connection after the customer lost Xero access, rather than making another', async () => {
    const setup = record((await harness.call('cust-acme', 'POST', '/api/bank-feeds/setup')).body);
    const { companyId, connectionId } = setup as { companyId: string; connectionId: string };
    harness.fake.authorizeConnection(companyId, connectionId);
    harness.fake.deauthorizeConnection(companyId, connectionId);
    const again = record((await harness.call('cust-acme', 'POST', '/api/bank-feeds/setup')).body);
    expect(again).toMatchObject({ connectionId, connectionStatus: 'Deauthorized' });
    expect(harness.fake.listConnections(companyId).totalResults).toBe(1);
  });

  it('refuses a visitor who is not signed in, or signed in without a business', async () => {
    const anonymous = await harness.call(null, 'POST', '/api/bank-feeds/setup');
    expect(anonymous.status).toBe(401);
    const blank = await harness.call(null, 'POST', '/api/bank-feeds/setup', {
      headers: { 'x-authenticated-customer': '  ' },
    });
    expect(blank.status).toBe(401);
    const stranger = await harness.call('cust-nobody', 'POST', '/api/bank-feeds/setup');
    expect(stranger.status).toBe(403);
  });

  it('refuses state-changing requests from another origin (CSRF)', async () => {
    const reply = await harness.call('cust-acme', 'POST', '/api/bank-feeds/setup', {
      headers: { origin: 'https://evil.test' },
    });
    expect(reply.status).toBe(403);
    const ok = await harness.call('cust-acme', 'POST', '/api/bank-feeds/setup', {
      headers: { origin: 'https://portal.bank.test' },
    });
    expect(ok.status).toBe(200);
  });

  it('finds the company Codat holds for the customer when the bank lost its link', async () => {
    const before = harness.fake.listCompanies({ pageSize: '100' }).totalResults;
    const first = record((await harness.call('cust-acme', 'POST', '/api/bank-feeds/setup')).body);
    // The bank's record is gone (a restore from an older backup, say); Codat's company is not.
    const fresh = startHarness({ shared: { fake: harness.fake, server: noServer } });
    const again = record((await fresh.call('cust-acme', 'POST', '/api/bank-feeds/setup')).body);
    await fresh.close();
    expect(again).toMatchObject({ companyId: first.companyId, connectionId: first.connectionId });
    expect(again.accounts).toMatchObject({ created: [] });
    expect(harness.fake.listCompanies({ pageSize: '100' }).totalResults).toBe(before + 1);
  });

  it('names a company whose business name has nothing Codat accepts after the customer, and says so', async () => {
    const blank = startHarness({
      shared: { fake: harness.fake, server: noServer },
      options: {
        customers: {
          getCustomer: async (id) => ({ id, businessName: '★★★' }),
          listAccounts: async () => [],
          listTransactions: async () => [],
        },
      },
    });
    const reply = await blank.call('cust-stars', 'POST', '/api/bank-feeds/setup');
    await blank.close();
    expect(reply.status).toBe(200);
    expect(harness.fake.getCompany(String(record(reply.body).companyId)).name).toBe('cust-stars');
    expect(blank.logs.join('\n')).toMatch(/company name empty once cleaned/);
  });
});
