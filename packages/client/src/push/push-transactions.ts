import {
  errorCodeOf,
  todayIn,
  validateBankTransactions,
  type PushOperation,
} from '@bankfeeds/model';
import { BankFeedsError, isBankFeedsError } from '../http/errors';
import type { BankFeedsClient } from '../http/types';
import { resolveClock } from '../internal/clock';
import { pollDelay, resolvePoll } from '../internal/poll';
import { chunkTransactions } from './chunk';
import type {
  PushCheckpoint,
  PushLine,
  PushProgress,
  PushResult,
  PushTransactionsOptions,
} from './push.types';

/** Where a push goes: one source account on one connection. */
export interface PushTarget {
  client: BankFeedsClient;
  companyId: string;
  connectionId: string;
  accountId: string;
}

function freshCheckpoint(
  accountId: string,
  chunks: PushLine[][],
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
function matches(checkpoint: PushCheckpoint, fresh: PushCheckpoint): boolean {
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

function operationError(operation: PushOperation): BankFeedsError {
  const code =
    operation.status === 'TimedOut' ? 'push-timed-out' : errorCodeOf({ body: operation });
  return new BankFeedsError(
    operation.errorMessage ??
      (operation.status === 'TimedOut'
        ? 'Codat stopped waiting for Xero; the write may still land.'
        : 'The push operation failed.'),
    {
      // A failed operation with no more specific text is a generic push failure.
      code: code === 'unknown' ? 'push-failed' : code,
      status: operation.statusCode,
      validation: operation.validation,
      retryable: false,
    },
  );
}

/**
 * Pushes bank transactions for one source account: checks them with the model's rules first
 * (errors stop it before any request; warnings come back in the result), keeps their order,
 * sends requests of at most 1000 one after another, follows each push operation to
 * `Success`/`Failed`/`TimedOut`, and reports progress. Resumable: pass the last checkpoint back
 * and it carries on where it stopped, never sending a line twice.
 *
 * Rejects with a {@link BankFeedsError} only for transport failures and aborts; Codat's and the
 * rules' verdicts are in the resolved {@link PushResult}.
 */
export async function pushTransactions(
  target: PushTarget,
  lines: readonly PushLine[],
  options: PushTransactionsOptions = {},
): Promise<PushResult> {
  const { client, companyId, connectionId, accountId } = target;
  const clock = resolveClock(options.clock);
  const poll = resolvePoll(options.poll);
  const today = options.today ?? todayIn(options.timeZone, new Date(clock.now()));
  const validation = validateBankTransactions(lines, {
    today,
    accountStatus: options.accountStatus ?? null,
    openingBalance: options.openingBalance ?? null,
    // The whole history is checked at once (ids unique across requests); it is split below.
    maxTransactions: Infinity,
  });
  const size = options.chunkSize ?? 1000;
  const chunks = chunkTransactions(lines, size);
  const fresh = freshCheckpoint(accountId, chunks, size, lines.length);
  if (options.checkpoint && !matches(options.checkpoint, fresh)) {
    throw new BankFeedsError('The checkpoint was saved for other lines or another account.', {
      code: 'invalid-request',
      retryable: false,
    });
  }
  // Work on a copy: the caller's checkpoint object is theirs.
  const checkpoint: PushCheckpoint = structuredClone(options.checkpoint ?? fresh);
  const operations: PushOperation[] = [];
  const result = (
    status: PushResult['status'],
    stoppedAt: number | null = null,
    error: BankFeedsError | null = null,
  ): PushResult => ({
    status,
    validation,
    operations,
    checkpoint: structuredClone(checkpoint),
    stoppedAt,
    error,
  });

  if (!validation.ok) return result('invalid');

  // Awaited, so a checkpoint saved to a database is stored before the request it describes
  // leaves: a crash in between cannot lose the record of a request that went out.
  const save = async () => {
    await options.onCheckpoint?.(structuredClone(checkpoint));
  };
  const progress = (currentChunk: number | null, phase: PushProgress['phase']) => {
    let sentLines = 0;
    let confirmedLines = 0;
    for (const chunk of checkpoint.chunks) {
      if (chunk.state !== 'pending' && chunk.state !== 'sending') sentLines += chunk.count;
      if (chunk.state === 'success') confirmedLines += chunk.count;
    }
    options.onProgress?.({
      totalLines: lines.length,
      sentLines,
      confirmedLines,
      chunkCount: chunks.length,
      currentChunk,
      phase,
    });
  };
  const signal = options.signal;
  const abortedError = () =>
    new BankFeedsError('The push was cancelled.', { code: 'aborted', cause: signal?.reason });

  for (const record of checkpoint.chunks) {
    if (record.state === 'success') continue;
    if (record.state === 'sending') {
      if (!options.resendUncertain) {
        return result(
          'uncertain',
          record.index,
          new BankFeedsError(
            'A request of this push went out without a reply; it is not sent again unless resendUncertain is set.',
            { code: 'network-error', retryable: false },
          ),
        );
      }
      record.state = 'pending';
    }
    // A failed operation wrote nothing, so its lines may go again.
    if (record.state === 'failed') record.state = 'pending';

    if (record.state === 'pending') {
      if (signal?.aborted) throw abortedError();
      record.state = 'sending';
      await save();
      progress(record.index, 'sending');
      try {
        const reply = await client.pushBankTransactions(
          companyId,
          connectionId,
          accountId,
          chunks[record.index]!,
          { signal, timeoutInMinutes: options.timeoutInMinutes },
        );
        record.state = 'accepted';
        record.pushOperationKey = reply.pushOperationKey;
        operations[record.index] = reply;
      } catch (error) {
        // A reply with a status means Codat refused the request: nothing was written.
        if (isBankFeedsError(error) && error.status !== null) record.state = 'pending';
        // The request's error is the one to report. If this save fails, the stored checkpoint
        // still says `sending`, and a resume treats the request as uncertain: the safe side.
        await save().catch(() => undefined);
        throw error;
      }
      await save();
    }

    // Follow the operation (a `timed-out` one is checked again: the write may have landed).
    let operation = operations[record.index];
    for (let attempt = 0; !operation || operation.status === 'Pending'; attempt++) {
      if (attempt >= poll.maxAttempts) {
        return result(
          'timed-out',
          record.index,
          new BankFeedsError('The push operation is still pending.', { code: 'push-timed-out' }),
        );
      }
      progress(record.index, 'confirming');
      try {
        await clock.sleep(pollDelay(attempt, poll), signal);
      } catch {
        throw abortedError();
      }
      try {
        operation = await client.getPushOperation(companyId, record.pushOperationKey!, { signal });
        operations[record.index] = operation;
      } catch (error) {
        if (!isBankFeedsError(error) || !error.retryable) throw error;
      }
    }
    if (operation.status === 'Success') {
      record.state = 'success';
      await save();
      continue;
    }
    record.state = operation.status === 'Failed' ? 'failed' : 'timed-out';
    await save();
    progress(null, 'done');
    return result(
      operation.status === 'Failed' ? 'failed' : 'timed-out',
      record.index,
      operationError(operation),
    );
  }
  progress(null, 'done');
  return result('success');
}
