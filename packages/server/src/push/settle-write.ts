import { settlePushOperation } from '@bankfeeds/client';
import { withAccountLease } from './account-lease';
import { confirmedCursor, isUnsettled } from './checkpoint-state';
import type { AccountPushContext } from './push-account';
import type { SettledWrite, WriteReport } from './types';

/**
 * Settles the saved push holding a write operation Codat reported on, with the kit's
 * `settlePushOperation` over Codat's record of the write (read again: the webhook does not list
 * the lines it created): `Success` confirms the request (the cursor moves past its lines),
 * `Failed` says nothing of it was written (its lines go again on the next run), `TimedOut` leaves
 * it open unless the write lists its lines. A request that went out without a reply is settled by
 * a write that created its lines (or that Xero refused as duplicates of exactly them). Returns
 * `null` when no unsettled push holds the write: the usual case, as a push followed to its end
 * has nothing left to settle.
 *
 * The account is leased while its push is settled. When another instance holds it, that
 * instance is pushing the account and settles the request itself from Codat's record: the answer
 * is then `settled: false` and nothing is written here.
 */
export async function settleSavedWrite(
  ctx: AccountPushContext,
  companyId: string,
  write: WriteReport,
): Promise<Omit<SettledWrite, 'pushed'> | null> {
  if (write.status === 'Pending') return null;
  const open = (await ctx.store.pushes.listUnsettled(companyId)).filter(
    ({ saved }) =>
      isUnsettled(saved.checkpoint) &&
      (write.connectionId === null || saved.connectionId === write.connectionId),
  );
  if (open.length === 0) return null;
  const read = await ctx.codat.getPushOperation(companyId, write.pushOperationKey);
  // Codat's signed webhook says how the write ended; a read that still says Pending lags it.
  const operation = read.status === 'Pending' ? { ...read, status: write.status } : read;
  const found = open.flatMap(({ sourceAccountId, saved }) => {
    if (saved.connectionId !== operation.dataConnectionKey) return [];
    const settled = settlePushOperation(saved.checkpoint, operation);
    return settled ? [{ sourceAccountId, adopted: settled.adopted }] : [];
  });
  // The write's own push, or else exactly one push with a request it is recognised as.
  const own = found.find((item) => !item.adopted);
  const match = own ?? (found.length === 1 ? found[0] : undefined);
  if (!match) return null;
  const { sourceAccountId } = match;

  const leased = await withAccountLease(
    {
      pushes: ctx.store.pushes,
      companyId,
      sourceAccountId,
      holder: ctx.newHolder(),
      leaseMs: ctx.leaseMs,
    },
    async (lease) => {
      // Read again under the lease: a push run may have settled the request meanwhile.
      const { saved } = await ctx.store.pushes.get(companyId, sourceAccountId);
      const settled = saved ? settlePushOperation(saved.checkpoint, operation) : null;
      if (!saved || !settled) return null;
      const { checkpoint, adopted } = settled;
      const cursor = confirmedCursor(checkpoint, saved.chunkEndDates);
      const done = !isUnsettled(checkpoint);
      await lease.ensure();
      await ctx.store.pushes.save(companyId, sourceAccountId, {
        saved: done ? null : { ...saved, checkpoint },
        ...(cursor && { cursor }),
      });
      return { sourceAccountId, settled: done, adopted };
    },
  );
  return leased.claimed ? leased.value : { sourceAccountId, settled: false, adopted: false };
}
