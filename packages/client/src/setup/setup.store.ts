import { todayIn, type CalendarDate } from '@bankfeeds/model';
import { createStore } from 'zustand/vanilla';
import type { BrowserClient } from '../http/types';
import { resolveClock, type Clock } from '../internal/clock';
import { connectionFeed } from '../internal/connection-changes';
import { withLifecycle, type BankFeedsStore } from '../internal/lifecycle';
import { resolvePoll, type PollOptions } from '../internal/poll';
import {
  confirmActivity,
  findConnectionActivity,
  loadActivity,
  submitRow,
  watchActivity,
  type ActivityContext,
} from './setup.activities';
import type { SetupDomainEvent } from './setup.events';
import { activitiesOf, initialSetupState, setupTransition } from './setup.machine';
import type {
  SetupEffect,
  SetupEvent,
  SetupState,
  SetupUserEvent,
  TargetChoice,
} from './setup.types';
import { suggestMatches, type MatchSuggestion } from './suggest-matches';

/** The store's long-running work, one of each at most, each bound to a state. */
type Activity = 'find' | 'load' | 'watch' | 'confirm';

/** Options of {@link createSetupStore}. */
export interface SetupStoreOptions {
  client: BrowserClient;
  companyId: string;
  /**
   * The company's Xero connection. Leave it out to have the flow find the company's Xero
   * connection, or create one, as Codat's own component does (`status: 'findingConnection'`).
   * @default undefined (found or created)
   */
  connectionId?: string | undefined;
  /** Today as `YYYY-MM-DD`. @default today in `timeZone` */
  today?: CalendarDate;
  /** The user's time zone, for "today". @default the runtime's */
  timeZone?: string;
  /** How often to check mappings after a submit. @default DEFAULT_POLL */
  confirmPoll?: Partial<PollOptions>;
  /** How often to check the connection while the user authorises Xero. @default DEFAULT_POLL with 120 checks */
  watchPoll?: Partial<PollOptions>;
  /** Replaces the clock (tests). */
  clock?: Partial<Clock>;
  /** Start loading at once (`start()`), without waiting for a subscriber. @default true */
  autoLoad?: boolean;
  /**
   * Every domain event of the flow, as the machine emits it (the same events `BankFeedsSetup`'s
   * `onEvent` reports, minus those of its screens), for a headless integrator's analytics.
   * @default undefined
   */
  onEvent?: ((event: SetupDomainEvent) => void) | undefined;
}

/** The setup store's actions (each one sends an event to the machine). */
export interface SetupActions {
  /** Sends a {@link SetupUserEvent}; the outcomes of the store's own work are not for sending. */
  send(event: SetupUserEvent): void;
  /** Loads everything again; drafts are kept. */
  reload(): void;
  /** Polls the connection until it is `Linked`, then loads (after the user opened `linkUrl`). */
  watchConnection(): void;
  /** Stops polling the connection. */
  stopWatching(): void;
  /** Sets a row's target: an existing Xero account, a new one, or none. */
  chooseTarget(sourceAccountId: string, choice: TargetChoice): void;
  /** Sets a row's feed start date (`YYYY-MM-DD`). */
  setFeedStartDate(sourceAccountId: string, feedStartDate: CalendarDate): void;
  /** Sets the feed start date of every editable row that will connect (not "Don't connect"). */
  setAllFeedStartDates(feedStartDate: CalendarDate): void;
  /** Suggested targets for the rows still to map ({@link suggestMatches}). */
  suggestions(): Record<string, MatchSuggestion>;
  /** Chooses the suggested target for every row still skipped; returns what it applied. */
  applySuggestions(): Record<string, MatchSuggestion>;
  /** Sends one mapping request per selected row, if every selected draft is valid. */
  submit(): void;
  /** After a failure: reloads (`loadFailed`), watches again (`needsAuth`, `authFailed`), or resends only the failed rows. */
  retry(): void;
}

/** The setup store's state: the machine's data plus the actions. */
export type SetupStoreState = SetupState & SetupActions;

/**
 * A zustand vanilla store with the kit's lifecycle (loading starts with the first subscriber or
 * `start()`, reads and polls stop with the last); bind it with `useStore`/`useSyncExternalStore`.
 */
export interface SetupStore extends BankFeedsStore<SetupStoreState> {
  /**
   * Hears every domain event from now on (as `onEvent` does); returns the unsubscribe. Does not
   * start the store: only state subscribers drive its lifecycle.
   */
  subscribeEvents(listener: (event: SetupDomainEvent) => void): () => void;
}

/**
 * Creates one setup flow: loads the connection, source accounts, mapping options and the Xero
 * organisation; holds the user's draft; submits mappings and polls until each is connected.
 * The machine ({@link setupTransition}) decides; the store runs each state's activity from its
 * entry to its exit (the connection watch lives exactly as long as `awaitingAuth`, the
 * confirmation poll as long as `confirming`) and reports the machine's domain events.
 * Create one per mounted kit; never share it between users. While it runs it stays current: a
 * connect or disconnect made through another store of the same client reloads it when no
 * submit is under way (drafts are kept).
 */
