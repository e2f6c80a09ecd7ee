import { errorCodeOf, feedStartDateBounds, type CalendarDate } from '@bankfeeds/model';
import { BankFeedsError } from '../http/errors';
import { newConsentFailure } from './consent-failure';
import { errorEventOf, sessionCounts, type SetupDomainEvent } from './setup.events';
import { buildRow, isEditable, roundStatus, withRows } from './setup.rows';
import type {
  RowDraft,
  SetupEffect,
  SetupEvent,
  SetupRow,
  SetupState,
  SetupStatus,
  SetupTransition,
} from './setup.types';
import { isSelected } from './validate-draft';

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
    authFailure: null,
    companyInfo: null,
    rowIds: [],
    rows: {},
    submitAttempted: false,
    error: null,
  };
}

type AnyEvent = SetupEvent;
type EventOf<T extends AnyEvent['type']> = Extract<AnyEvent, { type: T }>;

/** What a handler decides: the next state, the transition's actions and events. */
interface Step {
  state: SetupState;
  actions?: SetupEffect[];
  events?: SetupDomainEvent[];
  /** Leave and enter the same state again (its activity restarts). */
  reenter?: boolean;
}

/** Returns `null` when the event, though accepted here, changes nothing. */
type Handlers = { [T in AnyEvent['type']]?: (state: SetupState, event: EventOf<T>) => Step | null };

/** One state of the chart: its activities (started on entry, stopped on exit) and its events. */
interface StateNode {
  entry?: SetupEffect[];
  exit?: SetupEffect[];
  /** Domain events that entering the state is news of. */
  emit?: (state: SetupState) => SetupDomainEvent[];
  on: Handlers;
}

// ---------------------------------------------------------------------------------------------
// Handlers shared by several states

const load = (state: SetupState): Step => ({
  state: { ...state, status: 'loading', error: null, authFailure: null },
  reenter: true,
});

