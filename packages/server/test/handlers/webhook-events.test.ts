import { afterEach, describe, expect, it } from 'vitest';
import {
  connectAllFeeds,
  record,
  setUpAndAuthorise,
  startHarness,
  TODAY,
  type Harness,
} from './support/harness';
import { codatEvent } from './support/signing';

let harness: Harness;
afterEach(() => harness.close());

const state = async (customerId: string) =>
  record((await harness.call(customerId, 'GET', '/api/bank-feeds/state')).body);

const pushOperations = (companyId: string) =>
  harness.fake.listPushOperations(companyId).results.length;

/** The account's source account record at Codat, as the webhook payload carries it. */
const sourceAccountOf = (companyId: string, connectionId: string, accountId: string) =>
  harness.fake.listSourceAccounts(companyId, connectionId).find((item) => item.id === accountId);

const logged = (message: string) =>
  harness.logs
    .map((line) => JSON.parse(line) as Record<string, unknown>)
    .filter((line) => line.message === message);

describe('bankFeeds.sourceAccount.connected', () => {
  it('pushes that account’s transactions from its feed start date, and only that account', async () => {
    harness = startHarness();
    await setUpAndAuthorise(harness, 'cust-acme');
    const { companyId, connectionId } = await connectAllFeeds(harness, 'cust-acme', '2026-11-18');

    const reply = await harness.deliver(
      codatEvent('bankFeeds.sourceAccount.connected', companyId, {
        connectionId,
        sourceAccount: sourceAccountOf(companyId, connectionId, 'acc-acme-current'),
      }),
    );
    expect(reply.status).toBe(200);
    expect(pushOperations(companyId)).toBe(1);
    // The three lines from the 18th are in Xero: the current account's balance is its last one.
    expect(sourceAccountOf(companyId, connectionId, 'acc-acme-current')?.balance).toBe(2600.31);

    // The "sync now" that follows finds the current account done and sends the card's lines.
    const summary = record((await harness.call('cust-acme', 'POST', '/api/bank-feeds/push')).body);
    expect(summary.results).toEqual([
      expect.objectContaining({ sourceAccountId: 'acc-acme-current', outcome: 'skipped' }),
      expect.objectContaining({ sourceAccountId: 'acc-acme-card', outcome: 'success', sent: 3 }),
    ]);
  });

  it('sends nothing for an account Codat does not show connected', async () => {
    harness = startHarness();
    const { companyId, connectionId } = await setUpAndAuthorise(harness, 'cust-acme');
    const reply = await harness.deliver(
      codatEvent('bankFeeds.sourceAccount.connected', companyId, {
        connectionId,
        sourceAccount: { id: 'acc-acme-current', status: 'connected' },
      }),
    );
    expect(reply.status).toBe(200);
    expect(pushOperations(companyId)).toBe(0);
  });

  it('ignores another connection of the company and companies that are not customers’', async () => {
    harness = startHarness();
    await setUpAndAuthorise(harness, 'cust-acme');
    const { companyId } = await connectAllFeeds(harness, 'cust-acme', TODAY);
    const account = { id: 'acc-acme-current', status: 'connected' };
    await harness.deliver(
      codatEvent('bankFeeds.sourceAccount.connected', companyId, {
        connectionId: 'another-connection',
        sourceAccount: account,
      }),
    );
    await harness.deliver(
      codatEvent('bankFeeds.sourceAccount.connected', 'not-a-customer-company', {
        connectionId: 'x',
        sourceAccount: account,
      }),
    );
    expect(pushOperations(companyId)).toBe(0);
    expect(logged('webhook handled').map((line) => line.outcome)).toEqual([
      'ignored: not the customer’s connection',
      'ignored: not a customer’s company',
    ]);
  });
});

describe('bankFeeds.sourceAccount.disconnected', () => {
  it('sends nothing and keeps the account’s cursor for when it connects again', async () => {
    harness = startHarness();
    await setUpAndAuthorise(harness, 'cust-acme');
    const { companyId, connectionId } = await connectAllFeeds(harness, 'cust-acme', '2026-11-18');
    await harness.call('cust-acme', 'POST', '/api/bank-feeds/push');
    const cursor = (await harness.store.pushes.get(companyId, 'acc-acme-current')).cursor;
    expect(cursor).toMatchObject({ lastTransactionId: 'acc-acme-current-tx-5' });
    const before = pushOperations(companyId);

    harness.fake.updateSourceAccount(companyId, connectionId, 'acc-acme-current', {
      id: 'acc-acme-current',
      status: 'disconnected',
    });
    const reply = await harness.deliver(
      codatEvent('bankFeeds.sourceAccount.disconnected', companyId, {
        connectionId,
        sourceAccount: sourceAccountOf(companyId, connectionId, 'acc-acme-current'),
      }),
    );
    expect(reply.status).toBe(200);
    expect(logged('webhook handled').at(-1)?.outcome).toBe('noted: cursor kept');
    expect(pushOperations(companyId)).toBe(before);
    expect((await harness.store.pushes.get(companyId, 'acc-acme-current')).cursor).toEqual(cursor);
  });
});

