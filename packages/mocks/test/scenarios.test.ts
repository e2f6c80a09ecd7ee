import { describe, expect, it } from 'vitest';
import { accountClassOf, sourceAccountRuleIssues } from '@bankfeeds/model';
import { SCENARIO_DESCRIPTIONS, SCENARIO_NAMES, createFakeCodat } from '@bankfeeds/mocks';
import { startFake } from './helpers';

describe('scenarios', () => {
  // `flaky` seeds the default data behind random faults, so its data is checked as `default`.
  it.each(SCENARIO_NAMES.filter((name) => name !== 'flaky'))(
    '%s: every seeded account follows the rules (card numbers are last four digits, GBP has a sort code)',
    async (scenario) => {
      const { call, connectionPath } = startFake({ scenario });
      const accounts = (await call('GET', `${connectionPath}/connectionInfo/bankFeedAccounts`))
        .body as Parameters<typeof sourceAccountRuleIssues>[0][];
      for (const account of accounts) expect(sourceAccountRuleIssues(account)).toEqual([]);
      const mapping = (await call('GET', `${connectionPath}/bankFeedAccounts/mapping`)).body as {
        targetAccountOptions?: { accountNumber?: string }[];
      }[];
      // No option anywhere shows a full card number (16 digits or so).
      const numbers = mapping.flatMap((item) =>
        (item.targetAccountOptions ?? []).map((option) => option.accountNumber ?? ''),
      );
      for (const number of numbers) expect(number).not.toMatch(/^\d{12,19}$/);
    },
  );

  it('default: a Linked connection, accounts in GBP, EUR and USD, debit and credit, one connected', async () => {
    const { call, connectionPath } = startFake({ scenario: 'default' });
    expect((await call('GET', connectionPath)).body.status).toBe('Linked');
    const accounts = (await call('GET', `${connectionPath}/connectionInfo/bankFeedAccounts`))
      .body as {
      currency: string;
      accountType: string;
      status: string;
    }[];
    expect(new Set(accounts.map((a) => a.currency))).toEqual(new Set(['GBP', 'EUR', 'USD']));
    expect(new Set(accounts.map((a) => accountClassOf(a)))).toEqual(new Set(['Debit', 'Credit']));
    expect(accounts.filter((a) => a.status === 'connected')).toHaveLength(1);
  });

  it('empty: a company and a connection waiting for consent, without source accounts', async () => {
    const { call, connectionPath } = startFake({ scenario: 'empty' });
    expect((await call('GET', connectionPath)).body.status).toBe('PendingAuth');
    expect((await call('GET', `${connectionPath}/connectionInfo/bankFeedAccounts`)).body).toEqual(
      [],
    );
    expect((await call('GET', `${connectionPath}/bankFeedAccounts/mapping`)).body).toEqual([]);
  });

  it('needsAuth: PendingAuth, every account pending; consent through the linkUrl links it', async () => {
    const { call, connectionPath } = startFake({ scenario: 'needsAuth' });
    const connection = (await call('GET', connectionPath)).body;
    expect(connection.status).toBe('PendingAuth');
    const accounts = (await call('GET', `${connectionPath}/connectionInfo/bankFeedAccounts`)).body;
    expect(accounts.every((a: { status: string }) => a.status === 'pending')).toBe(true);
    await fetch(connection.linkUrl.replace('/start?', '/authorize?'), { method: 'POST' });
    expect((await call('GET', connectionPath)).body.status).toBe('Linked');
  });

  it('bankFeedsDisabled: mapping and pushes answer the Xero 403', async () => {
    const { call, connectionPath } = startFake({ scenario: 'bankFeedsDisabled' });
    const mapped = await call('POST', `${connectionPath}/bankFeedAccounts/mapping`, {
      sourceAccountId: 'acc-002',
    });
    expect(mapped.status).toBe(403);
    expect(mapped.body.service).toBe('Xero');
    const pushed = await call(
      'POST',
      `${connectionPath}/push/bankAccounts/acc-001/bankTransactions`,
      { accountId: 'acc-001', transactions: [] },
    );
    expect(pushed.status).toBe(403);
    expect(pushed.body.error).toContain('invalid-organization-bank-feeds');
    expect((await call('GET', `${connectionPath}/bankFeeds/info`)).body.planType).toBe('Starter');
  });

  it('deauthorized: the connection lost access and keeps its connected feed', async () => {
    const { call, connectionPath } = startFake({ scenario: 'deauthorized' });
    const connection = (await call('GET', connectionPath)).body;
    expect(connection.status).toBe('Deauthorized');
    expect(connection.dataConnectionErrors[0].status).toBe('Active');
    const mapping = (await call('GET', `${connectionPath}/bankFeedAccounts/mapping`)).body;
    expect(mapping[0]).toMatchObject({
      status: 'connected',
      targetAccountName: 'Business Current Account',
      targetAccountOptions: [],
    });
  });

  it('large: 1,000 source accounts and 500 Xero accounts, answered quickly', async () => {
    const { call, fake, connectionPath, connectionId } = startFake({ scenario: 'large' });
    expect(fake.getOrganisation(connectionId).targets).toHaveLength(500);
    const started = performance.now();
    const accounts = (await call('GET', `${connectionPath}/connectionInfo/bankFeedAccounts`)).body;
    const mapping = (await call('GET', `${connectionPath}/bankFeedAccounts/mapping`)).body;
    const elapsed = performance.now() - started;
    expect(accounts).toHaveLength(1000);
    expect(mapping).toHaveLength(1000);
    expect(accounts.filter((a: { status: string }) => a.status === 'connected')).toHaveLength(100);
    expect(new Set(accounts.map((a: { currency: string }) => a.currency)).size).toBe(5);
    const options = mapping.reduce(
      (sum: number, item: { targetAccountOptions: unknown[] }) =>
        sum + item.targetAccountOptions.length,
      0,
    );
    expect(options).toBeGreaterThan(10000);
    // Reported in the package notes; generous bound for a shared machine.
    expect(elapsed).toBeLessThan(5000);
  });

  it('flaky: seeded faults hit the same requests on every run', async () => {
    const run = async () => {
      const { call, server } = startFake({ scenario: 'flaky', seed: 3 });
      const outcomes: string[] = [];
      for (let i = 0; i < 15; i++) {
        try {
          outcomes.push(String((await call('GET', '/companies')).status));
        } catch {
          outcomes.push('network');
        }
      }
      server.close();
      return outcomes;
    };
    const first = await run();
    expect(await run()).toEqual(first);
    expect(first.filter((o) => o !== '200').length).toBeGreaterThan(0);
    expect(first.filter((o) => o === '200').length).toBeGreaterThan(7);
  }, 20000);

  it('every scenario is described, and the same seed gives the same data', () => {
    expect(Object.keys(SCENARIO_DESCRIPTIONS).sort()).toEqual([...SCENARIO_NAMES].sort());
    for (const scenario of SCENARIO_NAMES) {
      const a = createFakeCodat({ scenario, seed: 42, today: '2026-11-21' });
      const b = createFakeCodat({ scenario, seed: 42, today: '2026-11-21' });
      expect(b.ids).toEqual(a.ids);
      expect(b.getMapping(b.ids.companyId, b.ids.connectionId)).toEqual(
        a.getMapping(a.ids.companyId, a.ids.connectionId),
      );
    }
    expect(createFakeCodat({ seed: 1 }).ids).not.toEqual(createFakeCodat({ seed: 2 }).ids);
  });
});
