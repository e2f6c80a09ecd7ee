import {
  isBankFeedsError,
  pushTransactions,
  type BankFeedsClient,
  type BankTransaction,
  type PushCheckpoint,
} from '@bankfeeds/client';
import type { SourceAccount } from '@bankfeeds/model';
import type { CustomerDirectory } from '../bank';
import type { AccountPushState, BankFeedsStore, SavedPush } from '../store/types';
import { LEASE_LOST, type AccountLease } from './account-lease';
import {
  chunkEndDates,
  confirmedCursor,
  confirmedLines,
  isUnsettled,
  operationKeysOf,
} from './checkpoint-state';
import type { AccountPushResult } from './types';

/** What one push run needs from the job. */
export interface PushContext {
  codat: BankFeedsClient;
  store: BankFeedsStore;
  customers: CustomerDirectory;
  today: () => string;
  pollIntervalMs: number;
  pollAttempts: number;
}

/** Where one account's lines go. */
export interface PushTarget {
  customerId: string;
  companyId: string;
  connectionId: string;
  account: SourceAccount;
}

/** A result with nothing sent yet. */
export const emptyResult = (sourceAccountId: string): AccountPushResult => ({
  sourceAccountId,
  outcome: 'skipped',
  sent: 0,
  pushOperationKeys: [],
  errors: [],
  warnings: [],
});

/** A result that stopped on an error before or outside Codat's verdict. */
export const errorResult = (
  sourceAccountId: string,
  code: string,
  message: string,
): AccountPushResult => ({
  ...emptyResult(sourceAccountId),
  outcome: 'error',
  code,
  errors: [message],
});

/**
 * The lines a saved push was over, read again from the bank: the first `totalLines` after where
 * it started. `null` when the bank's history no longer gives the same lines (a line removed or
 * inserted before the end), in which case nothing may be sent until someone looks.
 */
function linesOfSavedPush(
  available: readonly BankTransaction[],
  checkpoint: PushCheckpoint,
): BankTransaction[] | null {
  const lines = available.slice(0, checkpoint.totalLines);
  const lastId = checkpoint.chunks.at(-1)?.lastId;
  return lines.length === checkpoint.totalLines && lines.at(-1)?.id === lastId ? lines : null;
}

/**
 * One push over one set of lines: the lines after the account's cursor, or, given a saved push,
 * that push's very lines resumed from its checkpoint. Each checkpoint the kit reports is stored
 * with the cursor it implies, in ONE `save` (one transaction): the saved push while unsettled,
 * deleted once it is not, and the cursor on the last line of the last request Codat confirmed
 * written. A cursor and a saved push therefore never disagree, even if the process dies between
 * two checkpoints. Nothing is written once the account's lease is lost.
 */
export async function runPush(
  ctx: PushContext,
  { customerId, companyId, connectionId, account }: PushTarget,
  state: AccountPushState,
  lease: AccountLease,
  signal: AbortSignal,
): Promise<AccountPushResult> {
  const today = ctx.today();
  const result = emptyResult(account.id);
  const { saved } = state;
  const startAfterId = saved ? saved.startAfterId : (state.cursor?.lastTransactionId ?? null);
  const fromDate = saved ? saved.fromDate : (account.feedStartDate ?? today);
  const available = await ctx.customers.listTransactions(customerId, account.id, {
    afterId: startAfterId,
    fromDate,
  });
  const lines = saved ? linesOfSavedPush(available, saved.checkpoint) : available;
  if (!lines) {
    return errorResult(
      account.id,
      'checkpoint-mismatch',
      'The lines of the unsettled push changed; nothing was sent.',
    );
  }
  if (lines.length === 0) return result;

  const keep = async (checkpoint: PushCheckpoint) => {
    await lease.ensure();
    const ends = chunkEndDates(checkpoint, lines);
    const cursor = confirmedCursor(checkpoint, ends);
    const next: SavedPush | null = isUnsettled(checkpoint)
      ? { connectionId, startAfterId, fromDate, chunkEndDates: ends, checkpoint }
      : null;
    await ctx.store.pushes.save(companyId, account.id, {
      saved: next,
      ...(cursor && { cursor }),
    });
  };
  const initial = saved?.checkpoint ?? null;
  let latest = initial;
  // The kit awaits each save before it goes on, so a request never leaves before the record
  // that it is being sent is stored.
  const onCheckpoint = (checkpoint: PushCheckpoint) => {
    latest = checkpoint;
    return keep(checkpoint);
  };

  try {
    const pushed = await pushTransactions(
      { client: ctx.codat, companyId, connectionId, accountId: account.id },
      lines,
      {
        today,
        accountStatus: account.status,
        checkpoint: initial,
        chunkSize: initial?.chunkSize,
        onCheckpoint,
        signal,
        poll: { initialDelayMs: ctx.pollIntervalMs, maxAttempts: ctx.pollAttempts },
      },
    );
    latest = pushed.checkpoint;
    result.outcome = pushed.status;
    result.warnings = pushed.validation.warnings.map((finding) => finding.message);
    result.errors = [
      ...pushed.validation.errors.map((finding) => finding.message),
      ...(pushed.error ? [pushed.error.message] : []),
      ...(pushed.error?.validation.errors.map((item) => item.message ?? '').filter(Boolean) ?? []),
    ];
    if (pushed.error) result.code = pushed.error.code;
  } catch (error) {
    if (lease.signal.aborted) {
      // Another instance holds the account now: what it stores wins, this run writes nothing.
      result.outcome = 'error';
      result.code = LEASE_LOST;
      result.errors.push('Another instance took over the account; this push stopped.');
      if (latest) result.pushOperationKeys = operationKeysOf(latest);
      return result;
    }
    // Transport failures and refusals of the request itself (403 bank feeds disabled, ...).
    if (!isBankFeedsError(error)) throw error;
    result.outcome = 'error';
    result.code = error.code;
    result.errors.push(error.message);
  }

  if (latest) {
    // Also after an error: a save the kit could not make while failing is made here.
    await keep(latest);
    result.pushOperationKeys = operationKeysOf(latest);
    result.sent = confirmedLines(latest) - (initial ? confirmedLines(initial) : 0);
  }
  return result;
}
