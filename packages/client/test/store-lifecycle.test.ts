import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  createConnectionsStore,
  createPushStore,
  createSetupStore,
  selectConnectedFeeds,
  type ConnectionsStore,
  type SetupStore,
} from '../src';
import { fakeClient, fastClock, startFake, TODAY, until } from './fake-helpers';

const stores: Array<{ stop(): void }> = [];
afterEach(() => {
  while (stores.length) stores.pop()!.stop();
  vi.useRealTimers();
});

const keep = <S extends { stop(): void }>(store: S) => (stores.push(store), store);
/** Lets the microtask that stops an unsubscribed store run. */
const microtask = () => Promise.resolve();

function connections(fake: ReturnType<typeof startFake>, client = fakeClient()): ConnectionsStore {
  return keep(createConnectionsStore({ client, ...fake, autoLoad: false }));
}

function setup(fake: ReturnType<typeof startFake>, client = fakeClient()): SetupStore {
  const { clock } = fastClock();
  return keep(createSetupStore({ client, ...fake, today: TODAY, clock, autoLoad: false }));
}

const connectedIds = (store: ConnectionsStore) =>
  selectConnectedFeeds(store.getState()).map((feed) => feed.id);

describe('store lifecycle: subscribers drive it', () => {
  it('loads for its first subscriber, not before', async () => {
    const fake = startFake();
    const store = connections(fake);
    await microtask();
    expect(fake.requests).toHaveLength(0);
    const unsubscribe = store.subscribe(() => {});
    await until(() => store.getState().status === 'ready');
    unsubscribe();
  });

  it('after its last subscriber leaves mid-load, keeps its state and loads again for the next', async () => {
    // The first read of the connection hangs until it is aborted.
    const fake = startFake({ faults: [{ kind: 'timeout', method: 'GET', times: 1 }] });
    const store = connections(fake);
    const unsubscribe = store.subscribe(() => {});
    await until(() => fake.requests.length === 1);
    unsubscribe();
    await microtask();
    // Stopped: the hanging read was aborted, and nothing reported it as a failure.
    expect(store.getState()).toMatchObject({ status: 'loading', error: null });
    const again = store.subscribe(() => {});
    await until(() => store.getState().status === 'ready');
    expect(connectedIds(store)).toHaveLength(1);
    again();
  });

  it('survives an unsubscribe and subscribe in one pass (StrictMode) without aborting the load', async () => {
    const fake = startFake();
    const store = connections(fake);
    store.subscribe(() => {})();
    const unsubscribe = store.subscribe(() => {});
    await until(() => store.getState().status === 'ready');
    expect(
      fake.requests.filter((r) => r.path.endsWith('/connections/' + fake.connectionId)),
    ).toHaveLength(1);
    unsubscribe();
  });

  it('resumes confirming a submitted feed after a stop and start', async () => {
    const fake = startFake({ pendingReads: { mapping: 3 } });
    const store = setup(fake);
    store.start();
    await until(() => store.getState().status === 'mapping');
    const id = store.getState().rowIds.find((i) => store.getState().rows[i]!.phase === 'idle')!;
    store.getState().chooseTarget(id, { kind: 'new' });
    store.getState().submit();
    await until(() => store.getState().status === 'confirming');
    store.stop();
    expect(store.getState().status).toBe('confirming');
    store.start();
    await until(() => store.getState().status === 'done');
    expect(store.getState().rows[id]!.phase).toBe('connected');
  });

  it('gives the push store the same contract', () => {
    const store = createPushStore({ client: fakeClient(), companyId: 'c', connectionId: 'k' });
    expect(typeof store.start).toBe('function');
    expect(typeof store.stop).toBe('function');
    const unsubscribe = store.subscribe(() => {});
    unsubscribe();
    expect(store.getState().runs).toEqual({});
  });
});