describe('connection events', () => {
  it('connection.disconnected tells the portal to reconnect, even before Codat’s reads show it', async () => {
    harness = startHarness();
    await setUpAndAuthorise(harness, 'cust-acme');
    const { companyId, connectionId } = await connectAllFeeds(harness, 'cust-acme', TODAY);
    expect(await state('cust-acme')).toMatchObject({ state: 'connected' });

    await harness.deliver(
      codatEvent(
        'connection.disconnected',
        companyId,
        { connection: { id: connectionId, status: 'Deauthorized' } },
        '2026-11-20T10:00:00Z',
      ),
    );
    expect(await state('cust-acme')).toMatchObject({
      state: 'needs-auth',
      connectionId,
      // A fresh single-use link on every read.
      linkUrl: expect.stringMatching(
        new RegExp(`/companies/${companyId}/connections/${connectionId}/start\\?otp=\\d{6}$`),
      ),
    });

    // Reconnected, then a retry of an older disconnection arrives late: it changes nothing.
    await harness.deliver(
      codatEvent(
        'connection.reconnected',
        companyId,
        { connection: { id: connectionId, status: 'Linked' } },
        '2026-11-20T10:05:00Z',
      ),
    );
    expect(await state('cust-acme')).toMatchObject({ state: 'connected' });
    await harness.deliver(
      codatEvent(
        'connection.disconnected',
        companyId,
        { connection: { id: connectionId, status: 'Deauthorized' } },
        '2026-11-20T09:59:00Z',
      ),
    );
    expect(await state('cust-acme')).toMatchObject({ state: 'connected' });
  });

  it('lets Codat’s record decide once it shows the loss, so re-authorising shows at once', async () => {
    harness = startHarness();
    const { companyId, connectionId } = await setUpAndAuthorise(harness, 'cust-acme');
    harness.fake.deauthorizeConnection(companyId, connectionId);
    await harness.deliver(
      codatEvent('connection.disconnected', companyId, {
        connection: { id: connectionId, status: 'Deauthorized' },
      }),
    );
    expect(await state('cust-acme')).toMatchObject({ state: 'needs-auth' });

    // The customer re-authorises; Codat's `reconnected` webhook has not arrived yet.
    harness.fake.authorizeConnection(companyId, connectionId);
    expect(await state('cust-acme')).toMatchObject({ state: 'mapping' });
  });

  it('connection.deleted: the customer sets up again and gets a new connection', async () => {
    harness = startHarness();
    const { companyId, connectionId } = await setUpAndAuthorise(harness, 'cust-acme');
    harness.fake.deleteConnection(companyId, connectionId);
    await harness.deliver(
      codatEvent('connection.deleted', companyId, { connection: { id: connectionId } }),
    );
    expect(await state('cust-acme')).toMatchObject({
      state: 'no-company',
      companyId,
      connectionId: null,
    });
    const setup = record((await harness.call('cust-acme', 'POST', '/api/bank-feeds/setup')).body);
    expect(setup.companyId).toBe(companyId);
    expect(setup.connectionId).not.toBe(connectionId);
    expect(setup.connectionStatus).toBe('PendingAuth');
  });

  it('connection.reconnected registers accounts that are missing at Codat', async () => {
    harness = startHarness();
    const { companyId, connectionId } = await setUpAndAuthorise(harness, 'cust-acme');
    harness.fake.deleteSourceAccount(companyId, connectionId, 'acc-acme-card');
    await harness.deliver(
      codatEvent('connection.reconnected', companyId, {
        connection: { id: connectionId, status: 'Linked' },
      }),
    );
    const ids = harness.fake.listSourceAccounts(companyId, connectionId).map((item) => item.id);
    expect(ids.sort()).toEqual(['acc-acme-card', 'acc-acme-current']);
  });

  it('ignores events about a connection that is no longer the customer’s', async () => {
    harness = startHarness();
    await setUpAndAuthorise(harness, 'cust-acme');
    const { companyId } = await connectAllFeeds(harness, 'cust-acme', TODAY);
    await harness.deliver(
      codatEvent('connection.disconnected', companyId, { connection: { id: 'old-connection' } }),
    );
    expect(await state('cust-acme')).toMatchObject({ state: 'connected' });
  });
});

describe('event types the example does not handle', () => {
  it('are answered 200, logged and otherwise ignored', async () => {
    harness = startHarness();
    await setUpAndAuthorise(harness, 'cust-acme');
    const { companyId, connectionId } = await connectAllFeeds(harness, 'cust-acme', TODAY);
    for (const eventType of [
      'client.rateLimit.reached',
      'read.completed',
      'invoices.write.successful',
    ]) {
      const reply = await harness.deliver(
        codatEvent(eventType, companyId, { connectionId, id: 'x', status: 'Success' }),
      );
      expect(reply.status).toBe(200);
    }
    expect(logged('webhook handled').map((line) => [line.eventType, line.outcome])).toEqual([
      ['client.rateLimit.reached', 'ignored: event type not handled'],
      ['read.completed', 'ignored: event type not handled'],
      ['invoices.write.successful', 'ignored: event type not handled'],
    ]);
    expect(pushOperations(companyId)).toBe(0);
    expect(await state('cust-acme')).toMatchObject({ state: 'connected' });
  });

  it('answer 400 to a signed body that is not an event', async () => {
    harness = startHarness();
    const reply = await harness.deliver('["not", "an", "event"]');
    expect(reply.status).toBe(400);
  });
});
