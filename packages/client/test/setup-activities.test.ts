import { afterEach, describe, expect, it } from 'vitest';
import {
  activitiesOf,
  acceptedEvents,
  createSetupStore,
  SETUP_STATES,
  type SetupDomainEvent,
  type SetupStore,
} from '../src';
import { fakeClient, startFake, TODAY, until } from './fake-helpers';

const stores: SetupStore[] = [];
afterEach(() => {
  while (stores.length) stores.pop()!.stop();
});

/**
 * A clock whose waits end only when the test says so: every poll's pause is held here with its
 * signal, so the test sees which activity waits, and when leaving a state aborted it. No timing.
 */
function heldClock() {
  const waits: Array<{
    ms: number;
    signal: AbortSignal | undefined;
    over: boolean;
    go: () => void;
  }> = [];
  const clock = {
    sleep: (ms: number, signal?: AbortSignal) =>
      new Promise<void>((resolve, reject) => {
        if (signal?.aborted) return reject(signal.reason as Error);
        signal?.addEventListener('abort', () => reject(signal.reason as Error), { once: true });
        const wait = {
          ms,
          signal,
          over: false,
          go: () => {
            wait.over = true;
            resolve();
          },
        };
        waits.push(wait);
      }),
  };
  // The waits still pending: neither released by the test nor aborted by a state's exit.
  const live = () => waits.filter((wait) => !wait.over && !wait.signal?.aborted);
  return { clock, waits, live };
}

function setup(
  fake: ReturnType<typeof startFake>,
  events: SetupDomainEvent[] = [],
  clock = heldClock().clock,
) {
  const store = createSetupStore({
    client: fakeClient(),
    companyId: fake.companyId,
    connectionId: fake.connectionId,
    today: TODAY,
    clock,
    watchPoll: { initialDelayMs: 1000 },
    confirmPoll: { initialDelayMs: 1000 },
    onEvent: (event) => events.push(event),
  });
  stores.push(store);
  return store;
}

const connectionReads = (fake: ReturnType<typeof startFake>) =>
  fake.requests.filter((r) => r.method === 'GET' && r.path.endsWith(`/${fake.connectionId}`))
    .length;

describe('setup machine: the chart', () => {
  it('binds each activity to one state: started on entry, stopped on exit', () => {
    const table = Object.fromEntries(SETUP_STATES.map((state) => [state, activitiesOf(state)]));
    expect(table).toEqual({
      findingConnection: { entry: [{ type: 'findConnection' }], exit: [] },
      loading: { entry: [{ type: 'load' }], exit: [] },
      loadFailed: { entry: [], exit: [] },
      needsAuth: { entry: [], exit: [] },
      awaitingAuth: { entry: [{ type: 'watchConnection' }], exit: [{ type: 'stopWatching' }] },
      authFailed: { entry: [], exit: [] },
      mapping: { entry: [], exit: [] },
      submitting: { entry: [], exit: [] },
      confirming: { entry: [{ type: 'confirm' }], exit: [{ type: 'stopConfirming' }] },
      done: { entry: [], exit: [] },
      rowsFailed: { entry: [], exit: [] },
    });
  });

  it('accepts no reload while mapping requests are out, and no result from elsewhere', () => {
    expect(acceptedEvents('submitting')).not.toContain('LOAD');
    expect(acceptedEvents('mapping')).not.toContain('MAPPINGS.RECEIVED');
    expect(acceptedEvents('needsAuth')).not.toContain('CONNECTION.CHANGED');
    expect(acceptedEvents('loadFailed')).not.toContain('SUBMIT');
  });
});

