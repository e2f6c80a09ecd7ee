import {
  CreateBankTransactionsResponseSchema,
  CreateBankTransactionsSchema,
  PushOperationSchema,
  pagedSchema,
  validateBankTransactions,
  type BankTransactionInput,
  type Page,
  type PushOperationBody,
  type TransactionFinding,
  type ValidationItem,
} from '@bankfeeds/model';
import type { FakeContext } from './context';
import {
  badRequest,
  bankFeedsDisabled,
  connectionNotLinked,
  pushOperationNotFound,
} from './errors';
import { accountsOf, requireCompany, requireConnection, requireSourceAccount } from './lookup';
import { pageOf, type RawPageQuery } from './paging';
import type { PushOperationRecord, PushOutcome, WireOf } from './state';
import { checkedReply } from './validate';

/** The reply to a transactions push: the operation with the request echoed. */
export type PushReplyBody = WireOf<typeof CreateBankTransactionsResponseSchema>;

const PushOperationPageSchema = pagedSchema(PushOperationSchema);

/** The text of a failed operation, pointing at its validation items (as Codat words it). */
export const PUSH_FAILED_TEXT =
  'An error occurred in a downstream service. See the validation property for more information.';

const MINUTE_MS = 60_000;

/** Query parameters of the push. */
export interface PushQuery {
  /** Minutes Codat waits for Xero before the operation is `TimedOut`; absent: it waits for ever. */
  timeoutInMinutes?: string | null;
  allowSyncOnPushComplete?: string | null;
}

/** A rule finding as a Codat validation item: the transaction id, the message, the rule's code. */
function toItem(finding: TransactionFinding, accountId: string): ValidationItem {
  return {
    itemId:
      finding.transactionId ??
      (finding.index === null ? accountId : `transactions[${finding.index}]`),
    message: finding.message,
    validatorName: finding.rule,
  };
}

/** Lines as the rules read them: only numbers count as amounts and balances. */
function toRuleInput(line: Record<string, unknown>): BankTransactionInput {
  const text = (value: unknown) => (typeof value === 'string' ? value : null);
  const number = (value: unknown) => (typeof value === 'number' ? value : null);
  return {
    id: text(line.id),
    date: text(line.date),
    amount: number(line.amount),
    balance: number(line.balance),
    transactionType: text(line.transactionType) as BankTransactionInput['transactionType'],
  };
}

/** The echo of a line: the fields Codat knows, as sent. */
function echoLine(line: Record<string, unknown>) {
  const keys = [
    'id',
    'date',
    'description',
    'counterparty',
    'reference',
    'reconciled',
    'amount',
    'balance',
    'transactionType',
  ];
  return Object.fromEntries(keys.filter((key) => key in line).map((key) => [key, line[key]]));
}

function operationToWire(operation: PushOperationRecord): PushOperationBody {
  // Only Xero's answer brings the outcome's fields; TimedOut changes the status alone.
  const settled = operation.status === 'Success' || operation.status === 'Failed';
  return {
    changes: settled ? operation.outcome.changes : [],
    dataType: 'bankTransactions',
    companyId: operation.companyId,
    pushOperationKey: operation.key,
    dataConnectionKey: operation.connectionId,
    requestedOnUtc: operation.requestedOnUtc,
    // Absent while Pending: the API types it as a string, never null.
    ...(operation.completedOnUtc !== null && { completedOnUtc: operation.completedOnUtc }),
    timeoutInMinutes: operation.timeoutInMinutes,
    status: operation.status,
    errorMessage: settled ? operation.outcome.errorMessage : null,
    // Warnings and errors are known when the request is read; they show once it settles.
    validation: settled ? operation.outcome.validation : { errors: [], warnings: [] },
    // 202 while Codat waits for Xero, as Codat's docs describe a pending write (kept by TimedOut).
    statusCode: settled ? operation.outcome.statusCode : 202,
  };
}

