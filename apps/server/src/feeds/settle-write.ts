import type { PushOperationStatus } from '@bankfeeds/model';
import type { ServerDeps } from '../deps';
import { withAccountLock } from './account-lock';
import {
  chunkOfOperation,
  confirmedCursor,
  isUnsettled,
  withWriteOutcome,
} from './push-checkpoint';

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

interface FoundWrite {
  sourceAccountId: string;
  chunkIndex: number;
  adopted: boolean;
}

const STILL_OPEN = new Set(['sending', 'accepted', 'timed-out']);

/**
 * A request that went out without a reply has no operation key. Codat's record of a successful
 * write lists what it created: the request is recognised when the write created both its first
 * and its last line, on its connection. More than one candidate is left alone.
 */
async function findUncertainRequest(
  deps: ServerDeps,
  companyId: string,
  write: WriteReport,
  saved: Awaited<ReturnType<ServerDeps['pushCheckpoints']['list']>>,
): Promise<FoundWrite | null> {
  const candidates = saved.flatMap(({ sourceAccountId, push }) =>
    push.connectionId === write.connectionId
      ? push.checkpoint.chunks
          .filter((chunk) => chunk.state === 'sending')
          .map((chunk) => ({ sourceAccountId, chunk }))
      : [],
  );
  if (candidates.length === 0) return null;
  const operation = await deps.codat.getPushOperation(companyId, write.pushOperationKey);
  if (operation.status !== 'Success' || operation.dataConnectionKey !== write.connectionId) {
    return null;
  }
  const created = new Set(operation.changes.flatMap((change) => change.recordRef?.id ?? []));
  const matches = candidates.filter(
    ({ chunk }) => created.has(chunk.firstId) && created.has(chunk.lastId),
  );
  const [match] = matches;
  return match && matches.length === 1
    ? { sourceAccountId: match.sourceAccountId, chunkIndex: match.chunk.index, adopted: true }
    : null;
}

/** The saved push and request a write report is about, or `null` when none is. */
async function findWrite(
  deps: ServerDeps,
  companyId: string,
  write: WriteReport,
): Promise<FoundWrite | null> {
  const saved = await deps.pushCheckpoints.list(companyId);
  for (const { sourceAccountId, push } of saved) {
    const chunk = chunkOfOperation(push.checkpoint, write.pushOperationKey);
    if (chunk) return { sourceAccountId, chunkIndex: chunk.index, adopted: false };
  }
  // Only a success says the lines are in Xero; any other outcome of an unknown write tells
  // nothing about whether an unanswered request of ours was taken.
  if (write.status !== 'Success' || !write.connectionId) return null;
  return findUncertainRequest(deps, companyId, write, saved);
}

/**
 * Settles the saved push holding a write operation Codat reported on: `Success` confirms the
 * request (the cursor moves past its lines), `Failed` says nothing of it was written (its lines
 * go again on the next run), `TimedOut` leaves it open (the next run asks Codat again). A
 * request that went out without a reply is settled by a successful write that created its lines.
 * Returns `null` when no unsettled push holds the write: the usual case, as a push followed to
 * its end has nothing left to settle.
 */
export async function settleWrite(
  deps: ServerDeps,
  companyId: string,
  write: WriteReport,
): Promise<SettledWrite | null> {
  const found = await findWrite(deps, companyId, write);
  if (!found) return null;
  const { sourceAccountId, chunkIndex, adopted } = found;
  return withAccountLock(deps, companyId, sourceAccountId, async () => {
    // Read again under the lock: a push run may have settled the request meanwhile.
    const push = await deps.pushCheckpoints.get(companyId, sourceAccountId);
    const chunk = push?.checkpoint.chunks[chunkIndex];
    const same = adopted
      ? chunk?.state === 'sending'
      : chunk?.pushOperationKey === write.pushOperationKey;
    if (!push || !chunk || !same || !STILL_OPEN.has(chunk.state)) return null;

    const checkpoint = withWriteOutcome(
      push.checkpoint,
      chunkIndex,
      write.pushOperationKey,
      write.status,
    );
    const cursor = confirmedCursor(checkpoint, push.chunkEndDates);
    if (cursor) await deps.cursors.set(companyId, sourceAccountId, cursor);
    const settled = !isUnsettled(checkpoint);
    if (settled) await deps.pushCheckpoints.delete(companyId, sourceAccountId);
    else await deps.pushCheckpoints.set(companyId, sourceAccountId, { ...push, checkpoint });
    return { sourceAccountId, settled, adopted };
  });
}
