import { errorCodeOf } from '@bankfeeds/model';
import { BankFeedsError } from '../http/errors';
import type { SetupDomainEvent } from './setup.events';
import { isEditable, roundStatus, withRows } from './setup.rows';
import type { RowDraft, SetupEffect, SetupEvent, SetupRow, SetupState } from './setup.types';
import { isSelected } from './validate-draft';

// The handlers of the mapping round: what the user does to drafts, and the outcomes of the
// mapping requests and of the confirmation poll. The chart (`setup.machine.ts`) says which state
// accepts which.

export type AnyEvent = SetupEvent;
export type EventOf<T extends AnyEvent['type']> = Extract<AnyEvent, { type: T }>;

/** What a handler decides: the next state, the transition's actions and events. */
export interface Step {
  state: SetupState;
  actions?: SetupEffect[];
  events?: SetupDomainEvent[];
  /** Leave and enter the same state again (its activity restarts). */
  reenter?: boolean;
}

/** Returns `null` when the event, though accepted here, changes nothing. */
export type Handlers = {
  [T in AnyEvent['type']]?: (state: SetupState, event: EventOf<T>) => Step | null;
};

function editDrafts(state: SetupState, edit: (row: SetupRow) => RowDraft | null): Step | null {
  const changed: Record<string, SetupRow> = {};
  for (const id of state.rowIds) {
    const row = state.rows[id]!;
    if (!isEditable(row)) continue;
    const draft = edit(row);
    if (draft) changed[id] = { ...row, draft };
  }
  if (Object.keys(changed).length === 0) return null;
  // Editing after a round settled starts a new round of mapping.
  const settled = state.status === 'done' || state.status === 'rowsFailed';
  return { state: withRows(settled ? { ...state, status: 'mapping' } : state, changed).state };
}

function submitRows(state: SetupState, ids: readonly string[]): Step {
  const selected = ids.filter((id) => isSelected(state.rows[id]!));
  if (selected.length === 0 || selected.some((id) => state.rows[id]!.problems.length > 0)) {
    return { state: { ...state, submitAttempted: true } };
  }
  const changed: Record<string, SetupRow> = {};
  const actions: SetupEffect[] = [];
  for (const id of selected) {
    const row = state.rows[id]!;
    changed[id] = { ...row, phase: 'submitting', error: null, attempts: row.attempts + 1 };
    const { choice } = row.draft;
    actions.push({
      type: 'submitRow',
      sourceAccountId: id,
      targetAccountId: choice.kind === 'existing' ? choice.targetAccountId : null,
      feedStartDate: row.draft.feedStartDate,
    });
  }
  const next = withRows({ ...state, status: 'submitting', submitAttempted: false }, changed);
  return {
    state: next.state,
    actions,
    events: [{ type: 'mapping.submitted', count: selected.length }],
  };
}

const failedRowIds = (state: SetupState) =>
  state.rowIds.filter((id) => state.rows[id]!.phase === 'failed');

/** Row outcomes during a round: the round's state follows its rows. */
function settleRows(state: SetupState, changed: Record<string, SetupRow>): Step {
  const next = withRows(state, changed);
  return { state: { ...next.state, status: roundStatus(next.state) }, events: next.events };
}

const rowFailure = (message: string, code: BankFeedsError['code']) =>
  new BankFeedsError(message, { code });

/** What the user may do to drafts: in `mapping`, during a round, and after it. */
export const EDITS: Handlers = {
  'ROW.CHOOSE': (state, event) =>
    editDrafts(state, (row) =>
      row.id === event.sourceAccountId ? { ...row.draft, choice: event.choice } : null,
    ),
  'ROWS.CHOOSE': (state, event) =>
    editDrafts(state, (row) => {
      const choice = event.choices[row.id];
      return choice ? { ...row.draft, choice } : null;
    }),
  'ROW.SET_START_DATE': (state, event) =>
    editDrafts(state, (row) =>
      row.id === event.sourceAccountId
        ? { ...row.draft, feedStartDate: event.feedStartDate }
        : null,
    ),
  // Only rows that will connect: a "Don't connect" row keeps its date.
  'ROWS.SET_START_DATE': (state, event) =>
    editDrafts(state, (row) =>
      row.draft.feedStartDate === event.feedStartDate || row.draft.choice.kind === 'skip'
        ? null
        : { ...row.draft, feedStartDate: event.feedStartDate },
    ),
  SUBMIT: (state) => submitRows(state, state.rowIds),
  // Resends only the failed rows.
  RETRY: (state) => submitRows(state, failedRowIds(state)),
};

/** The outcomes of the mapping requests (`submitting`). */
export const SUBMIT_RESULTS: Handlers = {
  'ROW.SUBMITTED': (state, { sourceAccountId, response }) => {
    const row = state.rows[sourceAccountId];
    if (!row || row.phase !== 'submitting') return null;
    const status = response.status?.toLowerCase() ?? 'connecting';
    if (response.error || status === 'failed') {
      const error = rowFailure(
        response.error ?? 'The feed could not be connected.',
        errorCodeOf({ body: { error: response.error ?? '' } }),
      );
      return settleRows(state, { [row.id]: { ...row, phase: 'failed', error } });
    }
    const targetId = response.targetAccountId;
    const target = targetId
      ? { id: targetId, name: row.targetOptions.find((o) => o.id === targetId)?.name ?? null }
      : null;
    const phase = status === 'connected' ? 'connected' : 'confirming';
    return settleRows(state, { [row.id]: { ...row, phase, target, feedStatus: status } });
  },
  'ROW.SUBMIT_FAILED': (state, { sourceAccountId, error }) => {
    const row = state.rows[sourceAccountId];
    if (!row || row.phase !== 'submitting') return null;
    return settleRows(state, { [row.id]: { ...row, phase: 'failed', error } });
  },
};

/** The outcomes of the confirmation poll (`confirming`). */
export const CONFIRM_RESULTS: Handlers = {
  'MAPPINGS.RECEIVED': (state, { mappings }) => {
    const changed: Record<string, SetupRow> = {};
    for (const mapping of mappings) {
      const row = state.rows[mapping.sourceAccountId];
      if (!row || row.phase !== 'confirming' || WAITING.has(mapping.status)) continue;
      const target = mapping.targetAccountId
        ? { id: mapping.targetAccountId, name: mapping.targetAccountName }
        : row.target;
      changed[row.id] =
        mapping.status === 'connected'
          ? {
              ...row,
              phase: 'connected',
              feedStatus: mapping.status,
              target,
              feedStartDate: mapping.feedStartDate ?? row.draft.feedStartDate,
            }
          : {
              ...row,
              phase: 'failed',
              feedStatus: mapping.status,
              error: rowFailure(
                `The feed was not connected: Codat reports it as ${mapping.status}.`,
                'unknown',
              ),
            };
    }
    return Object.keys(changed).length === 0 ? null : settleRows(state, changed);
  },
  'CONFIRM.GAVE_UP': (state, { error }) => {
    const changed: Record<string, SetupRow> = {};
    for (const id of state.rowIds) {
      const row = state.rows[id]!;
      if (row.phase === 'confirming') changed[id] = { ...row, phase: 'failed', error };
    }
    return settleRows(state, changed);
  },
};

/** Feed statuses that mean "not there yet" while a row is confirming. */
const WAITING = new Set(['connecting', 'pending']);
