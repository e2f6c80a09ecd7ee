import {
  isBankFeedsError,
  pushTransactions,
  type BankTransaction,
  type PushCheckpoint,
  type PushOutcome,
} from '@bankfeeds/client';
import type { SourceAccount } from '@bankfeeds/model';
import type { ServerDeps } from '../deps';
import type { SavedPush } from '../store/push-checkpoints';
import { withAccountLock } from './account-lock';
import { confirmedCursor, confirmedLines, isUnsettled } from './push-checkpoint';

/** How one source account's push went. */
export interface AccountPushResult {
  sourceAccountId: string;
  /**
   * `skipped`: nothing new to send; `error`: the call itself failed (see `code`); otherwise the
   * kit's push outcome (`success`, `invalid`, `failed`, `timed-out`, `uncertain`).
   */
  outcome: PushOutcome | 'skipped' | 'error';
  /** Lines Codat confirmed written in this run. */
  sent: number;
  /** Write operations of the push, in order (a resumed push lists its earlier ones too). */
  pushOperationKeys: string[];
  errors: string[];
  warnings: string[];
  /** The stable error code when the push stopped on an error (`bank-feeds-disabled`, ...). */
  code?: string;
}

/** What a push run did for one customer. */
export interface PushSummary {
  companyId: string;
  results: AccountPushResult[];
}

/** Where one account's lines go. */
interface PushTarget {
  customerId: string;
  companyId: string;
  connectionId: string;
  account: SourceAccount;
}

const emptyResult = (sourceAccountId: string): AccountPushResult => ({
  sourceAccountId,
  outcome: 'skipped',
  sent: 0,
  pushOperationKeys: [],
  errors: [],
  warnings: [],
});

/** The date of each request's last line, the requests being the checkpoint's, in order. */
function chunkEndDates(checkpoint: PushCheckpoint, lines: readonly BankTransaction[]): string[] {
  let end = 0;
  return checkpoint.chunks.map((chunk) => {
    end += chunk.count;
    return lines[end - 1]?.date ?? '';
  });
}

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
 * that push's very lines resumed from its checkpoint. Every checkpoint the kit reports is kept
 * while the push is unsettled and dropped once it is not, and the cursor follows the requests
 * Codat confirmed written (also when the push stops on an error).
 */
