/**
 * One server instance as a bank would run it, for the multi-instance test: the package's
 * handlers and push job on PostgreSQL, Codat at the standalone fake, a push run over every
 * customer every `pushEveryMs`. Configured by the `INSTANCE_CONFIG` environment variable (JSON,
 * {@link InstanceConfig}); prints `instance listening on <url>` once ready; stops on SIGTERM.
 *
 * The standalone fake stamps its webhooks on the real clock, as Codat does, so the instance
 * checks their timestamps against its own clock like any deployment.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createBankFeedsClient } from '@bankfeeds/client';
import { customerFromTrustedHeader } from '../../src/auth/resolvers';
import { createBankFeeds } from '../../src/bank-feeds';
import { toNodeListener } from '../../src/adapters/node';
import { createConsoleLogger } from '../../src/logger';
import { createPostgresStore } from '../../src/store/postgres';
import { createTestBank, manyCustomers } from '../push/bank';

/** What an instance is told. */
export interface InstanceConfig {
  name: string;
  connectionString: string;
  schema: string;
  codatUrl: string;
  webhookSecret: string;
  today: string;
  customers: { count: number; accounts: number; lines: number };
  leaseMs: number;
  webhookLeaseMs: number;
  pushEveryMs: number;
  concurrency: number;
}

export const CUSTOMER_HEADER = 'x-test-customer';

const config = JSON.parse(process.env.INSTANCE_CONFIG ?? '{}') as InstanceConfig;
const store = await createPostgresStore(
  { connectionString: config.connectionString },
  { schema: config.schema },
);
const codat = createBankFeedsClient({
  baseUrl: config.codatUrl,
  auth: { type: 'apiKey', apiKey: 'multi-instance-test-key' },
  timeoutMs: 10_000,
  rateHolds: store.rateHolds,
});
const bank = createTestBank(
  manyCustomers(config.customers.count, config.customers.accounts, config.customers.lines),
  config.today,
);
const log = createConsoleLogger();
const feeds = createBankFeeds({
  codat,
  store,
  customers: bank.directory,
  resolveCustomer: customerFromTrustedHeader(CUSTOMER_HEADER),
  webhookSecret: config.webhookSecret,
  portalUrl: 'https://portal.bank.test/bank-feeds',
  signInUrl: 'https://portal.bank.test/sign-in',
  allowedOrigins: ['https://portal.bank.test'],
  codatBaseUrl: config.codatUrl,
  today: () => config.today,
  log: {
    ...log,
    info: (message, fields) => log.info(message, { instance: config.name, ...fields }),
  },
  push: {
    leaseMs: config.leaseMs,
    pollIntervalMs: 20,
    pollAttempts: 20,
    concurrency: config.concurrency,
  },
  webhookLeaseMs: config.webhookLeaseMs,
});

const server = createServer(toNodeListener(feeds.handler));
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));

const stopping = new AbortController();
const schedule = (async () => {
  while (!stopping.signal.aborted) {
    await feeds.push
      .pushAll({ signal: stopping.signal })
      .catch((error: unknown) => log.error('push run failed', { error: String(error) }));
    await new Promise((resolve) => setTimeout(resolve, config.pushEveryMs));
  }
})();

process.on('SIGTERM', () => {
  stopping.abort();
  void (async () => {
    await schedule;
    await feeds.close();
    server.close();
    await store.close();
    process.exit(0);
  })();
});

console.log(`instance listening on http://127.0.0.1:${(server.address() as AddressInfo).port}`);
