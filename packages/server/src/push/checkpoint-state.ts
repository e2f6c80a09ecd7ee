import type { BankTransaction, PushCheckpoint, PushChunkRecord } from '@bankfeeds/client';
import type { PushCursor } from '../store/types';

/**
 * Request states that leave a push unsettled: sent with no usable reply (`sending`, `uncertain`),
 * accepted and not yet finished (`accepted`), or given up on by Codat while Xero may still write
 * it (`timed-out`).
 */
const UNSETTLED = new Set<PushChunkRecord['state']>([
  'sending',
  'uncertain',
  'accepted',
  'timed-out',
]);

/** Whether some request of the push may or may not have been written: keep the checkpoint. */
export function isUnsettled(checkpoint: PushCheckpoint): boolean {
  return checkpoint.chunks.some((chunk) => UNSETTLED.has(chunk.state));
}

/** How many requests, from the first, Codat confirmed written. Requests go one after another. */
function confirmedChunks(checkpoint: PushCheckpoint): number {
  const firstNot = checkpoint.chunks.findIndex((chunk) => chunk.state !== 'success');
  return firstNot === -1 ? checkpoint.chunks.length : firstNot;
}

/** Lines in the requests Codat confirmed written, from the first. */
export function confirmedLines(checkpoint: PushCheckpoint): number {
  return checkpoint.chunks
    .slice(0, confirmedChunks(checkpoint))
    .reduce((sum, chunk) => sum + chunk.count, 0);
}

/**
 * Where the account's cursor belongs after this checkpoint: the last line of the last request
 * confirmed written, or `null` when none is.
 */
export function confirmedCursor(
  checkpoint: PushCheckpoint,
  chunkEndDates: readonly string[],
): PushCursor | null {
  const count = confirmedChunks(checkpoint);
  const last = checkpoint.chunks[count - 1];
  const lastDate = chunkEndDates[count - 1];
  return last && lastDate ? { lastTransactionId: last.lastId, lastDate } : null;
}

/** The date of each request's last line, the requests being the checkpoint's, in order. */
export function chunkEndDates(
  checkpoint: PushCheckpoint,
  lines: readonly BankTransaction[],
): string[] {
  let end = 0;
  return checkpoint.chunks.map((chunk) => {
    end += chunk.count;
    return lines[end - 1]?.date ?? '';
  });
}

/** The write operations of a push, in request order. */
export function operationKeysOf(checkpoint: PushCheckpoint): string[] {
  return checkpoint.chunks.flatMap((chunk) =>
    chunk.pushOperationKey ? [chunk.pushOperationKey] : [],
  );
}
