'use client';
import { useEffect, useMemo, useSyncExternalStore } from 'react';
import type {
  ConnectionsStore,
  ConnectionsStoreState,
  SetupRow,
  SetupStore,
  SetupStoreState,
} from '@bankfeeds/client';
import { useStoreRegistry } from './bank-feeds-provider';

/** What the hooks need of a store: zustand's vanilla `getState`/`subscribe` pair fits. */
export interface ExternalStore<S> {
  getState(): S;
  subscribe(listener: () => void): () => void;
}

/** A `getSnapshot` that returns the previous slice while it is still equal (stable identity). */
function createSelection<S, T>(
  store: ExternalStore<S>,
  selector: (state: S) => T,
  isEqual: (a: T, b: T) => boolean,
): () => T {
  let has = false;
  let lastState: S;
  let lastSelection: T;
  return () => {
    const state = store.getState();
    if (has && Object.is(state, lastState)) return lastSelection;
    const next = selector(state);
    lastState = state;
    if (!has || !isEqual(lastSelection, next)) lastSelection = next;
    has = true;
    return lastSelection;
  };
}

/**
 * Reads a slice of a zustand vanilla store through `useSyncExternalStore`. The component
 * re-renders only when the slice changes (by `isEqual`), so a selector of one row re-renders one row.
 */
export function useStoreSelector<S, T>(
  store: ExternalStore<S>,
  selector: (state: S) => T,
  isEqual: (a: T, b: T) => boolean = Object.is,
): T {
  const getSelection = useMemo(
    () => createSelection(store, selector, isEqual),
    [store, selector, isEqual],
  );
  return useSyncExternalStore(store.subscribe, getSelection, getSelection);
}

/** The setup store of the nearest provider; loading starts after mount. */
export function useSetupStore(): SetupStore {
  const registry = useStoreRegistry('useSetupStore');
  const store = registry.setup();
  useEffect(() => registry.start(store), [registry, store]);
  return store;
}

/** The connections store of the nearest provider; loading starts after mount. */
export function useConnectionsStore(): ConnectionsStore {
  const registry = useStoreRegistry('useConnectionsStore');
  const store = registry.connections();
  useEffect(() => registry.start(store), [registry, store]);
  return store;
}

/** A slice of the setup flow's state (status, rows, organisation, actions...). */
export function useSetup<T>(
  selector: (state: SetupStoreState) => T,
  isEqual?: (a: T, b: T) => boolean,
): T {
  return useStoreSelector(useSetupStore(), selector, isEqual);
}

/** One row of the setup flow; re-renders only when that row changes. */
export function useSetupRow(sourceAccountId: string): SetupRow | undefined {
  const selector = useMemo(
    () => (state: SetupStoreState) => state.rows[sourceAccountId],
    [sourceAccountId],
  );
  return useSetup(selector);
}

/** A slice of the connections store (organisation, connection status, feeds, actions...). */
export function useConnections<T>(
  selector: (state: ConnectionsStoreState) => T,
  isEqual?: (a: T, b: T) => boolean,
): T {
  return useStoreSelector(useConnectionsStore(), selector, isEqual);
}