describe('setup store: activities live exactly as long as their state', () => {
  it('polls the connection only while awaitingAuth, whichever way the flow leaves it', async () => {
    const fake = startFake({ scenario: 'needsAuth' });
    const { clock, live } = heldClock();
    const store = setup(fake, [], clock);
    await until(() => store.getState().status === 'needsAuth');
    expect(live()).toHaveLength(0);

    store.getState().watchConnection();
    expect(store.getState().status).toBe('awaitingAuth');
    expect(live()).toHaveLength(1);
    // Leaving by the user's hand: the pending wait is aborted, no check follows.
    const reads = connectionReads(fake);
    store.getState().stopWatching();
    expect(store.getState().status).toBe('needsAuth');
    expect(live()).toHaveLength(0);
    await until(() => store.getState().status === 'needsAuth');
    expect(connectionReads(fake)).toBe(reads);

    // Leaving by a reload: the same.
    store.getState().watchConnection();
    expect(live()).toHaveLength(1);
    store.getState().reload();
    expect(live()).toHaveLength(0);
    await until(() => store.getState().status === 'needsAuth');

    // Leaving because the connection is Linked: the poll ends with the state.
    store.getState().watchConnection();
    fake.fake.authorizeConnection(fake.companyId, fake.connectionId);
    live()[0]!.go();
    await until(() => store.getState().status === 'mapping');
    expect(live()).toHaveLength(0);
  });

  it('polls the mappings only while confirming, and afresh when more rows join', async () => {
    const fake = startFake({ pendingReads: { mapping: 2 } });
    const { clock, live } = heldClock();
    const store = setup(fake, [], clock);
    await until(() => store.getState().status === 'mapping');
    const open = () => {
      const { rowIds, rows } = store.getState();
      return rowIds.filter((id) => rows[id]!.phase === 'idle');
    };
    const [first, second] = open();
    store.getState().chooseTarget(first!, { kind: 'new' });
    store.getState().submit();
    expect(store.getState().status).toBe('submitting');
    expect(live()).toHaveLength(0); // no poll while the request is out
    await until(() => store.getState().status === 'confirming');
    expect(live()).toHaveLength(1);
    const firstWait = live()[0]!;

    // Another row sent: the flow leaves confirming, and its poll stops with it.
    store.getState().chooseTarget(second!, { kind: 'new' });
    store.getState().submit();
    expect(store.getState().status).toBe('submitting');
    expect(firstWait.signal?.aborted).toBe(true);
    expect(live()).toHaveLength(0);
    // Back in confirming: a fresh poll, from the first delay.
    await until(() => store.getState().status === 'confirming');
    expect(live()).toHaveLength(1);
    expect(live()[0]!.ms).toBe(firstWait.ms);

    while (store.getState().status === 'confirming') {
      const wait = live()[0];
      wait?.go();
      await until(() => store.getState().status !== 'confirming' || live()[0] !== wait);
    }
    expect(store.getState().status).toBe('done');
    expect(live()).toHaveLength(0);
  });

  it('resumes the activity of the state a stop left, and no other', async () => {
    const fake = startFake({ scenario: 'needsAuth' });
    const { clock, live } = heldClock();
    const store = setup(fake, [], clock);
    await until(() => store.getState().status === 'needsAuth');
    store.getState().watchConnection();
    store.stop();
    expect(live()).toHaveLength(0);
    expect(store.getState().status).toBe('awaitingAuth');
    store.start();
    expect(live()).toHaveLength(1);
  });
});

describe('setup store: the machine emits its domain events (onEvent)', () => {
  it('reports a journey from the consent to the connected feed, headless', async () => {
    const fake = startFake({ scenario: 'needsAuth' });
    const events: SetupDomainEvent[] = [];
    const { clock, live } = heldClock();
    const store = setup(fake, events, clock);
    await until(() => store.getState().status === 'needsAuth');
    store.getState().watchConnection();
    fake.fake.authorizeConnection(fake.companyId, fake.connectionId);
    live()[0]!.go();
    await until(() => store.getState().status === 'mapping');
    const id = store.getState().rowIds.find((i) => store.getState().rows[i]!.phase === 'idle')!;
    store.getState().chooseTarget(id, { kind: 'new' });
    store.getState().submit();
    await until(() => store.getState().status !== 'submitting');
    while (store.getState().status === 'confirming') {
      const wait = live()[0];
      wait?.go();
      await until(() => store.getState().status !== 'confirming' || live()[0] !== wait);
    }
    expect(events).toEqual([
      { type: 'status.changed', status: 'needsAuth' },
      // The pending connection is news once: the bank registers its accounts now.
      { type: 'connection.started', connectionId: fake.connectionId, created: false },
      { type: 'status.changed', status: 'awaitingAuth' },
      { type: 'status.changed', status: 'loading' },
      { type: 'connection.linked', connectionId: fake.connectionId },
      { type: 'status.changed', status: 'mapping' },
      { type: 'status.changed', status: 'submitting' },
      { type: 'mapping.submitted', count: 1 },
      { type: 'status.changed', status: 'confirming' },
      { type: 'status.changed', status: 'done' },
      { type: 'feed.connected', sourceAccountId: id },
      { type: 'setup.completed', connected: 1, failed: 0 },
    ]);
  });

  it('reports a failed load as an error the user can recover from', async () => {
    const fake = startFake({
      faults: [{ kind: 'status', status: 404, path: /bankFeedAccounts$/, times: 1 }],
    });
    const events: SetupDomainEvent[] = [];
    const store = setup(fake, events);
    await until(() => store.getState().status === 'loadFailed');
    expect(events).toEqual([
      { type: 'status.changed', status: 'loadFailed' },
      { type: 'error', code: 'not-found', userRecoverable: true },
    ]);
  });
});
