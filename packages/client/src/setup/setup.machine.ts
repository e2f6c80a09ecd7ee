import {
  errorCodeOf,
  feedStartDateBounds,
  newTargetAccountName,
  type BankFeedMapping,
  type CalendarDate,
  type SourceAccount,
} from '@bankfeeds/model';
import { BankFeedsError } from '../http/errors';
import type {
  RowDraft,
  SetupEffect,
  SetupEvent,
  SetupRow,
  SetupState,
  SetupStatus,
  SetupTransition,
} from './setup.types';
import { isSelected, sameProblems, validateDraft } from './validate-draft';
import { newConsentFailure } from './consent-failure';

/** The state before anything is loaded. */
export function initialSetupState(init: {
  companyId: string;
  connectionId: string;
  today: CalendarDate;
}): SetupState {
  return {
    status: 'loading',
    companyId: init.companyId,
    connectionId: init.connectionId,
    today: init.today,
    bounds: feedStartDateBounds(init.today),
    connection: null,
    linkUrl: null,
    watchingConnection: false,
    authFailure: null,
    companyInfo: null,
    rowIds: [],
    rows: {},
    submitAttempted: false,
    submitted: false,
    error: null,
  };
}

const EDITABLE: ReadonlySet<SetupStatus> = new Set([
  'mapping',
  'submitting',
  'confirming',
  'done',
  'failed',
]);

const isEditable = (row: SetupRow) => row.phase === 'idle' || row.phase === 'failed';

/** Feed statuses that mean "not there yet" while a row is confirming. */
const WAITING = new Set(['connecting', 'pending']);

function phaseOf(feedStatus: string): SetupRow['phase'] {
  if (feedStatus === 'connected') return 'connected';
  if (feedStatus === 'connecting') return 'confirming';
  return 'idle';
}

function buildRow(
  account: SourceAccount,
  mapping: BankFeedMapping | undefined,
  previous: SetupRow | undefined,
  today: CalendarDate,
): SetupRow {
  const feedStatus = mapping?.status ?? account.status;
  const draft: RowDraft = previous?.draft ?? { choice: { kind: 'skip' }, feedStartDate: today };
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
    phase: phaseOf(feedStatus),
    problems: [],
    error: null,
    attempts: previous?.attempts ?? 0,
  };
}

/** After a submit, the flow's status follows its rows: the busiest phase wins. */
function deriveStatus(state: SetupState): SetupStatus {
  if (!state.submitted) return state.status;
  let confirming = false;
  let failed = false;
  for (const id of state.rowIds) {
    const phase = state.rows[id]!.phase;
    if (phase === 'submitting') return 'submitting';
    if (phase === 'confirming') confirming = true;
    if (phase === 'failed') failed = true;
  }
  return confirming ? 'confirming' : failed ? 'failed' : 'done';
}

/**
 * Applies row changes, then re-checks every draft; a row object is replaced only when it or its
 * problems changed, so a UI that renders rows by identity re-renders only those.
 */
function withRows(state: SetupState, changed: Record<string, SetupRow>): SetupState {
  const rows: Record<string, SetupRow> = { ...state.rows, ...changed };
  const problems = validateDraft(state.rowIds, rows, state.today, state.companyInfo);
  for (const id of state.rowIds) {
    const row = rows[id]!;
    const next = problems[id]!;
    if (!sameProblems(row.problems, next)) rows[id] = { ...row, problems: next };
  }
  const next = { ...state, rows };
  return { ...next, status: deriveStatus(next) };
}

/** The machine's answer: the next state and the work it asks for (none by default). */
function transition(state: SetupState, effects: SetupEffect[] = []): SetupTransition {
  return { state, effects };
}

function editDrafts(state: SetupState, edit: (row: SetupRow) => RowDraft | null): SetupTransition {
  if (!EDITABLE.has(state.status)) return transition(state);
  const changed: Record<string, SetupRow> = {};
  for (const id of state.rowIds) {
    const row = state.rows[id]!;
    if (!isEditable(row)) continue;
    const draft = edit(row);
    if (draft) changed[id] = { ...row, draft };
  }
  if (Object.keys(changed).length === 0) return transition(state);
  // Editing after the flow settled starts a new round of mapping.
  const settled = (state.status === 'done' || state.status === 'failed') && !state.error;
  const base = settled ? { ...state, status: 'mapping' as const, submitted: false } : state;
  return transition(withRows(base, changed));
}

