'use client';
import { useEffect, useState, type RefObject } from 'react';
import type { SetupStore } from '@bankfeeds/client';
import type { BankFeedsErrorEvent } from './events';
import { connectionDetails, type ConnectionStartedDetails } from './connection-details';
import { errorEvent } from './use-setup-events';

/** The host's callbacks about a connection waiting for consent. */
export interface ConnectionStartedCallbacks {
  onConnectionStarted?:
    ((connection: ConnectionStartedDetails) => void | PromiseLike<unknown>) | undefined;
  onError?: ((error: BankFeedsErrorEvent) => void) | undefined;
}

const isThenable = (value: unknown): value is PromiseLike<unknown> =>
  typeof (value as PromiseLike<unknown> | null)?.then === 'function';

/**
 * Calls `onConnectionStarted` when the setup flow has a connection waiting for consent (created,
 * found, or given), as Codat's component does. A returned promise (the bank registering its
 * source accounts) is awaited: the answer is `true` meanwhile, so "Connect Xero" waits for it,
 * and the flow reads the connection's accounts again once it settles.
 */
export function useConnectionStarted(
  store: SetupStore,
  callbacks: RefObject<ConnectionStartedCallbacks>,
): boolean {
  const [preparing, setPreparing] = useState(0);
  useEffect(() => {
    let live = true;
    const unsubscribe = store.subscribeEvents((event) => {
      if (event.type !== 'connection.started') return;
      const { connection, linkUrl } = store.getState();
      const started = callbacks.current.onConnectionStarted;
      if (!connection || !started) return;
      const result = started({
        ...connectionDetails(connection),
        linkUrl: linkUrl ?? connection.linkUrl,
        created: event.created,
      });
      if (!isThenable(result)) return;
      setPreparing((count) => count + 1);
      Promise.resolve(result)
        .catch((cause: unknown) => callbacks.current.onError?.(errorEvent(cause)))
        .finally(() => {
          if (!live) return;
          setPreparing((count) => count - 1);
          // The bank's accounts now exist (or not): read them, so Connect knows.
          store.getState().reload();
        });
    });
    return () => {
      live = false;
      unsubscribe();
    };
  }, [callbacks, store]);
  return preparing > 0;
}
