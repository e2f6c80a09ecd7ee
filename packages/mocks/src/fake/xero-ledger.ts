import type { FakeContext } from './context';
import type { PushOperationRecord, StatementLineRecord } from './state';

/** A statement line as Xero holds it on a source account's feed (a copy). */
export type StatementLine = Readonly<StatementLineRecord>;

/** The lines Xero holds for one source account, in write order (created on first use). */
function linesOf(ctx: FakeContext, connectionId: string, accountId: string): StatementLineRecord[] {
  let accounts = ctx.state.ledger.get(connectionId);
  if (!accounts) {
    accounts = new Map();
    ctx.state.ledger.set(connectionId, accounts);
  }
  let lines = accounts.get(accountId);
  if (!lines) {
    lines = [];
    accounts.set(accountId, lines);
  }
  return lines;
}

/** The transaction ids Xero already holds for an account: its duplicate check reads these. */
export function heldLineIds(
  ctx: FakeContext,
  connectionId: string,
  accountId: string,
): Set<string> {
  return new Set(linesOf(ctx, connectionId, accountId).map((line) => line.id));
}

/** Xero writes an operation's lines to its account's feed, in the order they were sent. */
export function writeStatementLines(
  ctx: FakeContext,
  operation: PushOperationRecord,
  writtenOnUtc: string,
): void {
  const text = (value: unknown) => (typeof value === 'string' ? value : null);
  const ledger = linesOf(ctx, operation.connectionId, operation.accountId);
  for (const line of operation.lines)
    ledger.push({
      id: String(line.id),
      date: String(line.date),
      amount: Number(line.amount),
      balance: typeof line.balance === 'number' ? line.balance : null,
      description: text(line.description),
      counterparty: text(line.counterparty),
      reference: text(line.reference),
      transactionType: text(line.transactionType),
      pushOperationKey: operation.key,
      writtenOnUtc,
    });
}

/** A copy of what Xero holds for an account, in write order; empty when it holds nothing. */
export function statementLines(
  ctx: FakeContext,
  connectionId: string,
  accountId: string,
): StatementLine[] {
  const lines = ctx.state.ledger.get(connectionId)?.get(accountId) ?? [];
  return lines.map((line) => ({ ...line }));
}