const watch = (state: SetupState): Step => ({
  state: { ...state, status: 'awaitingAuth', authFailure: null, error: null },
});

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
const EDITS: Handlers = {
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

// ---------------------------------------------------------------------------------------------
// The chart

const STATES: Record<SetupStatus, StateNode> = {
  loading: {
    entry: [{ type: 'load' }],
    on: {
      LOAD: load,
      'LOAD.NEEDS_AUTH': (state, { connection }) => ({
        state: { ...state, status: 'needsAuth', connection, linkUrl: connection.linkUrl },
      }),
      'LOAD.DONE': (state, event) => {
        const mappings = new Map(event.mappings.map((m) => [m.sourceAccountId, m]));
        const rows: Record<string, SetupRow> = {};
        const rowIds = event.sourceAccounts.map((account) => {
          const previous = state.rows[account.id];
          rows[account.id] = buildRow(account, mappings.get(account.id), previous, state.today);
          return account.id;
        });
        const base: SetupState = {
          ...state,
          connection: event.connection,
          linkUrl: event.connection.linkUrl,
          companyInfo: event.companyInfo,
          rowIds,
          rows: {},
          submitAttempted: false,
          error: null,
        };
        const next = withRows(base, rows, state.rows);
        // A feed Codat still reports connecting is confirmed, whoever sent it.
        const confirming = rowIds.some((id) => next.state.rows[id]!.phase === 'confirming');
        const events: SetupDomainEvent[] = [];
        // Authorised meanwhile (in another tab, then "Check again"): news, as from the watch.
        const was = state.connection?.status;
        if (was && was !== 'Linked' && event.connection.status === 'Linked') {
          events.push({ type: 'connection.linked', connectionId: state.connectionId });
        }
        return {
          state: { ...next.state, status: confirming ? 'confirming' : 'mapping' },
          events: [...events, ...next.events],
        };
      },
      'LOAD.FAILED': (state, { error }) => ({ state: { ...state, status: 'loadFailed', error } }),
    },
  },
  loadFailed: {
    emit: (state) => (state.error ? [errorEventOf(state.error)] : []),
    on: { LOAD: load, RETRY: load },
  },
  needsAuth: {
    on: { LOAD: load, 'CONNECTION.WATCH': watch, RETRY: watch },
  },
  awaitingAuth: {
    entry: [{ type: 'watchConnection' }],
    exit: [{ type: 'stopWatching' }],
    on: {
      LOAD: load,
      'CONNECTION.UNWATCH': (state) => ({ state: { ...state, status: 'needsAuth' } }),
      'CONNECTION.CHANGED': (state, { connection }) => {
        const next = { ...state, connection, linkUrl: connection.linkUrl };
        if (connection.status === 'Linked') {
          return {
            state: { ...next, status: 'loading' },
            events: [{ type: 'connection.linked', connectionId: state.connectionId }],
          };
        }
        // Codat lists a failed consent (cancelled, or refused) as a new Active error and leaves
        // the status as it was: without this the journey would wait for Xero forever.
        const failure = newConsentFailure(state.connection, connection);
        if (failure) return { state: { ...next, status: 'authFailed', authFailure: failure } };
        return { state: next };
      },
      'CONNECTION.WATCH_FAILED': (state, { error }) => ({
        state: { ...state, status: 'needsAuth', error },
        events: [errorEventOf(error)],
      }),
    },
  },
  authFailed: {
    emit: (state) =>
      state.authFailure
        ? [
            {
              type: 'connection.failed',
              connectionId: state.connectionId,
              reason: state.authFailure.reason,
            },
          ]
        : [],
    // After a failed consent, watching again (the user opened a fresh link) starts over.
    on: { LOAD: load, 'CONNECTION.WATCH': watch, RETRY: watch },
  },
  mapping: { on: { ...EDITS, LOAD: load } },
  // No reload while requests are out: it would overtake the rows' own outcomes.
  submitting: {
    on: {
      ...EDITS,
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
    },
  },
  confirming: {
    entry: [{ type: 'confirm' }],
    exit: [{ type: 'stopConfirming' }],
    on: {
      ...EDITS,
      LOAD: load,
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
    },
  },
  done: { emit: completed, on: { ...EDITS, LOAD: load } },
  rowsFailed: { emit: completed, on: { ...EDITS, LOAD: load } },
};

/** Feed statuses that mean "not there yet" while a row is confirming. */
const WAITING = new Set(['connecting', 'pending']);

function completed(state: SetupState): SetupDomainEvent[] {
  return [{ type: 'setup.completed', ...sessionCounts(state) }];
}

/**
 * The setup flow as a pure function: the next state, the work to start or stop, and the domain
 * events to report for an event. The current state's node decides; an event it does not accept
 * changes nothing. Leaving a state stops its activity and entering one starts its own (exit
 * effects, then the transition's actions, then entry effects). The store runs the effects and
 * feeds their outcomes back as `SetupResultEvent`s.
 */
export function setupTransition(state: SetupState, event: SetupEvent): SetupTransition {
  const node = STATES[state.status];
  const handler = node.on[event.type] as
    ((state: SetupState, event: AnyEvent) => Step | null) | undefined;
  const step = handler?.(state, event);
  if (!step) return { state, effects: [], events: [] };
  const next = step.state;
  const moved = next.status !== state.status;
  if (!moved && !step.reenter) {
    return { state: next, effects: step.actions ?? [], events: step.events ?? [] };
  }
  const target = STATES[next.status];
  const effects = [...(node.exit ?? []), ...(step.actions ?? []), ...(target.entry ?? [])];
  const events: SetupDomainEvent[] = [];
  if (moved) events.push({ type: 'status.changed', status: next.status });
  events.push(...(step.events ?? []));
  if (moved) events.push(...(target.emit?.(next) ?? []));
  return { state: next, effects, events };
}

/** The states of the chart, in the order of the journey (for docs and tests). */
export const SETUP_STATES = Object.keys(STATES) as readonly SetupStatus[];

/** The events a state accepts (for docs and tests). */
export function acceptedEvents(status: SetupStatus): readonly AnyEvent['type'][] {
  return Object.keys(STATES[status].on) as AnyEvent['type'][];
}

/** The activities a state starts on entry and stops on exit (for docs and tests). */
export function activitiesOf(status: SetupStatus): { entry: SetupEffect[]; exit: SetupEffect[] } {
  return { entry: STATES[status].entry ?? [], exit: STATES[status].exit ?? [] };
}
