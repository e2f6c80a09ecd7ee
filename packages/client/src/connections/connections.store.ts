import type { CompanyInformation, Connection, SourceAccount } from '@bankfeeds/model';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { asBankFeedsError, type BankFeedsError } from '../http/errors';
import type { BankFeedsClient } from '../http/types';

/** One source account's feed as the manage screen shows it. */
export interface FeedRow {
  id: string;
  sourceAccount: SourceAccount;
  /** Codat's feed status (`connected`, `connecting`, `disconnected`, `pending`, ...). */
  status: string;
  /** The Xero account the feed writes to. */
  target: { id: string; name: string | null } | null;
  /** `YYYY-MM-DD`, once connected. */
  feedStartDate: string | null;
  /** An action under way on this row. */
  pending: 'disconnecting' | null;
  /** Why the last action on this row failed. */
  error: BankFeedsError | null;
}

/** State of the connections store. */
export interface ConnectionsState {
  status: 'loading' | 'ready' | 'failed';
  connection: Connection | null;
  /** The Xero organisation's name and currencies (a Xero certification requirement). */
  companyInfo: CompanyInformation | null;
  /** Whether the connection needs the user to authorise again (`linkUrl`). */
  needsReconnect: boolean;
  /** Feed ids in display order. */
  feedIds: readonly string[];
  /** Feeds by source account id; untouched rows keep their identity. */
  feeds: Readonly<Record<string, FeedRow>>;
  /** Why the last refresh failed. */
  error: BankFeedsError | null;
}

/** Actions of the connections store. */
export interface ConnectionsActions {
  /** Reads the connection, the accounts with their targets, and the organisation again. */
  refresh(): Promise<void>;
  /** Stops one account's feed (`PATCH` to `disconnected`); it can be mapped again afterwards. */
  disconnect(sourceAccountId: string): Promise<void>;
  /**
   * A fresh `linkUrl` for the user to authorise Xero again (or manage the connection): the
   * connection is read again first, so the link is current.
   */
  reconnect(): Promise<string>;
  /** Stops every request; the store ignores results afterwards. */
  destroy(): void;
}

/** The connections store's state plus actions. */
export type ConnectionsStoreState = ConnectionsState & ConnectionsActions;
/** A zustand vanilla store of the connection and its feeds. */
export type ConnectionsStore = StoreApi<ConnectionsStoreState>;

/** Options of {@link createConnectionsStore}. */
export interface ConnectionsStoreOptions {
  client: BankFeedsClient;
  companyId: string;
  connectionId: string;
  /** Start loading at once. @default true */
  autoLoad?: boolean;
}

/** Only feeds that run or are being set up. */
export function selectConnectedFeeds(state: ConnectionsState): FeedRow[] {
  return state.feedIds
    .map((id) => state.feeds[id]!)
    .filter((feed) => feed.status === 'connected' || feed.status === 'connecting');
}

/**
 * Creates the store behind a "manage bank feeds" screen: connected feeds with their Xero target
 * and start date, the organisation's name, disconnect, and reconnect when the connection is not
 * `Linked`. One per mounted kit.
 */
export function createConnectionsStore(options: ConnectionsStoreOptions): ConnectionsStore {
  const { client, companyId, connectionId } = options;
  const life = new AbortController();
  const signal = life.signal;

  const store = createStore<ConnectionsStoreState>()((set, get) => {
    const patchFeed = (id: string, patch: Partial<FeedRow>) => {
      const feed = get().feeds[id];
      if (!feed || signal.aborted) return;
      set({ feeds: { ...get().feeds, [id]: { ...feed, ...patch } } });
    };

    return {
      status: 'loading',
      connection: null,
      companyInfo: null,
      needsReconnect: false,
      feedIds: [],
      feeds: {},
      error: null,

      async refresh() {
        set({ status: get().connection ? get().status : 'loading', error: null });
        try {
          const connection = await client.getConnection(companyId, connectionId, { signal });
          const linked = connection.status === 'Linked';
          // Accounts and mappings can only be read through a Linked connection.
          const [accounts, mappings, companyInfo] = linked
            ? await Promise.all([
                client.listSourceAccounts(companyId, connectionId, { signal }),
                client.getMappings(companyId, connectionId, { signal }),
                client.getCompanyInformation(companyId, connectionId, { signal }).catch(() => null),
              ])
            : [null, null, get().companyInfo];
          if (signal.aborted) return;
          const byId = new Map((mappings ?? []).map((m) => [m.sourceAccountId, m]));
          const previous = get().feeds;
          const feeds: Record<string, FeedRow> = {};
          const feedIds = (accounts ?? []).map((account) => {
            const mapping = byId.get(account.id);
            const next: FeedRow = {
              id: account.id,
              sourceAccount: account,
              status: mapping?.status ?? account.status,
              target: mapping?.targetAccountId
                ? { id: mapping.targetAccountId, name: mapping.targetAccountName }
                : null,
              feedStartDate: account.feedStartDate ?? mapping?.feedStartDate ?? null,
              pending: null,
              error: null,
            };
            const old = previous[account.id];
            // Keep the old object when nothing a user sees changed.
            feeds[account.id] =
              old &&
              old.status === next.status &&
              old.target?.id === next.target?.id &&
              old.target?.name === next.target?.name &&
              old.feedStartDate === next.feedStartDate &&
              old.sourceAccount.accountName === account.accountName &&
              !old.pending &&
              !old.error
                ? old
                : next;
            return account.id;
          });
          set({
            status: 'ready',
            connection,
            companyInfo,
            needsReconnect: !linked,
            ...(accounts ? { feeds, feedIds } : {}),
            error: null,
          });
        } catch (error) {
          if (!signal.aborted) set({ status: 'failed', error: asBankFeedsError(error) });
        }
      },

      async disconnect(sourceAccountId) {
        const feed = get().feeds[sourceAccountId];
        if (!feed || feed.pending) return;
        patchFeed(sourceAccountId, { pending: 'disconnecting', error: null });
        try {
          const account = await client.disconnectSourceAccount(
            companyId,
            connectionId,
            sourceAccountId,
            { signal },
          );
          patchFeed(sourceAccountId, {
            sourceAccount: account,
            status: account.status,
            target: null,
            feedStartDate: null,
            pending: null,
          });
        } catch (error) {
          patchFeed(sourceAccountId, { pending: null, error: asBankFeedsError(error) });
          throw error;
        }
      },

      async reconnect() {
        const connection = await client.getConnection(companyId, connectionId, { signal });
        if (!signal.aborted) set({ connection, needsReconnect: connection.status !== 'Linked' });
        return connection.linkUrl;
      },

      destroy: () => life.abort(),
    };
  });
  if (options.autoLoad !== false) void store.getState().refresh();
  return store;
}
