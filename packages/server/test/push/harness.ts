import { expect } from 'vitest';
import { createBankFeedsClient, type BankFeedsClientOptions } from '@bankfeeds/client';
import { startMockServer, type MockServer, type MockServerOptions } from '@bankfeeds/mocks/server';
import type { LogFields, Logger } from '../../src/bank';
import { createPushJob } from '../../src/push/push-job';
import type { PushJob, PushJobOptions } from '../../src/push/types';
import type { BankFeedsStore } from '../../src/store/types';
import type { createTestBank } from './bank';
import { provision, type Provisioned } from './provision';

export { provision, type Provisioned };

export const TODAY = '2026-11-20';
export const API_KEY = 'test-api-key-push-job';

/** Log lines a job wrote, as objects. */
export type LogLine = LogFields & { level: string; message: string };

export function captureLog(): { log: Logger; lines: LogLine[] } {
  const lines: LogLine[] = [];
  const at =
    (level: string) =>
    (message: string, fields?: LogFields): void => {
      lines.push({ level, message, ...fields });
    };
  return { log: { info: at('info'), warn: at('warn'), error: at('error') }, lines };
}

/** Starts the standalone fake on a free port, with room for as many companies as a test needs. */
export function startFake(options: MockServerOptions = {}): Promise<MockServer> {
  return startMockServer({
    port: 0,
    today: TODAY,
    scenario: 'empty',
    companyLimit: 100_000,
    xeroOrganisationLimit: 100_000,
    ...options,
  });
}

/** A Codat client on the fake, sharing 429 holds through the store. */
export function codatClient(
  server: MockServer,
  store: BankFeedsStore,
  options: Partial<BankFeedsClientOptions> = {},
) {
  return createBankFeedsClient({
    baseUrl: server.url,
    auth: { type: 'apiKey', apiKey: API_KEY },
    retry: false,
    timeoutMs: 10_000,
    rateHolds: store.rateHolds,
    ...options,
  });
}

/** A push job over the fake, with quick polling. */
export function pushJob(
  server: MockServer,
  store: BankFeedsStore,
  bank: ReturnType<typeof createTestBank>,
  options: Partial<PushJobOptions> = {},
): { job: PushJob; logs: LogLine[] } {
  const { log, lines } = captureLog();
  const job = createPushJob({
    codat: codatClient(server, store),
    store,
    customers: bank.directory,
    today: () => TODAY,
    log,
    pollIntervalMs: 1,
    pollAttempts: 5,
    ...options,
  });
  return { job, logs: lines };
}

/**
 * How many times each line of the accounts is in Xero: a map from line id to count, over the
 * statement lines Xero wrote for the account.
 */
export function linesInXero(server: MockServer, connectionId: string, accountId: string) {
  const counts = new Map<string, number>();
  for (const line of server.fake.statementLines(connectionId, accountId))
    counts.set(line.id, (counts.get(line.id) ?? 0) + 1);
  return counts;
}

/** Push operations Xero refused as duplicates: a line sent again after it was written. */
export function duplicateRefusals(server: MockServer, companyId: string): number {
  return server.fake
    .listPushOperations(companyId, { pageSize: '5000' })
    .results.filter((operation) => operation.errorMessage?.includes('duplicate-statement')).length;
}

/**
 * Checks that Xero holds each line of the bank's history exactly once (none missing, none
 * twice) for every account given, and that no request was refused as a duplicate.
 */
export function expectExactlyOnce(
  server: MockServer,
  provisioned: Provisioned[],
  bank: ReturnType<typeof createTestBank>,
): number {
  let lines = 0;
  for (const { customerId, companyId, connectionId } of provisioned) {
    const customer = bank.customers.find((item) => item.id === customerId)!;
    for (const account of customer.accounts) {
      const counts = linesInXero(server, connectionId, account.id);
      const expected = bank.linesOf(account.id).map((line) => line.id);
      expect([...counts.keys()].sort()).toEqual([...expected].sort());
      expect([...counts.values()].filter((count) => count !== 1)).toEqual([]);
      lines += counts.size;
    }
    expect(duplicateRefusals(server, companyId)).toEqual(0);
  }
  return lines;
}
