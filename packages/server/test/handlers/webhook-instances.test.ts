import { afterEach, describe, expect, it } from 'vitest';
import type { PushJob } from '../../src/push/types';
import { createMemoryStore } from './support/memory-store';
import {
  BANK,
  readReply,
  setUpAndAuthorise,
  signedHeaders,
  startHarness,
  type Harness,
} from './support/harness';
import { codatEvent } from './support/signing';

const harnesses: Harness[] = [];
afterEach(async () => {
  // The second instance shares the first one's fake: closed first.
  for (const harness of harnesses.reverse()) await harness.close();
  harnesses.length = 0;
});

/** A push job that records what the webhooks ask of it and pushes nothing. */
function recordingPushJob(calls: string[]): PushJob {
  return {
    pushCustomer: async () => null,
    pushAccountIfConnected: async (customerId, accountId) => {
      calls.push(`push ${customerId} ${accountId}`);
      return {
        sourceAccountId: accountId,
        outcome: 'success',
        sent: 1,
        pushOperationKeys: [],
        errors: [],
        warnings: [],
      };
    },
    settleWrite: async (customerId, report) => {
      calls.push(`settle ${customerId} ${report.pushOperationKey} ${report.status}`);
      return null;
    },
    pushAll: async () => ({ customers: 0, accounts: 0, sent: 0, outcomes: {} }),
  };
}

/** Two instances of the handlers on one store, as two servers on one database. */
function twoInstances(calls: string[]) {
  const store = createMemoryStore();
  const first = startHarness({ store, pushJob: () => recordingPushJob(calls) });
  const second = startHarness({
    store,
    pushJob: () => recordingPushJob(calls),
    shared: { fake: first.fake, server: { close() {}, listen() {} } as never },
  });
  harnesses.push(first, second);
  return [first, second] as const;
}

describe('a webhook across instances', () => {
  it('is handled once when delivered to two instances sharing a store, at once or later', async () => {
    const calls: string[] = [];
    const [first, second] = twoInstances(calls);
    const { companyId, connectionId } = await setUpAndAuthorise(first, 'cust-acme');
    const event = codatEvent('bankFeeds.sourceAccount.connected', companyId, {
      connectionId,
      sourceAccount: { id: 'acc-acme-current', status: 'connected' },
    });
    const body = JSON.stringify(event);
    const deliver = (harness: Harness, timestamp?: number) =>
      harness.feeds
        .handler(
          new Request(`${BANK}/webhooks/codat`, {
            method: 'POST',
            headers: signedHeaders(body, { messageId: 'msg_twice', timestamp }),
            body,
          }),
        )
        .then(readReply);

    const [one, two] = await Promise.all([deliver(first), deliver(second)]);
    // One instance handled it; the other answered 409 (in progress) or 200 (already done).
    const statuses = [one.status, two.status];
    expect(statuses).toContain(200);
    expect(statuses.filter((status) => status !== 200 && status !== 409)).toEqual([]);
    const later = await deliver(second, Math.floor(Date.now() / 1000) + 30);
    expect(later.status).toBe(200);
    expect(calls).toEqual(['push cust-acme acc-acme-current']);
  });

  it('accepts either header family, webhook-* as svix-*', async () => {
    const calls: string[] = [];
    const [first] = twoInstances(calls);
    const { companyId } = await setUpAndAuthorise(first, 'cust-acme');
    const write = (id: string) =>
      codatEvent('bankTransactions.write.successful', companyId, { id, status: 'Success' });
    expect((await first.deliver(write('op-1'), { family: 'webhook' })).status).toBe(200);
    expect((await first.deliver(write('op-2'), { family: 'svix' })).status).toBe(200);
    expect(calls).toEqual(['settle cust-acme op-1 Success', 'settle cust-acme op-2 Success']);
  });
});
