import type { Clock } from '../internal/clock';

/** The default of `maxConcurrentPerCompany`: Codat allows 10 concurrent requests per company. */
export const DEFAULT_MAX_CONCURRENT_PER_COMPANY = 10;

interface Lane {
  active: number;
  waiting: Array<() => void>;
  /** Until when (client clock, ms) a 429's `Retry-After` holds every request of the company. */
  pausedUntil: number;
}

/**
 * Codat's limits are per company: at most `limit` requests of this client in flight per company,
 * and a `Retry-After` one request received holds back every request of the client to that
 * company, not only the one that was refused. Requests without a company are not held.
 */
export function createCompanyGate(limit: number, clock: Pick<Clock, 'now' | 'sleep'>) {
  const lanes = new Map<string, Lane>();
  const laneOf = (companyId: string) => {
    let lane = lanes.get(companyId);
    if (!lane) lanes.set(companyId, (lane = { active: 0, waiting: [], pausedUntil: 0 }));
    return lane;
  };

  return {
    /**
     * Waits for a free place and for any pause of the company, then takes the place; call the
     * returned function once the reply has been read. Rejects with the signal's reason on abort.
     */
    async enter(companyId: string | undefined, signal?: AbortSignal): Promise<() => void> {
      if (companyId === undefined) return () => {};
      const lane = laneOf(companyId);
      // A pause is waited out once (a test clock's `now` need not move while it sleeps); only a
      // later, longer pause holds the request again.
      let served = -1;
      for (;;) {
        const until = lane.pausedUntil;
        const wait = until - clock.now();
        if (wait > 0 && until !== served) {
          await clock.sleep(wait, signal);
          served = until;
        } else if (lane.active < limit) break;
        else await queued(lane, signal);
      }
      lane.active++;
      let left = false;
      return () => {
        if (left) return;
        left = true;
        lane.active--;
        lane.waiting.shift()?.();
      };
    },
    /** Holds every request to the company for `ms` (a 429's `Retry-After`). */
    pause(companyId: string | undefined, ms: number): void {
      if (companyId === undefined) return;
      const lane = laneOf(companyId);
      lane.pausedUntil = Math.max(lane.pausedUntil, clock.now() + ms);
    },
  };
}

/** Waits until a place of the lane frees up (or the signal aborts). */
function queued(lane: Lane, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const wake = () => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    };
    const onAbort = () => {
      const at = lane.waiting.indexOf(wake);
      if (at >= 0) lane.waiting.splice(at, 1);
      reject(signal?.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    lane.waiting.push(wake);
  });
}

/** A company's gate as the requester uses it. */
export type CompanyGate = ReturnType<typeof createCompanyGate>;