function submitRows(state: SetupState, ids: readonly string[]): SetupTransition {
  const selected = ids.filter((id) => isSelected(state.rows[id]!));
  if (selected.length === 0 || selected.some((id) => state.rows[id]!.problems.length > 0)) {
    return transition({ ...state, submitAttempted: true });
  }
  const changed: Record<string, SetupRow> = {};
  const effects: SetupEffect[] = [];
  for (const id of selected) {
    const row = state.rows[id]!;
    changed[id] = { ...row, phase: 'submitting', error: null, attempts: row.attempts + 1 };
    const { choice } = row.draft;
    effects.push({
      type: 'submitRow',
      sourceAccountId: id,
      targetAccountId: choice.kind === 'existing' ? choice.targetAccountId : null,
      feedStartDate: row.draft.feedStartDate,
    });
  }
  return transition(
    withRows({ ...state, submitted: true, submitAttempted: false }, changed),
    effects,
  );
}

function rowFailure(message: string, code: BankFeedsError['code']): BankFeedsError {
  return new BankFeedsError(message, { code });
}

/**
 * The setup flow as a pure function: the next state and the effects to run for an event. Events
 * that do not apply in the current state change nothing. The store runs the effects and feeds
 * their outcomes back as events.
 */
export function setupTransition(state: SetupState, event: SetupEvent): SetupTransition {
  switch (event.type) {
    case 'LOAD': {
      const effects: SetupEffect[] = [{ type: 'load' }];
      if (state.watchingConnection) effects.unshift({ type: 'stopWatching' });
      return transition(
        { ...state, status: 'loading', error: null, watchingConnection: false, authFailure: null },
        effects,
      );
    }
    case 'LOAD.NEEDS_AUTH':
      return transition({
        ...state,
        status: 'needsAuth',
        connection: event.connection,
        linkUrl: event.connection.linkUrl,
      });
    case 'LOAD.DONE': {
      const mappings = new Map(event.mappings.map((m) => [m.sourceAccountId, m]));
      const rows: Record<string, SetupRow> = {};
      const rowIds = event.sourceAccounts.map((account) => {
        rows[account.id] = buildRow(
          account,
          mappings.get(account.id),
          state.rows[account.id],
          state.today,
        );
        return account.id;
      });
      const next = withRows(
        {
          ...state,
          status: 'mapping',
          connection: event.connection,
          linkUrl: event.connection.linkUrl,
          companyInfo: event.companyInfo,
          rowIds,
          rows: {},
          submitted: false,
          submitAttempted: false,
          error: null,
        },
        rows,
      );
      const confirming = rowIds.some((id) => next.rows[id]!.phase === 'confirming');
      return transition(next, confirming ? [{ type: 'confirm' }] : []);
    }
    case 'LOAD.FAILED':
      return transition({ ...state, status: 'failed', error: event.error });

    case 'CONNECTION.WATCH':
      // After a failed consent, watching again (the user opened a fresh link) starts over.
      if (state.status === 'authFailed') {
        return transition(
          {
            ...state,
            status: 'needsAuth',
            authFailure: null,
            watchingConnection: true,
            error: null,
          },
          [{ type: 'watchConnection' }],
        );
      }
      if (state.status !== 'needsAuth' || state.watchingConnection) return transition(state);
      return transition({ ...state, watchingConnection: true, error: null }, [
        { type: 'watchConnection' },
      ]);
    case 'CONNECTION.UNWATCH':
      if (!state.watchingConnection) return transition(state);
      return transition({ ...state, watchingConnection: false }, [{ type: 'stopWatching' }]);
    case 'CONNECTION.CHANGED': {
      const next = { ...state, connection: event.connection, linkUrl: event.connection.linkUrl };
      if (state.status === 'needsAuth' && event.connection.status === 'Linked') {
        return transition({ ...next, status: 'loading', watchingConnection: false }, [
          { type: 'stopWatching' },
          { type: 'load' },
        ]);
      }
      // Codat lists a failed consent (cancelled, or refused) as a new Active error and leaves the
      // status as it was: without this the journey would wait for Xero forever.
      const failure =
        state.status === 'needsAuth' && state.watchingConnection
          ? newConsentFailure(state.connection, event.connection)
          : null;
      if (failure) {
        return transition(
          { ...next, status: 'authFailed', authFailure: failure, watchingConnection: false },
          [{ type: 'stopWatching' }],
        );
      }
      return transition(next);
    }
    case 'CONNECTION.WATCH_FAILED':
      return transition({ ...state, watchingConnection: false, error: event.error });

    case 'ROW.CHOOSE':
      return editDrafts(state, (row) =>
        row.id === event.sourceAccountId ? { ...row.draft, choice: event.choice } : null,
      );
    case 'ROWS.CHOOSE':
      return editDrafts(state, (row) => {
        const choice = event.choices[row.id];
        return choice ? { ...row.draft, choice } : null;
      });
    case 'ROW.SET_START_DATE':
      return editDrafts(state, (row) =>
        row.id === event.sourceAccountId
          ? { ...row.draft, feedStartDate: event.feedStartDate }
          : null,
      );
    case 'ROWS.SET_START_DATE':
      // Only rows that will connect: a "Don't connect" row keeps its date.
      return editDrafts(state, (row) =>
        row.draft.feedStartDate === event.feedStartDate || row.draft.choice.kind === 'skip'
          ? null
          : { ...row.draft, feedStartDate: event.feedStartDate },
      );

    case 'SUBMIT':
      if (!EDITABLE.has(state.status)) return transition(state);
      return submitRows(state, state.rowIds);
    case 'RETRY': {
      if (state.status === 'failed' && state.error) return setupTransition(state, { type: 'LOAD' });
      if (state.status === 'needsAuth' || state.status === 'authFailed')
        return setupTransition(state, { type: 'CONNECTION.WATCH' });
      if (!EDITABLE.has(state.status)) return transition(state);
      return submitRows(
        state,
        state.rowIds.filter((id) => state.rows[id]!.phase === 'failed'),
      );
    }

    case 'ROW.SUBMITTED': {
      const row = state.rows[event.sourceAccountId];
      if (!row || row.phase !== 'submitting') return transition(state);
      const { response } = event;
      const status = response.status?.toLowerCase() ?? 'connecting';
      if (response.error || status === 'failed') {
        const error = rowFailure(
          response.error ?? 'The feed could not be connected.',
          errorCodeOf({ body: { error: response.error ?? '' } }),
        );
        return transition(withRows(state, { [row.id]: { ...row, phase: 'failed', error } }));
      }
      const targetId = response.targetAccountId;
      const target = targetId
        ? {
            id: targetId,
            name: row.targetOptions.find((option) => option.id === targetId)?.name ?? null,
          }
        : null;
      const phase = status === 'connected' ? 'connected' : 'confirming';
      return transition(
        withRows(state, { [row.id]: { ...row, phase, target, feedStatus: status } }),
        phase === 'confirming' ? [{ type: 'confirm' }] : [],
      );
    }
    case 'ROW.SUBMIT_FAILED': {
      const row = state.rows[event.sourceAccountId];
      if (!row || row.phase !== 'submitting') return transition(state);
      return transition(
        withRows(state, { [row.id]: { ...row, phase: 'failed', error: event.error } }),
      );
    }
    case 'MAPPINGS.RECEIVED': {
      const changed: Record<string, SetupRow> = {};
      for (const mapping of event.mappings) {
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
      if (Object.keys(changed).length === 0) return transition(state);
      return transition(withRows(state, changed));
    }
    case 'CONFIRM.GAVE_UP': {
      const changed: Record<string, SetupRow> = {};
      for (const id of state.rowIds) {
        const row = state.rows[id]!;
        if (row.phase === 'confirming')
          changed[id] = { ...row, phase: 'failed', error: event.error };
      }
      return transition(withRows(state, changed));
    }
  }
}
