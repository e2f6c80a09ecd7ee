'use client';
import { useEffect } from 'react';
import type { SetupStore, SetupStoreState } from '@bankfeeds/client';

/** Settled states: nothing in flight that a reload would cut short. */
const SETTLED: ReadonlySet<SetupStoreState['status']> = new Set([
  'mapping',
  'done',
  'loadFailed',
  'rowsFailed',
]);
const isSettled = (state: SetupStoreState) => SETTLED.has(state.status);

/**
 * The provider keeps the setup store while the customer goes elsewhere (another page of the
 * portal, the manager). Feeds may have changed meanwhile (disconnected on "Manage feeds", or in
 * Xero), so a journey mounted again on a store that already loaded reads everything afresh,
 * keeping the customer's drafts. A first mount loads anyway (the store is still `loading`).
 */
export function useRefreshOnReturn(store: SetupStore): void {
  useEffect(() => {
    const state = store.getState();
    if (isSettled(state)) state.reload();
  }, [store]);
}
