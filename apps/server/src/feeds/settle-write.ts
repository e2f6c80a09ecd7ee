import { settlePushOperation } from '@bankfeeds/client';
import type { PushOperationStatus } from '@bankfeeds/model';
import type { ServerDeps } from '../deps';
import { withAccountLock } from './account-lock';
import { confirmedCursor, isUnsettled } from './push-checkpoint';

/** What Codat reported about one write operation (a `bankTransactions.write.*` webhook). */
export interface WriteReport {
  pushOperationKey: string;
  status: PushOperationStatus;
  connectionId: string | null;
}

/** A saved push that a write report settled (or moved on). */
export interface SettledWrite {
  sourceAccountId: string;
  /** Nothing of the push is left in doubt: its checkpoint is gone and its cursor final. */
  settled: boolean;
  /** The write was a request that had gone out without a reply, recognised by its lines. */
  adopted: boolean;
}

/**
 * Settles the saved push holding a write operation Codat reported on, with the kit's
 * `settlePushOperation` over Codat's record of the write (read again: the webhook does not list
 * the lines it created): `Success` confirms the request (the cursor moves past its lines),
 * `Failed` says nothing of it was written (its lines go again on the next run), `TimedOut` leaves
 * it open unless the write lists its lines. A request that went out without a reply is settled by
 * a write that created its lines (or that Xero refused as duplicates of exactly them). Returns
 * `null` when no unsettled push holds the write: the usual case, as a push followed to its end
 * has nothing left to settle.
 */
export async function settleWrite(
  deps: ServerDeps,
  companyId: string,
  write: WriteReport,
): Promise<SettledWrite | null> {
  const open = (await deps.pushCheckpoints.list(companyId)).filter(
    ({ push }) =>
      isUnsettled(push.checkpoint) &&
      (write.connectionId === null || push.connectionId === write.connectionId),
  );
  if (open.length === 0 || write.status === 'Pending') return null;
  const read = await deps.codat.getPushOperation(companyId, write.pushOperationKey);
  // Codat's signed webhook says how the write ended; a read that still says Pending lags it.
  const operation = read.status === 'Pending' ? { ...read, status: write.status } : read;
  const found = open.flatMap(({ sourceAccountId, push }) => {
    if (push.connectionId !== operation.dataConnectionKey) return [];
    const settled = settlePushOperation(push.checkpoint, operation);
    return settled ? [{ sourceAccountId, adopted: settled.adopted }] : [];
  });
  // The write's own push, or else exactly one push with a request it is recognised as.
  const own = found.find((item) => !item.adopted);
  const match = own ?? (found.length === 1 ? found[0] : undefined);
  if (!match) return null;
  const { sourceAccountId } = match;
  return withAccountLock(deps, companyId, sourceAccountId, async () => {
    // Read again under the lock: a push run may have settled the request meanwhile.
    const push = await deps.pushCheckpoints.get(companyId, sourceAccountId);
    const settled = push ? settlePushOperation(push.checkpoint, operation) : null;
    if (!push || !settled) return null;
    const { checkpoint, adopted } = settled;
    const cursor = confirmedCursor(checkpoint, push.chunkEndDates);
    if (cursor) await deps.cursors.set(companyId, sourceAccountId, cursor);
    const done = !isUnsettled(checkpoint);
    if (done) await deps.pushCheckpoints.delete(companyId, sourceAccountId);
    else await deps.pushCheckpoints.set(companyId, sourceAccountId, { ...push, checkpoint });
    return { sourceAccountId, settled: done, adopted };
  });
}
