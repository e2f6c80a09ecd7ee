'use client';
import { forwardRef, useCallback, useId, useRef, useState, type HTMLAttributes } from 'react';
import { useComposedRefs } from '@radix-ui/react-compose-refs';
import { useI18n } from '../i18n/i18n-context';
import { toErrorInfo, type ErrorInfo } from '../i18n/error-info';
import { LiveRegion, useAnnouncer } from '../internal/announcer';
import {
  ConnectionManagerContext,
  type ConnectionManagerContextValue,
} from './connection-manager-context';
import type { ConnectionManagerStatus, ConnectionStatus, ManagedFeed } from './types';
import { connectionManagerAnatomy } from './anatomy';
import { useEndConnection } from './use-end-connection';

/** Props of `ConnectionManager.Root`. */
export interface ConnectionManagerRootProps extends HTMLAttributes<HTMLDivElement> {
  /** The connected feeds (and any other source accounts the host wants listed). */
  feeds: readonly ManagedFeed[];
  /** The Xero organisation's name (Xero asks apps to show it). @default null */
  organisationName?: string | null | undefined;
  /** The Codat connection's status; anything but `Linked` offers Reconnect. @default null */
  connectionStatus?: ConnectionStatus | null | undefined;
  /** Whether the data is loading, ready, or failed to load. @default 'ready' */
  status?: ConnectionManagerStatus | undefined;
  /** Why loading failed (anything thrown; read as an `ErrorInfo`). @default null */
  error?: unknown;
  /** Stops a feed. Reject to keep the dialog open with the error. @default undefined (no Disconnect buttons) */
  onDisconnect?: ((feed: ManagedFeed) => Promise<void> | void) | undefined;
  /** Starts Xero authorisation again. @default undefined */
  onReconnect?: (() => void) | undefined;
  /** Loads the data again after a failure. @default undefined */
  onRetry?: (() => void) | undefined;
  /** Leads to the mapper to connect (more) accounts. @default undefined */
  onAddAccounts?: (() => void) | undefined;
  /** Where "Contact your bank" leads. @default undefined */
  supportHref?: string | undefined;
  /** When the connection was first made (an ISO date-time), shown as "Connected since". @default null */
  connectedSince?: string | null | undefined;
  /** When Codat last synced the Xero organisation (an ISO date-time). @default null */
  lastSync?: string | null | undefined;
  /**
   * Ends the Xero connection: "Disconnect from Xero", behind a confirmation naming the
   * consequences. Reject to keep the dialog open with the error. @default undefined (no button)
   */
  onEndConnection?: (() => Promise<void> | void) | undefined;
  /**
   * What ending does, for the confirmation's words: `unlink` (the connection can be authorised
   * again) or `delete` (removed for good). @default 'unlink'
   */
  endMode?: 'unlink' | 'delete' | undefined;
  /**
   * Whether the connection was ended: the feeds show as stopped and "Connect Xero again"
   * (`onReconnect`) is offered. @default false
   */
  connectionEnded?: boolean | undefined;
}

/** Owns the connection manager's state, including the disconnect confirmation. */
export const ConnectionManagerRoot = /* @__PURE__ */ forwardRef<
  HTMLDivElement,
  ConnectionManagerRootProps
>(function ConnectionManagerRoot(
  {
    feeds,
    organisationName = null,
    connectionStatus = null,
    status = 'ready',
    error,
    onDisconnect,
    onReconnect,
    onRetry,
    onAddAccounts,
    supportHref,
    connectedSince = null,
    lastSync = null,
    onEndConnection,
    endMode = 'unlink',
    connectionEnded = false,
    className,
    children,
    ...rest
  },
  forwardedRef,
) {
  const { t } = useI18n();
  const announcer = useAnnouncer();
  const headingId = `${useId()}-heading`;
  const [confirming, setConfirming] = useState<ManagedFeed | null>(null);
  const [disconnecting, setDisconnecting] = useState(false);
  const [disconnectError, setDisconnectError] = useState<ErrorInfo | null>(null);
  const opener = useRef<HTMLElement | null>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  const ref = useComposedRefs(forwardedRef, rootRef);

  const requestDisconnect = useCallback((feed: ManagedFeed, from: HTMLElement | null) => {
    opener.current = from;
    setDisconnectError(null);
    setConfirming(feed);
  }, []);
  const cancelDisconnect = useCallback(() => {
    setConfirming(null);
    setDisconnectError(null);
    opener.current?.focus();
  }, []);
  const confirmDisconnect = useCallback(async () => {
    if (!confirming || !onDisconnect) return;
    setDisconnecting(true);
    setDisconnectError(null);
    try {
      await onDisconnect(confirming);
      setConfirming(null);
      announcer.announce(t('manager.disconnected', { account: confirming.sourceName }));
      // The row may be gone; the list's heading is the next sensible place for focus.
      rootRef.current?.querySelector<HTMLElement>(`#${CSS.escape(headingId)}`)?.focus();
    } catch (cause) {
      setDisconnectError(toErrorInfo(cause));
    } finally {
      setDisconnecting(false);
    }
  }, [announcer, confirming, headingId, onDisconnect, t]);

  const end = useEndConnection(onEndConnection, () => {
    announcer.announce(t('manager.ended'));
    rootRef.current?.querySelector<HTMLElement>(`#${CSS.escape(headingId)}`)?.focus();
  });

  const context: ConnectionManagerContextValue = {
    ...end,
    connectedSince,
    lastSync,
    endMode,
    connectionEnded,
    status,
    organisationName,
    connectionStatus,
    feeds,
    error: status === 'error' ? toErrorInfo(error) : null,
    confirming,
    requestDisconnect,
    cancelDisconnect,
    confirmDisconnect: () => void confirmDisconnect(),
    disconnecting,
    disconnectError,
    onRetry,
    onReconnect,
    onAddAccounts,
    supportHref,
    canDisconnect: onDisconnect !== undefined,
    announcer,
    headingId,
  };

  return (
    <ConnectionManagerContext.Provider value={context}>
      <div
        {...rest}
        ref={ref}
        className={className}
        aria-busy={status === 'loading' || undefined}
        {...connectionManagerAnatomy.attrs('root')}
        data-state={status}
        data-connection={connectionStatus ?? undefined}
      >
        {children}
        <LiveRegion announcer={announcer} scope={connectionManagerAnatomy.scope} />
      </div>
    </ConnectionManagerContext.Provider>
  );
});
