import type { SourceAccount } from '@bankfeeds/model';
import type { CompanyLink } from '../store/types';
import { pushAccount, type AccountPushContext } from './push-account';
import { createTaskPool } from './task-pool';
import type { PushAllSummary } from './types';

/** Links read from the store at a time. */
const PAGE_SIZE = 100;

/**
 * Pushes every connected account of every linked customer, paging through the store's links,
 * `concurrency` accounts at a time (and as many customers' account lists read ahead). A
 * customer whose accounts cannot be read, or an account whose push fails, is counted and logged
 * and stops nothing else. Once `signal` aborts, nothing new starts and running pushes stop at
 * their next step (their checkpoints stay valid).
 */
export async function pushAllCustomers(
  ctx: AccountPushContext,
  concurrency: number,
  signal?: AbortSignal,
): Promise<PushAllSummary> {
  const summary: PushAllSummary = { customers: 0, accounts: 0, sent: 0, outcomes: {} };
  const count = (outcome: string) => {
    summary.outcomes[outcome] = (summary.outcomes[outcome] ?? 0) + 1;
  };
  const pool = createTaskPool(concurrency);
  // A separate pool for the lists: a customer waiting for its accounts' places must never hold
  // a place an account needs.
  const listing = createTaskPool(concurrency);

  const pushCustomer = async (link: CompanyLink & { connectionId: string }) => {
    let accounts: SourceAccount[];
    try {
      accounts = await ctx.codat.listSourceAccounts(link.companyId, link.connectionId, {
        signal,
      });
    } catch (error) {
      count('customer-error');
      ctx.log.error('push: source accounts not read', {
        customerId: link.customerId,
        companyId: link.companyId,
        error: error instanceof Error ? error.message : String(error),
      });
      return;
    }
    for (const account of accounts.filter((item) => item.status === 'connected')) {
      if (signal?.aborted) return;
      await pool.start(async () => {
        const result = await pushAccount(ctx, { ...link, account }, signal);
        summary.accounts++;
        summary.sent += result.sent;
        count(result.outcome);
      });
    }
  };

  let after: string | undefined;
  paging: for (;;) {
    const page = await ctx.store.links.list({
      ...(after !== undefined && { after }),
      limit: PAGE_SIZE,
    });
    for (const link of page) {
      if (signal?.aborted) break paging;
      after = link.customerId;
      const { connectionId } = link;
      if (!connectionId) continue;
      summary.customers++;
      await listing.start(() => pushCustomer({ ...link, connectionId }));
    }
    if (page.length < PAGE_SIZE) break;
  }
  await listing.drain();
  await pool.drain();
  return summary;
}
