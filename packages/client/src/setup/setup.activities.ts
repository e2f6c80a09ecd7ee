import { asBankFeedsError, BankFeedsError, isBankFeedsError } from '../http/errors';
import type { BrowserClient } from '../http/types';
import { findOrCreateXeroConnection } from '../connections/xero-connection';
import type { Clock } from '../internal/clock';
import type { ConnectionFeed } from '../internal/connection-changes';
import { pollDelay, type PollOptions } from '../internal/poll';
import type { SetupEffect, SetupResultEvent, SetupState } from './setup.types';

/** What the setup store's activities work with. */
export interface ActivityContext {
  client: BrowserClient;
  companyId: string;
  clock: Clock;
  confirmPoll: PollOptions;
  watchPoll: PollOptions;
  changes: ConnectionFeed;
  getState(): SetupState;
  /** Feeds an outcome back to the machine. */
  report(event: SetupResultEvent): void;
}

/** Anything thrown, as the kit's typed error. */
export const asFailure = (error: unknown): BankFeedsError =>
  asBankFeedsError(error, error instanceof Error ? error.message : String(error));

/** The connection the flow works on (activities run only in states that have one). */
const connectionOf = (ctx: ActivityContext): string => ctx.getState().connectionId ?? '';

/**
 * `findingConnection`'s activity: the company's Xero connection, found among its connections or
 * created, as Codat's own component does on mount.
 */
export async function findConnectionActivity(
  ctx: ActivityContext,
  signal: AbortSignal,
): Promise<void> {
  try {
    const { connection, created } = await findOrCreateXeroConnection(ctx.client, ctx.companyId, {
      signal,
    });
    if (!signal.aborted) ctx.report({ type: 'CONNECTION.FOUND', connection, created });
  } catch (error) {
    if (!signal.aborted) ctx.report({ type: 'LOAD.FAILED', error: asFailure(error) });
  }
}

/** `loading`'s activity: reads the connection, then the accounts, mappings and organisation. */
export async function loadActivity(ctx: ActivityContext, signal: AbortSignal): Promise<void> {
  const { client, companyId } = ctx;
  const connectionId = connectionOf(ctx);
  ctx.changes.seen();
  try {
    let connection;
    try {
      connection = await client.getConnection(companyId, connectionId, { signal });
    } catch (error) {
      // Deleted (from the manager, or by the bank): a flow that found it finds or creates another.
      if (ctx.getState().findsConnection && isBankFeedsError(error) && error.code === 'not-found') {
        if (!signal.aborted) ctx.report({ type: 'CONNECTION.GONE' });
        return;
      }
      throw error;
    }
    if (signal.aborted) return;
    if (connection.status !== 'Linked') {
      // Xero's consent fails without a source account: the journey needs to know there is one.
      const accounts = await client
        .listSourceAccounts(companyId, connectionId, { signal })
        .catch(() => null);
      if (signal.aborted) return;
      ctx.report({
        type: 'LOAD.NEEDS_AUTH',
        connection,
        sourceAccountCount: accounts ? accounts.length : null,
      });
      return;
    }
    const [sourceAccounts, mappings, companyInfo] = await Promise.all([
      client.listSourceAccounts(companyId, connectionId, { signal }),
      client.getMappings(companyId, connectionId, { signal }),
      // The organisation's name is shown, not needed: the flow goes on without it.
      client.getCompanyInformation(companyId, connectionId, { signal }).catch(() => null),
    ]);
    if (!signal.aborted) {
      ctx.report({ type: 'LOAD.DONE', connection, sourceAccounts, mappings, companyInfo });
    }
  } catch (error) {
    if (!signal.aborted) ctx.report({ type: 'LOAD.FAILED', error: asFailure(error) });
  }
}

/**
 * `awaitingAuth`'s activity: polls the connection until it is `Linked` (or consent fails, which
 * the machine reads from each reply). Leaving the state aborts `signal`, which ends it.
 */
