import { PUSH_OPERATION_STATUSES, type PushOperationStatus } from '@bankfeeds/model';
import { settleWrite } from '../feeds/settle-write';
import { textAt } from './events';
import type { EventHandler } from './handle-event';
import { pushIfConnected } from './on-source-account';

const isPushStatus = (value: string | null): value is PushOperationStatus =>
  (PUSH_OPERATION_STATUSES as readonly (string | null)[]).includes(value);

/**
 * `bankTransactions.write.successful` / `.unsuccessful`: how a write operation ended. Settles
 * the saved push that holds it (see `settleWrite`); once a push is settled by a success, the
 * account's remaining lines are sent. A failed write is logged as an error for the bank's
 * operations team: Xero refused the lines, and they go again on the next run.
 */
export const onWriteOutcome: EventHandler = async (deps, event, owner) => {
  const pushOperationKey = textAt(event.payload, 'id');
  const status = textAt(event.payload, 'status');
  if (!pushOperationKey || !isPushStatus(status)) return 'ignored: no operation or status';
  const settled = await settleWrite(deps, owner.companyId, {
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
  if (status === 'Failed') deps.log.error('push write failed', fields);
  else deps.log.info('push write settled', { ...fields, adopted: settled.adopted });

  if (!settled.settled || status !== 'Success' || !owner.connectionId) return `settled: ${status}`;
  const outcome = await pushIfConnected(deps, owner, owner.connectionId, settled.sourceAccountId);
  return outcome ? `settled: ${status}; pushed: ${outcome}` : `settled: ${status}`;
};
