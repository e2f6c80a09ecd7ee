import { createBankFeedsClient } from '@bankfeeds/client';
import { afterEach, describe, expect, it } from 'vitest';
import {
  API_KEY,
  CODAT,
  connectAllFeeds,
  record,
  setUpAndAuthorise,
  startHarness,
  TODAY,
  type Harness,
} from './harness';
import { codatEvent } from './webhook-signing';

let harness: Harness;
afterEach(() => harness.close());

interface Result {
  sourceAccountId: string;
  outcome: string;
  sent: number;
  code?: string;
  pushOperationKeys: string[];
}

const push = async (customerId: string) =>
  (
    record((await harness.call(customerId, 'POST', '/api/bank-feeds/push')).body) as {
      results: Result[];
    }
  ).results;

const GLOBEX = 'acc-globex-current';

/**
 * Globex with only its current account connected from today: one line to send
 * (`acc-globex-current-tx-3`, 10 000 − 2500 + 7200.25 − 310 = 14 390.25).
 */
async function globexWithOneFeed() {
  const { companyId, connectionId } = await setUpAndAuthorise(harness, 'cust-globex');
  harness.fake.createMapping(companyId, connectionId, {
    sourceAccountId: GLOBEX,
    feedStartDate: TODAY,
  });
  harness.fake.getMapping(companyId, connectionId);
  return { companyId, connectionId };
}

/** Each write Codat took for the company, once listed (listing settles them in the fake). */
const writes = (companyId: string) => harness.fake.listPushOperations(companyId).results;

const writeEvent = (
  companyId: string,
  connectionId: string,
  pushOperationKey: string,
  status: 'Success' | 'Failed' | 'TimedOut',
) =>
  codatEvent(
    status === 'Success'
      ? 'bankTransactions.write.successful'
      : 'bankTransactions.write.unsuccessful',
    companyId,
    {
      id: pushOperationKey,
      type: 'Create',
      connectionId,
      requestedOnDate: `${TODAY}T09:00:00Z`,
      completedOnDate: `${TODAY}T09:01:00Z`,
      status,
      record: null,
    },
  );

describe('a push Codat has not finished (timed-out)', () => {
  // Seven reads answer Pending; the server looks five times per run.
  const slowCodat = { pendingReads: { push: 7 } };

  it('is saved, and the next run asks Codat again instead of sending the lines twice', async () => {
    harness = await startHarness(slowCodat);
    const { companyId } = await globexWithOneFeed();

    const [first] = await push('cust-globex');
    expect(first).toMatchObject({ outcome: 'timed-out', sent: 0 });
    const saved = await harness.deps.pushCheckpoints.get(companyId, GLOBEX);
    expect(saved?.checkpoint.chunks).toEqual([
      expect.objectContaining({ state: 'accepted', pushOperationKey: first!.pushOperationKeys[0] }),
    ]);
    expect(await harness.deps.cursors.get(companyId, GLOBEX)).toBeNull();

    const [second] = await push('cust-globex');
    expect(second).toMatchObject({ outcome: 'success', sent: 1 });
    expect(await harness.deps.pushCheckpoints.get(companyId, GLOBEX)).toBeNull();
    expect(await harness.deps.cursors.get(companyId, GLOBEX)).toEqual({
      lastTransactionId: 'acc-globex-current-tx-3',
      lastDate: TODAY,
    });
    const [third] = await push('cust-globex');
    expect(third).toMatchObject({ outcome: 'skipped' });
    expect(writes(companyId)).toHaveLength(1);
  });

  it('is settled by bankTransactions.write.successful', async () => {
    harness = await startHarness(slowCodat);
    const { companyId, connectionId } = await globexWithOneFeed();
    const [first] = await push('cust-globex');
    const key = first!.pushOperationKeys[0]!;

    const reply = await harness.deliver(writeEvent(companyId, connectionId, key, 'Success'));
    expect(reply.status).toBe(200);
    expect(await harness.deps.pushCheckpoints.get(companyId, GLOBEX)).toBeNull();
    expect(await harness.deps.cursors.get(companyId, GLOBEX)).toMatchObject({
      lastTransactionId: 'acc-globex-current-tx-3',
    });
    const [next] = await push('cust-globex');
    expect(next).toMatchObject({ outcome: 'skipped' });
    expect(writes(companyId)).toHaveLength(1);
  });

  it('bankTransactions.write.unsuccessful (Failed): nothing was written, the lines go again', async () => {
    harness = await startHarness(slowCodat);
    const { companyId, connectionId } = await globexWithOneFeed();
    const [first] = await push('cust-globex');
    const key = first!.pushOperationKeys[0]!;

    await harness.deliver(writeEvent(companyId, connectionId, key, 'Failed'));
    expect(await harness.deps.pushCheckpoints.get(companyId, GLOBEX)).toBeNull();
    expect(await harness.deps.cursors.get(companyId, GLOBEX)).toBeNull();
    const failure = harness.logs.find((line) => line.includes('"push write failed"'));
    expect(failure).toContain(key);

    const [next] = await push('cust-globex');
    expect(next?.pushOperationKeys).toHaveLength(1);
    expect(next?.pushOperationKeys[0]).not.toBe(key);
  });

  it('bankTransactions.write.unsuccessful (TimedOut): still open, the next run asks again', async () => {
    harness = await startHarness(slowCodat);
    const { companyId, connectionId } = await globexWithOneFeed();
    const [first] = await push('cust-globex');
    const key = first!.pushOperationKeys[0]!;

    await harness.deliver(writeEvent(companyId, connectionId, key, 'TimedOut'));
    const saved = await harness.deps.pushCheckpoints.get(companyId, GLOBEX);
    expect(saved?.checkpoint.chunks[0]).toMatchObject({
      state: 'timed-out',
      pushOperationKey: key,
    });
    expect(await harness.deps.cursors.get(companyId, GLOBEX)).toBeNull();
  });
});

