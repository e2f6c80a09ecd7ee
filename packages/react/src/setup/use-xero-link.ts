'use client';
import type { MouseEvent, RefObject } from 'react';
import type { SetupStore } from '@bankfeeds/client';
import { useStoreRegistry } from '../provider/bank-feeds-provider';
import type { BankFeedsEvent } from './events';
import { openFreshLink } from './open-fresh-link';
import { errorEvent, type SetupEventCallbacks } from './use-setup-events';

/** The host's callbacks about Xero's authorisation page. */
export interface XeroLinkCallbacks extends SetupEventCallbacks {
  onEvent?: ((event: BankFeedsEvent) => void) | undefined;
  openLink?: ((url: string) => void) | undefined;
}

/** Thrown by the link read when the connection has no source account yet. */
const NO_ACCOUNTS = Symbol('no source accounts');

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

  // Codat's links work once: read the connection for a fresh one right before opening it. Xero's
  // consent fails on a connection without a source account: its accounts are read too, and
  // Xero is not opened while there is none (unknown, when the read fails, does not hold it up).
  const readLinkUrl = async () => {
    const id = connectionIdNow();
    const [connection, accounts] = await Promise.all([
      client.getConnection(companyId, id),
      client.listSourceAccounts(companyId, id).catch(() => null),
    ]);
    if (accounts?.length === 0) throw NO_ACCOUNTS;
    return connection.linkUrl;
  };
  const openFresh = () =>
    openFreshLink(readLinkUrl, callbacks.current.openLink).catch((caught: unknown) => {
      // Refused, not failed: the flow reads the connection again and says why.
      if (caught === NO_ACCOUNTS) {
        store.getState().reload();
        return null;
      }
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
    const connectionId = connectionIdNow();
    store.getState().watchConnection();
    void openFresh().then((url) => {
      if (url) callbacks.current.onEvent?.({ type: 'xero.link.opened', connectionId });
    });
  };

  const reconnect = () => {
    void openFresh();
    store.getState().watchConnection();
  };

  return { openXero, reconnect };
}