/** When Codat gives up on an operation (milliseconds on the fake's clock); `null`: never. */
function deadlineOf(operation: PushOperationRecord): number | null {
  if (operation.timeoutInMinutes === null) return null;
  return Date.parse(operation.requestedOnUtc) + operation.timeoutInMinutes * MINUTE_MS;
}

/**
 * Reveals an operation's state on a read, judged on the fake's clock. Once its deadline has
 * passed, an operation Xero had not finished by then is `TimedOut`: Codat promises not to
 * process it after the deadline, so it writes nothing, even if the read comes later still.
 * Otherwise it stays `Pending` while Xero writes and for its pending reads, then shows its outcome.
 */
function readOperation(ctx: FakeContext, operation: PushOperationRecord): void {
  if (operation.status !== 'Pending') return;
  const time = ctx.peekTime();
  const deadline = deadlineOf(operation);
  if (deadline !== null && time >= deadline && operation.xeroSettlesAt > deadline) {
    operation.status = 'TimedOut';
    ctx.changed({ kind: 'pushSettled', operation });
    return;
  }
  if (time < operation.xeroSettlesAt) return;
  if (operation.readsBeforeSettled > 0) {
    operation.readsBeforeSettled--;
    return;
  }
  operation.status = operation.outcome.status;
  operation.completedOnUtc = ctx.now();
  if (operation.status === 'Success') applyClosingBalance(ctx, operation);
  ctx.changed({ kind: 'pushSettled', operation });
}

/** Xero's rule after a successful write: the last line's balance becomes the account's balance. */
function applyClosingBalance(ctx: FakeContext, operation: PushOperationRecord): void {
  const closingBalance = operation.outcome.closingBalance;
  if (closingBalance === null) return;
  const account = accountsOf(ctx, operation.connectionId).get(operation.accountId);
  if (!account) return;
  account.balance = closingBalance;
  account.modifiedDate = operation.completedOnUtc;
  const target = ctx.state.connections
    .get(operation.connectionId)
    ?.organisation.targets.find((t) => t.id === account.targetAccountId);
  if (target) target.balance = closingBalance;
}

function readLines(body: unknown, accountId: string): Record<string, unknown>[] {
  const request = (body && typeof body === 'object' ? body : {}) as Record<string, unknown>;
  const lines = request.transactions;
  if (
    typeof request.accountId !== 'string' ||
    !Array.isArray(lines) ||
    lines.some((l) => !l || typeof l !== 'object')
  )
    throw badRequest('Error processing request - not valid.', [
      {
        itemId: 'body',
        message: 'The body must be {accountId, transactions: [...]}.',
        validatorName: 'CreateBankTransactions',
      },
    ]);
  if (request.accountId !== accountId)
    throw badRequest(
      `The body's accountId (${request.accountId}) is not the account in the path (${accountId}).`,
    );
  return lines as Record<string, unknown>[];
}

/**
 * `POST …/push/bankAccounts/{accountId}/bankTransactions`. Xero's rules from the model decide
 * the outcome: more than 1000 lines answer 400 at once; any other broken rule makes the
 * operation `Failed` (statusCode 400, one validation error per finding), warnings ride along
 * either way. The reply is always `Pending`; reads of the operation settle it, once Xero has
 * taken `xeroWriteMinutes` to write it, or time it out when `timeoutInMinutes` runs out first.
 */
