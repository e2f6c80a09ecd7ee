import { afterEach, expect, it } from 'vitest';
import type { FaultRule } from '@bankfeeds/mocks';
import type { MockServer } from '@bankfeeds/mocks/server';
import type { CustomerDirectory } from '../../src/bank';
import type { BankFeedsStore } from '../../src/store/types';
import { createTestBank, historyStart, manyCustomers } from './bank';
import { describeEachStore } from '../support/stores';
import {
  codatClient,
  expectExactlyOnce,
  provision,
  pushJob,
  startFake,
  TODAY,
  type Provisioned,
} from './harness';

let server: MockServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const PUSH_PATH =
  '/companies/:companyId/connections/:connectionId/push/bankAccounts/:accountId/bankTransactions';
const OPERATION_PATH = '/companies/:companyId/push/:pushOperationKey';

/** Replies lost after Codat applied the request: a gateway's 502, a dropped connection. */
const faultsAfterWrites: FaultRule[] = [
  { kind: 'status', status: 502, when: 'after', method: 'POST', path: PUSH_PATH, probability: 0.4 },
  { kind: 'network', when: 'after', method: 'GET', path: OPERATION_PATH, probability: 0.2 },
  // Codat's record of writes unreadable at times: a push in doubt then stops, to resume later.
  {
    kind: 'status',
    status: 503,
    method: 'GET',
    path: '/companies/:companyId/push',
    probability: 0.3,
  },
];

/** A fetch that counts the replies lost on the way back (5xx, dropped connections). */
function countingLostReplies() {
  const counter = { lost: 0 };
  const counted: typeof fetch = async (input, init) => {
    try {
      const response = await fetch(input, init);
      if (response.status >= 500) counter.lost++;
      return response;
    } catch (error) {
      counter.lost++;
      throw error;
    }
  };
  return { counter, fetch: counted };
}

/** Whether every account has its last line under its cursor and nothing left unsettled. */
async function allSettled(
  store: BankFeedsStore,
  provisioned: Provisioned[],
  bank: ReturnType<typeof createTestBank>,
) {
  for (const { customerId, companyId } of provisioned) {
    for (const account of bank.customers.find((item) => item.id === customerId)!.accounts) {
      const { cursor, saved } = await store.pushes.get(companyId, account.id);
      if (saved || cursor?.lastTransactionId !== bank.linesOf(account.id).at(-1)?.id) return false;
    }
  }
  return true;
}

