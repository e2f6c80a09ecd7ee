import { todayIn, type CalendarDate } from '@bankfeeds/model';
import { createStore } from 'zustand/vanilla';
import { asBankFeedsError, BankFeedsError, isBankFeedsError } from '../http/errors';
import type { BankFeedsClient } from '../http/types';
import { resolveClock, type Clock } from '../internal/clock';
import { connectionFeed } from '../internal/connection-changes';
import { withLifecycle, type BankFeedsStore } from '../internal/lifecycle';
import { pollDelay, resolvePoll, type PollOptions } from '../internal/poll';
import { initialSetupState, setupTransition } from './setup.machine';
import type { SetupEffect, SetupEvent, SetupState, TargetChoice } from './setup.types';
import { suggestMatches, type MatchSuggestion } from './suggest-matches';

/** Options of {@link createSetupStore}. */
export interface SetupStoreOptions {
  client: BankFeedsClient;
  companyId: string;
  connectionId: string;
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
}

/** The setup store's actions (each one sends an event to the machine). */
export interface SetupActions {
  /** Sends any {@link SetupEvent}. */
  send(event: SetupEvent): void;
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
  /** After a failure: reloads, watches again, or resends only the failed rows. */
  retry(): void;
}

/** The setup store's state: the machine's data plus the actions. */
export type SetupStoreState = SetupState & SetupActions;

/**
 * A zustand vanilla store with the kit's lifecycle (loading starts with the first subscriber or
 * `start()`, reads and polls stop with the last); bind it with `useStore`/`useSyncExternalStore`.
 */
export type SetupStore = BankFeedsStore<SetupStoreState>;

/**
 * Creates one setup flow: loads the connection, source accounts, mapping options and the Xero
 * organisation; holds the user's draft; submits mappings and polls until each is connected.
 * Create one per mounted kit; never share it between users. While it runs it stays current: a
 * connect or disconnect made through another store of the same client reloads it when no
 * submit is under way (drafts are kept).
 */
