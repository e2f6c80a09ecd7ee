import type { PushOperation } from '@bankfeeds/model';
import { BankFeedsError } from '../http/errors';
import { resolveClock, type Clock } from '../internal/clock';
import { pollDelay, resolvePoll, type PollOptions } from '../internal/poll';
import { isUncertain } from './checkpoint';
import { settlePushOperation, verdictOf } from './operation-verdict';
import type { PushTarget } from './push-target';
import type { PushCheckpoint, PushChunkRecord, PushResolution } from './push.types';

/** How Codat's record is read to settle requests in doubt. */
export interface ReconcileOptions {
  /** How long to wait for the connection's `Pending` writes to settle. @default DEFAULT_POLL */
  poll?: Partial<PollOptions>;
  clock?: Partial<Clock>;
  signal?: AbortSignal;
  /** How far the client's clock may run ahead of Codat's. @default 300000 */
  clockSkewMs?: number;
}

/**
 * What Codat's record says of one request in doubt: `written` (by `operation`), `not-written`
 * (every write of the connection since it left has settled and none is it: safe to send again),
 * or `undecided` (writes still `Pending` after the poll budget, or more than one write created its
 * lines), with the error to report.
 */
export type Reconciled =
  | { kind: 'written'; operation: PushOperation; resolution: PushResolution }
  | { kind: 'not-written' }
  | { kind: 'undecided'; error: BankFeedsError };

/** The default of {@link ReconcileOptions.clockSkewMs}: five minutes, the kit's assumption. */
export const DEFAULT_CLOCK_SKEW_MS = 300_000;

/** Writes read in any case, whatever the clocks say: the company's newest page. */
const PAGE = 100;

/**
 * The connection's writes, newest first, down to the first one requested before `since` (ms)
 * once a whole page has been read. Time only bounds the reading: a client clock ahead of Codat's
 * by more than the allowance still finds its request among the company's newest writes.
 */
async function writesSince(
  target: PushTarget,
  since: number,
  signal: AbortSignal | undefined,
): Promise<PushOperation[]> {
  const found: PushOperation[] = [];
  const listed = target.client.iteratePushOperations(
    target.companyId,
    { orderBy: '-requestedOnUtc', pageSize: PAGE },
    { signal },
  );
  let read = 0;
  for await (const operation of listed) {
    // Newest first: once one is older than the request, the rest are too.
    if (++read > PAGE && Date.parse(operation.requestedOnUtc) < since) break;
    if (operation.dataConnectionKey === target.connectionId) found.push(operation);
  }
  return found;
}

/**
 * Reads Codat's record of the connection's writes to learn what became of a request that went
 * out without a usable reply: the write that created its lines (or refused exactly them as
 * duplicates). While writes of the connection it read are still `Pending` (a pending write lists
 * no changes yet) it waits, polling; once all have settled and none is it, Codat never wrote it.
 * `ids` are the request's line ids when known (a closer match than first and last).
 */
export async function reconcileRequest(
  target: PushTarget,
  chunk: PushChunkRecord,
  options: ReconcileOptions = {},
  ids?: readonly string[],
): Promise<Reconciled> {
  const clock = resolveClock(options.clock);
  const poll = resolvePoll(options.poll);
  const skew = options.clockSkewMs ?? DEFAULT_CLOCK_SKEW_MS;
  // A checkpoint from an older version has no time: every write of the connection is looked at.
  const since = chunk.sentAt ? Date.parse(chunk.sentAt) - skew : -Infinity;
  for (let attempt = 0; ; attempt++) {
    const writes = await writesSince(target, since, options.signal);
    const written = writes.flatMap((operation) => {
      const verdict = verdictOf(operation, chunk, false, ids);
      return verdict.kind === 'written' ? [{ operation, resolution: verdict.resolution! }] : [];
    });
    const creators = written.filter((match) => match.resolution === 'reconciled');
    if (creators.length > 1) {
      return undecided(
        `${creators.length} writes of this connection created the lines of request ${chunk.index}; nothing is sent until someone looks.`,
        'conflict',
      );
    }
    // A write that created the lines wins over a duplicate refusal of them (its later copy).
    const match = creators[0] ?? written[0];
    if (match) return { kind: 'written', ...match };
    if (!writes.some((operation) => operation.status === 'Pending')) return { kind: 'not-written' };
    if (attempt + 1 >= poll.maxAttempts) {
      return undecided(
        `Writes of this connection are still pending; request ${chunk.index} may be one of them.`,
        'push-timed-out',
      );
    }
    await clock.sleep(pollDelay(attempt, poll), options.signal).catch((cause: unknown) => {
      throw new BankFeedsError('The push was cancelled.', { code: 'aborted', cause });
    });
  }
}

function undecided(message: string, code: 'conflict' | 'push-timed-out'): Reconciled {
  return { kind: 'undecided', error: new BankFeedsError(message, { code, retryable: false }) };
}

/** The result of {@link reconcilePush}. */
export interface ReconciledPush {
  /** The checkpoint with what Codat's record settled (a copy). */
  checkpoint: PushCheckpoint;
  /** Requests in doubt that Codat's record shows were never written: safe to send again. */
  notWritten: number[];
  /** Requests still in doubt, with why. */
  undecided: Array<{ index: number; error: BankFeedsError }>;
}

/**
 * Settles a saved push's requests in doubt from Codat's record, without sending anything: each
 * request that went out without a reply (`sending`/`uncertain`) is looked for among the
 * connection's writes (see {@link reconcileRequest}), and each `accepted` or `timed-out` request's
 * own operation is read again (a timed-out write that landed lists its lines; when it lists none, Codat's record is read as for a request in doubt, since an earlier copy may hold them). Written requests
 * become `success`; requests Codat never wrote become `pending` and are listed in `notWritten`.
 * `pushTransactions` does the same on resume; call this where a push is not about to be resumed
 * (a scheduled job, an operator's screen).
 */
export async function reconcilePush(
  target: PushTarget,
  checkpoint: PushCheckpoint,
  options: ReconcileOptions = {},
): Promise<ReconciledPush> {
  let next = structuredClone(checkpoint);
  const notWritten: number[] = [];
  const left: ReconciledPush['undecided'] = [];
  const fromRecord = async (chunk: PushChunkRecord) => {
    const found = await reconcileRequest(target, chunk, options);
    if (found.kind === 'written') {
      // The write that holds the lines may be an earlier copy: it settles this request by its key.
      Object.assign(next.chunks[chunk.index]!, {
        state: 'success',
        pushOperationKey: found.operation.pushOperationKey,
        resolution: found.resolution,
      });
    } else if (found.kind === 'not-written') {
      next.chunks[chunk.index]!.state = 'pending';
      notWritten.push(chunk.index);
    } else left.push({ index: chunk.index, error: found.error });
  };
  for (const chunk of checkpoint.chunks) {
    if (isUncertain(chunk)) {
      await fromRecord(chunk);
    } else if (
      (chunk.state === 'accepted' || chunk.state === 'timed-out') &&
      chunk.pushOperationKey
    ) {
      const operation = await target.client.getPushOperation(
        target.companyId,
        chunk.pushOperationKey,
        { signal: options.signal },
      );
      next = settlePushOperation(next, operation)?.checkpoint ?? next;
      // As on resume: a timed-out copy whose own operation lists nothing may have an earlier copy
      // that landed (its operation lists the lines), so Codat's record of the connection decides.
      if (chunk.state === 'timed-out' && next.chunks[chunk.index]!.state === 'timed-out')
        await fromRecord(next.chunks[chunk.index]!);
    }
  }
  return { checkpoint: next, notWritten, undecided: left };
}