describeEachStore('several instances on one database', ({ store: testStore, openAnother }) => {
  it('two instances pushing the same customers at once write every line exactly once', async () => {
    server = await startFake();
    const [first, second] = [testStore(), await openAnother()];
    const bank = createTestBank(manyCustomers(4, 3, 30), TODAY);
    const provisioned = await provision(server, first, bank.customers, historyStart(TODAY));
    const a = pushJob(server, first, bank).job;
    const b = pushJob(server, second, bank).job;

    const runs = await Promise.all([
      ...bank.customers.map((customer) => a.pushCustomer(customer.id)),
      ...bank.customers.map((customer) => b.pushCustomer(customer.id)),
    ]);
    const results = runs.flatMap((summary) => summary!.results);
    expect(results.reduce((sum, result) => sum + result.sent, 0)).toBe(4 * 3 * 30);
    expect(expectExactlyOnce(server, provisioned, bank)).toBe(4 * 3 * 30);
  });

  it('replies lost after Codat wrote, then runs again on both instances: every line exactly once', async () => {
    server = await startFake({ faults: faultsAfterWrites, seed: 7 });
    const [first, second] = [testStore(), await openAnother()];
    const bank = createTestBank(manyCustomers(6, 3, 40), TODAY);
    const provisioned = await provision(server, first, bank.customers, historyStart(TODAY));
    const lost = countingLostReplies();
    const a = pushJob(server, first, bank, {
      concurrency: 3,
      codat: codatClient(server, first, { fetch: lost.fetch }),
    }).job;
    const b = pushJob(server, second, bank, {
      concurrency: 3,
      codat: codatClient(server, second, { fetch: lost.fetch }),
    }).job;

    const outcomes: Record<string, number> = {};
    for (let round = 0; round < 10 && !(await allSettled(first, provisioned, bank)); round++) {
      for (const summary of await Promise.all([a.pushAll(), b.pushAll()]))
        for (const [outcome, count] of Object.entries(summary.outcomes))
          outcomes[outcome] = (outcomes[outcome] ?? 0) + count;
    }
    expect(await allSettled(first, provisioned, bank)).toBe(true);
    // The faults did strike, and some pushes stopped in doubt for a later run to resume.
    expect(lost.counter.lost).toBeGreaterThan(0);
    expect(outcomes.uncertain ?? outcomes.error ?? 0).toBeGreaterThan(0);
    expectExactlyOnce(server, provisioned, bank);
  });

  it('an instance whose lease was taken over stops and writes nothing more', async () => {
    server = await startFake();
    const [storeA, storeB] = [testStore(), await openAnother()];
    const bank = createTestBank(manyCustomers(1, 1, 3), TODAY);
    const provisioned = await provision(server, storeA, bank.customers, historyStart(TODAY));
    const { customerId, companyId } = provisioned[0]!;
    const accountId = bank.customers[0]!.accounts[0]!.id;

    // Instance A stalls: its push request hangs before it leaves, and its renewals hang, so
    // its short lease runs out while it still believes it holds the account.
    let reachedPost!: () => void;
    const atPost = new Promise<void>((resolve) => (reachedPost = resolve));
    const stalledFetch: typeof fetch = async (input, init) => {
      const url = input instanceof Request ? input.url : String(input);
      if (init?.method === 'POST' && url.endsWith('/bankTransactions')) {
        reachedPost();
        // Until the push is stopped: only an abort lets it go.
        await new Promise<void>((_, reject) =>
          init.signal?.addEventListener('abort', () => reject(init.signal!.reason)),
        );
      }
      return fetch(input, init);
    };
    let unstall!: () => void;
    const stall = new Promise<void>((resolve) => (unstall = resolve));
    const pushesA = Object.create(storeA.pushes) as BankFeedsStore['pushes'];
    pushesA.renew = async (...args) => {
      await stall;
      return storeA.pushes.renew(...args);
    };
    const stalledStore = Object.create(storeA, { pushes: { value: pushesA } }) as BankFeedsStore;
    const a = pushJob(server, stalledStore, bank, {
      leaseMs: 300,
      codat: codatClient(server, storeA, { fetch: stalledFetch }),
    }).job;
    const b = pushJob(server, storeB, bank).job;

    const runA = a.pushCustomer(customerId);
    await atPost;
    // B takes the account over once A's lease has run out.
    let taken;
    do {
      await new Promise((resolve) => setTimeout(resolve, 50));
      [taken] = (await b.pushCustomer(customerId))!.results;
    } while (taken?.code === 'busy');
    expect(taken).toMatchObject({ outcome: 'success', sent: 3 });

    // A wakes up: its renewal is refused, and it stops where it was.
    unstall();
    const [stopped] = (await runA)!.results;
    expect(stopped).toMatchObject({ outcome: 'error', code: 'lease-lost', sent: 0 });
    // A's request never left, and what B stored stands.
    expect(server.fake.listPushOperations(companyId).results).toHaveLength(1);
    expect(await storeB.pushes.get(companyId, accountId)).toEqual({
      saved: null,
      cursor: { lastTransactionId: `${accountId}-tx-3`, lastDate: TODAY },
    });
    expectExactlyOnce(server, provisioned, bank);
  });

  it('pushAll: a failing account or customer does not stop the others', async () => {
    server = await startFake();
    const store = testStore();
    const bank = createTestBank(manyCustomers(5, 3, 10), TODAY);
    const provisioned = await provision(server, store, bank.customers, historyStart(TODAY));
    const broken = 'cust-00002-acc-2';
    const directory: CustomerDirectory = {
      ...bank.directory,
      async listTransactions(customerId, accountId, range) {
        if (accountId === broken) throw new Error('core banking timeout');
        return bank.directory.listTransactions(customerId, accountId, range);
      },
    };
    // One customer's Xero organisation has bank feeds turned off.
    server.fake.updateOrganisation(provisioned[3]!.connectionId, { bankFeedsEnabled: false });
    const { job, logs } = pushJob(server, store, { ...bank, directory }, { concurrency: 2 });

    const summary = await job.pushAll();
    expect(summary).toMatchObject({
      customers: 5,
      accounts: 15,
      sent: 11 * 10,
      outcomes: { success: 11, error: 4 },
    });
    expect(logs).toContainEqual(
      expect.objectContaining({ level: 'error', message: 'push failed', sourceAccountId: broken }),
    );
    const healthy = provisioned.filter((_, index) => index !== 1 && index !== 3);
    expectExactlyOnce(server, healthy, bank);
  });

  it('pushAll stops starting pushes once its signal aborts', async () => {
    server = await startFake();
    const store = testStore();
    const bank = createTestBank(manyCustomers(3, 2, 5), TODAY);
    const provisioned = await provision(server, store, bank.customers, historyStart(TODAY));
    const { job } = pushJob(server, store, bank);
    const controller = new AbortController();
    controller.abort();
    expect(await job.pushAll({ signal: controller.signal })).toMatchObject({
      accounts: 0,
      sent: 0,
    });
    for (const { companyId } of provisioned)
      expect(server.fake.listPushOperations(companyId).results).toEqual([]);

    const summary = await job.pushAll();
    expect(summary).toMatchObject({ customers: 3, accounts: 6, sent: 30 });
  });
});