export function createSetupStore(options: SetupStoreOptions): SetupStore {
  const { client, companyId, connectionId } = options;
  const clock = resolveClock(options.clock);
  const confirmPoll = resolvePoll(options.confirmPoll);
  const watchPoll = resolvePoll({ maxAttempts: 120, ...options.watchPoll });
  const today = options.today ?? todayIn(options.timeZone, new Date(clock.now()));
  // Another store's change reloads the flow, unless a submit is under way (drafts are kept).
  const changes = connectionFeed(client, companyId, connectionId, () => {
    if (quiet()) api.getState().reload();
  });
  // Reads and polls belong to the current session: `stop` aborts it and opens the next one.
  // Writes (a mapping's POST) never take its signal: once sent, their outcome must land.
  let session = new AbortController();
  let unlisten: (() => void) | null = null;
  let resume: () => void = () => {};
  let loadController: AbortController | null = null;
  let watchController: AbortController | null = null;
  // The session whose poll confirms rows, if one runs: one poll per session.
  let confirmLoop: AbortController | null = null;
  let resetConfirmBackoff = false;
  let confirmNap: AbortController | null = null;

  const api = createStore<SetupStoreState>()((set, get) => {
    const send = (event: SetupEvent) => {
      const { state, effects } = setupTransition(get(), event);
      if (state !== get()) set(state);
      for (const effect of effects) run(effect);
    };

    const fail = (error: unknown): BankFeedsError =>
      asBankFeedsError(error, error instanceof Error ? error.message : String(error));

    async function load() {
      loadController?.abort();
      const controller = new AbortController();
      loadController = controller;
      const signal = AbortSignal.any([session.signal, controller.signal]);
      changes.seen();
      try {
        const connection = await client.getConnection(companyId, connectionId, { signal });
        if (connection.status !== 'Linked') {
          send({ type: 'LOAD.NEEDS_AUTH', connection });
          return;
        }
        const [sourceAccounts, mappings, companyInfo] = await Promise.all([
          client.listSourceAccounts(companyId, connectionId, { signal }),
          client.getMappings(companyId, connectionId, { signal }),
          // The organisation's name is shown, not needed: the flow goes on without it.
          client.getCompanyInformation(companyId, connectionId, { signal }).catch(() => null),
        ]);
        if (!signal.aborted) {
          send({ type: 'LOAD.DONE', connection, sourceAccounts, mappings, companyInfo });
        }
      } catch (error) {
        if (!signal.aborted) send({ type: 'LOAD.FAILED', error: fail(error) });
      } finally {
        if (loadController === controller) loadController = null;
      }
    }

    async function watch() {
      watchController?.abort();
      const controller = new AbortController();
      watchController = controller;
      const signal = AbortSignal.any([session.signal, controller.signal]);
      try {
        for (let attempt = 0; attempt < watchPoll.maxAttempts; attempt++) {
          await clock.sleep(pollDelay(attempt, watchPoll), signal);
          try {
            const connection = await client.getConnection(companyId, connectionId, { signal });
            if (signal.aborted) return;
            send({ type: 'CONNECTION.CHANGED', connection });
            if (connection.status === 'Linked') {
              changes.publish();
              return;
            }
          } catch (error) {
            if (signal.aborted) return;
            if (!isBankFeedsError(error) || !error.retryable) throw error;
          }
        }
        throw new BankFeedsError('The connection was not authorised in time.', {
          code: 'timeout',
        });
      } catch (error) {
        if (!signal.aborted) send({ type: 'CONNECTION.WATCH_FAILED', error: fail(error) });
      } finally {
        if (watchController === controller) watchController = null;
      }
    }

    const hasConfirming = () => {
      const { rowIds, rows } = get();
      return rowIds.some((id) => rows[id]!.phase === 'confirming');
    };

    async function confirm() {
      if (confirmLoop === session) {
        // New rows joined the running poll: check soon again rather than at its slowest pace.
        resetConfirmBackoff = true;
        confirmNap?.abort();
        return;
      }
      const life = session;
      confirmLoop = life;
      let attempt = 0;
      try {
        while (hasConfirming()) {
          if (resetConfirmBackoff) {
            attempt = 0;
            resetConfirmBackoff = false;
          }
          if (attempt >= confirmPoll.maxAttempts) {
            send({
              type: 'CONFIRM.GAVE_UP',
              error: new BankFeedsError('Codat did not confirm the feed in time.', {
                code: 'timeout',
              }),
            });
            return;
          }
          confirmNap = new AbortController();
          try {
            await clock.sleep(
              pollDelay(attempt++, confirmPoll),
              AbortSignal.any([life.signal, confirmNap.signal]),
            );
          } catch (error) {
            if (life.signal.aborted) throw error;
            continue; // woken by a new row: start the backoff again
          }
          try {
            const mappings = await client.getMappings(companyId, connectionId, {
              signal: life.signal,
            });
            if (life.signal.aborted) return;
            const before = get().rows;
            send({ type: 'MAPPINGS.RECEIVED', mappings });
            if (get().rows !== before) changes.publish();
          } catch (error) {
            if (life.signal.aborted) return;
            // A passing fault is polled through; a lasting one ends the wait for every row.
            if (!isBankFeedsError(error) || !error.retryable) {
              send({ type: 'CONFIRM.GAVE_UP', error: fail(error) });
              return;
            }
          }
        }
      } catch {
        // Only an abort gets here: the store stopped; `start` polls again for the rows left.
      } finally {
        if (confirmLoop === life) confirmLoop = null;
      }
    }

    async function submitRow(effect: Extract<SetupEffect, { type: 'submitRow' }>) {
      try {
        const response = await client.createMapping(companyId, connectionId, {
          sourceAccountId: effect.sourceAccountId,
          // Leaving the target out asks Codat to create a new Xero account.
          ...(effect.targetAccountId ? { targetAccountId: effect.targetAccountId } : {}),
          feedStartDate: effect.feedStartDate,
        });
        send({ type: 'ROW.SUBMITTED', sourceAccountId: effect.sourceAccountId, response });
        // Accepted (connecting or connected): the other views of this connection catch up.
        if (get().rows[effect.sourceAccountId]?.phase !== 'failed') {
          changes.publish();
        }
      } catch (error) {
        send({
          type: 'ROW.SUBMIT_FAILED',
          sourceAccountId: effect.sourceAccountId,
          error: fail(error),
        });
      }
    }

    function run(effect: SetupEffect) {
      switch (effect.type) {
        case 'load':
          void load();
          return;
        case 'watchConnection':
          void watch();
          return;
        case 'stopWatching':
          watchController?.abort();
          watchController = null;
          return;
        case 'submitRow':
          void submitRow(effect);
          return;
        case 'confirm':
          void confirm();
          return;
      }
    }

    resume = () => {
      // Resume what `stop` cut short, from the state it kept.
      const state = get();
      if (state.status === 'loading') void load();
      else if (changes.missed() && quiet()) state.reload();
      if (get().watchingConnection) void watch();
      if (hasConfirming()) void confirm();
    };

    const suggestions = () => {
      const { rowIds, rows } = get();
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
      ...initialSetupState({ companyId, connectionId, today }),
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
  });

  /** No submit under way: a reload now cannot overtake a row's own outcome. */
  const quiet = () => {
    const { status, rowIds, rows } = api.getState();
    if (status !== 'mapping' && status !== 'done') return false;
    return rowIds.every((id) => {
      const phase = rows[id]!.phase;
      return phase !== 'submitting' && phase !== 'confirming';
    });
  };
  const store: SetupStore = withLifecycle(api, {
    onStart(restart) {
      unlisten = changes.listen();
      if (!restart) {
        api.getState().send({ type: 'LOAD' });
        return;
      }
      resume();
    },
    onStop() {
      unlisten?.();
      unlisten = null;
      session.abort();
      session = new AbortController();
      loadController = null;
      watchController = null;
      confirmNap = null;
    },
  });
  if (options.autoLoad !== false) store.start();
  return store;
}