async function runPush(
  deps: ServerDeps,
  { customerId, companyId, connectionId, account }: PushTarget,
  saved: SavedPush | null,
): Promise<AccountPushResult> {
  const today = deps.today();
  const result = emptyResult(account.id);
  const cursor = saved ? null : await deps.cursors.get(companyId, account.id);
  const startAfterId = saved ? saved.startAfterId : (cursor?.lastTransactionId ?? null);
  const fromDate = saved ? saved.fromDate : (account.feedStartDate ?? today);
  const available = await deps.customers.listTransactions(customerId, account.id, {
    afterId: startAfterId,
    fromDate,
  });
  const lines = saved ? linesOfSavedPush(available, saved.checkpoint) : available;
  if (!lines) {
    result.outcome = 'error';
    result.code = 'checkpoint-mismatch';
    result.errors.push('The lines of the unsettled push changed; nothing was sent.');
    return result;
  }
  if (lines.length === 0) return result;

  const keep = async (checkpoint: PushCheckpoint) => {
    if (!isUnsettled(checkpoint)) return deps.pushCheckpoints.delete(companyId, account.id);
    await deps.pushCheckpoints.set(companyId, account.id, {
      connectionId,
      startAfterId,
      fromDate,
      chunkEndDates: chunkEndDates(checkpoint, lines),
      checkpoint,
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
      { client: deps.codat, companyId, connectionId, accountId: account.id },
      lines,
      {
        today,
        accountStatus: account.status,
        checkpoint: initial,
        chunkSize: initial?.chunkSize,
        onCheckpoint,
        poll: {
          initialDelayMs: deps.pushPollIntervalMs ?? 1000,
          maxAttempts: deps.pushPollAttempts ?? 30,
        },
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
    // Transport failures and refusals of the request itself (403 bank feeds disabled, ...).
    if (!isBankFeedsError(error)) throw error;
    result.outcome = 'error';
    result.code = error.code;
    result.errors.push(error.message);
  }

  if (latest) {
    await keep(latest);
    result.pushOperationKeys = latest.chunks.flatMap((chunk) =>
      chunk.pushOperationKey ? [chunk.pushOperationKey] : [],
    );
    result.sent = confirmedLines(latest) - (initial ? confirmedLines(initial) : 0);
    const next = confirmedCursor(latest, chunkEndDates(latest, lines));
    if (next) await deps.cursors.set(companyId, account.id, next);
  }
  return result;
}

/** Two runs of one account as one result: a resumed push, then the lines after it. */
function combine(first: AccountPushResult, second: AccountPushResult): AccountPushResult {
  return {
    ...second,
    outcome: second.outcome === 'skipped' ? first.outcome : second.outcome,
    sent: first.sent + second.sent,
    pushOperationKeys: [...first.pushOperationKeys, ...second.pushOperationKeys],
    errors: [...first.errors, ...second.errors],
    warnings: [...first.warnings, ...second.warnings],
  };
}

/**
 * Sends one connected account's new lines with the kit's `pushTransactions` (Xero's rules
 * checked first, requests of at most 1000, each write operation followed to its end), starting
 * after the account's cursor, or at its feed start date the first time. The cursor moves to the
 * last line of the last request confirmed written, so a failure resends from there, never skips.
 *
 * A push that ends `timed-out` or `uncertain` (or stops on a transport error after a request went
 * out) is saved with its checkpoint in `deps.pushCheckpoints`. The next run resumes it first, over
 * the same lines: Codat is asked again about a timed-out write, and a request that went out
 * without a reply is never sent again (the run answers `uncertain`) until a
 * `bankTransactions.write.*` webhook settles it. Only then are newer lines sent.
 *
 * Runs for one account never overlap (in this process), whoever starts them.
 */
export function pushAccount(
  deps: ServerDeps,
  customerId: string,
  companyId: string,
  connectionId: string,
  account: SourceAccount,
): Promise<AccountPushResult> {
  const target = { customerId, companyId, connectionId, account };
  return withAccountLock(deps, companyId, account.id, async () => {
    const saved = await deps.pushCheckpoints.get(companyId, account.id);
    if (!saved) return runPush(deps, target, null);
    const resumed = await runPush(deps, target, saved);
    if (resumed.outcome !== 'success') return resumed;
    return combine(resumed, await runPush(deps, target, null));
  });
}

/** Logs one account's push outcome (never the lines themselves). */
export function logPush(
  deps: ServerDeps,
  customerId: string,
  companyId: string,
  pushed: AccountPushResult,
): void {
  deps.log.info('push', {
    customerId,
    companyId,
    sourceAccountId: pushed.sourceAccountId,
    outcome: pushed.outcome,
    sent: pushed.sent,
    code: pushed.code,
  });
}

/**
 * Pushes new transactions for every `connected` source account of the customer's Xero connection.
 * Accounts not connected are left alone. Call it on request, on a schedule; the
 * `bankFeeds.sourceAccount.connected` webhook pushes the one account it names.
 */
export async function pushForCustomer(
  deps: ServerDeps,
  customerId: string,
): Promise<PushSummary | null> {
  const link = await deps.links.get(customerId);
  if (!link?.connectionId) return null;
  const { companyId, connectionId } = link;
  const accounts = await deps.codat.listSourceAccounts(companyId, connectionId);
  const results: AccountPushResult[] = [];
  // One account after the other: Codat allows few concurrent requests per client.
  for (const account of accounts.filter((item) => item.status === 'connected')) {
    const pushed = await pushAccount(deps, customerId, companyId, connectionId, account);
    logPush(deps, customerId, companyId, pushed);
    results.push(pushed);
  }
  return { companyId, results };
}
