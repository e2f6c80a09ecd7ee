import { textAt, type CodatEvent } from './events';
import type { EventHandler, EventOwner } from './handle-event';

/** The source account an event names, on the customer's current connection, or `null`. */
function accountIdOf(event: CodatEvent, owner: EventOwner): string | null {
  const connectionId = textAt(event.payload, 'connectionId');
  if (!owner.connectionId || connectionId !== owner.connectionId) return null;
  return textAt(event.payload, 'sourceAccount', 'id');
}

/**
 * `bankFeeds.sourceAccount.connected`: the customer mapped this account, so its lines go now,
 * from its feed start date (or after its cursor, for a feed connected again). Only this account
 * is pushed, and only when Codat still says it is `connected` (the push job reads it again: the
 * copy in the payload may be older than Codat's record).
 */
export const onSourceAccountConnected: EventHandler = async (context, event, owner) => {
  const accountId = accountIdOf(event, owner);
  if (!accountId) return 'ignored: not the customer’s connection';
  const result = await context.push.pushAccountIfConnected(owner.customerId, accountId);
  return result ? `pushed: ${result.outcome}` : 'ignored: the account is not connected at Codat';
};

/**
 * `bankFeeds.sourceAccount.disconnected`: nothing is sent for this account any more, since every
 * push reads the account's status from Codat first. Its cursor, and any push not yet settled,
 * are kept: if the customer connects the feed again it carries on without gaps or repeats.
 */
export const onSourceAccountDisconnected: EventHandler = async (context, event, owner) => {
  const accountId = accountIdOf(event, owner);
  if (!accountId) return 'ignored: not the customer’s connection';
  context.log.info('feed disconnected', {
    customerId: owner.customerId,
    companyId: owner.companyId,
    sourceAccountId: accountId,
  });
  return 'noted: cursor kept';
};
