import { PUSH_OPERATION_STATUSES, type PushOperationStatus } from '@bankfeeds/model';
import { textAt } from './events';
import type { EventHandler } from './handle-event';

const isPushStatus = (value: string | null): value is PushOperationStatus =>
  (PUSH_OPERATION_STATUSES as readonly (string | null)[]).includes(value);

/**
 * `bankTransactions.write.successful` / `.unsuccessful`: how a write operation ended. The push
 * job settles the saved push that holds it and, after a success, sends the account's remaining
 * lines. A failed write is logged as an error for the bank's operations team: Xero refused the
 * lines, and they go again on the next run.
 */
export const onWriteOutcome: EventHandler = async (context, event, owner) => {
  const pushOperationKey = textAt(event.payload, 'id');
  const status = textAt(event.payload, 'status');
  if (!pushOperationKey || !isPushStatus(status)) return 'ignored: no operation or status';
  const settled = await context.push.settleWrite(owner.customerId, {
    pushOperationKey,
    status,
    connectionId: textAt(event.payload, 'connectionId'),
  });
  if (!settled) return 'ignored: no unsettled push holds this write';
  const fields = {
    customerId: owner.customerId,
    companyId: owner.companyId,
    sourceAccountId: settled.sourceAccountId,
    pushOperationKey,
    status,
  };
  if (status === 'Failed') context.log.error('push write failed', fields);
  else context.log.info('push write settled', { ...fields, adopted: settled.adopted });
  return settled.pushed
    ? `settled: ${status}; pushed: ${settled.pushed.outcome}`
    : `settled: ${status}`;
};
