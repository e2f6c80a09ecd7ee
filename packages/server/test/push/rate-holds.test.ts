import { afterEach, expect, it } from 'vitest';
import type { MockServer } from '@bankfeeds/mocks/server';
import { createTestBank, historyStart, manyCustomers } from './bank';
import { describeEachStore } from '../support/stores';
import { codatClient, provision, pushJob, startFake, TODAY } from './harness';

let server: MockServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describeEachStore("Codat's 429 across instances", ({ store: testStore, openAnother }) => {
  it("holds the other instance's requests to the company until the Retry-After one got", async () => {
    server = await startFake({
      faults: [{ kind: 'rateLimit', method: 'POST', path: '*/bankTransactions', times: 1 }],
    });
    const [storeA, storeB] = [testStore(), await openAnother()];
    const bank = createTestBank(manyCustomers(1, 2, 5), TODAY);
    const { customerId, companyId } = (
      await provision(server, storeA, bank.customers, historyStart(TODAY))
    )[0]!;
    const [first, second] = bank.customers[0]!.accounts;

    // Instance A's push of the first account is refused with Retry-After: 1.
    let refused!: () => void;
    const wasRefused = new Promise<void>((resolve) => (refused = resolve));
    const a = pushJob(server, storeA, bank, {
      codat: codatClient(server, storeA, {
        retry: { maxAttempts: 3 },
        fetch: async (input, init) => {
          const response = await fetch(input, init);
          if (response.status === 429) refused();
          return response;
        },
      }),
    }).job;
    // Instance B pushes the second account of the same company as soon as A was refused.
    const postedAt: number[] = [];
    const b = pushJob(server, storeB, bank, {
      codat: codatClient(server, storeB, {
        fetch: (input, init) => {
          if (init?.method === 'POST') postedAt.push(Date.now());
          return fetch(input, init);
        },
      }),
    }).job;

    const runA = a.pushAccountIfConnected(customerId, first!.id);
    await wasRefused;
    // Let A's client write the hold (it does not wait for the write before waiting itself).
    let heldUntil = 0;
    while (heldUntil === 0) {
      await new Promise((resolve) => setTimeout(resolve, 10));
      heldUntil = await storeB.rateHolds.get(companyId);
    }
    const runB = b.pushAccountIfConnected(customerId, second!.id);

    expect(await runB).toMatchObject({ outcome: 'success', sent: 5 });
    expect(await runA).toMatchObject({ outcome: 'success', sent: 5 });
    expect(postedAt).toHaveLength(1);
    expect(postedAt[0]).toBeGreaterThanOrEqual(heldUntil);
  });
});
