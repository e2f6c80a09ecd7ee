import type { Clock } from '../internal/clock';

/** When and how often a failed request is tried again. */
export interface RetryOptions {
  /** Most attempts in all, the first included. @default 4 */
  maxAttempts: number;
  /** Stop retrying once this much time has passed since the first attempt. @default 60000 */
  maxElapsedMs: number;
  /** Base delay before the first retry. @default 500 */
  initialDelayMs: number;
  /** Largest backoff delay (a server's `Retry-After` may ask for more). @default 15000 */
  maxDelayMs: number;
  /** Growth of the delay per retry. @default 2 */
  multiplier: number;
}

/** The defaults of {@link RetryOptions}. */
export const DEFAULT_RETRY: RetryOptions = {
  maxAttempts: 4,
  maxElapsedMs: 60_000,
  initialDelayMs: 500,
  maxDelayMs: 15_000,
  multiplier: 2,
};

/**
 * The wait before retry number `retry` (1 for the first retry): exponential, capped, with "equal
 * jitter" (half fixed, half random) so clients that failed together do not retry together, yet
 * never retry at once.
 */
export function backoffDelay(retry: number, options: RetryOptions, random: () => number): number {
  const base = Math.min(
    options.maxDelayMs,
    options.initialDelayMs * options.multiplier ** Math.max(0, retry - 1),
  );
  return Math.round(base / 2 + (random() * base) / 2);
}

/**
 * `Retry-After` in milliseconds: delta-seconds or an HTTP date; `null` when absent or unreadable.
 */
export function parseRetryAfter(value: string | null, clock: Pick<Clock, 'now'>): number | null {
  if (!value) return null;
  const trimmed = value.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.round(Number(trimmed) * 1000);
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return null;
  return Math.max(0, date - clock.now());
}

/** The retry options with the caller's overrides. `false` means one attempt only. */
export function resolveRetry(retry: Partial<RetryOptions> | false | undefined): RetryOptions {
  if (retry === false) return { ...DEFAULT_RETRY, maxAttempts: 1 };
  return { ...DEFAULT_RETRY, ...retry };
}
