/**
 * The money path, as a property: whatever the history, the chunk size, the replies the fake loses
 * after applying a request (its own `when: 'after'` faults, seeded), how slowly Xero writes (and
 * so whether Codat times out and the write lands later), and the points where the process dies
 * (only the last checkpoint saved survives), resuming until `success` leaves every line in Xero
 * exactly once, in order, the account's balance at the last line's, and no request ever carried
 * a line Xero already held.
 */
import { setupBankFeedsServer, type FaultRule } from '@bankfeeds/mocks/node';
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createBankFeedsClient, pushTransactions, type PushCheckpoint } from '../src';
import { BASE, makeLines, TODAY } from './fake-helpers';
import { duplicateRefusals, expectInXeroOnce, heldIds, type Feed } from './xero-record';

/** Runs of the property; `PUSH_PROPERTY_RUNS` changes it locally. */
const NUM_RUNS = Number(process.env.PUSH_PROPERTY_RUNS ?? 1000);

const TIMEOUT_MS = 5_000_000;
/**
 * Processes started before giving up: far more than the faults and crashes drawn can stop, plus
 * for each request the few a slow Xero takes (each resume while its write has not landed yet
 * sends one more copy, which times out in turn).
 */
const maxProcesses = (requests: number) => 40 + 10 * requests;

/** A wait that ends only when `signal` aborts. */
function never(signal?: AbortSignal): Promise<void> {
  return new Promise((_, reject) =>
    signal?.addEventListener('abort', () => reject(signal.reason as Error), { once: true }),
  );
}

/** The process died here: nothing after it reaches Codat or the checkpoint store. */
class Crash extends Error {}

interface Scenario {
  count: number;
  chunkSize: number;
  /** The fake's seed: it draws which matching requests a fault's `probability` hits. */
  seed: number;
  /** Faults the fake applies after it took the request; each hits a bounded number of times. */
  faults: FaultRule[];
  /**
   * Xero's minutes per write and Codat's wait for it (`timeoutInMinutes`); `null`: Xero is quick.
   * A write Codat gave up on still lands (the fake's default, as Codat documents); with
   * `timedOutWrites: 'never'` and Xero always the slower, no push could ever succeed.
   */
  slowXero: {
    writeMinutes: number;
    timeoutInMinutes: number;
    /**
     * Processes after the first let Codat wait for Xero (no `timeoutInMinutes`), so a copy sent
     * again is refused visibly when the first lands before it.
     */
    resumesWait: boolean;
  } | null;
  /** Minutes between the client's reads of Codat's record (its poll), on the fake's clock. */
  pollMinutes: number;
  /** Requests (by number, across processes) after which the process dies, once Codat has applied them. */
  crashAfterRequest: Set<number>;
  /** Checkpoint saves (by number) after which the process dies. */
  crashAfterSave: Set<number>;
}

const PATHS = {
  posts: /\/bankTransactions$/,
  reads: /\/push(\/[^/]+)?$/,
  any: undefined,
} as const;

/** One after-fault: what it does to the reply, which requests, how often. */
const faultArb: fc.Arbitrary<FaultRule> = fc
  .record({
    reply: fc.constantFrom(
      { kind: 'network' } as const,
      { kind: 'malformed' } as const,
      // A hung reply that the connection drops a moment later (the client's own timeout is off).
      { kind: 'timeout', delayMs: 1 } as const,
      { kind: 'status', status: 500 } as const,
      { kind: 'status', status: 502 } as const,
      { kind: 'status', status: 503 } as const,
      { kind: 'status', status: 504 } as const,
    ),
    on: fc.constantFrom<keyof typeof PATHS>('posts', 'reads', 'any'),
    probability: fc.double({ min: 0.05, max: 0.8, noNaN: true }),
    times: fc.integer({ min: 1, max: 6 }),
  })
  .map(({ reply, on, probability, times }) => ({
    ...reply,
    when: 'after' as const,
    ...(on === 'posts' ? { method: 'POST' } : on === 'reads' ? { method: 'GET' } : {}),
    path: PATHS[on],
    probability,
    times,
  }));

const scenarioArb: fc.Arbitrary<Scenario> = fc
  .record({
    count: fc.integer({ min: 1, max: 40 }),
    chunkSize: fc.integer({ min: 1, max: 7 }),
    seed: fc.integer({ min: 1, max: 0x7fffffff }),
    faults: fc.array(faultArb, { maxLength: 4 }),
    slowXero: fc.option(
      fc.record({
        writeMinutes: fc.integer({ min: 1, max: 8 }),
        timeoutInMinutes: fc.integer({ min: 1, max: 8 }),
        resumesWait: fc.boolean(),
      }),
      { freq: 2 },
    ),
    pollMinutes: fc.integer({ min: 1, max: 3 }),
    crashAfterRequest: fc.array(fc.nat(60), { maxLength: 3 }),
    crashAfterSave: fc.array(fc.nat(40), { maxLength: 3 }),
  })
  .map((raw) => ({
    ...raw,
    crashAfterRequest: new Set(raw.crashAfterRequest),
    crashAfterSave: new Set(raw.crashAfterSave),
  }));

