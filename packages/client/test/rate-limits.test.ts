import { describe, expect, it } from 'vitest';
import { pushTransactions } from '../src';
import { sleep } from '../src/internal/clock';
import { fakeClient, makeLines, startFake, TODAY } from './fake-helpers';

/** A clock that never moves on its own: every wait is recorded and passes at once. */
function stillClock(delays: number[]) {
  const now = Date.parse(`${TODAY}T09:00:00Z`);
  return {
    now: () => now,
    sleep: (ms: number, signal?: AbortSignal) => {
      if (ms < 1_000_000) delays.push(ms);
      return sleep(0, signal);
    },
    random: () => 0.5,
  };
}

describe('rate limits per company', () => {
  it('keeps at most maxConcurrentPerCompany requests in flight per company', async () => {
    const fake = startFake();
    let inFlight = 0;
    let most = 0;
    const client = fakeClient({
      maxConcurrentPerCompany: 2,
      fetch: async (input, init) => {
        inFlight++;
        most = Math.max(most, inFlight);
        try {
          await sleep(2);
          return await fetch(input, init);
        } finally {
          inFlight--;
        }
      },
    });
    const reads = Array.from({ length: 6 }, () =>
      client.getConnection(fake.companyId, fake.connectionId),
    );
    await Promise.all(reads);
    expect(most).toBe(2);
  });

  it("holds every request to the company for a 429's Retry-After, across parallel pushes", async () => {
    const fake = startFake({
      // Every tenth account of this scenario is connected: three of them push at once.
      scenario: 'large',
      faults: [
        {
          kind: 'rateLimit',
          retryAfterSeconds: 7,
          method: 'POST',
          path: /bankTransactions$/,
          times: 1,
        },
      ],
    });
    const delays: number[] = [];
    const clock = stillClock(delays);
    const client = fakeClient({ clock });
    const accounts = (await client.listSourceAccounts(fake.companyId, fake.connectionId))
      .filter((a) => a.status === 'connected')
      .slice(0, 3);
    expect(accounts).toHaveLength(3);
    const results = await Promise.all(
      accounts.map((account, i) =>
        pushTransactions({ client, ...fake, accountId: account.id }, makeLines(3, `acc${i}`), {
          today: TODAY,
          clock,
          openingBalance: null,
        }),
      ),
    );
    expect(results.map((r) => r.status)).toEqual(accounts.map(() => 'success'));
    // The refused request waited 7 s, and so did the other pushes' requests that came after it.
    expect(delays.filter((ms) => ms === 7000).length).toBeGreaterThanOrEqual(2);
    // Each account's lines were taken once: the refused POST wrote nothing.
    const taken = fake.fake
      .listPushOperations(fake.companyId)
      .results.filter((o) => o.status === 'Success');
    expect(taken).toHaveLength(accounts.length);
  });
});