export async function watchActivity(ctx: ActivityContext, signal: AbortSignal): Promise<void> {
  const { client, companyId, watchPoll } = ctx;
  const connectionId = connectionOf(ctx);
  try {
    for (let attempt = 0; attempt < watchPoll.maxAttempts; attempt++) {
      await ctx.clock.sleep(pollDelay(attempt, watchPoll), signal);
      try {
        const connection = await client.getConnection(companyId, connectionId, { signal });
        if (signal.aborted) return;
        ctx.report({ type: 'CONNECTION.CHANGED', connection });
        if (connection.status === 'Linked') ctx.changes.publish();
        if (signal.aborted) return; // the reply ended the wait (linked, or consent failed)
      } catch (error) {
        if (signal.aborted) return;
        if (!isBankFeedsError(error) || !error.retryable) throw error;
      }
    }
    throw new BankFeedsError('The connection was not authorised in time.', { code: 'timeout' });
  } catch (error) {
    if (!signal.aborted) ctx.report({ type: 'CONNECTION.WATCH_FAILED', error: asFailure(error) });
  }
}

/**
 * `confirming`'s activity: polls the mappings with backoff until no row is confirming, then
 * gives up with `timeout` after `maxAttempts`. Leaving the state aborts `signal`; entering it
 * again (more rows sent meanwhile) starts a fresh backoff.
 */
export async function confirmActivity(ctx: ActivityContext, signal: AbortSignal): Promise<void> {
  const { client, companyId, confirmPoll } = ctx;
  const connectionId = connectionOf(ctx);
  try {
    for (let attempt = 0; ; attempt++) {
      if (attempt >= confirmPoll.maxAttempts) {
        const error = new BankFeedsError('Codat did not confirm the feed in time.', {
          code: 'timeout',
        });
        ctx.report({ type: 'CONFIRM.GAVE_UP', error });
        return;
      }
      await ctx.clock.sleep(pollDelay(attempt, confirmPoll), signal);
      try {
        const mappings = await client.getMappings(companyId, connectionId, { signal });
        if (signal.aborted) return;
        const before = ctx.getState().rows;
        ctx.report({ type: 'MAPPINGS.RECEIVED', mappings });
        if (ctx.getState().rows !== before) ctx.changes.publish();
        if (signal.aborted) return; // every row settled: the flow left `confirming`
      } catch (error) {
        if (signal.aborted) return;
        // A passing fault is polled through; a lasting one ends the wait for every row.
        if (!isBankFeedsError(error) || !error.retryable) {
          ctx.report({ type: 'CONFIRM.GAVE_UP', error: asFailure(error) });
          return;
        }
      }
    }
  } catch {
    // Only an abort gets here: the flow left `confirming`, or the store stopped.
  }
}

/** A submit's action: one mapping request. A write: never aborted, its outcome always lands. */
export async function submitRow(
  ctx: ActivityContext,
  effect: Extract<SetupEffect, { type: 'submitRow' }>,
): Promise<void> {
  try {
    const response = await ctx.client.createMapping(ctx.companyId, connectionOf(ctx), {
      sourceAccountId: effect.sourceAccountId,
      // Leaving the target out asks Codat to create a new Xero account.
      ...(effect.targetAccountId ? { targetAccountId: effect.targetAccountId } : {}),
      feedStartDate: effect.feedStartDate,
    });
    ctx.report({ type: 'ROW.SUBMITTED', sourceAccountId: effect.sourceAccountId, response });
    // Accepted (connecting or connected): the other views of this connection catch up.
    if (ctx.getState().rows[effect.sourceAccountId]?.phase !== 'failed') ctx.changes.publish();
  } catch (error) {
    ctx.report({
      type: 'ROW.SUBMIT_FAILED',
      sourceAccountId: effect.sourceAccountId,
      error: asFailure(error),
    });
  }
}
