import type { CompanyInformation, Connection, SourceAccount } from '@bankfeeds/model';
import { createStore } from 'zustand/vanilla';
import { asBankFeedsError, type BankFeedsError } from '../http/errors';
import type { BrowserClient } from '../http/types';
import { connectionFeed } from '../internal/connection-changes';
import { feedsFrom } from './connections.feeds';
import { findXeroConnection } from './xero-connection';
import { withLifecycle, type BankFeedsStore } from '../internal/lifecycle';

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
  /** Whether the Xero connection is being ended ({@link ConnectionsActions.endConnection}). */
  ending: boolean;
  /**
   * How the customer ended the Xero connection here, if they did: `unlink` (it stays, `Unlinked`,
   * and can be authorised again) or `delete` (it is gone). Every feed stopped with it.
   */
  ended: 'unlink' | 'delete' | null;
}

/** Actions of the connections store. */
export interface ConnectionsActions {
  /**
   * Reads the connection, the accounts with their targets, and the organisation again. A newer
   * refresh (or a write that lands meanwhile) supersedes it: it is aborted, its reply ignored.
   */
  refresh(): Promise<void>;
  /**
   * Stops one account's feed (`PATCH` to `disconnected`); it can be mapped again afterwards.
   * Every other store of the same client hears of it and refreshes.
   */
  disconnect(sourceAccountId: string): Promise<void>;
  /**
   * A fresh `linkUrl` for the user to authorise Xero again (or manage the connection): the
   * connection is read again first, so the link is current.
   */
  reconnect(): Promise<string>;
  /**
   * Ends the Xero connection, so every feed stops: `unlink` deauthorises it and keeps it (Codat's
   * `Unlinked`: it can be authorised again, with the same accounts), `delete` removes it for good
   * (Xero certification's "terminate connection"). Every other store of the client hears of it.
   */
  endConnection(mode: 'unlink' | 'delete'): Promise<void>;
}

/** The connections store's state plus actions. */
export type ConnectionsStoreState = ConnectionsState & ConnectionsActions;
/**
 * A zustand vanilla store of the connection and its feeds, with the kit's lifecycle: loading
 * starts with the first subscriber (or `start()`), and stops with the last.
 */
export type ConnectionsStore = BankFeedsStore<ConnectionsStoreState>;

