'use client';
import { useEffect, useSyncExternalStore } from 'react';
import type * as CalendarDayPicker from './calendar-day-picker';

/** What `import()` of the calendar module gives. */
export type CalendarModule = typeof CalendarDayPicker;

/** Where the calendar module is: not asked for yet, on its way, here, or refused by the network. */
export type CalendarLoad =
  | { status: 'idle' | 'loading' | 'failed'; module: null }
  | { status: 'loaded'; module: CalendarModule };

/** Loads a module once, shares the promise, and lets a failed load be tried again. */
export interface LazyModuleLoader {
  load(): Promise<CalendarModule>;
  getSnapshot(): CalendarLoad;
  subscribe(listener: () => void): () => void;
}

/** A loader around `importer`; kept apart from the kit's one instance so its rules can be tested. */
export function createLazyModuleLoader(importer: () => Promise<CalendarModule>): LazyModuleLoader {
  let state: CalendarLoad = { status: 'idle', module: null };
  let pending: Promise<CalendarModule> | null = null;
  const listeners = new Set<() => void>();
  const set = (next: CalendarLoad) => {
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
          // A chunk refused once (offline, a deploy that replaced it) may load on the next open.
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

const calendar = /* @__PURE__ */ createLazyModuleLoader(() => import('./calendar-day-picker'));
// The server renders what the browser shows before the module arrives, so hydration matches.
const serverSnapshot: CalendarLoad = { status: 'idle', module: null };
const ignore = () => {};

/** Starts loading the calendar module (once); resolves with it. */
export const loadCalendar = (): Promise<CalendarModule> => calendar.load();

/**
 * The calendar module's load, started while `open` is true. Before it arrives (and on the
 * server) the module is `null`: the part shows a loading state, and typed entry works throughout.
 */
export function useCalendarModule(open: boolean): CalendarLoad {
  const load = useSyncExternalStore(calendar.subscribe, calendar.getSnapshot, () => serverSnapshot);
  useEffect(() => {
    if (open) calendar.load().catch(ignore);
  }, [open]);
  return load;
}

let prefetchScheduled = false;

/**
 * Prefetches the calendar module once the browser is idle, the first time any picker mounts: one
 * request per page however many pickers there are, and never during a render or on the server.
 * Browsers without `requestIdleCallback` (Safari) wait a moment with `setTimeout` instead.
 */
export function useCalendarPrefetch(): void {
  useEffect(() => {
    if (prefetchScheduled) return;
    prefetchScheduled = true;
    const prefetch = () => void calendar.load().catch(ignore);
    if (typeof window.requestIdleCallback === 'function') {
      window.requestIdleCallback(prefetch, { timeout: 5_000 });
    } else {
      setTimeout(prefetch, 200);
    }
  }, []);
}
