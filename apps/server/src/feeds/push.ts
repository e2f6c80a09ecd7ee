import { isBankFeedsError, pushTransactions, type PushOutcome } from '@bankfeeds/client';
import type { SourceAccount } from '@bankfeeds/model';
import type { ServerDeps } from '../deps';

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
  /** Write operations started, in order (keep them to follow up a `timed-out`). */
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

/**
 * Sends one connected account's new lines with the kit's `pushTransactions` (Xero's rules
 * checked first, requests of at most 1000, each write operation followed to its end), starting
 * after the account's cursor, or at its feed start date the first time. The cursor moves to the
 * last line of the last request confirmed written, so a failure resends from there, never skips.
 *
 * A `timed-out` or `uncertain` push leaves the cursor where it was: check the account in Xero (or
 * wait for the `bankTransactions.write.*` webhook) before the next run, or keep the result's
 * checkpoint and resume with it.
 */
export async function pushAccount(
  deps: ServerDeps,
  customerId: string,
  companyId: string,
  connectionId: string,
  account: SourceAccount,
): Promise<AccountPushResult> {
  const today = deps.today();
  const result: AccountPushResult = {
    sourceAccountId: account.id,
    outcome: 'skipped',
    sent: 0,
    pushOperationKeys: [],
    errors: [],
    warnings: [],
  };
  const cursor = await deps.cursors.get(companyId, account.id);
  const lines = await deps.customers.listTransactions(customerId, account.id, {
    afterId: cursor?.lastTransactionId ?? null,
    fromDate: account.feedStartDate ?? today,
  });
  if (lines.length === 0) return result;

  try {
    const pushed = await pushTransactions(
      { client: deps.codat, companyId, connectionId, accountId: account.id },
      lines,
      {
        today,
        accountStatus: account.status,
        poll: {
          initialDelayMs: deps.pushPollIntervalMs ?? 1000,
          maxAttempts: deps.pushPollAttempts ?? 30,
        },
      },
    );
    result.outcome = pushed.status;
    result.pushOperationKeys = pushed.operations.map((operation) => operation.pushOperationKey);
    result.warnings = pushed.validation.warnings.map((finding) => finding.message);
    result.errors = [
      ...pushed.validation.errors.map((finding) => finding.message),
      ...(pushed.error ? [pushed.error.message] : []),
      ...(pushed.error?.validation.errors.map((item) => item.message ?? '').filter(Boolean) ?? []),
    ];
    if (pushed.error) result.code = pushed.error.code;

    // Requests go one after another, so the confirmed ones are a prefix of the lines.
    let confirmed = 0;
    for (const chunk of pushed.checkpoint.chunks) {
      if (chunk.state !== 'success') break;
      confirmed += chunk.count;
    }
    result.sent = confirmed;
    const last = lines[confirmed - 1];
    if (last) {
      await deps.cursors.set(companyId, account.id, {
        lastTransactionId: last.id,
        lastDate: last.date,
      });
    }
  } catch (error) {
    // Transport failures and refusals of the request itself (403 bank feeds disabled, ...).
    if (!isBankFeedsError(error)) throw error;
    result.outcome = 'error';
    result.code = error.code;
    result.errors.push(error.message);
  }
  return result;
}

/**
 * Pushes new transactions for every `connected` source account of the customer's Xero connection.
 * Accounts not connected are left alone. Call it on request, on a schedule, or from the
 * `bankFeeds.sourceAccount.connected` webhook.
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
    deps.log.info('push', {
      customerId,
      companyId,
      sourceAccountId: account.id,
      outcome: pushed.outcome,
      sent: pushed.sent,
      code: pushed.code,
    });
    results.push(pushed);
  }
  return { companyId, results };
}
