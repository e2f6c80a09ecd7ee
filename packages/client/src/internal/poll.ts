/** How a store polls Codat for something to change (a mapping, a connection, a push). */
export interface PollOptions {
  /** Wait before the first check. @default 1000 */
  initialDelayMs: number;
  /** Longest wait between checks. @default 8000 */
  maxDelayMs: number;
  /** Growth of the wait per check. @default 1.5 */
  multiplier: number;
  /** Checks before giving up with `timeout`. @default 30 */
  maxAttempts: number;
}

/** The defaults of {@link PollOptions}: about three and a half minutes in all. */
export const DEFAULT_POLL: PollOptions = {
  initialDelayMs: 1_000,
  maxDelayMs: 8_000,
  multiplier: 1.5,
  maxAttempts: 30,
};

/** The wait before check number `attempt` (0-based). No jitter: one user, one poll. */
export function pollDelay(attempt: number, options: PollOptions): number {
  return Math.round(
    Math.min(options.maxDelayMs, options.initialDelayMs * options.multiplier ** attempt),
  );
}

/** Poll options with the caller's overrides. */
export function resolvePoll(poll?: Partial<PollOptions>): PollOptions {
  return { ...DEFAULT_POLL, ...poll };
}
