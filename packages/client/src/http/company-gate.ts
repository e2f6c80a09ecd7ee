import type { Clock } from '../internal/clock';
import type { SharedRateHolds } from './types';

/** The default of `maxConcurrentPerCompany`: Codat allows 10 concurrent requests per company. */
export const DEFAULT_MAX_CONCURRENT_PER_COMPANY = 10;

/** How long a read of the shared holds is reused: one read per company per 250 ms at most. */
export const SHARED_HOLD_CACHE_MS = 250;

interface Lane {
  active: number;
  waiting: Array<() => void>;
  /** Until when (client clock, ms) a 429's `Retry-After` holds every request of the company. */
  pausedUntil: number;
  /** When the shared holds were last read for the company, and the read under way. */
  readAt: number;
  reading: Promise<void> | null;
}

/**
 * Codat's limits are per company: at most `limit` requests of this client in flight per company,
 * and a `Retry-After` one request received holds back every request of the client to that
 * company, not only the one that was refused. Requests without a company are not held.
 *
 * With `shared` holds, a `Retry-After` is also written there, and a request reads them (at most
 * once per {@link SHARED_HOLD_CACHE_MS} per company) before it goes: every process on the same
 * API key then waits out a 429 that any one of them received. A failed read or write of the
 * shared holds never stops a request; the process's own hold still applies.
 */
export function createCompanyGate(
  limit: number,
  clock: Pick<Clock, 'now' | 'sleep'>,
  shared?: SharedRateHolds,
) {
  const lanes = new Map<string, Lane>();
  const laneOf = (companyId: string) => {
    let lane = lanes.get(companyId);
    if (!lane) {
      lane = { active: 0, waiting: [], pausedUntil: 0, readAt: -Infinity, reading: null };
      lanes.set(companyId, lane);
    }
    return lane;
  };
  /** Brings the lane's pause up to the shared hold, unless it was read a moment ago. */
  const readShared = (companyId: string, lane: Lane): Promise<void> | void => {
    if (!shared || clock.now() - lane.readAt < SHARED_HOLD_CACHE_MS) return;
    return (lane.reading ??= shared
      .get(companyId)
      .then(
        (until) => {
          lane.pausedUntil = Math.max(lane.pausedUntil, until);
        },
        () => undefined,
      )
      .finally(() => {
        lane.readAt = clock.now();
        lane.reading = null;
      }));
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
        await readShared(companyId, lane);
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
    /**
     * Holds every request to the company for `ms` (a 429's `Retry-After`), in every process
     * sharing the holds too.
     */
    pause(companyId: string | undefined, ms: number): void {
      if (companyId === undefined) return;
      const lane = laneOf(companyId);
      const until = clock.now() + ms;
      lane.pausedUntil = Math.max(lane.pausedUntil, until);
      // Not awaited: the refused request waits out the hold here whether or not it is shared.
      void shared?.hold(companyId, until).catch(() => undefined);
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
