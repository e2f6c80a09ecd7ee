import { setupBankFeedsServer } from '@bankfeeds/mocks/node';
import { afterEach } from 'vitest';
import { createBankFeedsClient, type BankFeedsClientOptions, type PushLine } from '../src';
import { sleep } from '../src/internal/clock';

export const BASE = 'https://api.codat.io';
export const TODAY = '2026-06-15';

type FakeOptions = NonNullable<Parameters<typeof setupBankFeedsServer>[0]>;

const servers: Array<{ close(): void }> = [];
afterEach(() => {
  while (servers.length) servers.pop()!.close();
});

/** Starts the fake (closed after the test) and records every request it sees. */
export function startFake(options: FakeOptions = {}) {
  const { server, fake } = setupBankFeedsServer({ today: TODAY, ...options });
  const requests: Array<{ method: string; path: string; body: unknown }> = [];
  server.events.on('request:start', ({ request }) => {
    const clone = request.clone();
    void clone
      .text()
      .then((text) => {
        let body: unknown;
        try {
          body = text ? JSON.parse(text) : undefined;
        } catch {
          body = text;
        }
        requests.push({ method: request.method, path: new URL(request.url).pathname, body });
      })
      .catch(() => {});
  });
  server.listen({ onUnhandledRequest: 'error' });
  servers.push(server);
  return { server, fake, requests, ...fake.ids };
}

/**
 * A clock whose short waits (backoff, polling) pass at once and are recorded, while the long
 * per-attempt timeout stays real: integration tests stay fast and still see every delay.
 */
export function fastClock(delays: number[] = []) {
  return {
    delays,
    clock: {
      sleep: (ms: number, signal?: AbortSignal) => {
        if (ms >= 1_000_000) return sleep(ms, signal);
        delays.push(ms);
        return sleep(0, signal);
      },
      random: () => 0.5,
    },
  };
}

/** A client for the fake with an API key and instant backoff. */
export function fakeClient(options: Partial<BankFeedsClientOptions> = {}) {
  return createBankFeedsClient({
    baseUrl: BASE,
    auth: { type: 'apiKey', apiKey: 'test-key' },
    timeoutMs: 5_000_000,
    clock: fastClock().clock,
    ...options,
  });
}

/** `count` valid lines, oldest first, with balances that follow from the amounts. */
export function makeLines(count: number, prefix = 'tx'): PushLine[] {
  const lines: PushLine[] = [];
  let balance = 0;
  const start = Date.UTC(2026, 0, 1);
  for (let i = 0; i < count; i++) {
    const amount = i % 3 === 0 ? -((i % 50) + 1) : (i % 70) + 5;
    balance = Math.round((balance + amount) * 100) / 100;
    const day = new Date(start + Math.floor((i * 150) / Math.max(count, 1)) * 86_400_000);
    lines.push({
      id: `${prefix}-${i}`,
      date: day.toISOString().slice(0, 10),
      amount,
      balance,
      description: `Line ${i}`,
      transactionType: amount < 0 ? 'Debit' : 'Credit',
    });
  }
  return lines;
}

/** Resolves once `check` holds (polls with real microtask/timer turns). */
export async function until(check: () => boolean, timeoutMs = 5_000): Promise<void> {
  const started = Date.now();
  while (!check()) {
    if (Date.now() - started > timeoutMs) throw new Error('condition not met in time');
    await sleep(5);
  }
}
