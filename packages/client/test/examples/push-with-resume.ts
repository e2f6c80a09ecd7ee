import {
  pushTransactions,
  type PushCheckpoint,
  type PushLine,
  type PushResult,
  type PushTarget,
  type PushTransactionsOptions,
} from '@bankfeeds/client';

/** Where the bank keeps one checkpoint per account: a database row in production. */
export interface CheckpointStore {
  load(accountId: string): Promise<PushCheckpoint | null>;
  save(accountId: string, checkpoint: PushCheckpoint): Promise<void>;
  clear(accountId: string): Promise<void>;
}

/**
 * Pushes an account's lines, carrying on from the checkpoint an earlier run left (a crash, a
 * deploy, an abort). Run it again with the same lines until it answers `success`.
 */
export async function pushWithResume(
  target: PushTarget,
  lines: readonly PushLine[],
  store: CheckpointStore,
  options: PushTransactionsOptions = {},
): Promise<PushResult> {
  const result = await pushTransactions(target, lines, {
    ...options,
    // Saved by an earlier run over the same lines: requests already written are not sent again.
    checkpoint: await store.load(target.accountId),
    // Awaited before each request leaves, so a crash never loses track of one in flight.
    onCheckpoint: (checkpoint) => store.save(target.accountId, checkpoint),
  });
  // `timed-out` and `uncertain` keep the checkpoint: the next run reads Codat's record first.
  if (result.status === 'success') await store.clear(target.accountId);
  return result;
}
