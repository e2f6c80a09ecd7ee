'use client';
import { createContext, useContext } from 'react';
import type { ErrorInfo } from '../i18n/error-info';
import type { Announcer } from '../internal/announcer';
import type { ConnectionManagerStatus, ConnectionStatus, ManagedFeed } from './types';
import type { EndConnectionState } from './use-end-connection';

/** What the manager's parts read: its data, the disconnect question and the end-connection one. */
export interface ConnectionManagerContextValue extends EndConnectionState {
  status: ConnectionManagerStatus;
  organisationName: string | null;
  connectionStatus: ConnectionStatus | null;
  feeds: readonly ManagedFeed[];
  error: ErrorInfo | null;
  /** The feed waiting for confirmation, if the dialog is open. */
  confirming: ManagedFeed | null;
  requestDisconnect(feed: ManagedFeed, opener: HTMLElement | null): void;
  cancelDisconnect(): void;
  confirmDisconnect(): void;
  disconnecting: boolean;
  disconnectError: ErrorInfo | null;
  onRetry: (() => void) | undefined;
  onReconnect: (() => void) | undefined;
  onAddAccounts: (() => void) | undefined;
  supportHref: string | undefined;
  canDisconnect: boolean;
  /** When the connection was made and last synced (ISO date-times), if known. */
  connectedSince: string | null;
  lastSync: string | null;
  /** What "Disconnect from Xero" does, when offered (`canEnd`). */
  endMode: 'unlink' | 'delete';
  /** Whether the connection was ended: every feed stopped. */
  connectionEnded: boolean;
  announcer: Announcer;
  headingId: string;
}

export const ConnectionManagerContext =
  /* @__PURE__ */ createContext<ConnectionManagerContextValue | null>(null);

export function useConnectionManagerContext(part: string): ConnectionManagerContextValue {
  const context = useContext(ConnectionManagerContext);
  if (!context) {
    throw new Error(`<ConnectionManager.${part}> must be used within <ConnectionManager.Root>.`);
  }
  return context;
}
