import type { BankFeedsContext } from '../context';
import { companyOf, type CodatEvent } from './events';
import { onConnectionDeleted, onConnectionLinked, onConnectionLost } from './on-connection';
import { onSourceAccountConnected, onSourceAccountDisconnected } from './on-source-account';
import { onWriteOutcome } from './on-write';

/** The bank's customer an event is about, found through the company it names. */
export interface EventOwner {
  customerId: string;
  companyId: string;
  /** The customer's Xero connection as the bank knows it (`null` before one is created). */
  connectionId: string | null;
}

/** Handles one event type; answers what it did, for the log. */
export type EventHandler = (
  context: BankFeedsContext,
  event: CodatEvent,
  owner: EventOwner,
) => Promise<string>;

/** The event types acted on. Any other is answered 2xx and ignored. */
const HANDLERS = new Map<string, EventHandler>([
  ['bankFeeds.sourceAccount.connected', onSourceAccountConnected],
  ['bankFeeds.sourceAccount.disconnected', onSourceAccountDisconnected],
  ['connection.connected', onConnectionLinked],
  ['connection.reconnected', onConnectionLinked],
  ['connection.disconnected', onConnectionLost],
  ['connection.deleted', onConnectionDeleted],
  ['bankTransactions.write.successful', onWriteOutcome],
  ['bankTransactions.write.unsuccessful', onWriteOutcome],
]);

/**
 * Acts on one verified event and answers what it did. Events of types not handled, and events
 * about companies that are not one of the bank's customers', are ignored.
 */
export async function handleEvent(context: BankFeedsContext, event: CodatEvent): Promise<string> {
  const handler = HANDLERS.get(event.eventType);
  if (!handler) return 'ignored: event type not handled';
  const companyId = companyOf(event);
  const link = companyId ? await context.store.links.findByCompany(companyId) : null;
  if (!companyId || !link) return 'ignored: not a customer’s company';
  return handler(context, event, {
    customerId: link.customerId,
    companyId,
    connectionId: link.connectionId,
  });
}
