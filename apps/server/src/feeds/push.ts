import { isBankFeedsError } from '@bankfeeds/client';
import {
  MAX_TRANSACTIONS_PER_REQUEST,
  validateBankTransactions,
  type BankTransaction,
  type PushOperationStatus,
  type SourceAccount,
} from '@bankfeeds/model';
import type { ServerDeps } from '../deps';

/** How one source account's push went. */
export interface AccountPushResult {
  sourceAccountId: string;
  /** `skipped`: nothing new to send; `invalid`: refused before sending, see `errors`. */
  outcome: PushOperationStatus | 'skipped' | 'invalid' | 'error';
  /** Lines Codat accepted in this run. */
  sent: number;
  /** Write operations started, in order (keep them to follow up a `Pending` or `TimedOut`). */
  pushOperationKeys: string[];
  errors: string[];
  warnings: string[];
  /** The stable error code when the call itself failed (`bank-feeds-disabled`, ...). */
  code?: string;
}

/** What a push run did for one customer. */
export interface PushSummary {
  companyId: string;
  results: AccountPushResult[];
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Follows a write operation until it leaves `Pending`, or gives up and reports it pending. */
async function follow(
  deps: ServerDeps,
  companyId: string,
  pushOperationKey: string,
  first: { status: PushOperationStatus; errors: string[]; warnings: string[] },
) {
  let current = first;
  const attempts = deps.pushPollAttempts ?? 30;
  for (let attempt = 0; current.status === 'Pending' && attempt < attempts; attempt++) {
    await wait(deps.pushPollIntervalMs ?? 1000);
    const operation = await deps.codat.getPushOperation(companyId, pushOperationKey);
    current = {
      status: operation.status,
      errors: messagesOf(operation.validation.errors, operation.errorMessage),
      warnings: messagesOf(operation.validation.warnings),
    };
  }
  return current;
}

function messagesOf(
  items: readonly { message: string | null }[],
  fallback?: string | null,
): string[] {
  const messages = items.map((item) => item.message ?? '').filter(Boolean);
  return messages.length === 0 && fallback ? [fallback] : messages;
}

/**
 * Sends one connected account's new lines, from its cursor (or its feed start date the first
 * time), in requests of at most 1000 lines, checking Xero's rules first. The cursor moves only
 * when a write operation ends in `Success`, so a failure or a crash resends, never skips.
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

  // Checked as a whole (chronology across requests too); split afterwards.
  const check = validateBankTransactions(lines, {
    today,
    accountStatus: account.status,
    maxTransactions: Number.POSITIVE_INFINITY,
  });
  result.warnings.push(...check.warnings.map((finding) => finding.message));
  if (!check.ok) {
    result.outcome = 'invalid';
    result.errors.push(...check.errors.map((finding) => finding.message));
    return result;
  }

  for (let start = 0; start < lines.length; start += MAX_TRANSACTIONS_PER_REQUEST) {
    const chunk: BankTransaction[] = lines.slice(start, start + MAX_TRANSACTIONS_PER_REQUEST);
    try {
      const reply = await deps.codat.pushBankTransactions(
        companyId,
        connectionId,
        account.id,
        chunk,
      );
      result.pushOperationKeys.push(reply.pushOperationKey);
      const settled = await follow(deps, companyId, reply.pushOperationKey, {
        status: reply.status,
        errors: messagesOf(reply.validation.errors, reply.errorMessage),
        warnings: messagesOf(reply.validation.warnings),
      });
      result.outcome = settled.status;
      result.errors.push(...settled.errors);
      result.warnings.push(...settled.warnings);
      if (settled.status !== 'Success') break;
      const last = chunk[chunk.length - 1]!;
      await deps.cursors.set(companyId, account.id, {
        lastTransactionId: last.id,
        lastDate: last.date,
      });
      result.sent += chunk.length;
    } catch (error) {
      if (!isBankFeedsError(error)) throw error;
      result.outcome = 'error';
      result.code = error.code;
      result.errors.push(error.message);
      break;
    }
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
