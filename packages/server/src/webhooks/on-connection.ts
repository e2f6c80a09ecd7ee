import type { BankFeedsContext } from '../context';
import { registerSourceAccounts } from '../feeds/setup';
import type { ConnectionEvent } from '../store/types';
import { textAt, type CodatEvent } from './events';
import type { EventHandler, EventOwner } from './handle-event';

/** The connection an event names, when it is the customer's current one. */
function ownConnection(event: CodatEvent, owner: EventOwner): string | null {
  const connectionId =
    textAt(event.payload, 'connection', 'id') ?? textAt(event.payload, 'connectionId');
  return connectionId && connectionId === owner.connectionId ? connectionId : null;
}

/** When the event happened; one without a readable date counts as happening now. */
function eventTime(event: CodatEvent): string {
  return Number.isNaN(Date.parse(event.generatedDate))
    ? new Date().toISOString()
    : event.generatedDate;
}

/**
 * Records a connection's latest status change. The store keeps it only when no later one is
 * recorded (Svix may deliver a retried `disconnected` after the `reconnected` that followed it);
 * the look before only words the log line.
 */
async function recordConnectionEvent(
  context: BankFeedsContext,
  connectionId: string,
  event: ConnectionEvent,
): Promise<boolean> {
  const latest = await context.store.connectionEvents.get(connectionId);
  await context.store.connectionEvents.set(connectionId, event);
  return !(latest && Date.parse(latest.at) > Date.parse(event.at));
}

/**
 * `connection.disconnected`: the customer disconnected in Xero, or access lapsed. The customer's
 * state becomes `needs-auth` at once, so the portal shows Reconnect (Codat's connection keeps
 * their feeds: re-authorising its `linkUrl` brings them back).
 */
export const onConnectionLost: EventHandler = async (context, event, owner) => {
  const connectionId = ownConnection(event, owner);
  if (!connectionId) return 'ignored: not the customer’s connection';
  const recorded = await recordConnectionEvent(context, connectionId, {
    lost: true,
    at: eventTime(event),
  });
  return recorded ? 'marked: needs reconnecting' : 'ignored: a later connection event is recorded';
};

/**
 * `connection.connected` / `connection.reconnected`: access is back. Clears a loss recorded
 * earlier and registers any account the customer opened since.
 */
export const onConnectionLinked: EventHandler = async (context, event, owner) => {
  const connectionId = ownConnection(event, owner);
  if (!connectionId) return 'ignored: not the customer’s connection';
  const recorded = await recordConnectionEvent(context, connectionId, {
    lost: false,
    at: eventTime(event),
  });
  const accounts = await registerSourceAccounts(
    context,
    owner.customerId,
    owner.companyId,
    connectionId,
  );
  return `${recorded ? 'linked' : 'linked (a later event is recorded)'}; registered ${accounts.created.length}`;
};

/**
 * `connection.deleted`: the connection is gone for good. The bank forgets it, so the customer's
 * state is `no-company` (set-up to do) and the next set-up creates a new Xero connection.
 */
export const onConnectionDeleted: EventHandler = async (context, event, owner) => {
  const connectionId = ownConnection(event, owner);
  if (!connectionId) return 'ignored: not the customer’s connection';
  await context.store.links.set({
    customerId: owner.customerId,
    companyId: owner.companyId,
    connectionId: null,
  });
  return 'unlinked: set-up creates a new connection';
};