async function runScenario(scenario: Scenario): Promise<void> {
  const { server, fake } = setupBankFeedsServer({
    today: TODAY,
    seed: scenario.seed,
    faults: scenario.faults,
    xeroWriteMinutes: scenario.slowXero?.writeMinutes ?? 0,
  });
  server.listen({ onUnhandledRequest: 'error' });
  try {
    const { companyId, connectionId } = fake.ids;
    const account = fake
      .listSourceAccounts(companyId, connectionId)
      .find((a) => a.status === 'connected')!;
    const feed: Feed = { fake, companyId, connectionId, accountId: account.id };
    const lines = makeLines(scenario.count);
    // Waits pass at once on the fake's clock; the client's time is the fake's.
    const clock = {
      now: () => fake.clockTime(),
      sleep: (ms: number, signal?: AbortSignal) => {
        if (signal?.aborted) return Promise.reject(signal.reason as Error);
        // The per-attempt timeout never fires: a reply is lost only where a fault says so.
        if (ms >= TIMEOUT_MS) return never(signal);
        fake.advanceClock(ms);
        return Promise.resolve();
      },
      random: () => 0.5,
    };
    let requestNumber = 0;
    let saveNumber = 0;
    let saved: PushCheckpoint | null = null;
    let crashed = false;
    /** Lines a POST carried that Xero already held when it left. */
    const resentHeld: string[] = [];

    const processFetch: typeof fetch = async (input, init) => {
      if (crashed) throw new Crash();
      const number = requestNumber++;
      if (init?.method === 'POST') {
        const held = new Set(heldIds(feed));
        const body = JSON.parse(String(init.body)) as { transactions: Array<{ id: string }> };
        resentHeld.push(...body.transactions.map((t) => t.id).filter((id) => held.has(id)));
      }
      const response = await fetch(input, init);
      if (scenario.crashAfterRequest.has(number)) {
        crashed = true;
        throw new Crash();
      }
      return response;
    };

    const pollMs = scenario.pollMinutes * 60_000;
    let succeeded = false;
    const processes = maxProcesses(Math.ceil(scenario.count / scenario.chunkSize));
    for (let run = 0; run < processes && !succeeded; run++) {
      crashed = false;
      // A new process: a new client, only the saved checkpoint.
      const client = createBankFeedsClient({
        baseUrl: BASE,
        auth: { type: 'apiKey', apiKey: 'test-key' },
        fetch: processFetch,
        clock,
        timeoutMs: TIMEOUT_MS,
      });
      try {
        const result = await pushTransactions(
          { client, companyId, connectionId, accountId: account.id },
          lines,
          {
            today: TODAY,
            clock,
            chunkSize: scenario.chunkSize,
            checkpoint: saved,
            timeoutInMinutes:
              run > 0 && scenario.slowXero?.resumesWait
                ? undefined
                : scenario.slowXero?.timeoutInMinutes,
            // Polls minutes apart on the fake's clock: a slow Xero may finish within the budget.
            poll: { initialDelayMs: pollMs, maxDelayMs: pollMs, maxAttempts: 5 },
            onCheckpoint: (checkpoint) => {
              if (crashed) throw new Crash();
              saved = checkpoint;
              if (scenario.crashAfterSave.has(saveNumber++)) {
                crashed = true;
                throw new Crash();
              }
            },
          },
        );
        succeeded = result.status === 'success';
      } catch {
        // A crash or a transport failure: the next process resumes from the saved checkpoint.
      }
    }
    expect(succeeded).toBe(true);
    expectInXeroOnce(feed, lines);
    expect(resentHeld).toEqual([]);
    // Only a write Codat gave up on and sent again may be refused as a duplicate.
    if (!scenario.slowXero) expect(duplicateRefusals(feed)).toEqual([]);
  } finally {
    server.close();
  }
}

describe('pushTransactions, exactly once (property)', () => {
  it('every line lands once, in order, whatever replies are lost and wherever the process dies', async () => {
    await fc.assert(fc.asyncProperty(scenarioArb, runScenario), {
      seed: 13,
      numRuns: NUM_RUNS,
    });
  }, 120_000);
});
