'use client';
import { forwardRef, useMemo } from 'react';
import { selectConnectedFeeds, type ConnectionsStoreState } from '@bankfeeds/client';
import { ConnectionManager, type ConnectionManagerProps } from '../connection-manager';
import type { ManagedFeed } from '../connection-manager';
import { useConnectionsStore, useStoreSelector } from '../provider/hooks';
import { useLatest } from '../internal/use-latest';
import { toManagedFeed } from './managed-feed';

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
> {
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

/** Opens a URL in a new tab, the default for Xero's authorisation page. */
export function openInNewTab(url: string) {
  window.open(url, '_blank', 'noopener,noreferrer');
}

/** The connection manager bound to the provider's connections store. The ref reaches its root. */
export const BankFeedsConnectionManager = forwardRef<
  HTMLDivElement,
  BankFeedsConnectionManagerProps
>(function BankFeedsConnectionManager(
  { openLink = openInNewTab, onDisconnected, onError, ...props },
  ref,
) {
  const store = useConnectionsStore();
  const feeds = useStoreSelector(store, selectFeeds, sameList);
  const organisationName = useStoreSelector(store, selectName);
  const connectionStatus = useStoreSelector(store, selectConnection);
  const status = useStoreSelector(store, selectStatus);
  const error = useStoreSelector(store, selectError);
  const callbacks = useLatest({ openLink, onDisconnected, onError });

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
    store
      .getState()
      .reconnect()
      .then(
        (url) => callbacks.current.openLink(url),
        (cause: unknown) => callbacks.current.onError?.(cause),
      );
  };
  const onRetry = () => void store.getState().refresh();
  const managerStatus = useMemo(() => (status === 'failed' ? 'error' : status), [status]);

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
    />
  );
});
