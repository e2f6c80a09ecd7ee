import {
  newTargetAccountName,
  type BankFeedMapping,
  type CalendarDate,
  type SourceAccount,
} from '@bankfeeds/model';
import { rowEventOf, type SetupDomainEvent } from './setup.events';
import type { RowDraft, RowPhase, SetupRow, SetupState, SetupStatus } from './setup.types';
import { sameProblems, validateDraft } from './validate-draft';

// The rows of the setup machine: building them from Codat's reads, changing them with their
// problems re-checked, and the round state their phases add up to.

/** A row the user may still edit: not in flight, not connected. */
export const isEditable = (row: SetupRow) => row.phase === 'idle' || row.phase === 'failed';

/**
 * Where a row starts from Codat's status of its feed: a feed already `connected` is done, one
 * `connecting` waits for Xero to confirm, any other is the customer's to choose.
 */
export function rowPhaseOf(feedStatus: string): RowPhase {
  if (feedStatus === 'connected') return 'connected';
  if (feedStatus === 'connecting') return 'confirming';
  return 'idle';
}

/** The draft of a row the customer has not touched: "Don't connect", starting `today`. */
export const untouchedDraft = (today: CalendarDate): RowDraft => ({
  choice: { kind: 'skip' },
  feedStartDate: today,
});

/** A row from Codat's account and mapping, keeping the user's draft and attempts from before. */
export function buildRow(
  account: SourceAccount,
  mapping: BankFeedMapping | undefined,
  previous: SetupRow | undefined,
  today: CalendarDate,
): SetupRow {
  const feedStatus = mapping?.status ?? account.status;
  const draft = previous?.draft ?? untouchedDraft(today);
  return {
    id: account.id,
    sourceAccount: account,
    targetOptions: mapping?.targetAccountOptions ?? [],
    target: mapping?.targetAccountId
      ? { id: mapping.targetAccountId, name: mapping.targetAccountName }
      : null,
    feedStatus,
    feedStartDate: mapping?.feedStartDate ?? account.feedStartDate,
    newTargetName: newTargetAccountName(account),
    draft,
    phase: rowPhaseOf(feedStatus),
    problems: [],
    error: null,
    attempts: previous?.attempts ?? 0,
  };
}

/**
 * Where a round stands, from its rows: the busiest phase wins. A round that settles without any
 * row ever sent in this session (only feeds found `connecting` on load were confirmed) has
 * nothing to summarise, and goes back to `mapping`.
 */
export function roundStatus(state: Pick<SetupState, 'rowIds' | 'rows'>): SetupStatus {
  let confirming = false;
  let failed = false;
  let sent = false;
  for (const id of state.rowIds) {
    const row = state.rows[id]!;
    if (row.phase === 'submitting') return 'submitting';
    if (row.phase === 'confirming') confirming = true;
    if (row.phase === 'failed') failed = true;
    if (row.attempts > 0) sent = true;
  }
  if (confirming) return 'confirming';
  if (!sent) return 'mapping';
  return failed ? 'rowsFailed' : 'done';
}

/** A state with its rows changed, and the row events the change is news of. */
export interface RowsChange {
  state: SetupState;
  events: SetupDomainEvent[];
}

/**
 * Applies row changes, then re-checks every draft; a row object is replaced only when it or its
 * problems changed, so a UI that renders rows by identity re-renders only those. `before` holds
 * the rows to compare with for events (the state's own by default).
 */
export function withRows(
  state: SetupState,
  changed: Record<string, SetupRow>,
  before: Readonly<Record<string, SetupRow>> = state.rows,
): RowsChange {
  const rows: Record<string, SetupRow> = { ...state.rows, ...changed };
  const problems = validateDraft(state.rowIds, rows, state.today, state.companyInfo);
  for (const id of state.rowIds) {
    const row = rows[id]!;
    const next = problems[id]!;
    if (!sameProblems(row.problems, next)) rows[id] = { ...row, problems: next };
  }
  const events: SetupDomainEvent[] = [];
  for (const id of state.rowIds) {
    if (!(id in changed)) continue;
    const event = rowEventOf(before[id], rows[id]!);
    if (event) events.push(event);
  }
  return { state: { ...state, rows }, events };
}
