import type { PushCheckpoint, PushChunkRecord, PushLine } from './push.types';

/** A new checkpoint for these requests: every one `pending`. */
export function freshCheckpoint(
  accountId: string,
  chunks: readonly PushLine[][],
  size: number,
  total: number,
): PushCheckpoint {
  return {
    version: 1,
    accountId,
    totalLines: total,
    chunkSize: size,
    chunks: chunks.map((lines, index) => ({
      index,
      count: lines.length,
      firstId: lines[0]!.id,
      lastId: lines[lines.length - 1]!.id,
      state: 'pending',
      pushOperationKey: null,
    })),
  };
}

/** Whether a saved checkpoint describes these very lines (same account, same requests). */
export function sameRequests(checkpoint: PushCheckpoint, fresh: PushCheckpoint): boolean {
  return (
    checkpoint.version === 1 &&
    checkpoint.accountId === fresh.accountId &&
    checkpoint.totalLines === fresh.totalLines &&
    checkpoint.chunkSize === fresh.chunkSize &&
    checkpoint.chunks.length === fresh.chunks.length &&
    checkpoint.chunks.every((chunk, i) => {
      const other = fresh.chunks[i]!;
      return (
        chunk.count === other.count &&
        chunk.firstId === other.firstId &&
        chunk.lastId === other.lastId
      );
    })
  );
}

/**
 * Whether a request's outcome is unknown: it went out (`sending` left in a saved checkpoint means
 * the process stopped while it was out) and no reply said what became of it.
 */
export function isUncertain(chunk: PushChunkRecord): boolean {
  return chunk.state === 'sending' || chunk.state === 'uncertain';
}

/** Lines sent and confirmed, for progress. */
export function countLines(checkpoint: PushCheckpoint): { sent: number; confirmed: number } {
  let sent = 0;
  let confirmed = 0;
  for (const chunk of checkpoint.chunks) {
    if (chunk.state !== 'pending' && !isUncertain(chunk)) sent += chunk.count;
    if (chunk.state === 'success') confirmed += chunk.count;
  }
  return { sent, confirmed };
}

/** The indexes of the requests Xero refused as duplicates of exactly their lines. */
export function alreadyWrittenOf(checkpoint: PushCheckpoint): number[] {
  return checkpoint.chunks
    .filter((chunk) => chunk.resolution === 'already-written')
    .map((chunk) => chunk.index);
}
