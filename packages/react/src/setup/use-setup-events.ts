'use client';
import { useEffect, type RefObject } from 'react';
import type { SetupStore } from '@bankfeeds/client';
import { useI18n } from '../i18n/i18n-context';
import { toErrorInfo } from '../i18n/error-info';
import type { Announcer } from '../internal/announcer';
import type { BankFeedsErrorEvent, BankFeedsEvent } from './events';
import { sessionOutcome } from './setup-step';

/** The host's callbacks the journey reports to. */
export interface SetupEventCallbacks {
  onConnection?: ((details: { connectionId: string }) => void) | undefined;
  onError?: ((error: BankFeedsErrorEvent) => void) | undefined;
  onEvent?: ((event: BankFeedsEvent) => void) | undefined;
}

/** Any error as the host's `onError` receives it. */
export function errorEvent(
  error: unknown,
  sourceAccountId: string | null = null,
): BankFeedsErrorEvent {
  const info = toErrorInfo(error);
  return {
    code: info.code,
    message: info.message,
    correlationId: info.correlationId,
    status: info.status,
    retryable: info.retryable,
    userRecoverable: info.userRecoverable,
    sourceAccountId,
  };
}

/**
 * Turns the setup store's transitions into the host's callbacks, typed events and polite
 * announcements. Subscribing (not rendering) keeps them to one call per change.
 */
export function useSetupEvents(
  store: SetupStore,
  callbacks: RefObject<SetupEventCallbacks>,
  announcer: Announcer,
): void {
  const { t } = useI18n();
  useEffect(
    () =>
      store.subscribe((state, prev) => {
        const { onEvent: emit, onError: report, onConnection: linked } = callbacks.current;
        if (state.status !== prev.status) {
          emit?.({ type: 'status.changed', status: state.status });
          if (state.status === 'submitting' && prev.status !== 'confirming') {
            const count = state.rowIds.filter(
              (id) => state.rows[id]!.phase === 'submitting',
            ).length;
            emit?.({ type: 'mapping.submitted', count });
          }
          if (state.status === 'authFailed' && state.authFailure) {
            emit?.({
              type: 'connection.failed',
              connectionId: state.connectionId,
              reason: state.authFailure.reason,
            });
          }
          if (state.status === 'confirming') announcer.announce(t('setup.confirming'));
          if (state.status === 'done' || (state.status === 'failed' && !state.error)) {
            const outcome = sessionOutcome(state);
            emit?.({
              type: 'setup.completed',
              connected: outcome.connected.length,
              failed: outcome.failed.length,
            });
          }
        }
        if (
          prev.connection?.status !== 'Linked' &&
          state.connection?.status === 'Linked' &&
          prev.status === 'needsAuth'
        ) {
          linked?.({ connectionId: state.connectionId });
          emit?.({ type: 'connection.linked', connectionId: state.connectionId });
        }
        if (state.error && state.error !== prev.error) {
          const event = errorEvent(state.error);
          report?.(event);
          emit?.({ type: 'error', code: event.code, userRecoverable: event.userRecoverable });
        }
        if (state.rows !== prev.rows) {
          for (const id of state.rowIds) {
            const row = state.rows[id]!;
            const before = prev.rows[id];
            if (!before || before.phase === row.phase) continue;
            if (row.phase === 'connected') emit?.({ type: 'feed.connected', sourceAccountId: id });
            if (row.phase === 'failed' && row.error) {
              const event = errorEvent(row.error, id);
              report?.(event);
              emit?.({ type: 'feed.failed', sourceAccountId: id, code: event.code });
            }
          }
        }
      }),
    [announcer, callbacks, store, t],
  );
}
