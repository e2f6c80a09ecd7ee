/**
 * The handlers on the package's real stores, PGlite and PostgreSQL: what the handlers keep
 * (links, webhook claims, connection events, push cursors) behaves the same on both, and two
 * instances on one database handle a webhook once.
 */
import { expect, it } from 'vitest';
import { describeEachStore } from '../support/stores';
import {
  BANK,
  connectAllFeeds,
  readReply,
  record,
  setUpAndAuthorise,
  signedHeaders,
  startHarness,
  type Harness,
} from './support/harness';
import { codatEvent } from './support/signing';

/** A harness sharing the first one's fake, whose server it must not close. */
const noServer = { close() {}, listen() {} } as never;

describeEachStore('the handlers', ({ store, openAnother }) => {
  const withHarness = async (test: (harness: Harness) => Promise<void>) => {
    const harness = startHarness({ store: store() });
    try {
      await test(harness);
    } finally {
      await harness.close();
    }
  };

  it('keep links one instance sets where another finds them', () =>
    withHarness(async (harness) => {
      const first = record((await harness.call('cust-acme', 'POST', '/api/bank-feeds/setup')).body);
      expect(await harness.store.links.get('cust-acme')).toEqual({
        customerId: 'cust-acme',
        companyId: first.companyId,
        connectionId: first.connectionId,
      });
      const elsewhere = startHarness({
        store: await openAnother(),
        shared: { fake: harness.fake, server: noServer },
      });
      // Another customer's link on the other instance is seen here at once.
      const globex = record(
        (await elsewhere.call('cust-globex', 'POST', '/api/bank-feeds/setup')).body,
      );
      await elsewhere.close();
      expect((await harness.store.links.findByCompany(String(globex.companyId)))?.customerId).toBe(
        'cust-globex',
      );
    }));

  it('record a connection the browser creates, so the next calls with it pass', () =>
    withHarness(async (harness) => {
      const setup = record((await harness.call('cust-acme', 'POST', '/api/bank-feeds/setup')).body);
      const companyId = String(setup.companyId);
      harness.fake.deleteConnection(companyId, String(setup.connectionId));
      await harness.store.links.set({ customerId: 'cust-acme', companyId, connectionId: null });
      const kit = harness.browserClient('cust-acme');
      const created = await kit.createConnection(companyId, { platformKey: 'gbol' });
      expect((await harness.store.links.get('cust-acme'))?.connectionId).toBe(created.id);
      expect(await kit.listSourceAccounts(companyId, created.id)).toEqual([]);
    }));

  it('handle a webhook once across two instances, and push the account it names', () =>
    withHarness(async (harness) => {
      const other = startHarness({
        store: await openAnother(),
        shared: { fake: harness.fake, server: noServer },
      });
      try {
        await setUpAndAuthorise(harness, 'cust-acme');
        const { companyId, connectionId } = await connectAllFeeds(
          harness,
          'cust-acme',
          '2026-11-18',
        );
        const body = JSON.stringify(
          codatEvent('bankFeeds.sourceAccount.connected', companyId, {
            connectionId,
            sourceAccount: { id: 'acc-acme-current', status: 'connected' },
          }),
        );
        const deliver = (to: Harness) =>
          to.feeds
            .handler(
              new Request(`${BANK}/webhooks/codat`, {
                method: 'POST',
                headers: signedHeaders(body, { messageId: 'msg_once' }),
                body,
              }),
            )
            .then(readReply);
        const replies = await Promise.all([deliver(harness), deliver(other)]);
        const statuses = replies.map((reply) => reply.status);
        expect(statuses).toContain(200);
        expect(statuses.filter((status) => status !== 200 && status !== 409)).toEqual([]);
        expect((await deliver(other)).status).toBe(200);
        expect(harness.fake.listPushOperations(companyId).results).toHaveLength(1);
        expect(
          (await harness.store.pushes.get(companyId, 'acc-acme-current')).cursor,
        ).toMatchObject({
          lastTransactionId: 'acc-acme-current-tx-5',
        });
      } finally {
        await other.close();
      }
    }));

  it('keep the latest connection event, whatever order the webhooks arrive in', () =>
    withHarness(async (harness) => {
      const { companyId, connectionId } = await setUpAndAuthorise(harness, 'cust-acme');
      const event = (type: string, at: string) =>
        codatEvent(type, companyId, { connection: { id: connectionId } }, at);
      await harness.deliver(event('connection.reconnected', '2026-11-20T10:05:00Z'));
      await harness.deliver(event('connection.disconnected', '2026-11-20T09:59:00Z'));
      expect(await harness.store.connectionEvents.get(connectionId)).toEqual({
        lost: false,
        at: expect.stringMatching(/^2026-11-20T10:05:00/),
      });
      const state = record((await harness.call('cust-acme', 'GET', '/api/bank-feeds/state')).body);
      expect(state.state).toBe('mapping');
    }));
});
