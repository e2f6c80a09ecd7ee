/**
 * Time and chance, injectable so that fake-timer tests are deterministic: every wait in the
 * client (backoff, per-attempt timeouts, polling) goes through {@link Clock.sleep}, and every
 * jitter through {@link Clock.random}.
 */
export interface Clock {
  /** Milliseconds since the epoch. @default Date.now */
  now(): number;
  /**
   * Resolves after `ms`; rejects with the signal's reason as soon as `signal` aborts.
   * @default a `setTimeout` wrapper (faked by `vi.useFakeTimers()`)
   */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
  /** A number in [0, 1). @default Math.random */
  random(): number;
}

/** An abortable `setTimeout`. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** The real clock. Reads `Date.now`/`Math.random` at call time so fakes installed later apply. */
export const systemClock: Clock = {
  now: () => Date.now(),
  sleep,
  random: () => Math.random(),
};

/** The system clock with some parts replaced. */
export function resolveClock(clock?: Partial<Clock>): Clock {
  return clock ? { ...systemClock, ...clock } : systemClock;
}
