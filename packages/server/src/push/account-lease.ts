import type { AccountPushes } from '../store/types';

/** The code of a push stopped because another instance took over its account's lease. */
export const LEASE_LOST = 'lease-lost';

/** Thrown (and used as the abort reason) once this instance no longer holds the account. */
export class LeaseLostError extends Error {
  readonly code = LEASE_LOST;
  constructor() {
    super('Another instance took over the account; this push stopped without writing more.');
    this.name = 'LeaseLostError';
  }
}

/** An account held by this instance while its push runs. */
export interface AccountLease {
  /** Aborts when the lease is lost (a renewal refused or failed). */
  readonly signal: AbortSignal;
  /**
   * Resolves while the lease is held; renews it first when its last renewal is getting old (a
   * stalled process), and rejects with {@link LeaseLostError} when it is gone. Awaited before
   * every write to the store, so a holder that lost the account never overwrites the new one.
   */
  ensure(): Promise<void>;
}

/** Where a lease is taken: the store, the account, who holds it and for how long. */
export interface LeaseRequest {
  pushes: AccountPushes;
  companyId: string;
  sourceAccountId: string;
  holder: string;
  leaseMs: number;
  /** Told when letting go of the lease failed (it then runs out by itself). */
  onReleaseError?: (error: unknown) => void;
}

/**
 * Runs `task` while holding the account's lease, renewed every third of `leaseMs`; lets go
 * afterwards whatever happens. Answers `{ claimed: false }` without running it when another
 * holder's lease is running.
 */
export async function withAccountLease<T>(
  request: LeaseRequest,
  task: (lease: AccountLease) => Promise<T>,
): Promise<{ claimed: false } | { claimed: true; value: T }> {
  const { pushes, companyId, sourceAccountId, holder, leaseMs } = request;
  if (!(await pushes.claim(companyId, sourceAccountId, holder, leaseMs))) return { claimed: false };

  const controller = new AbortController();
  let renewedAt = Date.now();
  let renewing: Promise<void> | null = null;
  const renew = () =>
    (renewing ??= (async () => {
      const started = Date.now();
      try {
        const kept = await pushes.renew(companyId, sourceAccountId, holder, leaseMs);
        if (kept) renewedAt = started;
        else controller.abort(new LeaseLostError());
      } catch {
        // Unknown whether it was extended: stop rather than risk two holders writing.
        controller.abort(new LeaseLostError());
      } finally {
        renewing = null;
      }
    })());
  const timer = setInterval(() => void renew(), Math.max(1, Math.floor(leaseMs / 3)));
  timer.unref?.();

  const lease: AccountLease = {
    signal: controller.signal,
    async ensure() {
      if (!controller.signal.aborted && Date.now() - renewedAt > (leaseMs * 2) / 3) await renew();
      if (controller.signal.aborted) throw new LeaseLostError();
    },
  };
  try {
    return { claimed: true, value: await task(lease) };
  } finally {
    clearInterval(timer);
    await renewing;
    // Harmless when the lease was lost: the store lets go only of this holder's lease.
    await pushes
      .release(companyId, sourceAccountId, holder)
      .catch((error: unknown) => request.onReleaseError?.(error));
  }
}
