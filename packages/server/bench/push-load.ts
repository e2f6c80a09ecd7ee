/**
 * LOAD BENCHMARK (not a test) of the push job: N customers × 3 accounts × 200 lines pushed to the
 * standalone fake of Codat and Xero, with latency and Codat's rate limits on, the job's state on
 * PostgreSQL. It reports lines per second, the requests made, the bound the rate limits allow
 * (requests a minute ÷ requests an account needs × lines an account holds), the ratio to that
 * bound, and the push job's peak RSS. It never fails on speed.
 *
 *   pnpm --filter @bankfeeds/server bench:push [-- --customers 200 --latency 50
 *     --rate-limit-per-minute 1000 --rate-limit-concurrent 10 --concurrency 16
 *     --database-url postgres://…]
 *
 * Without `--database-url` it starts a throwaway PostgreSQL server (Debian's `postgresql`
 * binaries), as the tests do. The fake runs in this process behind a proxy that enforces the rate
 * limits by the wall clock; the push job runs in a child process of its own (`push-worker.ts`),
 * so its peak memory is its own.
 */
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import { startMockServer } from '@bankfeeds/mocks/server';
import { createPostgresStore } from '../src/store/postgres';
import { createTestBank, historyStart, manyCustomers } from '../test/push/bank';
import { provision } from '../test/push/provision';
import { startPostgresCluster } from '../test/support/postgres-cluster';
import type { PushWorkerConfig, PushWorkerReport } from './push-worker';
import { startWallClockLimits } from './wall-clock-limits';

const TODAY = '2026-11-20';

const { values } = parseArgs({
  args: process.argv.slice(2).filter((arg, index) => !(index === 0 && arg === '--')),
  options: {
    customers: { type: 'string', default: '1000' },
    accounts: { type: 'string', default: '3' },
    lines: { type: 'string', default: '200' },
    latency: { type: 'string', default: '50' },
    'rate-limit-per-minute': { type: 'string', default: '1000' },
    'rate-limit-concurrent': { type: 'string', default: '10' },
    concurrency: { type: 'string', default: '16' },
    'poll-ms': { type: 'string', default: '200' },
    'database-url': { type: 'string' },
  },
});
const number = (name: keyof typeof values) => Number(values[name]);
const customers = {
  count: number('customers'),
  accounts: number('accounts'),
  lines: number('lines'),
};
const perMinute = number('rate-limit-per-minute');
const workerScript = process.env.PUSH_WORKER_SCRIPT;
if (!workerScript) throw new Error('Run it through bench/run.mjs (pnpm bench:push).');

const say = (text: string) => process.stderr.write(`${text}\n`);

const cluster = values['database-url'] ? null : await startPostgresCluster();
const connectionString = values['database-url'] ?? cluster!.connectionString;
const schema = `bench_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
const store = await createPostgresStore({ connectionString }, { schema });
const fake = await startMockServer({
  port: 0,
  today: TODAY,
  scenario: 'empty',
  companyLimit: 1_000_000,
  xeroOrganisationLimit: 1_000_000,
  latencyMs: number('latency'),
});
const limits = await startWallClockLimits(fake.url, {
  perMinute,
  concurrentPerCompany: number('rate-limit-concurrent'),
});

try {
  say(`provisioning ${customers.count} customers × ${customers.accounts} accounts…`);
  const bank = createTestBank(
    manyCustomers(customers.count, customers.accounts, customers.lines),
    TODAY,
  );
  const provisioned = await provision(fake, store, bank.customers, historyStart(TODAY));

  say('pushing…');
  const config: PushWorkerConfig = {
    connectionString,
    schema,
    codatUrl: limits.url,
    today: TODAY,
    customers,
    concurrency: number('concurrency'),
    pollIntervalMs: number('poll-ms'),
    maxPasses: 5,
  };
  const report = await new Promise<PushWorkerReport>((resolve, reject) => {
    const child = spawn(process.execPath, ['--expose-gc', workerScript], {
      stdio: ['ignore', 'pipe', 'inherit'],
      env: { ...process.env, PUSH_WORKER_CONFIG: JSON.stringify(config) },
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.on('exit', (code) =>
      code === 0
        ? resolve(JSON.parse(output.trim().split('\n').at(-1)!) as PushWorkerReport)
        : reject(new Error(`push worker exited with ${code}:\n${output}`)),
    );
  });

  // Each line once in Xero, none missing.
  let inXero = 0;
  let wrong = 0;
  for (const { customerId, connectionId } of provisioned) {
    for (const account of bank.customers.find((item) => item.id === customerId)!.accounts) {
      const ids = fake.fake.statementLines(connectionId, account.id).map((line) => line.id);
      inXero += ids.length;
      if (new Set(ids).size !== ids.length || ids.length !== account.lines) wrong++;
    }
  }

  const accountCount = customers.count * customers.accounts;
  const totalLines = accountCount * customers.lines;
  const seconds = report.elapsedMs / 1000;
  const linesPerSecond = report.sent / seconds;
  const requestsPerAccount = limits.counts.answered / accountCount;
  const bound = (perMinute / 60 / requestsPerAccount) * customers.lines;
  const figures = {
    customers: customers.count,
    accounts: accountCount,
    lines: totalLines,
    sent: report.sent,
    linesInXero: inXero,
    accountsWrong: wrong,
    seconds: Math.round(seconds * 10) / 10,
    linesPerSecond: Math.round(linesPerSecond),
    requests: limits.counts.answered,
    refused429: limits.counts.refused,
    requestsByKind: limits.counts.byKind,
    requestsPerAccount: Math.round(requestsPerAccount * 100) / 100,
    boundLinesPerSecond: Math.round(bound),
    ratioToBound: Math.round((linesPerSecond / bound) * 100) / 100,
    // Fixed minute windows: a run touching n windows may make n × perMinute requests, a little
    // more than perMinute a minute over its length. This is the share of that it used.
    minuteWindows: limits.counts.windows,
    shareOfWindows:
      Math.round((limits.counts.answered / (limits.counts.windows * perMinute)) * 100) / 100,
    peakRssMiB: Math.round(report.maxRssBytes / 1024 / 1024),
    heapAfterGcMiB: Math.round(report.heapAfterGcBytes / 1024 / 1024),
    passes: report.passes,
    settings: {
      latencyMs: number('latency'),
      rateLimitPerMinute: perMinute,
      rateLimitConcurrent: number('rate-limit-concurrent'),
      concurrency: number('concurrency'),
      pollMs: number('poll-ms'),
    },
  };
  console.log(JSON.stringify(figures, null, 2));
} finally {
  await limits.close();
  await fake.close();
  await store.close();
  await cluster?.stop();
}
