'use client';
import { useEffect, type RefObject } from 'react';
import type { SetupDomainEvent, SetupStore } from '@bankfeeds/client';
import { useI18n } from '../i18n/i18n-context';
import { toErrorInfo } from '../i18n/error-info';
import type { Announcer } from '../internal/announcer';
import type { BankFeedsErrorEvent, BankFeedsEvent } from './events';
import { connectionDetails, type BankFeedsConnectionDetails } from './connection-details';

/** The host's callbacks the journey reports to. */
export interface SetupEventCallbacks {
  onConnection?: ((connection: BankFeedsConnectionDetails) => void) | undefined;
  onError?: ((error: BankFeedsErrorEvent) => void) | undefined;
  onEvent?: ((event: BankFeedsEvent) => void) | undefined;
}

/** Any error as the host's `onError` receives it. */
export function errorEvent(
  error: unknown,
  sourceAccountId: string | null = null,
): BankFeedsErrorEvent {
  const info = toErrorInfo(error);
  const detailed = (error as { detailedErrorCode?: unknown } | null)?.detailedErrorCode;
  const errorCode = typeof detailed === 'number' ? detailed : info.status;
  return {
    code: info.code,
    message: info.message,
    // Absent rather than `null`, as Codat's `ErrorCallbackArgs` has them.
    ...(info.correlationId === null ? {} : { correlationId: info.correlationId }),
    ...(errorCode === null ? {} : { errorCode }),
    status: info.status,
    retryable: info.retryable,
    userRecoverable: info.userRecoverable,
    sourceAccountId,
  };
}

/**
 * Forwards the setup machine's own domain events to the host: `onEvent` gets each one as the
 * store emits it (so a headless integrator's `onEvent` sees the same), `onError` the error it
 * concerns, `onConnection` the link, and the confirming step is announced politely. Nothing is
 * rebuilt from the store's snapshots.
 */
export function useSetupEvents(
  store: SetupStore,
  callbacks: RefObject<SetupEventCallbacks>,
  announcer: Announcer,
): void {
  const { t } = useI18n();
  useEffect(
    () =>
      store.subscribeEvents((event: SetupDomainEvent) => {
        const { onEvent: emit, onError: report, onConnection: linked } = callbacks.current;
        // The event names the failure; its details (message, correlation id) are in the state.
        const state = store.getState();
        if (event.type === 'error' && state.error) report?.(errorEvent(state.error));
        if (event.type === 'feed.failed') {
          const error = state.rows[event.sourceAccountId]?.error;
          if (error) report?.(errorEvent(error, event.sourceAccountId));
        }
        if (event.type === 'connection.linked' && state.connection) {
          linked?.(connectionDetails(state.connection));
        }
        if (event.type === 'status.changed' && event.status === 'confirming') {
          announcer.announce(t('setup.confirming'));
        }
        emit?.(event);
      }),
    [announcer, callbacks, store, t],
  );
}
