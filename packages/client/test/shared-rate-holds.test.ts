import { describe, expect, it } from 'vitest';
import type { SharedRateHolds } from '../src';
import { sleep } from '../src/internal/clock';
import { fakeClient, startFake, TODAY } from './fake-helpers';

// Two clients stand for two server processes on one API key: what one learns from a 429 must
// hold the other too, through the holds they share (a table in the bank's database).

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

/** Holds in memory, as a database table would keep them, counting the reads. */
function memoryHolds() {
  const holds = new Map<string, number>();
  const reads: string[] = [];
  const shared: SharedRateHolds = {
    async get(scope) {
      reads.push(scope);
      return holds.get(scope) ?? 0;
    },
    async hold(scope, untilMs) {
      holds.set(scope, Math.max(holds.get(scope) ?? 0, untilMs));
    },
  };
  return { shared, holds, reads };
}

const oneRateLimit = {
  kind: 'rateLimit' as const,
  retryAfterSeconds: 7,
  method: 'GET',
  path: '/companies/:companyId',
  times: 1,
};

describe('429 holds shared between processes (rateHolds)', () => {
  it("holds another process's requests to the company for the Retry-After one of them got", async () => {
    const fake = startFake({ faults: [oneRateLimit] });
    const { shared, holds } = memoryHolds();
    const first = fakeClient({ clock: stillClock([]), rateHolds: shared });
    const otherDelays: number[] = [];
    const other = fakeClient({ clock: stillClock(otherDelays), rateHolds: shared });

    await first.getCompany(fake.companyId);
    expect(holds.get(fake.companyId)).toBe(Date.parse(`${TODAY}T09:00:00Z`) + 7000);

    await other.getCompany(fake.companyId);
    expect(otherDelays).toEqual([7000]);
  });

  it('without shared holds, the other process is not held', async () => {
    const fake = startFake({ faults: [oneRateLimit] });
    const first = fakeClient({ clock: stillClock([]) });
    const otherDelays: number[] = [];
    const other = fakeClient({ clock: stillClock(otherDelays) });
    await first.getCompany(fake.companyId);
    await other.getCompany(fake.companyId);
    expect(otherDelays).toEqual([]);
  });

  it('reads the holds once per company while its read is fresh, not once per request', async () => {
    const fake = startFake();
    const { shared, reads } = memoryHolds();
    // The clock stands still, so the first read of each company stays fresh.
    const client = fakeClient({ clock: stillClock([]), rateHolds: shared });
    for (let i = 0; i < 5; i++) await client.getCompany(fake.companyId);
    await Promise.all([
      client.getConnection(fake.companyId, fake.connectionId),
      client.listSourceAccounts(fake.companyId, fake.connectionId),
    ]);
    const created = await client.createCompany({ name: 'Second Ltd' });
    await client.getCompany(created.id);
    expect(reads).toEqual([fake.companyId, created.id]);
  });

  it('reads them again once the last read is older than 250 ms', async () => {
    const fake = startFake();
    const { shared, reads } = memoryHolds();
    let now = Date.parse(`${TODAY}T09:00:00Z`);
    const client = fakeClient({
      clock: { now: () => now, sleep: (_ms, signal) => sleep(0, signal), random: () => 0.5 },
      rateHolds: shared,
    });
    await client.getCompany(fake.companyId);
    now += 249;
    await client.getCompany(fake.companyId);
    now += 2;
    await client.getCompany(fake.companyId);
    expect(reads).toHaveLength(2);
  });

  it('a failing shared store never stops a request', async () => {
    const fake = startFake({ faults: [oneRateLimit] });
    const broken: SharedRateHolds = {
      get: () => Promise.reject(new Error('database down')),
      hold: () => Promise.reject(new Error('database down')),
    };
    const delays: number[] = [];
    const client = fakeClient({ clock: stillClock(delays), rateHolds: broken });
    const company = await client.getCompany(fake.companyId);
    expect(company.id).toBe(fake.companyId);
    // Its own 429 still held it, in this process.
    expect(delays).toEqual([7000]);
  });
});