export function createSetupStore(options: SetupStoreOptions): SetupStore {
  const { client, companyId } = options;
  const connectionId = options.connectionId ?? null;
  const clock = resolveClock(options.clock);
  const today = options.today ?? todayIn(options.timeZone, new Date(clock.now()));
  const listeners = new Set<(event: SetupDomainEvent) => void>();
  if (options.onEvent) listeners.add(options.onEvent);
  // Another store's change reloads the flow, unless a submit is under way (drafts are kept).
  const changes = connectionFeed(
    client,
    companyId,
    () => api.getState().connectionId,
    () => {
      if (quiet()) dispatch({ type: 'LOAD' });
    },
  );
  // Reads and polls belong to the current session: `stop` aborts it and opens the next one.
  // Writes (a mapping's POST) never take its signal: once sent, their outcome must land.
  let session = new AbortController();
  let unlisten: (() => void) | null = null;
  // One controller per activity; leaving its state (or `stop`) aborts it.
  const running: Record<Activity, AbortController | null> = {
    find: null,
    load: null,
    watch: null,
    confirm: null,
  };

  const api = createStore<SetupStoreState>()(() => ({
    ...initialSetupState({ companyId, connectionId, today }),
    ...actions(),
  }));

  const ctx: ActivityContext = {
    client,
    companyId,
    clock,
    confirmPoll: resolvePoll(options.confirmPoll),
    watchPoll: resolvePoll({ maxAttempts: 120, ...options.watchPoll }),
    changes,
    getState: () => api.getState(),
    report: (event) => dispatch(event),
  };

  function dispatch(event: SetupEvent) {
    const previous = api.getState();
    const { state, effects, events } = setupTransition(previous, event);
    if (state !== previous) api.setState(state);
    for (const effect of effects) run(effect);
    for (const emitted of events) notify(emitted);
  }

  function notify(event: SetupDomainEvent) {
    for (const listener of [...listeners]) {
      try {
        listener(event);
      } catch (error) {
        // A failing analytics callback must not break the flow; it still surfaces.
        queueMicrotask(() => {
          throw error;
        });
      }
    }
  }

  function begin(activity: Activity, work: (signal: AbortSignal) => Promise<void>) {
    running[activity]?.abort();
    const controller = new AbortController();
    running[activity] = controller;
    void work(AbortSignal.any([session.signal, controller.signal])).finally(() => {
      if (running[activity] === controller) running[activity] = null;
    });
  }

  function end(activity: Activity) {
    running[activity]?.abort();
    running[activity] = null;
  }

  function run(effect: SetupEffect) {
    switch (effect.type) {
      case 'findConnection':
        return begin('find', (signal) => findConnectionActivity(ctx, signal));
      case 'load':
        return begin('load', (signal) => loadActivity(ctx, signal));
      case 'watchConnection':
        return begin('watch', (signal) => watchActivity(ctx, signal));
      case 'stopWatching':
        return end('watch');
      case 'confirm':
        return begin('confirm', (signal) => confirmActivity(ctx, signal));
      case 'stopConfirming':
        return end('confirm');
      case 'submitRow':
        return void submitRow(ctx, effect);
    }
  }

  /** Starts again the activity of the state `stop` left the flow in, or catches up on changes. */
  function resume() {
    if (quiet() && changes.missed()) dispatch({ type: 'LOAD' });
    else for (const effect of activitiesOf(api.getState().status).entry) run(effect);
  }

  function actions(): SetupActions {
    const send = (event: SetupUserEvent) => dispatch(event);
    const suggestions = () => {
      const { rowIds, rows } = api.getState();
      const taken = new Set<string>();
      const candidates = [];
      for (const id of rowIds) {
        const row = rows[id]!;
        if (row.target && row.phase !== 'idle' && row.phase !== 'failed') taken.add(row.target.id);
        else if (row.draft.choice.kind === 'skip') candidates.push(row);
        else if (row.draft.choice.kind === 'existing') taken.add(row.draft.choice.targetAccountId);
      }
      return suggestMatches(candidates, taken);
    };

    return {
      send,
      reload: () => send({ type: 'LOAD' }),
      watchConnection: () => send({ type: 'CONNECTION.WATCH' }),
      stopWatching: () => send({ type: 'CONNECTION.UNWATCH' }),
      chooseTarget: (sourceAccountId, choice) =>
        send({ type: 'ROW.CHOOSE', sourceAccountId, choice }),
      setFeedStartDate: (sourceAccountId, feedStartDate) =>
        send({ type: 'ROW.SET_START_DATE', sourceAccountId, feedStartDate }),
      setAllFeedStartDates: (feedStartDate) => send({ type: 'ROWS.SET_START_DATE', feedStartDate }),
      suggestions,
      applySuggestions: () => {
        const found = suggestions();
        const choices: Record<string, TargetChoice> = {};
        for (const [id, match] of Object.entries(found)) {
          choices[id] = { kind: 'existing', targetAccountId: match.targetAccountId };
        }
        send({ type: 'ROWS.CHOOSE', choices });
        return found;
      },
      submit: () => send({ type: 'SUBMIT' }),
      retry: () => send({ type: 'RETRY' }),
    };
  }

  /** Nothing in flight: a reload now cannot overtake a row's own outcome. */
  function quiet() {
    const { status } = api.getState();
    return status === 'mapping' || status === 'done';
  }

  const store: SetupStore = {
    ...withLifecycle(api, {
      onStart(restart) {
        unlisten = changes.listen();
        if (!restart) dispatch({ type: 'LOAD' });
        else resume();
      },
      onStop() {
        unlisten?.();
        unlisten = null;
        session.abort();
        session = new AbortController();
        running.find = running.load = running.watch = running.confirm = null;
      },
    }),
    subscribeEvents(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
  if (options.autoLoad !== false) store.start();
  return store;
}