export function pushBankTransactions(
  ctx: FakeContext,
  companyId: string,
  connectionId: string,
  accountId: string,
  body: unknown,
  query: PushQuery = {},
): PushReplyBody {
  const connection = requireConnection(ctx, companyId, connectionId);
  if (connection.status !== 'Linked') throw connectionNotLinked(connectionId, connection.status);
  if (!connection.organisation.bankFeedsEnabled) throw bankFeedsDisabled();
  const account = requireSourceAccount(ctx, connectionId, accountId);
  const lines = readLines(body, accountId);

  const findings = validateBankTransactions(lines.map(toRuleInput), {
    today: ctx.today,
    accountStatus: account.status,
    openingBalance: account.balance,
  });
  const tooMany = findings.errors.filter((f) => f.rule === 'too-many-transactions');
  if (tooMany.length)
    throw badRequest(
      'Error processing request - not valid.',
      tooMany.map((f) => toItem(f, accountId)),
    );
  const errors = findings.errors.map((f) => toItem(f, accountId));
  if (errors.length === 0) {
    // The rules passed; the model's strict schema still catches wrong field types.
    const strict = CreateBankTransactionsSchema.safeParse({ accountId, transactions: lines });
    if (!strict.success)
      for (const issue of strict.error.issues)
        errors.push({
          itemId: issue.path.map(String).join('.'),
          message: issue.message,
          validatorName: 'schema',
        });
  }
  const warnings = findings.warnings.map((f) => toItem(f, accountId));
  const ok = errors.length === 0;
  const last = lines.at(-1);
  const outcome: PushOutcome = {
    status: ok ? 'Success' : 'Failed',
    statusCode: ok ? 200 : 400,
    errorMessage: ok ? null : PUSH_FAILED_TEXT,
    validation: { errors, warnings },
    changes: ok
      ? lines.map((line) => ({
          type: 'Created' as const,
          recordRef: { id: String(line.id), dataType: 'bankTransactions' },
          attachmentId: null,
        }))
      : [],
    closingBalance: ok && typeof last?.balance === 'number' ? last.balance : null,
  };

  const timeout = Number(query.timeoutInMinutes);
  const requestedOnUtc = ctx.now();
  const operation: PushOperationRecord = {
    key: ctx.random.uuid(),
    companyId,
    connectionId,
    accountId,
    requestedOnUtc,
    completedOnUtc: null,
    timeoutInMinutes: query.timeoutInMinutes != null && Number.isInteger(timeout) ? timeout : null,
    status: 'Pending',
    xeroSettlesAt: Date.parse(requestedOnUtc) + ctx.xeroWriteMinutes * MINUTE_MS,
    readsBeforeSettled: ctx.pendingReads.push,
    outcome,
    data: { accountId, transactions: lines.map(echoLine) },
  };
  ctx.state.pushOperations.set(operation.key, operation);
  return checkedReply(
    CreateBankTransactionsResponseSchema,
    { ...operationToWire(operation), data: operation.data },
    'push reply',
  );
}

/** `GET /companies/{id}/push/{key}`: a read, which may settle the operation. */
export function getPushOperation(
  ctx: FakeContext,
  companyId: string,
  key: string,
): PushOperationBody {
  requireCompany(ctx, companyId);
  const operation = ctx.state.pushOperations.get(key);
  if (!operation || operation.companyId !== companyId) throw pushOperationNotFound(key);
  readOperation(ctx, operation);
  return checkedReply(PushOperationSchema, operationToWire(operation), 'push operation');
}

/** `GET /companies/{id}/push`, paged; listing counts as a read of every operation listed. */
export function listPushOperations(
  ctx: FakeContext,
  companyId: string,
  query: RawPageQuery,
): Page<PushOperationBody> {
  requireCompany(ctx, companyId);
  const operations = [...ctx.state.pushOperations.values()].filter(
    (o) => o.companyId === companyId,
  );
  const first = pageOf(
    operations.map(operationToWire),
    query,
    `/companies/${companyId}/push`,
    'PushOperation',
  );
  for (const listed of first.results)
    readOperation(ctx, ctx.state.pushOperations.get(listed.pushOperationKey)!);
  const page = {
    ...first,
    results: first.results.map((listed) =>
      operationToWire(ctx.state.pushOperations.get(listed.pushOperationKey)!),
    ),
  };
  return checkedReply(PushOperationPageSchema, page, 'push operation page');
}
