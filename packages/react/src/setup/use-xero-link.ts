'use client';
import type { MouseEvent, RefObject } from 'react';
import type { SetupStore } from '@bankfeeds/client';
import { useStoreRegistry } from '../provider/bank-feeds-provider';
import type { BankFeedsEvent } from './events';
import { openFreshLink } from './open-fresh-link';
import { errorEvent, type SetupEventCallbacks } from './use-setup-events';

/** The host's callbacks about Xero's authorisation page. */
export interface XeroLinkCallbacks extends SetupEventCallbacks {
  onConnectionStarted?: ((details: { connectionId: string; linkUrl: string }) => void) | undefined;
  onEvent?: ((event: BankFeedsEvent) => void) | undefined;
  openLink?: ((url: string) => void) | undefined;
}

/**
 * Opening Xero's authorisation page: with a fresh link each time (Codat's links work once), then
 * watching the connection until the user is back. `openXero` is the Connect link's click (also
 * "Try again" after a failed consent); `reconnect` is the error panel's Reconnect.
 */
export function useXeroLink(
  store: SetupStore,
  callbacks: RefObject<XeroLinkCallbacks>,
  linkUrl: string | null,
) {
  const registry = useStoreRegistry('<BankFeedsSetup>');
  const { client, companyId } = registry.options;
  const connectionIdNow = () => store.getState().connectionId ?? '';

  // Codat's links work once: read the connection for a fresh one right before opening it.
  const readLinkUrl = async () =>
    (await client.getConnection(companyId, connectionIdNow())).linkUrl;
  const openFresh = () =>
    openFreshLink(readLinkUrl, callbacks.current.openLink).catch((caught: unknown) => {
      const event = errorEvent(caught);
      callbacks.current.onError?.(event);
      callbacks.current.onEvent?.({
        type: 'error',
        code: event.code,
        userRecoverable: event.userRecoverable,
      });
      return null;
    });

  const openXero = (event: MouseEvent<HTMLAnchorElement>) => {
    if (!linkUrl) return;
    // The stored href may be spent; the fresh link is opened instead.
    event.preventDefault();
    const { onConnectionStarted: started, onEvent: emit } = callbacks.current;
    store.getState().watchConnection();
    const connectionId = connectionIdNow();
    emit?.({ type: 'xero.link.opened', connectionId });
    void openFresh().then((url) => {
      if (url) started?.({ connectionId, linkUrl: url });
    });
  };

  const reconnect = () => {
    void openFresh();
    store.getState().watchConnection();
  };

  return { openXero, reconnect };
}
