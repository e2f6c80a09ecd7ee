import type { StoreApi } from 'zustand/vanilla';

/**
 * The contract of every store of the kit: zustand's vanilla `getState`/`subscribe` pair (so
 * `useStore`, `useSyncExternalStore` or any observer binds to it) plus `start` and `stop`.
 *
 * Subscribers drive the lifecycle, as TanStack Query's observers do: the first subscriber starts
 * the store, the last one to leave stops it. `start` and `stop` do the same by hand (a headless
 * integrator who only reads `getState`). Stopping aborts the reads and polls in flight and keeps
 * the state; starting again resumes what was cut short (a load, a poll) and catches up on any
 * change of connections made meanwhile.
 */
export interface BankFeedsStore<S> extends StoreApi<S> {
  /** Starts the store's work (first load, polls); does nothing while it runs. */
  start(): void;
  /** Aborts its reads and polls in flight; the state is kept and `start` resumes. */
  stop(): void;
}

/** What a store does when it starts and stops. */
export interface LifecycleHooks {
  /** `restart` is false the first time only. */
  onStart(restart: boolean): void;
  onStop(): void;
}

/**
 * Gives a zustand vanilla store the {@link BankFeedsStore} lifecycle.
 *
 * The last unsubscribe stops the store at the end of the current microtask, not at once: React
 * unsubscribes and subscribes again in one synchronous pass (StrictMode's double effects, a
 * component swapped for another that reads the same store), and that must not abort a load only
 * to send it again. A hidden `<Activity>` or an unmount stays unsubscribed, and the store stops.
 */
export function withLifecycle<S>(api: StoreApi<S>, hooks: LifecycleHooks): BankFeedsStore<S> {
  let running = false;
  let started = false;
  let subscribers = 0;
  let stopQueued = false;

  const start = () => {
    if (running) return;
    running = true;
    const restart = started;
    started = true;
    hooks.onStart(restart);
  };
  const stop = () => {
    if (!running) return;
    running = false;
    hooks.onStop();
  };

  return {
    ...api,
    start,
    stop,
    subscribe(listener) {
      subscribers++;
      const unsubscribe = api.subscribe(listener);
      start();
      let subscribed = true;
      return () => {
        if (!subscribed) return;
        subscribed = false;
        unsubscribe();
        subscribers--;
        if (subscribers > 0 || stopQueued) return;
        stopQueued = true;
        queueMicrotask(() => {
          stopQueued = false;
          if (subscribers === 0) stop();
        });
      };
    },
  };
}
