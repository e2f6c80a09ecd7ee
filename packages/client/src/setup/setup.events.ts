import type { ErrorCode } from '@bankfeeds/model';
import type { BankFeedsError } from '../http/errors';
import type { ConsentFailureReason } from './consent-failure';
import type { SetupRow, SetupStatus } from './setup.types';

/**
 * What the setup flow reports as it goes, typed and free of personal data: the machine emits
 * them itself on its transitions, so a headless integrator (the store's `onEvent`) and the React
 * kit (`BankFeedsSetup`'s `onEvent`, which forwards these and adds its screens' own) get the same
 * analytics for the same journey.
 */
export type SetupDomainEvent =
  /** The flow entered another state. */
  | { type: 'status.changed'; status: SetupStatus }
  /**
   * The flow has a Xero connection waiting for consent (`PendingAuth`): it created it, found it,
   * or was given it. Once per connection and session. Codat's `onConnectionStarted` moment: the
   * bank registers its source accounts now, before the user goes to Xero.
   */
  | { type: 'connection.started'; connectionId: string; created: boolean }
  /** The Xero connection became `Linked` after the flow had seen it unlinked. */
  | { type: 'connection.linked'; connectionId: string }
  /** Xero's consent failed: the user cancelled, or Codat or Xero refused it. */
  | { type: 'connection.failed'; connectionId: string; reason: ConsentFailureReason }
  /** A submit sent `count` mapping requests. */
  | { type: 'mapping.submitted'; count: number }
  /** Codat reports the row's feed connected. */
  | { type: 'feed.connected'; sourceAccountId: string }
  /** The row's feed failed (its request, or Codat's confirmation); `code` says why. */
  | { type: 'feed.failed'; sourceAccountId: string; code: ErrorCode }
  /** A round settled (`done` or `rowsFailed`), with the rows this session connected and failed. */
  | { type: 'setup.completed'; connected: number; failed: number }
  /** The flow failed as a whole (loading, or the wait for Xero). */
  | { type: 'error'; code: ErrorCode; userRecoverable: boolean };

/**
 * Codes nothing the user does in this session can fix: the host (or the bank) must step in. The
 * one list: the React kit's error presentation reads it through `isUserRecoverableCode`.
 */
const NOT_USER_RECOVERABLE: ReadonlySet<ErrorCode> = new Set<ErrorCode>([
  'unauthorized',
  'company-limit-reached',
  'bank-feeds-disabled',
  'api-key-in-browser',
]);

/** Whether the user can recover from an error of this code within the journey. */
export function isUserRecoverableCode(code: ErrorCode): boolean {
  return !NOT_USER_RECOVERABLE.has(code);
}

/** The `error` event of a failure of the whole flow. */
export function errorEventOf(error: BankFeedsError): SetupDomainEvent {
  return { type: 'error', code: error.code, userRecoverable: isUserRecoverableCode(error.code) };
}

/** The event of a row whose phase changed, if the change is news: connected, or failed. */
export function rowEventOf(before: SetupRow | undefined, after: SetupRow): SetupDomainEvent | null {
  if (!before || before.phase === after.phase) return null;
  if (after.phase === 'connected') return { type: 'feed.connected', sourceAccountId: after.id };
  if (after.phase === 'failed' && after.error) {
    return { type: 'feed.failed', sourceAccountId: after.id, code: after.error.code };
  }
  return null;
}

/**
 * Rows this session connected or failed: what `setup.completed` reports. A feed already
 * connected when the flow loaded was never submitted (`attempts` is 0), so it does not count.
 */
export function sessionCounts(state: {
  rowIds: readonly string[];
  rows: Readonly<Record<string, SetupRow>>;
}): { connected: number; failed: number } {
  let connected = 0;
  let failed = 0;
  for (const id of state.rowIds) {
    const row = state.rows[id]!;
    if (row.phase === 'connected' && row.attempts > 0) connected++;
    else if (row.phase === 'failed') failed++;
  }
  return { connected, failed };
}
