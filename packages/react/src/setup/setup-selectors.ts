import type { SetupStoreState } from '@bankfeeds/client';
import { toErrorInfo } from '../i18n/error-info';
import { allAccountsConnected, sessionOutcome } from './setup-step';

// The slices of the setup store the journey renders from; stable functions, so each slice is
// compared, and the journey re-renders, only when it changes.

export const selectStatus = (s: SetupStoreState) => s.status;
export const selectLinkUrl = (s: SetupStoreState) => s.linkUrl;
/** Whether the connection is being polled: exactly while the flow is `awaitingAuth`. */
export const selectWatching = (s: SetupStoreState) => s.status === 'awaitingAuth';
/** Whether the connection is known to have no source account (Xero's consent would fail). */
export const selectNoAccounts = (s: SetupStoreState) =>
  s.status === 'needsAuth' && s.sourceAccountCount === 0;
export const selectAuthFailure = (s: SetupStoreState) => s.authFailure;
export const selectError = (s: SetupStoreState) => s.error;
export const selectOrganisation = (s: SetupStoreState) => s.companyInfo?.companyName ?? null;
export const selectAllConnected = (s: SetupStoreState) => allAccountsConnected(s);
/** Counts for the summary, as one comparable snapshot. */
export const selectCounts = (s: SetupStoreState) => {
  const outcome = sessionOutcome(s);
  let feeds = 0;
  for (const id of s.rowIds) if (s.rows[id]!.phase === 'connected') feeds++;
  return { connectedNow: outcome.connected.length, failed: outcome.failed.length, feeds };
};
export const sameCounts = (
  a: ReturnType<typeof selectCounts>,
  b: ReturnType<typeof selectCounts>,
) => a.connectedNow === b.connectedNow && a.failed === b.failed && a.feeds === b.feeds;
/** A failure only the bank can fix, from any failed row: explained once, for the whole journey. */
export const selectOrgError = (s: SetupStoreState) => {
  for (const id of s.rowIds) {
    const error = s.rows[id]!.error;
    if (s.rows[id]!.phase === 'failed' && error && !toErrorInfo(error).userRecoverable)
      return error;
  }
  return null;
};
/** Whether retrying the failed rows may help: some failed for a reason a retry can fix. */
export const selectRetryable = (s: SetupStoreState) =>
  s.rowIds.some((id) => {
    const row = s.rows[id]!;
    return row.phase === 'failed' && (!row.error || toErrorInfo(row.error).userRecoverable);
  });
