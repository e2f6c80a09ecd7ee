import type { Logger } from '../bank';
import { LEASE_LOST, LeaseLostError, withAccountLease } from './account-lease';
import { emptyResult, errorResult, runPush, type PushContext, type PushTarget } from './run-push';
import type { AccountPushResult } from './types';

/** The code of an account skipped because another instance is pushing it now. */
export const BUSY = 'busy';

/** What pushing one account needs: the run's context, who this instance is, and its log. */
export interface AccountPushContext extends PushContext {
  log: Logger;
  leaseMs: number;
  /** A new holder name for one run (this instance's id and a run id). */
  newHolder: () => string;
}

/** Two runs of one account as one result: a resumed push, then the lines after it. */
function combine(first: AccountPushResult, second: AccountPushResult): AccountPushResult {
  return {
    ...second,
    outcome: second.outcome === 'skipped' ? first.outcome : second.outcome,
    sent: first.sent + second.sent,
    pushOperationKeys: [...first.pushOperationKeys, ...second.pushOperationKeys],
    errors: [...first.errors, ...second.errors],
    warnings: [...first.warnings, ...second.warnings],
  };
}

/**
 * Sends one connected account's new lines with the kit's `pushTransactions` (Xero's rules
 * checked first, requests of at most 1000, each write operation followed to its end), starting
 * after the account's cursor, or at its feed start date the first time.
 *
 * The account is leased in the store for the run: while another instance (or another run of this
 * one) holds it, the result is `skipped` with code `busy`. An unsettled push saved by an earlier
 * run is resumed first, over the same lines; only once it succeeds are newer lines sent. Every
 * run is recorded for the bank's operators. Never rejects: a failure is an `error` result.
 */
export async function pushAccount(
  ctx: AccountPushContext,
  target: PushTarget,
  outer?: AbortSignal,
): Promise<AccountPushResult> {
  const { companyId, account } = target;
  const startedAt = new Date().toISOString();
  let result: AccountPushResult;
  try {
    result = await leasedPush(ctx, target, outer);
  } catch (error) {
    ctx.log.error('push failed', {
      companyId,
      sourceAccountId: account.id,
      error: error instanceof Error ? error.message : String(error),
    });
    result = errorResult(account.id, 'internal', 'The push stopped on an unexpected error.');
  }
  await ctx.store.pushes
    .recordRun({
      companyId,
      sourceAccountId: account.id,
      outcome: result.outcome,
      sent: result.sent,
      code: result.code ?? null,
      errors: result.errors,
      startedAt,
      finishedAt: new Date().toISOString(),
    })
    .catch((error: unknown) =>
      ctx.log.warn('push run not recorded', {
        companyId,
        sourceAccountId: account.id,
        error: error instanceof Error ? error.message : String(error),
      }),
    );
  ctx.log.info('push', {
    customerId: target.customerId,
    companyId,
    sourceAccountId: account.id,
    outcome: result.outcome,
    sent: result.sent,
    code: result.code,
  });
  return result;
}

/** The push itself, under the account's lease. */
async function leasedPush(
  ctx: AccountPushContext,
  target: PushTarget,
  outer: AbortSignal | undefined,
): Promise<AccountPushResult> {
  const { companyId, account } = target;
  const leased = await withAccountLease(
    {
      pushes: ctx.store.pushes,
      companyId,
      sourceAccountId: account.id,
      holder: ctx.newHolder(),
      leaseMs: ctx.leaseMs,
      onReleaseError: (error) =>
        ctx.log.warn('lease not released', {
          companyId,
          sourceAccountId: account.id,
          error: error instanceof Error ? error.message : String(error),
        }),
    },
    async (lease) => {
      const signal = outer ? AbortSignal.any([lease.signal, outer]) : lease.signal;
      try {
        // Read under the lease: whatever an earlier holder stored is final by now.
        const state = await ctx.store.pushes.get(companyId, account.id);
        if (!state.saved) return await runPush(ctx, target, state, lease, signal);
        const resumed = await runPush(ctx, target, state, lease, signal);
        if (resumed.outcome !== 'success') return resumed;
        const after = await ctx.store.pushes.get(companyId, account.id);
        return combine(resumed, await runPush(ctx, target, after, lease, signal));
      } catch (error) {
        if (!(error instanceof LeaseLostError)) throw error;
        return errorResult(account.id, LEASE_LOST, error.message);
      }
    },
  );
  if (leased.claimed) return leased.value;
  return { ...emptyResult(account.id), code: BUSY };
}
