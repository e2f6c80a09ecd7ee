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
});

/**
 * A client whose first transactions push reaches Codat but whose reply is lost on the way back,
 * as when a connection drops: Codat has the write, the server does not know it.
 */
function clientLosingFirstPushReply() {
  let lost = false;
  return createBankFeedsClient({
    baseUrl: CODAT,
    auth: { type: 'apiKey', apiKey: API_KEY },
    retry: false,
    fetch: async (input, init) => {
      const response = await fetch(input, init);
      const url = input instanceof Request ? input.url : String(input);
      if (!lost && init?.method === 'POST' && url.includes('/push/bankAccounts/')) {
        lost = true;
        throw new TypeError('fetch failed');
      }
      return response;
    },
  });
}

describe('a push whose request went out without a reply (uncertain)', () => {
  it('is saved and never sent again', async () => {
    harness = await startHarness();
    const { companyId } = await globexWithOneFeed();
    harness.deps.codat = clientLosingFirstPushReply();

    const [first] = await push('cust-globex');
    expect(first).toMatchObject({ outcome: 'error', code: 'network-error', sent: 0 });
    const saved = await harness.deps.pushCheckpoints.get(companyId, GLOBEX);
    expect(saved?.checkpoint.chunks).toEqual([
      expect.objectContaining({ state: 'sending', pushOperationKey: null }),
    ]);

    const [second] = await push('cust-globex');
    expect(second).toMatchObject({ outcome: 'uncertain', sent: 0 });
    expect(writes(companyId)).toHaveLength(1);
    const [third] = await push('cust-globex');
    expect(third).toMatchObject({ outcome: 'uncertain', sent: 0 });
    expect(writes(companyId)).toHaveLength(1);
  });
});

describe('pushes of one account never overlap', () => {
  it('two "sync now" at once send and report each line once', async () => {
    harness = await startHarness();
    await setUpAndAuthorise(harness, 'cust-acme');
    const { companyId } = await connectAllFeeds(harness, 'cust-acme', '2026-11-18');
    await Promise.all([
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