describe('an old reply never undoes a disconnect', () => {
  it('ignores a refresh that was sent before the disconnect and answers after it', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    // The first two reads of the mappings answer 10 s late, with what Codat held when asked.
    const fake = startFake({
      faults: [
        {
          kind: 'latency',
          when: 'after',
          method: 'GET',
          path: /\/mapping$/,
          delayMs: 10_000,
          times: 2,
        },
      ],
    });
    const store = connections(fake);
    store.start();
    await vi.advanceTimersByTimeAsync(10_010);
    expect(store.getState().status).toBe('ready');
    const [id] = connectedIds(store);
    const slow = store.getState().refresh(); // answers in 10 s: the feed still connected
    await vi.advanceTimersByTimeAsync(10);
    await store.getState().disconnect(id!);
    expect(store.getState().feeds[id!]!.status).toBe('disconnected');
    await vi.advanceTimersByTimeAsync(10_010);
    await slow;
    expect(store.getState().feeds[id!]!.status).toBe('disconnected');
    expect(connectedIds(store)).toEqual([]);
  });

  it('aborts the superseded refresh instead of letting it run', async () => {
    // Each read of the connection hangs until aborted, except the last one.
    const fake = startFake({
      faults: [{ kind: 'timeout', method: 'GET', path: /connections\/[^/]+$/, times: 1 }],
    });
    const store = connections(fake);
    const first = store.getState().refresh();
    await until(() => fake.requests.length === 1);
    await store.getState().refresh();
    await first; // settles once aborted, with nothing to report
    expect(store.getState()).toMatchObject({ status: 'ready', error: null });
  });
});

describe('every running view of the connections is current after a change', () => {
  it('shows a feed connected through the setup journey without a manual refresh', async () => {
    const fake = startFake();
    const client = fakeClient();
    const manager = connections(fake, client);
    manager.start();
    await until(() => manager.getState().status === 'ready');
    const before = connectedIds(manager);
    const journey = setup(fake, client);
    journey.start();
    await until(() => journey.getState().status === 'mapping');
    const id = journey.getState().rowIds.find((i) => journey.getState().rows[i]!.phase === 'idle')!;
    journey.getState().chooseTarget(id, { kind: 'new' });
    journey.getState().submit();
    await until(() => journey.getState().status === 'done');
    await until(() => connectedIds(manager).includes(id));
    expect(connectedIds(manager)).toEqual(expect.arrayContaining([...before, id]));
  });

  it('makes a disconnected account selectable again in the setup journey', async () => {
    const fake = startFake();
    const client = fakeClient();
    const journey = setup(fake, client);
    journey.start();
    await until(() => journey.getState().status === 'mapping');
    const id = journey
      .getState()
      .rowIds.find((i) => journey.getState().rows[i]!.phase === 'connected')!;
    const manager = connections(fake, client);
    manager.start();
    await until(() => manager.getState().status === 'ready');
    await manager.getState().disconnect(id);
    await until(() => journey.getState().rows[id]!.phase === 'idle');
  });

  it('catches up on a change made while it was stopped, once started again', async () => {
    const fake = startFake();
    const client = fakeClient();
    const manager = connections(fake, client);
    manager.start();
    await until(() => manager.getState().status === 'ready');
    manager.stop();
    const [id] = connectedIds(manager);
    const other = connections(fake, client);
    other.start();
    await until(() => other.getState().status === 'ready');
    await other.getState().disconnect(id!);
    expect(connectedIds(manager)).toEqual([id]); // stopped: it did not read
    manager.start();
    await until(() => connectedIds(manager).length === 0);
  });

  it('never hears the changes of another client', async () => {
    const fake = startFake();
    const manager = connections(fake, fakeClient());
    manager.start();
    await until(() => manager.getState().status === 'ready');
    const other = connections(fake, fakeClient());
    other.start();
    await until(() => other.getState().status === 'ready');
    const reads = () => fake.requests.filter((r) => r.path.endsWith('/mapping')).length;
    const [id] = connectedIds(other);
    const before = reads();
    await other.getState().disconnect(id!);
    await microtask();
    expect(reads()).toBe(before);
    expect(connectedIds(manager)).toEqual([id]);
  });
});
