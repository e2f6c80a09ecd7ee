import { feedStartDateBounds, type CalendarDate, type Connection } from '@bankfeeds/model';
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

/**
 * The state before anything is loaded. Without a `connectionId` the flow starts by finding the
 * company's Xero connection (or creating one).
 */
export function initialSetupState(init: {
  companyId: string;
  connectionId?: string | null | undefined;
  today: CalendarDate;
}): SetupState {
  const connectionId = init.connectionId ?? null;
  return {
    status: connectionId === null ? 'findingConnection' : 'loading',
    companyId: init.companyId,
    connectionId,
    findsConnection: connectionId === null,
    createdConnection: false,
    startedConnectionId: null,
    sourceAccountCount: null,
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

// Loading needs a connection: without one yet, the flow finds (or creates) it first.
const load = (state: SetupState): Step => ({
  state: {
    ...state,
    status: state.connectionId === null ? 'findingConnection' : 'loading',
    error: null,
    authFailure: null,
  },
  reenter: true,
});

/** The connection, known from here on (the chart only enters these states with one). */
const idOf = (state: SetupState): string => state.connectionId ?? '';

/** `connection.started`, the first time the flow sees this connection waiting for consent. */
function started(state: SetupState, connection: Connection): SetupDomainEvent[] {
  if (connection.status !== 'PendingAuth' || state.startedConnectionId === connection.id) return [];
  return [
    { type: 'connection.started', connectionId: connection.id, created: state.createdConnection },
  ];
}

const watch = (state: SetupState): Step => ({
  state: { ...state, status: 'awaitingAuth', authFailure: null, error: null },
});

// ---------------------------------------------------------------------------------------------
// The chart

const STATES: Record<SetupStatus, StateNode> = {
  findingConnection: {
    entry: [{ type: 'findConnection' }],
    on: {
      LOAD: load,
      'CONNECTION.FOUND': (state, { connection, created }) => ({
        state: {
          ...state,
          status: 'loading',
          connectionId: connection.id,
          createdConnection: created,
          connection,
          linkUrl: connection.linkUrl,
        },
      }),
      'LOAD.FAILED': (state, { error }) => ({ state: { ...state, status: 'loadFailed', error } }),
    },
  },
  loading: {
    entry: [{ type: 'load' }],
    on: {
      LOAD: load,
      'CONNECTION.GONE': (state) =>
        state.findsConnection
          ? load({
              ...state,
              connectionId: null,
              connection: null,
              linkUrl: null,
              rowIds: [],
              rows: {},
              createdConnection: false,
            })
          : null,
      'LOAD.NEEDS_AUTH': (state, { connection, sourceAccountCount }) => {
        const events = started(state, connection);
        return {
          state: {
            ...state,
            status: 'needsAuth',
            connection,
            linkUrl: connection.linkUrl,
            sourceAccountCount: sourceAccountCount ?? null,
            startedConnectionId: events.length > 0 ? connection.id : state.startedConnectionId,
          },
          events,
        };
      },
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
          sourceAccountCount: rowIds.length,
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
          events.push({ type: 'connection.linked', connectionId: idOf(state) });
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
            events: [{ type: 'connection.linked', connectionId: idOf(state) }],
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
              connectionId: idOf(state),
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
export const SETUP_STATES = /* @__PURE__ */ Object.keys(STATES) as readonly SetupStatus[];

/** The events a state accepts (for docs and tests). */
export function acceptedEvents(status: SetupStatus): readonly AnyEvent['type'][] {
  return Object.keys(STATES[status].on) as AnyEvent['type'][];
}

/** The activities a state starts on entry and stops on exit (for docs and tests). */
export function activitiesOf(status: SetupStatus): { entry: SetupEffect[]; exit: SetupEffect[] } {
  return { entry: STATES[status].entry ?? [], exit: STATES[status].exit ?? [] };
}
