import type { BankFeedsContext } from '../context';

/**
 * Where a customer is in setting up bank feeds:
 * - `no-company`: nothing set up yet;
 * - `needs-auth`: a Xero connection that is not (or no longer) authorised;
 * - `mapping`: Xero authorised, no account connected yet;
 * - `connected`: at least one feed is live (more can be added).
 */
export type FeedState = 'no-company' | 'needs-auth' | 'mapping' | 'connected';

/** The customer's state and what the portal needs to continue from it. */
export interface FeedStateResult {
  state: FeedState;
  companyId: string | null;
  connectionId: string | null;
  /** Where to authorise Xero, when `state` is `needs-auth`. */
  linkUrl: string | null;
  /** How many of the customer's source accounts are `connected`. */
  connectedAccounts: number;
}

/**
 * A moment just after `at`: the store keeps only newer connection events, and Codat's own later
 * events (dated by Codat's clock, not this server's) must still win over this one.
 */
function justAfter(at: string): string {
  const time = Date.parse(at);
  return Number.isNaN(time) ? at : new Date(time + 1).toISOString();
}

/**
 * Works out a customer's {@link FeedState} from the bank's link, Codat's records and the last
 * connection webhook: a connection Codat reported disconnected is `needs-auth` even while a read
 * of the connection still shows it `Linked`, until a later `connection.reconnected` event.
 */
export async function resolveFeedState(
  context: BankFeedsContext,
  customerId: string,
): Promise<FeedStateResult> {
  const { codat, store } = context;
  const link = await store.links.get(customerId);
  const empty = { companyId: null, connectionId: null, linkUrl: null, connectedAccounts: 0 };
  if (!link) return { state: 'no-company', ...empty };
  if (!link.connectionId) return { state: 'no-company', ...empty, companyId: link.companyId };

  const { companyId, connectionId } = link;
  const connection = await codat.getConnection(companyId, connectionId);
  const event = await store.connectionEvents.get(connectionId);
  const needsAuth: FeedStateResult = {
    state: 'needs-auth',
    companyId,
    connectionId,
    linkUrl: connection.linkUrl,
    connectedAccounts: 0,
  };
  if (connection.status !== 'Linked') {
    // Codat's record shows the loss now and decides from here on, so a re-authorisation shows
    // as soon as Codat has it, even before its `connection.reconnected` webhook arrives.
    if (event?.lost) {
      await store.connectionEvents.set(connectionId, { lost: false, at: justAfter(event.at) });
    }
    return needsAuth;
  }
  // A `connection.disconnected` webhook said access was lost before Codat's reads show it.
  if (event?.lost) return needsAuth;
  const accounts = await codat.listSourceAccounts(companyId, connectionId);
  const connectedAccounts = accounts.filter((account) => account.status === 'connected').length;
  return {
    state: connectedAccounts > 0 ? 'connected' : 'mapping',
    companyId,
    connectionId,
    linkUrl: null,
    connectedAccounts,
  };
}
