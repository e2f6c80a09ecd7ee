'use client';
import { useEffect, useSyncExternalStore } from 'react';

/** Where a lazy module is: not asked for yet, on its way, here, or refused by the network. */
export type LazyModuleLoad<Module> =
  { status: 'idle' | 'loading' | 'failed'; module: null } | { status: 'loaded'; module: Module };

/** Loads a module once, shares the promise, and lets a failed load be tried again. */
export interface LazyModuleLoader<Module> {
  load(): Promise<Module>;
  getSnapshot(): LazyModuleLoad<Module>;
  subscribe(listener: () => void): () => void;
}

/** A loader around `importer` (a dynamic `import()`, which bundlers make a chunk of its own). */
/* @__NO_SIDE_EFFECTS__ */
export function createLazyModuleLoader<Module>(
  importer: () => Promise<Module>,
): LazyModuleLoader<Module> {
  let state: LazyModuleLoad<Module> = { status: 'idle', module: null };
  let pending: Promise<Module> | null = null;
  const listeners = new Set<() => void>();
  const set = (next: LazyModuleLoad<Module>) => {
    state = next;
    for (const listener of listeners) listener();
  };
  return {
    load() {
      if (pending) return pending;
      set({ status: 'loading', module: null });
      pending = importer().then(
        (module) => {
          set({ status: 'loaded', module });
          return module;
        },
        (error: unknown) => {
          // A chunk refused once (offline, a deploy that replaced it) may load on the next ask.
          pending = null;
          set({ status: 'failed', module: null });
          throw error;
        },
      );
      return pending;
    },
    getSnapshot: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

// The server renders what the browser shows before the module arrives, so hydration matches.
const serverSnapshot = { status: 'idle', module: null } as const;
const ignore = () => {};
const unsubscribed = () => ignore;

/**
 * The module's load, started while `wanted` is true. Before it arrives (and on the server) the
 * module is `null`; once it is here, every later render has it at once. A part re-renders when
 * the load moves on only while it wants the module.
 *
 * `onFailure` (as it was when `wanted` became true: pass one that calls state setters) runs when
 * the load this part started is refused (offline, a deploy that replaced the chunk) while the
 * part still wants it: the part says so, and asking again loads afresh.
 */
export function useLazyModule<Module>(
  loader: LazyModuleLoader<Module>,
  wanted: boolean,
  onFailure?: () => void,
): LazyModuleLoad<Module> {
  // Subscribed only while wanted: a thousand closed parts are not rendered again when it lands.
  const subscribe = wanted ? loader.subscribe : unsubscribed;
  const load = useSyncExternalStore(subscribe, loader.getSnapshot, () => serverSnapshot);
  useEffect(() => {
    if (!wanted) return;
    let stillWanted = true;
    loader.load().catch(() => {
      if (stillWanted) onFailure?.();
    });
    return () => {
      stillWanted = false;
    };
    // The part is told with the callback it asked with: no effect (and no ref kept up to date)
    // on every render of a thousand rows that never ask.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [loader, wanted]);
  return load;
}

// The loaders whose idle prefetch is scheduled already: one per page.
const prefetchScheduled = new WeakSet<LazyModuleLoader<unknown>>();

/**
 * Prefetches the module once the browser is idle, the first time a part that may need it mounts:
 * one request per page however many parts there are, and never during a render or on the server.
 * Browsers without `requestIdleCallback` (Safari) wait a moment with `setTimeout` instead.
 */
export function useIdlePrefetch(loader: LazyModuleLoader<unknown>): void {
  useEffect(() => {
    if (prefetchScheduled.has(loader)) return;
    prefetchScheduled.add(loader);
    const prefetch = () => void loader.load().catch(ignore);
    if (typeof window.requestIdleCallback === 'function') {
      window.requestIdleCallback(prefetch, { timeout: 5_000 });
    } else {
      setTimeout(prefetch, 200);
    }
  }, [loader]);
}
