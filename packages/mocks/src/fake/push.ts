import {
  CreateBankTransactionsResponseSchema,
  PushOperationSchema,
  pagedSchema,
  type Page,
  type PushOperationBody,
} from '@bankfeeds/model';
import type { FakeContext } from './context';
import {
  badRequest,
  bankFeedsDisabled,
  connectionNotLinked,
  pushOperationNotFound,
} from './errors';
import { requireCompany, requireConnection, requireSourceAccount } from './lookup';
import { settleMappings } from './mapping';
import { pageOf, type RawPageQuery } from './paging';
import { tooManyLines } from './push-rules';
import { readOperation } from './push-settle';
import type { PushOperationRecord, WireOf } from './state';
import { checkedReply } from './validate';

export { PUSH_FAILED_TEXT, DUPLICATE_STATEMENT_TEXT, DUPLICATE_LINE_TEXT } from './push-rules';

/** The reply to a transactions push: the operation with the request echoed. */
export type PushReplyBody = WireOf<typeof CreateBankTransactionsResponseSchema>;

const PushOperationPageSchema = pagedSchema(PushOperationSchema);

const MINUTE_MS = 60_000;

/** Query parameters of the push. */
export interface PushQuery {
  /** Minutes Codat waits for Xero before the operation is `TimedOut`; absent: it waits for ever. */
  timeoutInMinutes?: string | null;
  allowSyncOnPushComplete?: string | null;
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
  // Only Xero's answer brings the outcome's fields; TimedOut changes the status alone, except
  // that the lines Xero created after Codat gave up show in `changes` (the kit's assumption).
  const outcome = operation.outcome;
  const settled =
    outcome !== null && (operation.status === 'Success' || operation.status === 'Failed');
  const landed = outcome !== null && operation.status === 'TimedOut';
  return {
    changes: settled || landed ? outcome.changes : [],
    dataType: 'bankTransactions',
    companyId: operation.companyId,
    pushOperationKey: operation.key,
    dataConnectionKey: operation.connectionId,
    requestedOnUtc: operation.requestedOnUtc,
    // Absent while Pending: the API types it as a string, never null.
    ...(operation.completedOnUtc !== null && { completedOnUtc: operation.completedOnUtc }),
    timeoutInMinutes: operation.timeoutInMinutes,
    status: operation.status,
    errorMessage: settled ? outcome.errorMessage : null,
    // Warnings and errors are known once Xero has answered; they show once it settles.
    validation: settled ? outcome.validation : { errors: [], warnings: [] },
    // 202 while Codat waits for Xero, as Codat's docs describe a pending write (kept by TimedOut).
    statusCode: settled ? outcome.statusCode : 202,
  };
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
 * `POST …/push/bankAccounts/{accountId}/bankTransactions`. More than 1000 lines answer 400 at
 * once; anything else is a `Pending` operation that Xero writes (or refuses) `xeroWriteMinutes`
 * later on the fake's clock, judged then by Xero's rules from the model and its duplicate check
 * (see `xeroOutcome`), unless `timeoutInMinutes` runs out first (`TimedOut`). A feed whose
 * mapping is still `connecting` is settled first: a push is one of the operations on which Xero
 * creates a new target account (Codat's engineers, reference B3).
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
  const tooMany = tooManyLines(ctx, lines, accountId);
  if (tooMany.length) throw badRequest('Error processing request - not valid.', tooMany);
  if (account.status === 'connecting') settleMappings(ctx, connection);

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
    outcome: null,
    lines,
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
