import { randomUUID } from 'node:crypto';
import type { AccountPushContext } from './push-account';
import { pushAccount } from './push-account';
import { pushAllCustomers } from './push-all';
import { settleSavedWrite } from './settle-write';
import type { AccountPushResult, PushJob, PushJobOptions, PushSummary } from './types';

/** Defaults of {@link PushJobOptions}. */
const DEFAULTS = { pollIntervalMs: 1000, pollAttempts: 30, leaseMs: 60_000, concurrency: 4 };

/**
 * Creates the push job: each connected account's new lines go to Xero exactly once, with
 * cursors, unsettled pushes and per-account leases in the store, so any number of instances can
 * run it at once against one database. An instance pushes an account only while it holds the
 * account's lease (renewed as the push runs); an instance that dies lets go when its lease runs
 * out, and the next holder resumes its unsettled push from the stored checkpoint.
 *
 * @example
 * ```ts
 * const job = createPushJob({ codat, store, customers, today: () => todayIn('Europe/London'), log });
 * await job.pushAll(); // on a schedule, in every instance
 * ```
 */
export function createPushJob(options: PushJobOptions): PushJob {
  const instanceId = randomUUID();
  const ctx: AccountPushContext = {
    codat: options.codat,
    store: options.store,
    customers: options.customers,
    today: options.today,
    log: options.log,
    pollIntervalMs: options.pollIntervalMs ?? DEFAULTS.pollIntervalMs,
    pollAttempts: options.pollAttempts ?? DEFAULTS.pollAttempts,
    leaseMs: options.leaseMs ?? DEFAULTS.leaseMs,
    newHolder: () => `${instanceId}/${randomUUID()}`,
  };
  const { codat, store } = options;

  /** The customer's link with its connection, or `null` before set-up. */
  const connectedLink = async (customerId: string) => {
    const link = await store.links.get(customerId);
    return link?.connectionId ? { ...link, connectionId: link.connectionId } : null;
  };

  const pushAccountIfConnected = async (
    customerId: string,
    sourceAccountId: string,
  ): Promise<AccountPushResult | null> => {
    const link = await connectedLink(customerId);
    if (!link) return null;
    // Codat's record now, not a webhook's copy of the account, which may be older.
    const accounts = await codat.listSourceAccounts(link.companyId, link.connectionId);
    const account = accounts.find((item) => item.id === sourceAccountId);
    if (account?.status !== 'connected') return null;
    return pushAccount(ctx, { ...link, account });
  };

  return {
    async pushCustomer(customerId): Promise<PushSummary | null> {
      const link = await connectedLink(customerId);
      if (!link) return null;
      const accounts = await codat.listSourceAccounts(link.companyId, link.connectionId);
      const results: AccountPushResult[] = [];
      // One account after the other: Codat allows few concurrent requests per company.
      for (const account of accounts.filter((item) => item.status === 'connected')) {
        results.push(await pushAccount(ctx, { ...link, account }));
      }
      return { customerId, companyId: link.companyId, results };
    },

    pushAccountIfConnected,

    async settleWrite(customerId, report) {
      const link = await store.links.get(customerId);
      if (!link) return null;
      const settled = await settleSavedWrite(ctx, link.companyId, report);
      if (!settled) return null;
      const fields = {
        customerId,
        companyId: link.companyId,
        sourceAccountId: settled.sourceAccountId,
        pushOperationKey: report.pushOperationKey,
        status: report.status,
      };
      // Xero refused the lines: the bank's operations team should know; they go again next run.
      if (report.status === 'Failed') options.log.error('push write failed', fields);
      else options.log.info('push write settled', { ...fields, adopted: settled.adopted });
      if (!settled.settled || report.status !== 'Success') return settled;
      const pushed = await pushAccountIfConnected(customerId, settled.sourceAccountId);
      return pushed ? { ...settled, pushed } : settled;
    },

    pushAll: (run) =>
      pushAllCustomers(ctx, options.concurrency ?? DEFAULTS.concurrency, run?.signal),
  };
}