/** Options of {@link createConnectionsStore}. */
export interface ConnectionsStoreOptions {
  client: BrowserClient;
  companyId: string;
  /**
   * The Xero connection, or how to read it: a kit mounted with a company alone learns it from its
   * setup flow, which may replace it (a deleted connection is found or created again). While it
   * reads `null`, the store finds the company's Xero connection itself.
   */
  connectionId: string | (() => string | null);
  /** Start loading at once (`start()`), without waiting for a subscriber. @default true */
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
 * `Linked`. One per mounted kit. It stays current by itself: a connect, disconnect or
 * re-authorisation made through any store of the same client refreshes it while it runs.
 */
export function createConnectionsStore(options: ConnectionsStoreOptions): ConnectionsStore {
  const { client, companyId } = options;
  const given = options.connectionId;
  // Set by the last refresh: the connection its reads and writes go to.
  let current: string | null = typeof given === 'string' ? given : null;
  const readId = () => (typeof given === 'string' ? given : (given() ?? current));
  const changes = connectionFeed(client, companyId, readId, () => void refresh());
  // Reads in flight belong to the current session: `stop` aborts it and opens the next one.
  let session = new AbortController();
  // The refresh in flight; a newer one (or a write's reply) supersedes it.
  let reading: AbortController | null = null;
  let refreshCut = false;
  let unlisten: (() => void) | null = null;

  const api = createStore<ConnectionsStoreState>()((set, get) => {
    const patchFeed = (id: string, patch: Partial<FeedRow>) => {
      const feed = get().feeds[id];
      if (!feed) return;
      set({ feeds: { ...get().feeds, [id]: { ...feed, ...patch } } });
    };

    /** The connection to read: the one given or learnt, else the company's Xero one, if any. */
    async function resolveId(signal: AbortSignal): Promise<string | null> {
      const id = readId();
      if (id !== null) return (current = id);
      return (current = (await findXeroConnection(client, companyId, { signal }))?.id ?? null);
    }

    async function refresh() {
      reading?.abort();
      const controller = new AbortController();
      reading = controller;
      changes.seen();
      const signal = AbortSignal.any([session.signal, controller.signal]);
      set({ status: get().connection ? get().status : 'loading', error: null });
      try {
        const before = current;
        const connectionId = await resolveId(signal);
        // Another connection (the deleted one was replaced): its feeds are not the old ones.
        if (before !== null && connectionId !== before && !signal.aborted) {
          set({ feeds: {}, feedIds: [], ended: null });
        }
        if (connectionId === null) {
          // The company has no Xero connection (never made, or deleted): nothing to manage.
          if (!signal.aborted) {
            set({ status: 'ready', connection: null, needsReconnect: true, error: null });
          }
          return;
        }
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
        // A superseded reply may predate a write: it must not undo it.
        if (signal.aborted) return;
        set({
          status: 'ready',
          connection,
          companyInfo,
          needsReconnect: !linked,
          ...(accounts ? feedsFrom(accounts, mappings ?? [], get().feeds) : {}),
          error: null,
        });
      } catch (error) {
        const failure = asBankFeedsError(error);
        // The connection the customer deleted here is gone, as they asked: not a failure.
        if (get().ended === 'delete' && failure.code === 'not-found') {
          if (!signal.aborted) set({ status: 'ready', error: null });
          return;
        }
        if (!signal.aborted) set({ status: 'failed', error: failure });
      } finally {
        if (reading === controller) reading = null;
      }
    }

    return {
      status: 'loading',
      connection: null,
      companyInfo: null,
      needsReconnect: false,
      feedIds: [],
      feeds: {},
      error: null,
      ending: false,
      ended: null,

      refresh,

      async endConnection(mode) {
        const id = readId();
        if (id === null || get().ending) return;
        set({ ending: true });
        try {
          // A write: never aborted by `stop`, its outcome is what the state must show.
          const connection =
            mode === 'delete'
              ? await client.deleteConnection(companyId, id).then(() => null)
              : await client.unlinkConnection(companyId, id);
          set({ connection, needsReconnect: true, ending: false, ended: mode });
          changes.publish();
        } catch (error) {
          set({ ending: false });
          throw error;
        }
      },

      async disconnect(sourceAccountId) {
        const feed = get().feeds[sourceAccountId];
        if (!feed || feed.pending) return;
        patchFeed(sourceAccountId, { pending: 'disconnecting', error: null });
        // A refresh in flight may read the feed before the write lands: it is read again after.
        let stale = reading !== null;
        try {
          // A write is never aborted by `stop`: once sent, its outcome is what the state must show.
          const account = await client.disconnectSourceAccount(
            companyId,
            readId() ?? '',
            sourceAccountId,
          );
          stale ||= reading !== null;
          patchFeed(sourceAccountId, {
            sourceAccount: account,
            status: account.status,
            target: null,
            feedStartDate: null,
            pending: null,
          });
          changes.publish();
          if (stale) void refresh();
        } catch (error) {
          patchFeed(sourceAccountId, { pending: null, error: asBankFeedsError(error) });
          if (stale || reading !== null) void refresh();
          throw error;
        }
      },

      async reconnect() {
        const signal = session.signal;
        const connection = await client.getConnection(companyId, readId() ?? '', { signal });
        if (signal.aborted) return connection.linkUrl;
        const before = get().connection?.status;
        set({ connection, needsReconnect: connection.status !== 'Linked' });
        // Authorised again meanwhile (another tab): the other views catch up, this one reads all.
        if (before !== undefined && before !== connection.status) {
          changes.publish();
          void refresh();
        }
        return connection.linkUrl;
      },
    };
  });

  const refresh = () => api.getState().refresh();
  const store: ConnectionsStore = withLifecycle(api, {
    onStart(restart) {
      unlisten = changes.listen();
      if (!restart || refreshCut || changes.missed()) void refresh();
      refreshCut = false;
    },
    onStop() {
      unlisten?.();
      unlisten = null;
      refreshCut = reading !== null;
      session.abort();
      session = new AbortController();
    },
  });
  if (options.autoLoad !== false) store.start();
  return store;
}
