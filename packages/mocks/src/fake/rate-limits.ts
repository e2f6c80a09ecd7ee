/**
 * Codat's rate limits (docs/using-the-api/rate-limits.md): at most 10 requests in flight at once
 * per active company, 1,000 requests a minute per IP address, and a daily quota of 1,000 × (1 +
 * active companies). Past any of them Codat answers 429 with `Retry-After`. The fake enforces the
 * first two only when asked to, with the figures a test gives.
 */
export interface RateLimitOptions {
  /** Requests answered in one minute of the fake's clock (Codat: 1,000 per IP address). */
  perMinute?: number;
  /** Requests in flight at once for one company (Codat: 10 per active company). */
  concurrentPerCompany?: number;
}

/** A request let through (release it when its reply is sent), or refused for this long. */
export type Admission =
  { admitted: true; release(): void } | { admitted: false; retryAfterSeconds: number };

const MINUTE_MS = 60_000;

function checkLimit(name: string, value: number | undefined): void {
  if (value !== undefined && (!Number.isInteger(value) || value < 1))
    throw new Error(`rateLimits.${name} must be a whole number of 1 or more (got ${value})`);
}

/**
 * The rate limiter of one fake. Minutes are fixed windows of the fake's clock (from :00 to :59),
 * and a refused request does not count against them (the kit's assumption: Codat documents the
 * figures, not how it counts). A request is in flight from when it is let through until its reply
 * is sent, injected hangs included.
 */
export function createRateLimiter(options: RateLimitOptions | undefined, peekTime: () => number) {
  checkLimit('perMinute', options?.perMinute);
  checkLimit('concurrentPerCompany', options?.concurrentPerCompany);
  const inFlight = new Map<string, number>();
  let window = -1;
  let counted = 0;
  return {
    /** Lets a request through, or says how long to wait; `companyId` is `null` off a company's paths. */
    admit(companyId: string | null): Admission {
      const time = peekTime();
      const current = Math.floor(time / MINUTE_MS);
      if (current !== window) {
        window = current;
        counted = 0;
      }
      const perMinute = options?.perMinute;
      if (perMinute !== undefined && counted >= perMinute)
        return {
          admitted: false,
          retryAfterSeconds: Math.max(1, Math.ceil(((current + 1) * MINUTE_MS - time) / 1000)),
        };
      const concurrent = options?.concurrentPerCompany;
      const busy = companyId === null ? 0 : (inFlight.get(companyId) ?? 0);
      // The kit's assumption: Codat does not say how long to wait; one second.
      if (concurrent !== undefined && busy >= concurrent)
        return { admitted: false, retryAfterSeconds: 1 };
      counted++;
      if (companyId !== null) inFlight.set(companyId, busy + 1);
      let released = false;
      return {
        admitted: true,
        release() {
          if (released || companyId === null) return;
          released = true;
          inFlight.set(companyId, (inFlight.get(companyId) ?? 1) - 1);
        },
      };
    },
    /** Requests in flight for a company now. */
    inFlight: (companyId: string) => inFlight.get(companyId) ?? 0,
  };
}
