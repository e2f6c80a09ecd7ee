'use client';
import { useEffect, useMemo, useRef } from 'react';
import { useStore } from 'zustand';
import { shallow } from 'zustand/vanilla/shallow';
import type {
  ConnectionsStore,
  ConnectionsStoreState,
  SetupRow,
  SetupStore,
  SetupStoreState,
} from '@bankfeeds/client';
import { useStoreRegistry } from './bank-feeds-provider';

/**
 * What the hooks need of a store: zustand's vanilla `getState`/`getInitialState`/`subscribe`
 * (the server render reads `getInitialState`). Every store of `@bankfeeds/client` fits.
 */
export interface ExternalStore<S> {
  getState(): S;
  getInitialState(): S;
  subscribe(listener: (state: S, previous: S) => void): () => void;
}

/** A selector that returns its previous result while `isEqual` holds (zustand's `useShallow` with `shallow`). */
function useEqualSelector<S, T>(
  selector: (state: S) => T,
  isEqual: (a: T, b: T) => boolean,
): (state: S) => T {
  const previous = useRef<{ value: T } | null>(null);
  return (state) => {
    const next = selector(state);
    if (previous.current && isEqual(previous.current.value, next)) return previous.current.value;
    previous.current = { value: next };
    return next;
  };
}

/**
 * Reads a slice of a store with zustand's `useStore`. The component re-renders only when the
 * slice changes: by `isEqual` when given, else by zustand's `shallow` (a new array or object with
 * the same members counts as unchanged), so a selector of one row re-renders one row. Subscribing
 * starts the store; the last component to unmount (or hide) stops it.
 */
export function useStoreSelector<S, T>(
  store: ExternalStore<S>,
  selector: (state: S) => T,
  isEqual?: (a: T, b: T) => boolean,
): T {
  return useStore(store, useEqualSelector(selector, isEqual ?? shallow));
}

/** Keeps `store` started while the calling component is mounted and shown. */
function useRunning(store: { subscribe(listener: () => void): () => void }) {
  // Subscribing is what starts a store (after mount: a server render sends no request).
  useEffect(() => store.subscribe(() => {}), [store]);
}

/** The setup store of the nearest provider; it runs while the caller is mounted. */
export function useSetupStore(): SetupStore {
  const store = useStoreRegistry('useSetupStore').setup();
  useRunning(store);
  return store;
}

/** The connections store of the nearest provider; it runs while the caller is mounted. */
export function useConnectionsStore(): ConnectionsStore {
  const store = useStoreRegistry('useConnectionsStore').connections();
  useRunning(store);
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
  return useSetup(selector, Object.is);
}

/** A slice of the connections store (organisation, connection status, feeds, actions...). */
export function useConnections<T>(
  selector: (state: ConnectionsStoreState) => T,
  isEqual?: (a: T, b: T) => boolean,
): T {
  return useStoreSelector(useConnectionsStore(), selector, isEqual);
}
