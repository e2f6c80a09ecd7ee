/**
 * End to end: the kit's mock sends Codat's webhooks, signed as Svix signs them, to the handlers'
 * `/webhooks/codat` on a real socket (through `toNodeListener`), and the server verifies them and acts on them. No hand-built
 * payloads: the events are those the mock sends for what happened in it.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { record, setUpAndAuthorise } from './support/harness';
import { startServedHarness, type ServedHarness } from './support/served';

let harness: ServedHarness;
afterEach(() => harness.close());

const lines = () => harness.logs.map((line) => JSON.parse(line) as Record<string, unknown>);

/** The webhooks the server handled: event type and what it did, in order. */
const handled = () =>
  lines()
    .filter((line) => line.message === 'webhook handled')
    .map((line) => [line.eventType, line.outcome]);

const state = async (customerId: string) =>
  record((await harness.call(customerId, 'GET', '/api/bank-feeds/state')).body);

/** Every webhook the mock sent reached the server, and the server refused none. */
function expectAllDelivered() {
  expect(harness.fake.webhooks.sent.filter((message) => !message.delivered)).toEqual([]);
  expect(lines().filter((line) => line.message === 'webhook refused')).toEqual([]);
}

describe('webhooks sent by the mock to the running server', () => {
  it('a mapping settling to connected makes the server push that account’s lines', async () => {
    harness = await startServedHarness();
    const { companyId, connectionId } = await setUpAndAuthorise(harness, 'cust-acme');
    await harness.fake.webhooks.flush();
    expect(handled()).toEqual([
      ['connection.created', 'ignored: event type not handled'],
      ['connection.connected', 'linked; registered 0'],
    ]);

    // The customer maps the current account in the kit's UI, through the server's proxy.
    const portal = harness.browserClient('cust-acme');
    const mapped = await portal.createMapping(companyId, connectionId, {
      sourceAccountId: 'acc-acme-current',
      feedStartDate: '2026-11-18',
    });
    expect(mapped.status).toBe('connecting');
    await harness.fake.webhooks.flush();
    expect(handled()).toHaveLength(2); // connecting: no event yet, nothing pushed

    // The UI's next read finds the feed connected: Codat sends the event, the server pushes.
    await portal.getMappings(companyId, connectionId);
    await harness.fake.webhooks.flush();
    expect(handled().slice(2)).toEqual([
      ['bankFeeds.sourceAccount.connected', 'pushed: success'],
      // The push was followed to its end, so its own write event has nothing left to settle.
      ['bankTransactions.write.successful', 'ignored: no unsettled push holds this write'],
    ]);
    const operations = harness.fake.listPushOperations(companyId).results;
    expect(operations).toHaveLength(1);
    expect(operations[0]).toMatchObject({ status: 'Success', dataConnectionKey: connectionId });
    expect(operations[0]!.changes?.map((change) => change.recordRef?.id)).toEqual([
      'acc-acme-current-tx-3',
      'acc-acme-current-tx-4',
      'acc-acme-current-tx-5',
    ]);
    const accounts = harness.fake.listSourceAccounts(companyId, connectionId);
    expect(accounts.find((account) => account.id === 'acc-acme-current')?.balance).toBe(2600.31);
    expect(accounts.find((account) => account.id === 'acc-acme-card')?.status).toBe('pending');
    expect((await harness.store.pushes.get(companyId, 'acc-acme-current')).cursor).toMatchObject({
      lastTransactionId: 'acc-acme-current-tx-5',
    });
    expectAllDelivered();
  });

  it('a push Codat finishes after the server stopped looking is settled by its write webhook', async () => {
    // Seven reads answer Pending; the server looks five times per push.
    harness = await startServedHarness({ mock: { pendingReads: { push: 7 } } });
    const { companyId, connectionId } = await setUpAndAuthorise(harness, 'cust-acme');
    const portal = harness.browserClient('cust-acme');
    await portal.createMapping(companyId, connectionId, {
      sourceAccountId: 'acc-acme-current',
      feedStartDate: '2026-11-18',
    });
    await portal.getMappings(companyId, connectionId);
    await harness.fake.webhooks.flush();
    expect(handled().at(-1)).toEqual(['bankFeeds.sourceAccount.connected', 'pushed: timed-out']);
    const saved = (await harness.store.pushes.get(companyId, 'acc-acme-current')).saved;
    const key = saved?.checkpoint.chunks[0]?.pushOperationKey;
    expect(key).toEqual(expect.any(String));
    expect((await harness.store.pushes.get(companyId, 'acc-acme-current')).cursor).toBeNull();

    // Codat finishes the write on its own time (here: reads through the mock settle it).
    for (let read = 0; read < 10; read++)
      if (harness.fake.getPushOperation(companyId, key!).status !== 'Pending') break;
    await harness.fake.webhooks.flush();
    expect(handled().at(-1)).toEqual([
      'bankTransactions.write.successful',
      'settled: Success; pushed: skipped',
    ]);
    expect((await harness.store.pushes.get(companyId, 'acc-acme-current')).saved).toBeNull();
    expect((await harness.store.pushes.get(companyId, 'acc-acme-current')).cursor).toMatchObject({
      lastTransactionId: 'acc-acme-current-tx-5',
    });
    expect(harness.fake.listPushOperations(companyId).results).toHaveLength(1);
    expectAllDelivered();
  });

  it('a connection Xero disconnects turns the state to needs-auth, and consent again back', async () => {
    harness = await startServedHarness();
    const { companyId, connectionId } = await setUpAndAuthorise(harness, 'cust-acme');
    const portal = harness.browserClient('cust-acme');
    await portal.createMapping(companyId, connectionId, { sourceAccountId: 'acc-acme-current' });
    await portal.getMappings(companyId, connectionId);
    await harness.fake.webhooks.flush();
    expect(await state('cust-acme')).toMatchObject({ state: 'connected' });

    // The customer disconnects the app in Xero: Codat sends connection.disconnected.
    harness.fake.deauthorizeConnection(companyId, connectionId);
    await harness.fake.webhooks.flush();
    const [disconnected] = harness.fake.webhooks.sent.filter(
      (message) => message.event.eventType === 'connection.disconnected',
    );
    expect(handled().at(-1)).toEqual(['connection.disconnected', 'marked: needs reconnecting']);
    expect(await harness.store.connectionEvents.get(connectionId)).toEqual({
      lost: true,
      at: disconnected!.event.generatedDate,
    });
    expect(await state('cust-acme')).toMatchObject({
      state: 'needs-auth',
      connectionId,
      // A fresh single-use link on every read.
      linkUrl: expect.stringMatching(
        new RegExp(`/companies/${companyId}/connections/${connectionId}/start\\?otp=\\d{6}$`),
      ),
    });

    // Consent again: Codat sends connection.reconnected, and the feeds carry on.
    harness.fake.authorizeConnection(companyId, connectionId);
    await harness.fake.webhooks.flush();
    expect(handled().at(-1)).toEqual(['connection.reconnected', 'linked; registered 0']);
    expect(await state('cust-acme')).toMatchObject({ state: 'connected', connectedAccounts: 1 });
    expectAllDelivered();
  });
});
