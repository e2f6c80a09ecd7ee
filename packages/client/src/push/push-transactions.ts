import {
  errorCodeOf,
  todayIn,
  validateBankTransactions,
  type PushOperation,
} from '@bankfeeds/model';
import { BankFeedsError, isBankFeedsError } from '../http/errors';
import { resolveClock } from '../internal/clock';
import { pollDelay, resolvePoll } from '../internal/poll';
import {
  alreadyWrittenOf,
  countLines,
  freshCheckpoint,
  isUncertain,
  sameRequests,
} from './checkpoint';
import { chunkTransactions } from './chunk';
import { verdictOf, type Verdict } from './operation-verdict';
import type { PushTarget } from './push-target';
import type {
  PushCheckpoint,
  PushChunkRecord,
  PushProgress,
  PushResult,
  PushLine,
  PushTransactionsOptions,
} from './push.types';
import { reconcileRequest } from './reconcile';

export type { PushTarget } from './push-target';

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
 * Whether a failed send certainly wrote nothing: a 4xx is Codat refusing the request before it
 * writes (a 408 excepted: the server gave up waiting, not the request). A 5xx (a gateway's 502
 * or 504 may come after Codat took it), a timeout, a dropped connection or a 2xx whose body could
 * not be read leave the outcome unknown.
 */
function definitelyRefused(error: unknown): boolean {
  return (
    isBankFeedsError(error) &&
    error.status !== null &&
    error.status >= 400 &&
    error.status < 500 &&
    error.status !== 408
  );
}

/**
 * Pushes bank transactions for one source account: checks them with the model's rules first
 * (errors stop it before any request; warnings come back in the result), keeps their order,
 * sends requests of at most 1000 one after another, follows each push operation to
 * `Success`/`Failed`/`TimedOut`, and reports progress. Resumable: pass the last checkpoint back
 * and it carries on where it stopped, never writing a line twice.
 *
 * Exactly once: a request whose outcome is unknown (5xx, timeout, network drop, unreadable 2xx)
 * is `uncertain` and is never sent again blindly. Codat's record of the connection's writes is
 * read first, in the same run and on resume (see {@link reconcileRequest}): the write that created
 * its lines settles it; only when every write since it left has settled and none is it does it go
 * again. A `timed-out` request is read again on resume; when its operation lists none of its
 * lines, Codat's record is read as for a request in doubt (an earlier copy Codat also gave up on
 * may have landed since), and it is sent again only when no write holds them. Xero's refusal of
 * exactly a request's lines as duplicates counts as written (`alreadyWritten`).
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
  if (options.checkpoint && !sameRequests(options.checkpoint, fresh)) {
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
  ): PushResult => {
    if (status !== 'invalid') progress(null, 'done');
    return {
      status,
      validation,
      operations,
      checkpoint: structuredClone(checkpoint),
      stoppedAt,
      error,
      alreadyWritten: alreadyWrittenOf(checkpoint),
    };
  };
  const progress = (currentChunk: number | null, phase: PushProgress['phase']) => {
    const { sent, confirmed } = countLines(checkpoint);
    options.onProgress?.({
      totalLines: lines.length,
      sentLines: sent,
      confirmedLines: confirmed,
      chunkCount: chunks.length,
      currentChunk,
      phase,
    });
  };

  if (!validation.ok) return result('invalid');

  // Awaited, so a checkpoint saved to a database is stored before the request it describes
  // leaves: a crash in between cannot lose the record of a request that went out.
  const save = async () => {
    await options.onCheckpoint?.(structuredClone(checkpoint));
  };
  const signal = options.signal;
  const abortedError = (cause?: unknown) =>
    new BankFeedsError('The push was cancelled.', {
      code: 'aborted',
      cause: cause ?? signal?.reason,
    });
  const reconcileOptions = { ...options, poll, clock };
  const ids = (record: PushChunkRecord) => chunks[record.index]!.map((line) => line.id);
  const settle = async (record: PushChunkRecord, verdict: Verdict, key: string) => {
    record.pushOperationKey = key;
    if (verdict.kind === 'written') {
      record.state = 'success';
      if (verdict.resolution) record.resolution = verdict.resolution;
    } else if (verdict.kind === 'timed-out') record.state = 'timed-out';
    else record.state = 'failed';
    await save();
  };

  for (const record of checkpoint.chunks) {
    let sends = 0;
    // A timed-out request of an earlier run is read again; only this run's time-out stops it.
    let resumedTimeOut = record.state === 'timed-out';
    while (record.state !== 'success') {
      if (isUncertain(record)) {
        progress(record.index, 'confirming');
        const found = await reconcileRequest(target, record, reconcileOptions, ids(record));
        if (found.kind === 'undecided') {
          record.state = 'uncertain';
          await save();
          return result('uncertain', record.index, found.error);
        }
        if (found.kind === 'written') {
          operations[record.index] = found.operation;
          await settle(
            record,
            { kind: 'written', resolution: found.resolution },
            found.operation.pushOperationKey,
          );
          continue;
        }
        // Every write since it left has settled and none is it: Codat never wrote it.
        record.state = 'pending';
      }
      // A failed operation wrote nothing, so its lines may go again.
      if (record.state === 'failed') record.state = 'pending';

      if (record.state === 'pending') {
        if (signal?.aborted) throw abortedError();
        record.state = 'sending';
        record.sentAt = new Date(clock.now()).toISOString();
        sends++;
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
          record.state = definitelyRefused(error) ? 'pending' : 'uncertain';
          // The request's error is the one to report. If this save fails, the stored checkpoint
          // still says `sending`, which a resume reads as uncertain: the safe side.
          await save().catch(() => undefined);
          if (record.state === 'pending' || signal?.aborted) throw error;
          if (sends >= (options.maxSends ?? 3)) throw error;
          continue;
        }
        await save();
      }

      // Follow the operation (a `timed-out` one is read again: the write may have landed).
      let operation = record.state === 'accepted' ? operations[record.index] : undefined;
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
        } catch (cause) {
          throw abortedError(cause);
        }
        try {
          operation = await client.getPushOperation(companyId, record.pushOperationKey!, {
            signal,
          });
          operations[record.index] = operation;
        } catch (error) {
          if (!isBankFeedsError(error) || !error.retryable) throw error;
        }
      }
      const verdict = verdictOf(operation, record, true, ids(record));
      await settle(record, verdict, operation.pushOperationKey);
      if (verdict.kind === 'written') continue;
      if (verdict.kind === 'timed-out' && resumedTimeOut) {
        // Its own operation shows nothing written, but an earlier copy Codat also gave up on may
        // have landed since (its operation, not this one, lists the lines): read the connection's
        // record as for a request in doubt, and send again only when no write holds its lines.
        // Should this copy's first one land later still, Xero refuses the new one as a duplicate
        // of exactly its lines, which counts as written.
        resumedTimeOut = false;
        record.state = 'uncertain';
        continue;
      }
      return result(
        verdict.kind === 'timed-out' ? 'timed-out' : 'failed',
        record.index,
        operationError(operation),
      );
    }
  }
  return result('success');
}
