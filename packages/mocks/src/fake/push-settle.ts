import type { FakeContext } from './context';
import { accountsOf } from './lookup';
import { xeroOutcome } from './push-rules';
import type { PushOperationRecord } from './state';
import { writeStatementLines } from './xero-ledger';

const MINUTE_MS = 60_000;

/** When Codat gives up on an operation (milliseconds on the fake's clock); `null`: never. */
export function deadlineOf(operation: PushOperationRecord): number | null {
  if (operation.timeoutInMinutes === null) return null;
  return Date.parse(operation.requestedOnUtc) + operation.timeoutInMinutes * MINUTE_MS;
}

/** Whether Codat gives up on the operation before Xero has written it. */
function timesOut(operation: PushOperationRecord): boolean {
  const deadline = deadlineOf(operation);
  return deadline !== null && deadline < operation.xeroSettlesAt;
}

/** One thing that happens to an operation at a time on the fake's clock. */
interface DueEvent {
  at: number;
  /** The operation's place in the order they were requested: ties go oldest first. */
  order: number;
  kind: 'timeout' | 'write';
  operation: PushOperationRecord;
}

/**
 * Does, in the order they happened, everything whose time has come on the fake's clock: Codat
 * giving up on operations (`TimedOut`) and Xero writing (or refusing) operations, oldest first.
 * Xero works whether or not anyone reads the operation, so the fake calls this before every
 * call that looks at or changes its state: a write whose reply was lost still lands.
 */
export function settleDueWrites(ctx: FakeContext): void {
  const time = ctx.peekTime();
  const due: DueEvent[] = [];
  let order = 0;
  for (const operation of ctx.state.pushOperations.values()) {
    order++;
    if (operation.outcome !== null) continue;
    const late = timesOut(operation);
    const deadline = deadlineOf(operation);
    if (late && operation.status === 'Pending' && deadline! <= time)
      due.push({ at: deadline!, order, kind: 'timeout', operation });
    // With `timedOutWrites: 'never'` Codat drops an operation it gave up on before Xero wrote it.
    if (operation.xeroSettlesAt <= time && !(late && ctx.timedOutWrites === 'never'))
      due.push({ at: operation.xeroSettlesAt, order, kind: 'write', operation });
  }
  due.sort((a, b) => a.at - b.at || a.order - b.order || (a.kind === 'timeout' ? -1 : 1));
  for (const event of due)
    if (event.kind === 'timeout') timeOut(ctx, event.operation);
    else xeroWrites(ctx, event.operation);
}

/** Codat stops waiting: the status alone changes (Codat's docs on push timeouts). */
function timeOut(ctx: FakeContext, operation: PushOperationRecord): void {
  operation.status = 'TimedOut';
  ctx.changed({ kind: 'pushSettled', operation });
}

/**
 * Xero writes the operation (or refuses it) against the account as it is now. A timed-out
 * operation keeps its status; its `changes` then show the lines created. Otherwise the outcome
 * shows at once, or after `pendingReads.push` more reads.
 */
function xeroWrites(ctx: FakeContext, operation: PushOperationRecord): void {
  const outcome = xeroOutcome(ctx, operation);
  operation.outcome = outcome;
  const stamp = ctx.now();
  if (outcome.status === 'Success') {
    writeStatementLines(ctx, operation, stamp);
    applyClosingBalance(ctx, operation, stamp);
  }
  if (operation.status === 'Pending' && operation.readsBeforeSettled === 0)
    reveal(ctx, operation, stamp);
}

function reveal(ctx: FakeContext, operation: PushOperationRecord, stamp: string): void {
  operation.status = operation.outcome!.status;
  operation.completedOnUtc = stamp;
  ctx.changed({ kind: 'pushSettled', operation });
}

/**
 * A read of the operation: once Xero has written it, each read still due to show `Pending`
 * (`pendingReads.push`) is used up, then the outcome shows.
 */
export function readOperation(ctx: FakeContext, operation: PushOperationRecord): void {
  if (operation.status !== 'Pending' || operation.outcome === null) return;
  if (operation.readsBeforeSettled > 0) {
    operation.readsBeforeSettled--;
    return;
  }
  reveal(ctx, operation, ctx.now());
}

/** Xero's rule after a successful write: the last line's balance becomes the account's balance. */
function applyClosingBalance(
  ctx: FakeContext,
  operation: PushOperationRecord,
  stamp: string,
): void {
  const closingBalance = operation.outcome?.closingBalance ?? null;
  if (closingBalance === null) return;
  const account = accountsOf(ctx, operation.connectionId).get(operation.accountId);
  if (!account) return;
  account.balance = closingBalance;
  account.modifiedDate = stamp;
  const target = ctx.state.connections
    .get(operation.connectionId)
    ?.organisation.targets.find((t) => t.id === account.targetAccountId);
  if (target) target.balance = closingBalance;
}
