/**
 * The push job alone in its own process, for the load benchmark: its peak memory is its own,
 * not the fake's. Reads `PUSH_WORKER_CONFIG` (JSON), runs `pushAll` until every account is
 * done (or `maxPasses`), prints one JSON line with what it did and exits.
 */
import { writeHeapSnapshot } from 'node:v8';
import { createBankFeedsClient } from '@bankfeeds/client';
import { createPushJob } from '../src/push/push-job';
import { createPostgresStore } from '../src/store/postgres';
import { createTestBank, manyCustomers } from '../test/push/bank';

/** What the worker is told. */
export interface PushWorkerConfig {
  connectionString: string;
  schema: string;
  codatUrl: string;
  today: string;
  customers: { count: number; accounts: number; lines: number };
  concurrency: number;
  pollIntervalMs: number;
  maxPasses: number;
}

/** What the worker reports. */
export interface PushWorkerReport {
  passes: Array<{ elapsedMs: number; sent: number; outcomes: Record<string, number> }>;
  elapsedMs: number;
  sent: number;
  maxRssBytes: number;
  /** The heap still in use once garbage is collected at the end: what the job kept. */
  heapAfterGcBytes: number;
}

const config = JSON.parse(process.env.PUSH_WORKER_CONFIG ?? '{}') as PushWorkerConfig;
const store = await createPostgresStore(
  { connectionString: config.connectionString },
  { schema: config.schema },
);
const codat = createBankFeedsClient({
  baseUrl: config.codatUrl,
  auth: { type: 'apiKey', apiKey: 'bench-api-key' },
  timeoutMs: 30_000,
  // A minute's window can hold a request back for up to a minute, more than once.
  retry: { maxAttempts: 10, maxElapsedMs: 300_000 },
  rateHolds: store.rateHolds,
});
const { count, accounts, lines } = config.customers;
const bank = createTestBank(manyCustomers(count, accounts, lines), config.today);
const quiet = {
  info() {},
  warn() {},
  error: (message: string, fields?: object) => console.error(message, fields),
};
const job = createPushJob({
  codat,
  store,
  customers: bank.directory,
  today: () => config.today,
  log: quiet,
  pollIntervalMs: config.pollIntervalMs,
  pollAttempts: 30,
  concurrency: config.concurrency,
});

const report: PushWorkerReport = {
  passes: [],
  elapsedMs: 0,
  sent: 0,
  maxRssBytes: 0,
  heapAfterGcBytes: 0,
};
const started = performance.now();
for (let pass = 0; pass < config.maxPasses; pass++) {
  const passStart = performance.now();
  const summary = await job.pushAll();
  report.passes.push({
    elapsedMs: Math.round(performance.now() - passStart),
    sent: summary.sent,
    outcomes: summary.outcomes,
  });
  report.sent += summary.sent;
  const unfinished = Object.entries(summary.outcomes).some(
    ([outcome]) => outcome !== 'success' && outcome !== 'skipped',
  );
  if (!unfinished) break;
}
report.elapsedMs = Math.round(performance.now() - started);
report.maxRssBytes = process.resourceUsage().maxRSS * 1024;
// Started with --expose-gc (see push-load.ts).
(globalThis as { gc?: () => void }).gc?.();
report.heapAfterGcBytes = process.memoryUsage().heapUsed;
if (process.env.PUSH_WORKER_HEAP_SNAPSHOT) writeHeapSnapshot(process.env.PUSH_WORKER_HEAP_SNAPSHOT);
await store.close();
console.log(JSON.stringify(report));