/**
 * A client whose first transactions push reaches Codat but whose reply is lost on the way back,
 * as when a connection drops: Codat has the write, the server does not know it. With
 * `listingFails`, Codat's list of writes cannot be read either, so the kit cannot reconcile.
 */
function clientLosingFirstPushReply({ listingFails = false } = {}) {
  let lost = false;
  return createBankFeedsClient({
    baseUrl: CODAT,
    auth: { type: 'apiKey', apiKey: API_KEY },
    retry: false,
    fetch: async (input, init) => {
      const url = input instanceof Request ? input.url : String(input);
      if (listingFails && new URL(url).pathname.endsWith('/push'))
        throw new TypeError('fetch failed');
      const response = await fetch(input, init);
      if (!lost && init?.method === 'POST' && url.includes('/push/bankAccounts/')) {
        lost = true;
        throw new TypeError('fetch failed');
      }
      return response;
    },
  });
}

describe('a push whose request went out without a reply (uncertain)', () => {
  it("is reconciled in the same run from Codat's record of writes, never sent again", async () => {
    harness = await startHarness();
    const { companyId } = await globexWithOneFeed();
    harness.deps.codat = clientLosingFirstPushReply();

    const [first] = await push('cust-globex');
    expect(first).toMatchObject({ outcome: 'success', sent: 1 });
    expect(first!.pushOperationKeys).toEqual([writes(companyId)[0]!.pushOperationKey]);
    expect(writes(companyId)).toHaveLength(1);
    expect(await harness.deps.pushCheckpoints.get(companyId, GLOBEX)).toBeNull();
  });

  it('is saved, never sent again, and settled by the write webhook that created its lines', async () => {
    harness = await startHarness();
    const { companyId, connectionId } = await globexWithOneFeed();
    harness.deps.codat = clientLosingFirstPushReply({ listingFails: true });

    const [first] = await push('cust-globex');
    expect(first).toMatchObject({ outcome: 'error', code: 'network-error', sent: 0 });
    const saved = await harness.deps.pushCheckpoints.get(companyId, GLOBEX);
    expect(saved?.checkpoint.chunks).toEqual([
      expect.objectContaining({ state: 'uncertain', pushOperationKey: null }),
    ]);

    // Codat's record still cannot be read: the request is neither sent again nor settled.
    const [second] = await push('cust-globex');
    expect(second).toMatchObject({ outcome: 'error', code: 'network-error', sent: 0 });
    const [taken] = writes(companyId);
    expect(writes(companyId)).toHaveLength(1);

    await harness.deliver(writeEvent(companyId, connectionId, taken!.pushOperationKey, 'Success'));
    expect(await harness.deps.pushCheckpoints.get(companyId, GLOBEX)).toBeNull();
    expect(await harness.deps.cursors.get(companyId, GLOBEX)).toMatchObject({
      lastTransactionId: 'acc-globex-current-tx-3',
    });
    const [third] = await push('cust-globex');
    expect(third).toMatchObject({ outcome: 'skipped' });
    expect(writes(companyId)).toHaveLength(1);
  });

  it('is not settled by a write of other lines', async () => {
    harness = await startHarness();
    await setUpAndAuthorise(harness, 'cust-acme');
    const { companyId, connectionId } = await connectAllFeeds(harness, 'cust-acme', TODAY);
    // The current account's reply is lost; the card's push goes through.
    harness.deps.codat = clientLosingFirstPushReply({ listingFails: true });
    const results = await push('cust-acme');
    expect(results.map((result) => result.outcome)).toEqual(['error', 'success']);
    const cardKey = results[1]!.pushOperationKeys[0]!;

    await harness.deliver(writeEvent(companyId, connectionId, cardKey, 'Success'));
    const saved = await harness.deps.pushCheckpoints.get(companyId, 'acc-acme-current');
    expect(saved?.checkpoint.chunks[0]).toMatchObject({ state: 'uncertain' });
    const [again] = await push('cust-acme');
    expect(again).toMatchObject({ sourceAccountId: 'acc-acme-current', outcome: 'error' });
  });
});

describe('pushes of one account never overlap', () => {
  it('a webhook and a "sync now" at once send each line once', async () => {
    harness = await startHarness();
    await setUpAndAuthorise(harness, 'cust-acme');
    const { companyId, connectionId } = await connectAllFeeds(harness, 'cust-acme', '2026-11-18');
    const connected = codatEvent('bankFeeds.sourceAccount.connected', companyId, {
      connectionId,
      sourceAccount: { id: 'acc-acme-current', status: 'connected' },
    });
    await Promise.all([
      harness.deliver(connected),
      harness.call('cust-acme', 'POST', '/api/bank-feeds/push'),
      harness.call('cust-acme', 'POST', '/api/bank-feeds/push'),
    ]);
    // One write per account, and each line reported sent once (three per account), not once
    // per run that happened to follow the same write.
    expect(writes(companyId)).toHaveLength(2);
    const sent = harness.logs
      .map((line) => JSON.parse(line) as { message: string; sent?: number })
      .filter((line) => line.message === 'push')
      .reduce((sum, line) => sum + (line.sent ?? 0), 0);
    expect(sent).toBe(6);
  });
});
