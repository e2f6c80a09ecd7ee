'use client';
import { forwardRef, useRef } from 'react';
import type { Connection } from '@bankfeeds/model';
import { selectConnectedFeeds, type ConnectionsStoreState } from '@bankfeeds/client';
import { ConnectionManager, type ConnectionManagerProps } from '../connection-manager';
import type { ManagedFeed } from '../connection-manager';
import { useConnectionsStore, useStoreSelector } from '../provider/hooks';
import { useLatest } from '../internal/use-latest';
import { toManagedFeed } from './managed-feed';
import {
  connectionDetails,
  type BankFeedsConnectionDetails,
  type ConnectionEndedDetails,
} from './connection-details';

/** Props of {@link BankFeedsConnectionManager}. */
export interface BankFeedsConnectionManagerProps extends Omit<
  ConnectionManagerProps,
  | 'feeds'
  | 'organisationName'
  | 'connectionStatus'
  | 'status'
  | 'error'
  | 'onDisconnect'
  | 'onReconnect'
  | 'onRetry'
  | 'onEndConnection'
  | 'endMode'
  | 'connectionEnded'
  | 'connectedSince'
  | 'lastSync'
> {
  /**
   * What "Disconnect from Xero" does: `unlink` deauthorises the connection and keeps it (it can
   * be authorised again, with the same accounts); `delete` removes it for good (Xero
   * certification's "terminate connection"). @default 'unlink'
   */
  disconnectMode?: 'unlink' | 'delete' | undefined;
  /**
   * The customer ended the Xero connection (Codat's Connections SDK `onDisconnect`), with the
   * connection as it was and how it was ended. Every feed has stopped. @default undefined
   */
  onDisconnect?: ((connection: ConnectionEndedDetails) => void) | undefined;
  /**
   * The customer chose to connect Xero again, after ending the connection or losing access
   * (Codat's Connections SDK `onReconnect`). @default undefined
   */
  onReconnect?: ((connection: BankFeedsConnectionDetails | null) => void) | undefined;
  /**
   * Replaces opening Xero for "Connect Xero again" after the connection was ended
   * (`BankFeedsSetup` takes the customer through its connect step). @default undefined
   */
  onConnectAgain?: (() => void) | undefined;
  /**
   * Opens Xero's authorisation page for Reconnect. @default window.open(url, '_blank', 'noopener')
   */
  openLink?: ((url: string) => void) | undefined;
  /** Called after a feed is disconnected. @default undefined */
  onDisconnected?: ((feed: ManagedFeed) => void) | undefined;
  /** Called with anything that fails (load, disconnect, reconnect). @default undefined */
  onError?: ((error: unknown) => void) | undefined;
}

const sameList = <T,>(a: readonly T[], b: readonly T[]) =>
  a.length === b.length && a.every((item, i) => item === b[i]);
const selectFeeds = (s: ConnectionsStoreState) => selectConnectedFeeds(s).map(toManagedFeed);
const selectName = (s: ConnectionsStoreState) => s.companyInfo?.companyName ?? null;
const selectConnection = (s: ConnectionsStoreState) => s.connection?.status ?? null;
const selectStatus = (s: ConnectionsStoreState) => s.status;
const selectError = (s: ConnectionsStoreState) => s.error;
const selectSince = (s: ConnectionsStoreState) => s.connection?.created ?? null;
const selectLastSync = (s: ConnectionsStoreState) => s.connection?.lastSync ?? null;
const selectEnded = (s: ConnectionsStoreState) => s.ended !== null;

/** Opens a URL in a new tab, the default for Xero's authorisation page. */
export function openInNewTab(url: string) {
  window.open(url, '_blank', 'noopener,noreferrer');
}

/** The connection manager bound to the provider's connections store. The ref reaches its root. */
export const BankFeedsConnectionManager = /* @__PURE__ */ forwardRef<
  HTMLDivElement,
  BankFeedsConnectionManagerProps
>(function BankFeedsConnectionManager(
  {
    openLink = openInNewTab,
    onDisconnected,
    onError,
    disconnectMode = 'unlink',
    onDisconnect: onEnded,
    onReconnect: onReconnecting,
    onConnectAgain,
    ...props
  },
  ref,
) {
  const store = useConnectionsStore();
  const feeds = useStoreSelector(store, selectFeeds, sameList);
  const organisationName = useStoreSelector(store, selectName);
  const connectionStatus = useStoreSelector(store, selectConnection);
  const status = useStoreSelector(store, selectStatus);
  const error = useStoreSelector(store, selectError);
  const connectedSince = useStoreSelector(store, selectSince);
  const lastSync = useStoreSelector(store, selectLastSync);
  const connectionEnded = useStoreSelector(store, selectEnded);
  const callbacks = useLatest({
    openLink,
    onDisconnected,
    onError,
    onEnded,
    onReconnecting,
    onConnectAgain,
  });
  // The connection as it was before it was ended (a deleted one is no longer in the store).
  const endedConnection = useRef<Connection | null>(null);
  const details = () => {
    const connection = store.getState().connection ?? endedConnection.current;
    return connection ? connectionDetails(connection) : null;
  };

  const onEndConnection = async () => {
    const before = store.getState().connection;
    endedConnection.current = before;
    try {
      await store.getState().endConnection(disconnectMode);
    } catch (cause) {
      callbacks.current.onError?.(cause);
      throw cause;
    }
    if (before) callbacks.current.onEnded?.({ ...connectionDetails(before), mode: disconnectMode });
  };

  const onDisconnect = async (feed: ManagedFeed) => {
    try {
      await store.getState().disconnect(feed.sourceAccountId);
      callbacks.current.onDisconnected?.(feed);
    } catch (cause) {
      callbacks.current.onError?.(cause);
      throw cause;
    }
  };
  const onReconnect = () => {
    const { ended } = store.getState();
    callbacks.current.onReconnecting?.(details());
    if (ended !== null && callbacks.current.onConnectAgain) {
      callbacks.current.onConnectAgain();
      return;
    }
    // A deleted connection has no link: connecting again is the host's (or the journey's).
    if (ended === 'delete') return;
    store
      .getState()
      .reconnect()
      .then(
        (url) => callbacks.current.openLink(url),
        (cause: unknown) => callbacks.current.onError?.(cause),
      );
  };
  const onRetry = () => void store.getState().refresh();
  const managerStatus = status === 'failed' ? 'error' : status;

  return (
    <ConnectionManager
      {...props}
      ref={ref}
      feeds={feeds}
      organisationName={organisationName}
      connectionStatus={connectionStatus}
      status={managerStatus}
      error={error}
      onDisconnect={onDisconnect}
      onReconnect={onReconnect}
      onRetry={onRetry}
      onEndConnection={onEndConnection}
      endMode={disconnectMode}
      connectionEnded={connectionEnded}
      connectedSince={connectedSince}
      lastSync={lastSync}
    />
  );
});
