import { feedStartDateBounds, type CalendarDate } from '@bankfeeds/model';
import { newConsentFailure } from './consent-failure';
import { errorEventOf, sessionCounts, type SetupDomainEvent } from './setup.events';
import {
  CONFIRM_RESULTS,
  EDITS,
  SUBMIT_RESULTS,
  type AnyEvent,
  type Handlers,
  type Step,
} from './setup.round';
import { buildRow, withRows } from './setup.rows';
import type {
  SetupEffect,
  SetupEvent,
  SetupRow,
  SetupState,
  SetupStatus,
  SetupTransition,
} from './setup.types';

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
      ...SUBMIT_RESULTS,
    },
  },
  confirming: {
    entry: [{ type: 'confirm' }],
    exit: [{ type: 'stopConfirming' }],
    on: {
      ...EDITS,
      LOAD: load,
      ...CONFIRM_RESULTS,
    },
  },
  done: { emit: completed, on: { ...EDITS, LOAD: load } },
  rowsFailed: { emit: completed, on: { ...EDITS, LOAD: load } },
};

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
