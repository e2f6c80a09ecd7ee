/**
 * The money path, as a property: whatever the history, the chunk size, the replies lost after
 * Codat applied a request, and the points where the process dies (only the last checkpoint saved
 * survives), resuming until `success` leaves every line in Xero exactly once, in order, and the
 * account's balance at the last line's.
 */
import { setupBankFeedsServer } from '@bankfeeds/mocks/node';
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createBankFeedsClient, pushTransactions, type PushCheckpoint } from '../src';
import { fetchWithAfterFaults, type AfterFault } from './after-faults';
import { BASE, makeLines, TODAY } from './fake-helpers';

/** Runs of the property; `PUSH_PROPERTY_RUNS` changes it locally. */
const NUM_RUNS = Number(process.env.PUSH_PROPERTY_RUNS ?? 1000);

const TIMEOUT_MS = 5_000_000;

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
  /** After-faults by the number of the request (across runs) they hit. */
  faults: Map<number, AfterFault>;
  /** Requests (by number) after which the process dies, once Codat has applied them. */
  crashAfterRequest: Set<number>;
  /** Checkpoint saves (by number) after which the process dies. */
  crashAfterSave: Set<number>;
}

const faultArb = fc.constantFrom<AfterFault>('network', 'garbled', 502, 504);
const scenarioArb: fc.Arbitrary<Scenario> = fc
  .record({
    count: fc.integer({ min: 1, max: 40 }),
    chunkSize: fc.integer({ min: 1, max: 7 }),
    faults: fc.array(fc.tuple(fc.nat(60), faultArb), { maxLength: 8 }),
    crashAfterRequest: fc.array(fc.nat(60), { maxLength: 3 }),
    crashAfterSave: fc.array(fc.nat(40), { maxLength: 3 }),
  })
  .map((raw) => ({
    ...raw,
    faults: new Map(raw.faults),
    crashAfterRequest: new Set(raw.crashAfterRequest),
    crashAfterSave: new Set(raw.crashAfterSave),
  }));

async function runScenario(scenario: Scenario): Promise<void> {
  const { server, fake } = setupBankFeedsServer({ today: TODAY });
  server.listen({ onUnhandledRequest: 'error' });
  try {
    const { companyId, connectionId } = fake.ids;
    const account = fake
      .listSourceAccounts(companyId, connectionId)
      .find((a) => a.status === 'connected')!;
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

    const faulty = fetchWithAfterFaults((_, __, index) => scenario.faults.get(index) ?? null);
    const processFetch: typeof fetch = async (input, init) => {
      if (crashed) throw new Crash();
      const number = requestNumber++;
      const response = await faulty(input, init);
      if (scenario.crashAfterRequest.has(number)) {
        crashed = true;
        throw new Crash();
      }
      return response;
    };

    for (let run = 0; run < 40; run++) {
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
            poll: { initialDelayMs: 0, maxAttempts: 5 },
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
        if (result.status === 'success') break;
      } catch {
        // A crash or a transport failure: the next run resumes from the saved checkpoint.
      }
      expect(run).toBeLessThan(39);
    }

    // Codat's record: the lines the successful writes created, in the order they were requested.
    const writes = fake.listPushOperations(companyId, { pageSize: '5000' }).results;
    const written = writes
      .filter((o) => o.status === 'Success')
      .flatMap((o) => (o.changes ?? []).map((c) => c.recordRef!.id));
    expect(written).toEqual(lines.map((l) => l.id));
    const after = fake
      .listSourceAccounts(companyId, connectionId)
      .find((a) => a.id === account.id)!;
    expect(after.balance).toBe(lines.at(-1)!.balance);
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
