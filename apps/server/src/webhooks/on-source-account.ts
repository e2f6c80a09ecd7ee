import type { ServerDeps } from '../deps';
import { logPush, pushAccount } from '../feeds/push';
import { textAt, type CodatEvent } from './events';
import type { EventHandler, EventOwner } from './handle-event';

/** The source account an event names, on the customer's current connection, or `null`. */
function accountIdOf(event: CodatEvent, owner: EventOwner): string | null {
  const connectionId = textAt(event.payload, 'connectionId');
  if (!owner.connectionId || connectionId !== owner.connectionId) return null;
  return textAt(event.payload, 'sourceAccount', 'id');
}

/**
 * Pushes one account's lines when Codat says, now, that its feed is `connected` (the copy of the
 * account in a payload may be older than Codat's record). Answers the outcome, or `null` when
 * the account is not connected at Codat.
 */
export async function pushIfConnected(
  deps: ServerDeps,
  owner: EventOwner,
  connectionId: string,
  accountId: string,
): Promise<string | null> {
  const accounts = await deps.codat.listSourceAccounts(owner.companyId, connectionId);
  const account = accounts.find((item) => item.id === accountId);
  if (account?.status !== 'connected') return null;
  const pushed = await pushAccount(deps, owner.customerId, owner.companyId, connectionId, account);
  logPush(deps, owner.customerId, owner.companyId, pushed);
  return pushed.outcome;
}

/**
 * `bankFeeds.sourceAccount.connected`: the customer mapped this account, so its lines go now,
 * from its feed start date (or after its cursor, for a feed connected again). Only this account
 * is pushed, and only when Codat still says it is `connected`.
 */
export const onSourceAccountConnected: EventHandler = async (deps, event, owner) => {
  const accountId = accountIdOf(event, owner);
  if (!accountId || !owner.connectionId) return 'ignored: not the customer’s connection';
  const outcome = await pushIfConnected(deps, owner, owner.connectionId, accountId);
  return outcome ? `pushed: ${outcome}` : 'ignored: the account is not connected at Codat';
};

/**
 * `bankFeeds.sourceAccount.disconnected`: nothing is sent for this account any more, since every
 * push reads the account's status from Codat first. Its cursor, and any push not yet settled,
 * are kept: if the customer connects the feed again it carries on without gaps or repeats.
 */
export const onSourceAccountDisconnected: EventHandler = async (deps, event, owner) => {
  const accountId = accountIdOf(event, owner);
  if (!accountId) return 'ignored: not the customer’s connection';
  deps.log.info('feed disconnected', {
    customerId: owner.customerId,
    companyId: owner.companyId,
    sourceAccountId: accountId,
  });
  return 'noted: cursor kept';
};
